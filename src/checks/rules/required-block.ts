import { catalogue } from "../../i18n";
import { blockSpec } from "../../nota/schema";
import { defineRule } from "../types";
import { requiredBlocksFor } from "../kinds";

export const requiredBlock = defineRule({
  meta: {
    id: "required-block",
    defaultSeverity: "error",
    description: { nl: "Elk verplicht blok is aanwezig.", en: "Every required block is present." },
    fixable: true,
    hasSuggestions: false,
    messages: catalogue(
      {
        missing: "Het blok '{label}' ontbreekt.",
      },
      {
        missing: "The block '{label}' ({name}) is missing.",
      },
    ),
  },
  check({ nota, profile, report }) {
    for (const id of requiredBlocksFor(nota, profile)) {
      if (nota.blocks[id]) continue;
      const spec = blockSpec(id);
      report({
        messageId: "missing",
        // The Dutch heading (the document's words), in English with the block's English name beside it.
        data: { label: spec.label.nl, name: spec.label },
        block: id,
        fix: { kind: "insertBlock", block: id },
      });
    }
  },
});
