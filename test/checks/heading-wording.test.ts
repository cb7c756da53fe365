import { headingWording } from "../../src/checks/rules/heading-wording";
import { b, h, notaSnapshot, snapshotOf } from "../helpers/snapshots";
import { ruleTester } from "../helpers/rule-tester";

ruleTester(headingWording, {
  valid: [
    { name: "standard headings", nota: notaSnapshot() },
    { name: "case, numbering and a colon do not matter", nota: snapshotOf([h("1. AANLEIDING:"), "x"]) },
    {
      name: "unknown sections are not this rule's business",
      nota: snapshotOf([h("Aanleiding"), "x", h("Financiële gevolgen"), "y"]),
    },
  ],
  invalid: [
    {
      name: "Advies for Geadviseerd besluit",
      nota: snapshotOf([h("Aanleiding"), "x", b("Advies"), "y"]),
      findings: [
        {
          messageId: "nonStandard",
          block: "geadviseerd-besluit",
          paragraph: 2,
          fix: { kind: "replaceText", paragraph: 2, start: 0, end: 6, text: "Geadviseerd besluit" },
          output: ["Aanleiding", "x", "Geadviseerd besluit", "y"],
        },
      ],
    },
    {
      name: "the numbering is kept in the fix",
      nota: snapshotOf([h("3. Kern")]),
      findings: [
        {
          messageId: "nonStandard",
          block: "kernpunten",
          fix: { kind: "replaceText", paragraph: 0, start: 0, end: 7, text: "3. Kernpunten" },
          output: ["3. Kernpunten"],
        },
      ],
    },
    {
      name: "the other wording of the last block",
      nota: snapshotOf([h("Informatie die niet openbaar wordt gemaakt"), "N.v.t."]),
      findings: [
        {
          messageId: "nonStandard",
          block: "niet-openbaar",
          message: /gemaakt kan worden/,
          output: ["Informatie die niet openbaar gemaakt kan worden", "N.v.t."],
        },
      ],
    },
  ],
});
