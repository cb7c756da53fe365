import { catalogue } from "../../i18n";
import { NUMBERING, blockSpec } from "../../nota/schema";
import { defineRule } from "../types";

/** Keeps the numbering the author used ("2. Advies" → "2. Geadviseerd besluit"). */
const LEADING_NUMBERING = new RegExp(`^\\s*${NUMBERING}\\s+`, "i");

export const headingWording = defineRule({
  meta: {
    id: "heading-wording",
    defaultSeverity: "warning",
    description: { nl: "Blokken dragen de standaardkop.", en: "Blocks carry the standard heading." },
    fixable: true,
    hasSuggestions: false,
    messages: catalogue(
      {
        nonStandard: "De kop '{found}' wijkt af; de standaardkop is '{standard}'.",
      },
      {
        nonStandard: "The heading '{found}' is not the standard wording '{standard}'.",
      },
    ),
  },
  check({ nota, report }) {
    for (const section of nota.sections) {
      if (section.id === null || section.standardWording || section.headingParagraph === undefined) continue;
      const paragraph = section.headingParagraph;
      const text = nota.snapshot.paragraphs[paragraph].text;
      const standard = blockSpec(section.id).label.nl;
      const prefix = LEADING_NUMBERING.exec(text)?.[0] ?? "";
      report({
        messageId: "nonStandard",
        data: { found: section.heading, standard },
        block: section.id,
        paragraph,
        range: { start: 0, end: text.length },
        fix: { kind: "replaceText", paragraph, start: 0, end: text.length, text: `${prefix}${standard}` },
      });
    }
  },
});
