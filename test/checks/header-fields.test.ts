import { headerFields } from "../../src/checks/rules/header-fields";
import { parseProfile } from "../../src/checks/profile-schema";
import { profileById } from "../../src/checks/builtin-profiles";
import { b, h, notaSnapshot, snapshotOf, type Line } from "../helpers/snapshots";

const body: Line[] = [h("Aanleiding"), "x", h("Geadviseerd besluit"), "y"];
/** A nota of another ministry: its header lines, then blocks. */
const ministry = (lines: Line[]) => snapshotOf([...lines, ...body]);
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
    {
      name: "AZ: label and value without a colon, Aan de Minister-President",
      nota: ministry([
        "TER BESLISSING",
        "Aan de Minister-President",
        "Van DAB",
        "Datum 9 oktober 2024",
        "Kenmerk 4521870",
      ]),
      profile: profileById("az"),
    },
    {
      name: "BZK: tabs, Onze referentie, Nota actief openbaar",
      nota: ministry([
        "TER BESLUITVORMING",
        "Aan\tMBZK",
        "Van\tDGOBDR",
        "Datum\t9 oktober 2024",
        "Onze referentie\t2024-0000594040",
        "Nota actief openbaar\tJa",
      ]),
      profile: profileById("bzk"),
    },
    {
      name: "JenV: Ons kenmerk beside Uw kenmerk",
      nota: ministry([
        "TER INFORMATIE",
        "Aan MJenV",
        "Datum 1 oktober 2024",
        "Uw kenmerk 99",
        "Ons kenmerk 5123456",
      ]),
      profile: profileById("jenv"),
    },
    {
      name: "Defensie: the colofon in the first page's header",
      nota: snapshotOf([
        "TER BESLISSING",
        "Aan de Minister van Defensie",
        ...body,
        ["Datum", { story: "firstPageHeader" }],
        ["9 oktober 2024", { story: "firstPageHeader" }],
        ["Ons kenmerk", { story: "firstPageHeader" }],
        ["BS2024012345", { story: "firstPageHeader" }],
      ]),
      profile: profileById("defensie"),
    },
    {
      name: "LVVN: Datum and Kenmerk under the title",
      nota: ministry([
        "TER INFORMATIE",
        "Aan de Minister van LVVN",
        h("Stand van zaken mestbeleid", 1),
        "Datum 9 oktober 2024",
        "Kenmerk DGLGS / 95806035",
      ]),
      profile: profileById("lvvn"),
    },
  ],
  invalid: [
    {
      name: "a Rijkshuisstijl nota whose Datum is really missing",
      nota: ministry(["TER BESLISSING", "Aan de Minister-President", "Kenmerk 4521870"]),
      profile: profileById("az"),
      findings: [{ messageId: "datumMissing", message: /Datum ontbreekt/ }],
    },
    {
      name: "a Rijkshuisstijl Datum that does not exist",
      nota: ministry([
        "TER BESLISSING",
        "Aan de Minister-President",
        "Datum 31 november 2024",
        "Kenmerk 4521870",
      ]),
      profile: profileById("az"),
      findings: [{ messageId: "datumInvalid", paragraph: 2, message: /31 november 2024/ }],
    },
    {
      name: "labels with no value are empty, not missing, and the message names the nota's own label",
      nota: ministry(["TER BESLISSING", "Aan", "Datum", "Onze referentie", "Van DGOBDR"]),
      profile: profileById("bzk"),
      findings: [
        { messageId: "aanEmpty", paragraph: 1 },
        { messageId: "datumEmpty", paragraph: 2 },
        {
          messageId: "referentieEmpty",
          severity: "warning",
          paragraph: 3,
          message: /Onze referentie is leeg/,
        },
      ],
    },
    {
      name: "a BZK reference in OCW's format is named by the nota's label",
      nota: ministry(["TER BESLISSING", "Aan MBZK", "Datum 9 oktober 2024", "Kenmerk 49235295"]),
      profile: profileById("bzk"),
      findings: [
        {
          messageId: "referentieFormat",
          severity: "warning",
          message: /^Kenmerk '49235295'.*2024-0000594040/,
        },
      ],
    },
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
