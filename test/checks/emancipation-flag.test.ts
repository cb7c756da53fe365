import { emancipationFlag } from "../../src/checks/rules/emancipation-flag";
import { checkNota } from "../../src/checks/engine";
import { parseProfile } from "../../src/checks/profile-schema";
import { letterSnapshot, notaSnapshot, snapshotOf, textsOf } from "../helpers/snapshots";
import type { DocumentSnapshot } from "../../src/nota/snapshot";
import { ruleTester } from "../helpers/rule-tester";

const FLAG =
  "De brief gaat via SOCW vanwege haar verantwoordelijkheid voor Emancipatie. De passages die raken aan emancipatie worden gevonden op blz. 2, 6 en 7.";
const LETTER = letterSnapshot({
  1: ["Geachte voorzitter,"],
  2: ["Vrouwelijke studenten en lhbtiq+ studenten voelen zich minder veilig."],
  3: ["De monitor wordt herhaald."],
  6: ["Het kabinet treedt op tegen discriminatie."],
  7: ["Kwetsbare groepen verdienen aandacht."],
});
/** The nota with a line of its own after Aan (a Via field, as some directorates write it). */
function withLine(snapshot: DocumentSnapshot, after: string, line: string): DocumentSnapshot {
  const at = snapshot.paragraphs.findIndex((p) => p.text === after) + 1;
  const lines = snapshot.paragraphs.map((p) => p.text);
  lines.splice(at, 0, line);
  return snapshotOf(
    lines.map((text, i) => {
      const source = snapshot.paragraphs[i < at ? i : i - 1];
      return i === at ? text : [text, { ...source, index: i }];
    }),
  );
}
const TITLES = "de Minister van OCW, via de Staatssecretaris van OCW";
const PLAIN_LETTER = letterSnapshot({ 1: ["Geachte voorzitter,"], 2: ["De begroting stijgt."] });
const SENTENCE =
  "De brief gaat via SOCW vanwege haar verantwoordelijkheid voor Emancipatie. De passages die raken aan emancipatie (vrouwen, lhbti+, discriminatie en kwetsbare groepen) worden gevonden op blz. 2, 6 en 7.";

