import { emancipationFlag } from "../../src/checks/rules/emancipation-flag";
import { parseProfile } from "../../src/checks/profile";
import { letterSnapshot, notaSnapshot } from "../helpers/snapshots";
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
const PLAIN_LETTER = letterSnapshot({ 1: ["Geachte voorzitter,"], 2: ["De begroting stijgt."] });
const SENTENCE =
  "De brief gaat via SOCW vanwege haar verantwoordelijkheid voor Emancipatie. De passages die raken aan emancipatie (vrouwen, lhbti+, discriminatie en kwetsbare groepen) worden gevonden op blz. 2, 6 en 7.";

ruleTester(emancipationFlag, {
  valid: [
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
            { kind: "insertParagraph", block: "aanleiding", text: SENTENCE, tag: "nota:emancipation-flag" },
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
          suggestions: [{ kind: "setField", field: "aan", value: "MOCW (via SOCW)" }],
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
        },
      ],
    },
  ],
});
