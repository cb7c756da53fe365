import { catalogue } from "../../i18n";
import { NOTA_SCHEMA, blockSpec } from "../../nota/schema";
import { defineRule } from "../types";

export const blockOrder = defineRule({
  meta: {
    id: "block-order",
    defaultSeverity: "warning",
    description: {
      nl: "De blokken staan in de vaste volgorde.",
      en: "The blocks stand in the standard order.",
    },
    fixable: false,
    hasSuggestions: false,
    messages: catalogue(
      {
        outOfOrder: "'{label}' hoort vóór '{before}' te staan (volgorde: {order}).",
        repeated: "Het blok '{label}' komt twee keer voor.",
      },
      {
        outOfOrder: "'{label}' belongs before '{before}' (order: {order}).",
        repeated: "The block '{label}' occurs twice.",
      },
    ),
  },
  check({ nota, report }) {
    const order = NOTA_SCHEMA.blocks.map((b) => b.label.nl).join(", ");
    let latest: { order: number; label: string } | undefined;
    for (const section of nota.sections) {
      if (section.id === null || nota.blocks[section.id] !== section) continue;
      const spec = blockSpec(section.id);
      if (latest && spec.order < latest.order) {
        report({
          messageId: "outOfOrder",
          data: { label: spec.label.nl, before: latest.label, order },
          block: section.id,
          paragraph: section.headingParagraph ?? section.span[0],
        });
      } else {
        latest = { order: spec.order, label: spec.label.nl };
      }
    }
    for (const section of nota.repeatedBlocks) {
      report({
        messageId: "repeated",
        data: { label: blockSpec(section.id!).label.nl },
        block: section.id!,
        paragraph: section.headingParagraph ?? section.span[0],
      });
    }
  },
});
