import { blockEmpty } from "../../src/checks/rules/block-empty";
import { paragraph } from "../../src/nota/snapshot";
import { h, notaSnapshot, snapshotOf } from "../helpers/snapshots";
import { ruleTester } from "../helpers/rule-tester";

ruleTester(blockEmpty, {
  valid: [
    { name: "every block filled", nota: notaSnapshot() },
    {
      name: "N.v.t. in Toelichting and the last block",
      nota: notaSnapshot({ blocks: { toelichting: ["N.v.t."], "niet-openbaar": ["n.v.t."] } }),
    },
    {
      name: "Niet van toepassing written out",
      nota: notaSnapshot({ blocks: { "niet-openbaar": ["Niet van toepassing."] } }),
    },
  ],
  invalid: [
    {
      name: "a heading followed directly by the next heading",
      nota: notaSnapshot({ blocks: { kernpunten: [] } }),
      findings: [{ messageId: "empty", block: "kernpunten" }],
    },
    {
      name: "only empty paragraphs",
      nota: notaSnapshot({ blocks: { aanleiding: ["", "  "] } }),
      findings: [{ messageId: "empty", block: "aanleiding" }],
    },
    {
      name: "the template's placeholder text left in place",
      nota: snapshotOf([
        h("Aanleiding"),
        ["Beschrijf de aanleiding en wat is bijgevoegd.", { placeholder: true }],
      ]),
      findings: [{ messageId: "placeholder", block: "aanleiding", paragraph: 1 }],
    },
    {
      name: "guidance text typed over as plain text (not marked as placeholder)",
      nota: snapshotOf([h("Kernpunten"), "Noem de kernpunten, de toezeggingen en de afstemming."]),
      findings: [{ messageId: "placeholder", block: "kernpunten" }],
    },
    {
      name: "N.v.t. is no content for Geadviseerd besluit",
      nota: notaSnapshot({ blocks: { "geadviseerd-besluit": ["N.v.t."] } }),
      findings: [{ messageId: "nvtNotAllowed", block: "geadviseerd-besluit" }],
    },
    {
      name: "an empty optional block is a warning, not an error",
      nota: notaSnapshot({ blocks: { toelichting: [] } }),
      findings: [{ messageId: "empty", block: "toelichting", severity: "warning" }],
    },
    {
      name: "tagged block content from the template, still the placeholder",
      nota: {
        ...snapshotOf([]),
        paragraphs: [
          paragraph(0, "Aanleiding", { outlineLevel: 2 }),
          paragraph(1, "Describe the reason and what is attached.", {
            contentControlTags: ["nota:block:aanleiding"],
          }),
        ],
      },
      findings: [{ messageId: "placeholder", block: "aanleiding", paragraph: 1 }],
    },
  ],
});