ruleTester(emancipationFlag, {
  valid: [
    {
      name: "MOCW via SOCW, without parentheses or comma",
      nota: notaSnapshot({ aan: "MOCW via SOCW", blocks: { aanleiding: [FLAG] } }),
    },
    {
      name: "titles written out, with the flag sentence",
      nota: notaSnapshot({ aan: TITLES, blocks: { aanleiding: [FLAG] } }),
    },
    {
      name: "a Via field of its own, with the flag sentence",
      nota: withLine(notaSnapshot({ aan: "MOCW", blocks: { aanleiding: [FLAG] } }), "Aan: MOCW", "Via: SOCW"),
    },
    {
      name: "addressed by title to the official itself",
      nota: notaSnapshot({ aan: "de Staatssecretaris van OCW" }),
      letter: LETTER,
    },
    {
      name: "via SOCW with the flag sentence",
      nota: notaSnapshot({ aan: "MOCW (via SOCW)", blocks: { aanleiding: ["Aanleiding.", FLAG] } }),
    },
    {
      name: "via SOCW written without parentheses",
      nota: notaSnapshot({ aan: "MOCW, via SOCW", blocks: { aanleiding: [FLAG] } }),
    },
    {
      name: "not via SOCW and nothing on emancipation",
      nota: notaSnapshot({ aan: "MOCW" }),
      letter: PLAIN_LETTER,
    },
    { name: "addressed to SOCW on another subject", nota: notaSnapshot({ aan: "SOCW" }), letter: LETTER },
    {
      name: "addressed to both, letter on emancipation",
      nota: notaSnapshot({ aan: "MOCW en SOCW" }),
      letter: LETTER,
    },
    {
      name: "the official comes from the profile (another cabinet)",
      nota: notaSnapshot({ aan: "MOCW (via SOCW)" }),
      profile: parseProfile('{"emancipation": {"official": "SOCW2", "possessive": "zijn"}}'),
    },
  ],
  invalid: [
    {
      name: "via SOCW without the sentence, letter unknown: no suggestion",
      nota: notaSnapshot({ aan: "MOCW (via SOCW)" }),
      findings: [{ messageId: "missing", block: "aanleiding", paragraph: 1, suggestions: [] }],
    },
    {
      name: "via SOCW without the sentence, letter known: the sentence is suggested",
      nota: notaSnapshot({ aan: "MOCW (via SOCW)" }),
      letter: LETTER,
      findings: [
        {
          messageId: "missing",
          suggestions: [
            {
              messageId: "insertSentence",
              edit: {
                kind: "insertParagraph",
                block: "aanleiding",
                text: SENTENCE,
                tag: "nota:emancipation-flag",
              },
              // The sentence at the end of Aanleiding.
              output: textsOf(
                notaSnapshot({
                  aan: "MOCW (via SOCW)",
                  blocks: {
                    aanleiding: [
                      "Op 20 december 2023 is de monitor aangeboden met de toezegging een beleidsreactie te sturen.",
                      SENTENCE,
                    ],
                  },
                }),
              ),
            },
          ],
        },
      ],
    },
    {
      name: "page references elsewhere do not count as the flag",
      nota: notaSnapshot({
        aan: "MOCW (via SOCW)",
        blocks: { aanleiding: ["Zie de tabel op blz. 4 van het rapport."] },
      }),
      findings: [{ messageId: "missing" }],
    },
    {
      name: "the letter touches emancipation but the nota goes only to MOCW",
      nota: notaSnapshot({ aan: "MOCW" }),
      letter: LETTER,
      findings: [
        {
          messageId: "suggestRouting",
          severity: "warning",
          paragraph: 1,
          message: /De brief raakt aan emancipatie/,
          suggestions: [
            {
              messageId: "addVia",
              edit: { kind: "setField", field: "aan", value: "MOCW (via SOCW)" },
              output: textsOf(notaSnapshot({ aan: "MOCW (via SOCW)" })),
            },
          ],
        },
      ],
    },
    {
      name: "via by title, without the sentence",
      nota: notaSnapshot({ aan: TITLES }),
      findings: [{ messageId: "missing" }],
    },
    {
      name: "via in a Via field of its own, without the sentence",
      nota: withLine(notaSnapshot({ aan: "MOCW" }), "Aan: MOCW", "Via SOCW"),
      findings: [{ messageId: "missing" }],
    },
    {
      name: "Aan in titles: the routing is suggested in titles",
      nota: notaSnapshot({ aan: "de Minister van OCW" }),
      letter: LETTER,
      findings: [
        {
          messageId: "suggestRouting",
          severity: "warning",
          suggestions: [
            {
              messageId: "addVia",
              edit: { kind: "setField", field: "aan", value: TITLES },
              output: textsOf(notaSnapshot({ aan: TITLES })),
            },
          ],
        },
      ],
    },
    {
      name: "a Via field (to SG): the official is added there, Aan is not rewritten",
      nota: withLine(notaSnapshot({ aan: "MOCW" }), "Aan: MOCW", "Via: SG"),
      letter: LETTER,
      findings: [
        {
          messageId: "suggestRouting",
          severity: "warning",
          message: /De brief raakt aan emancipatie/,
          suggestions: [
            {
              messageId: "addVia",
              edit: { kind: "setField", field: "via", value: "SG en SOCW" },
              output: textsOf(withLine(notaSnapshot({ aan: "MOCW" }), "Aan: MOCW", "Via: SG en SOCW")),
            },
          ],
        },
      ],
    },
    {
      name: "the nota itself touches emancipation (no letter given)",
      nota: notaSnapshot({
        aan: "MOCW",
        blocks: { kernpunten: ["Vooral lhbti+ studenten voelen zich onveilig."] },
      }),
      findings: [
        {
          messageId: "suggestRouting",
          severity: "warning",
          message: /De nota raakt aan emancipatie \(lhbti\+\)/,
          suggestions: [
            {
              messageId: "addVia",
              output: textsOf(
                notaSnapshot({
                  aan: "MOCW (via SOCW)",
                  blocks: { kernpunten: ["Vooral lhbti+ studenten voelen zich onveilig."] },
                }),
              ),
            },
          ],
        },
      ],
    },
  ],
});

test.each([
  ["nl", "MOCW", "Aan wijzigen in 'MOCW (via SOCW)'"],
  ["en", "MOCW", "Change To to 'MOCW (via SOCW)'"],
  ["nl", "SG", "Via wijzigen in 'SG en SOCW'"],
  ["en", "SG", "Change Via to 'SG en SOCW'"],
] as const)("the suggestion names the field it changes (%s, via %s)", (locale, via, expected) => {
  const nota =
    via === "SG"
      ? withLine(notaSnapshot({ aan: "MOCW" }), "Aan: MOCW", "Via: SG")
      : notaSnapshot({ aan: "MOCW" });
  const { findings } = checkNota(nota, { rules: [emancipationFlag], letter: LETTER, locale });
  expect(findings.flatMap((f) => f.suggestions ?? []).map((s) => s.message)).toEqual([expected]);
});
