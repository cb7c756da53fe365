import { catalogue } from "../../i18n";
import {
  NOT_APPLICABLE,
  WOO_GROUNDS,
  conflictingParts,
  findWooCodes,
  isWooGround,
  withheldParts,
} from "../../nota/woo";
import { defineRule } from "../types";
import { meaningfulContent } from "./util";

/** The sentence that names a ground in the block; it never repeats what was withheld. */
export function groundSentence(code: string): string {
  const ground = WOO_GROUNDS.find((g) => g.code === code);
  return `Informatie wordt niet openbaar gemaakt op grond van artikel ${code} Woo${ground ? ` (${ground.description.nl})` : ""}.`;
}

export const wooMarks = defineRule({
  meta: {
    id: "woo-marks",
    defaultSeverity: "warning",
    description: {
      nl: "Elke grond waarop tekst niet openbaar wordt gemaakt, staat in het blok over niet-openbare informatie; markeringen overlappen niet.",
      en: "Every ground on which text is withheld is named in the block on withheld information; marks do not overlap.",
    },
    fixable: false,
    hasSuggestions: true,
    messages: catalogue(
      {
        groundNotNamed:
          "Tekst wordt niet openbaar gemaakt op grond van {code} ({description}), maar het blok 'Informatie die niet openbaar gemaakt kan worden' noemt die grond niet.",
        nvtButWithheld: "Het blok zegt 'N.v.t.', maar er wordt tekst niet openbaar gemaakt ({codes}).",
        claimsWithoutMarks:
          "Het blok noemt {codes}, maar in de nota is niets gemarkeerd als niet openbaar. Markeer de tekst, of pas het blok aan.",
        overlap:
          "Twee markeringen overlappen met verschillende gronden ({a} en {b}); de openbaarmakingsversie kan niet kiezen. Maak er één markering van.",
        unknownGround: "Een markering noemt '{code}', maar dat is geen Woo-grond.",
        insertSentence: 'Zin toevoegen: "{sentence}"',
        replaceNvt: "'N.v.t.' vervangen door: \"{sentence}\"",
      },
      {
        groundNotNamed:
          "Text is withheld on ground {code} ({descriptionEn}), but the block 'Informatie die niet openbaar gemaakt kan worden' does not name it.",
        nvtButWithheld: "The block says 'N.v.t.', but text is withheld ({codes}).",
        claimsWithoutMarks:
          "The block names {codes}, but nothing in the nota is marked as withheld. Mark the text, or change the block.",
        overlap:
          "Two marks overlap on different grounds ({a} and {b}); the publication copy cannot choose. Make them one mark.",
        unknownGround: "A mark names '{code}', which is not a Woo ground.",
        insertSentence: 'Add the sentence: "{sentence}"',
        replaceNvt: "Replace 'N.v.t.' with: \"{sentence}\"",
      },
    ),
  },
  check({ nota, profile, report }) {
    const parts = withheldParts(nota, profile.woo.fields);
    for (const p of parts.filter((p) => !isWooGround(p.ground)))
      report({
        messageId: "unknownGround",
        data: { code: p.ground },
        paragraph: p.paragraph,
        severity: "error",
      });
    for (const [a, b] of conflictingParts(parts))
      report({
        messageId: "overlap",
        data: { a: a.ground, b: b.ground },
        paragraph: a.paragraph,
        range: { start: b.start, end: Math.min(a.end, b.end) },
        severity: "error",
      });
    const section = nota.blocks["niet-openbaar"];
    if (!section) return; // required-block reports a missing block
    const content = meaningfulContent(nota, section);
    const texts = content.map((i) => nota.snapshot.paragraphs[i].text.trim());
    const nvt = texts.length === 1 && NOT_APPLICABLE.test(texts[0]);
    const named = new Set(findWooCodes(texts.join("\n")).map((c) => c.code));
    // The block must name the grounds of the marks. The fields the profile withholds by routine (Van on 5.1.2e)
    // need no sentence: published notas say "N.v.t." and still redact the author's name.
    const used = [...new Set(parts.filter((p) => p.source.kind === "mark").map((p) => p.ground))].filter(
      isWooGround,
    );
    if (!used.length) {
      const withheld = new Set(parts.map((p) => p.ground));
      if (named.size && !nvt && ![...named].some((c) => withheld.has(c)))
        report({
          messageId: "claimsWithoutMarks",
          data: { codes: [...named].join(", ") },
          block: "niet-openbaar",
          paragraph: content[0],
        });
      return;
    }
    if (nvt) {
      const sentence = used.map(groundSentence).join(" ");
      const p = nota.snapshot.paragraphs[content[0]];
      report({
        messageId: "nvtButWithheld",
        data: { codes: used.join(", ") },
        block: "niet-openbaar",
        paragraph: content[0],
        suggestions: [
          {
            messageId: "replaceNvt",
            data: { sentence },
            edit: {
              kind: "replaceText",
              paragraph: content[0],
              start: 0,
              end: p.text.length,
              text: sentence,
            },
          },
        ],
      });
      return;
    }
    for (const code of used.filter((c) => !named.has(c))) {
      const ground = WOO_GROUNDS.find((g) => g.code === code)!;
      const sentence = groundSentence(code);
      report({
        messageId: "groundNotNamed",
        data: { code, description: ground.description.nl, descriptionEn: ground.description.en },
        block: "niet-openbaar",
        paragraph: content[0] ?? section.headingParagraph,
        suggestions: [
          {
            messageId: "insertSentence",
            data: { sentence },
            edit: {
              kind: "insertParagraph",
              block: "niet-openbaar",
              text: sentence,
              tag: `nota:woo-ground:${code}`,
            },
          },
        ],
      });
    }
  },
});
