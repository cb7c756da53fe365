import { blockOrder } from "../../src/checks/rules/block-order";
import { h, notaSnapshot, snapshotOf } from "../helpers/snapshots";
import { ruleTester } from "../helpers/rule-tester";

ruleTester(blockOrder, {
  valid: [
    { name: "schema order", nota: notaSnapshot() },
    {
      name: "a missing block does not break the order",
      nota: notaSnapshot({ blocks: { kernpunten: null } }),
    },
    {
      name: "unknown sections may stand anywhere",
      nota: snapshotOf([h("Aanleiding"), "x", h("Bijlage A"), "y", h("Kernpunten"), "z"]),
    },
  ],
  invalid: [
    {
      name: "Kernpunten before Geadviseerd besluit",
      nota: notaSnapshot({
        order: ["aanleiding", "kernpunten", "geadviseerd-besluit", "toelichting", "niet-openbaar"],
      }),
      findings: [{ messageId: "outOfOrder", block: "geadviseerd-besluit" }],
    },
    {
      name: "the last block first",
      nota: notaSnapshot({
        order: ["niet-openbaar", "aanleiding", "geadviseerd-besluit", "kernpunten", "toelichting"],
      }),
      findings: [
        { messageId: "outOfOrder", block: "aanleiding" },
        { messageId: "outOfOrder", block: "geadviseerd-besluit" },
        { messageId: "outOfOrder", block: "kernpunten" },
        { messageId: "outOfOrder", block: "toelichting" },
      ],
    },
    {
      name: "a block twice",
      nota: snapshotOf([h("Aanleiding"), "x", h("Kernpunten"), "y", h("Aanleiding"), "z"]),
      findings: [{ messageId: "repeated", block: "aanleiding", paragraph: 4 }],
    },
  ],
});
