import { catalogue } from "../../i18n";
import { blockSpec } from "../../nota/schema";
import { NOT_APPLICABLE } from "../../nota/woo";
import { defineRule } from "../types";
import { requiredBlocksFor } from "../kinds";
import { meaningfulContent } from "./util";

export const blockEmpty = defineRule({
  meta: {
    id: "block-empty",
    defaultSeverity: "error",
    description: {
      nl: "Een aanwezig blok heeft eigen inhoud, niet alleen de invulhulp.",
      en: "A present block has content of its own, not only the template's guidance.",
    },
    fixable: false,
    hasSuggestions: false,
    messages: catalogue(
      {
        empty: "Het blok '{label}' is leeg.",
        placeholder: "Het blok '{label}' bevat alleen de invulhulp van het sjabloon.",
        nvtNotAllowed: "'N.v.t.' is geen inhoud voor het blok '{label}'.",
      },
      {
        empty: "The block '{label}' is empty.",
        placeholder: "The block '{label}' holds only the template's guidance.",
        nvtNotAllowed: "'N.v.t.' is not content for the block '{label}'.",
      },
    ),
  },
  check({ nota, profile, report }) {
    const required = requiredBlocksFor(nota, profile);
    for (const section of Object.values(nota.blocks)) {
      const id = section.id!;
      const spec = blockSpec(id);
      // An optional block left empty is a loose end, not a defect.
      const severity = required.includes(id) ? undefined : ("warning" as const);
      const paragraph = section.headingParagraph ?? section.span[0];
      const content = meaningfulContent(nota, section, 2); // none, one ("N.v.t."?) or more is all that matters
      if (section.content.length === 0) {
        report({ messageId: "empty", data: { label: spec.label.nl }, block: id, paragraph, severity });
      } else if (content.length === 0) {
        report({
          messageId: "placeholder",
          data: { label: spec.label.nl },
          block: id,
          paragraph: section.content[0],
          severity,
        });
      } else if (
        !spec.allowsNvt &&
        content.length === 1 &&
        NOT_APPLICABLE.test(nota.snapshot.paragraphs[content[0]].text.trim())
      ) {
        report({
          messageId: "nvtNotAllowed",
          data: { label: spec.label.nl },
          block: id,
          paragraph: content[0],
          severity,
        });
      }
    }
  },
});
