import { headerFields } from "../../src/checks/rules/header-fields";
import { parseProfile } from "../../src/checks/profile";
import { b, notaSnapshot, snapshotOf } from "../helpers/snapshots";
import { ruleTester } from "../helpers/rule-tester";

ruleTester(headerFields, {
  valid: [
    { name: "complete header as Label: value lines", nota: notaSnapshot() },
    {
      name: "label and value on consecutive lines",
      nota: snapshotOf([
        "TER BESLISSING",
        b("Aan"),
        "MOCW en SOCW",
        b("Datum"),
        "1 maart 2024",
        b("Referentie"),
        "12345678",
        b("Aanleiding"),
        "x",
      ]),
    },
    {
      name: "header as a two-column table",
      nota: snapshotOf([
        "TER INFORMATIE",
        ["Aan", { tableDepth: 1, cell: { table: 0, row: 0, column: 0 } }],
        ["MOCW", { tableDepth: 1, cell: { table: 0, row: 0, column: 1 } }],
        ["Datum", { tableDepth: 1, cell: { table: 0, row: 1, column: 0 } }],
        ["29 februari 2024", { tableDepth: 1, cell: { table: 0, row: 1, column: 1 } }],
        ["Referentie", { tableDepth: 1, cell: { table: 0, row: 2, column: 0 } }],
        ["49235295", { tableDepth: 1, cell: { table: 0, row: 2, column: 1 } }],
      ]),
    },
    {
      name: "another ministry's reference pattern",
      nota: notaSnapshot({ referentie: "BZK-2024/123" }),
      profile: parseProfile('{"referencePattern": "^[A-Z]+-\\\\d{4}/\\\\d+$"}'),
    },
  ],
  invalid: [
    {
      name: "no purpose line",
      nota: notaSnapshot({ purpose: null }),
      findings: [{ messageId: "purposeMissing" }],
    },
    {
      name: "an unknown purpose line",
      nota: notaSnapshot({ purpose: "TER BEOORDELING" }),
      findings: [{ messageId: "purposeUnknown", severity: "warning", paragraph: 0 }],
    },
    { name: "no Aan", nota: notaSnapshot({ aan: null }), findings: [{ messageId: "aanMissing" }] },
    {
      name: "Aan to someone the profile does not know",
      nota: notaSnapshot({ aan: "DG Onderwijs" }),
      findings: [{ messageId: "aanUnknown", severity: "info" }],
    },
    { name: "no Datum", nota: notaSnapshot({ datum: null }), findings: [{ messageId: "datumMissing" }] },
    {
      name: "a numeric date",
      nota: notaSnapshot({ datum: "26-11-2024" }),
      findings: [{ messageId: "datumFormat", paragraph: 3 }],
    },
    {
      name: "a day that does not exist",
      nota: notaSnapshot({ datum: "31 november 2024" }),
      findings: [{ messageId: "datumInvalid" }],
    },
    {
      name: "29 February outside a leap year",
      nota: notaSnapshot({ datum: "29 februari 2023" }),
      findings: [{ messageId: "datumInvalid" }],
    },
    {
      name: "a month with a capital gets a fix",
      nota: notaSnapshot({ datum: "26 November 2024" }),
      findings: [
        {
          messageId: "datumMonthCase",
          severity: "warning",
          paragraph: 3,
          fix: { kind: "replaceText", paragraph: 3, start: 7, end: 23, text: "26 november 2024" },
          output: notaSnapshot().paragraphs.map((p) => p.text),
        },
      ],
    },
    {
      name: "no Referentie",
      nota: notaSnapshot({ referentie: null }),
      findings: [{ messageId: "referentieMissing", severity: "warning" }],
    },
    {
      name: "a Referentie of 7 digits",
      nota: notaSnapshot({ referentie: "4923529" }),
      findings: [{ messageId: "referentieFormat", severity: "warning", message: /49235295/ }],
    },
  ],
});
