/** The header forms as the Rijkshuisstijl writes them, read by the parser: one row per form. */
import { parseNota, splitLabelled } from "../../src/nota/parser";
import type { FieldId } from "../../src/nota/schema";
import { b, h, snapshotOf, type Line } from "../helpers/snapshots";

const cell = (text: string, table: number, row: number, column: number): Line => [
  text,
  { tableDepth: 1, cell: { table, row, column } },
];
const header = (lines: Line[]) => parseNota(snapshotOf([...lines, h("Aanleiding"), "x"])).header;
const values = (lines: Line[]) =>
  Object.fromEntries(Object.entries(header(lines)).map(([id, f]) => [id, f!.value]));

describe("splitLabelled: a label and where its value starts", () => {
  test.each<[string, FieldId, number, string]>([
    ["Datum: 9 oktober 2024", "datum", 7, ": "],
    ["Datum\t9 oktober 2024", "datum", 6, "\t"],
    ["Datum \t 9 oktober 2024", "datum", 8, " \t "],
    ["Datum 9 oktober 2024", "datum", 6, " "],
    ["Aan de Minister-President", "aan", 4, " "],
    ["Kenmerk DGLGS 95806035", "referentie", 8, " "],
    ["Onze referentie 2024-0000594040", "referentie", 16, " "],
    ["Ons kenmerk BS2024012345", "referentie", 12, " "],
    ["Bijlage(n) 2", "bijlagen", 11, " "],
    ["Aantal bijlagen 3", "aantal-bijlagen", 16, " "],
    ["Nota actief openbaar: Ja", "openbaar", 22, ": "],
    ["Nota actief openbaar Ja", "openbaar", 21, " "],
    ["Van DGOBDR", "van", 4, " "],
    ["Intern afgestemd DGOBDR, CZW", "intern-afgestemd", 17, " "],
    ["Intern BZK afgestemd\tDGOBDR", "intern-afgestemd", 21, "\t"],
  ])("%j → %s from %d", (text, id, offset, separator) => {
    expect(splitLabelled(text)).toEqual({ id, offset, separator });
  });
  test.each([
    "Uw kenmerk 2024-123",
    "Uw kenmerk: 2024-123",
    "Uw brief\t1 oktober 2024",
    "Contactpersoon Persoonsgegevens",
  ])("%j is a label, but not ours", (text) => expect(splitLabelled(text)).toEqual({ foreign: true }));
  test.each([
    "Aan de hand van de monitor is gekeken naar …",
    "Van belang is dat de Kamer voor 1 december antwoord krijgt.",
    "Datum van inwerkingtreding is nog niet bekend",
    "Kenmerkend voor deze sector is …",
    "Kenmerk van de aanpak is de samenwerking",
    "Bijlagen zijn niet meegestuurd",
  ])("body text that starts with a label's word is no field: %j", (text) => {
    expect(splitLabelled(text)).toBeUndefined();
  });
});

describe("the header forms", () => {
  test("the Rijkshuisstijl: label and value on one line without a colon (AZ)", () => {
    expect(
      values([
        "TER BESLISSING",
        "Aan de Minister-President",
        "Van DAB",
        "Datum 9 oktober 2024",
        "Kenmerk 4521870",
        "Bijlage(n) 2",
        b("Kabinetsreactie op het advies"),
      ]),
    ).toEqual({
      purpose: "TER BESLISSING",
      aan: "de Minister-President",
      van: "DAB",
      datum: "9 oktober 2024",
      referentie: "4521870",
      bijlagen: "2",
    });
  });
  test("label and value after a tab, as Word writes a colofon (BZK)", () => {
    expect(
      values([
        "Aan\tMBZK",
        "Van\tDGOBDR",
        "Datum\t9 oktober 2024",
        "Onze referentie\t2024-0000594040",
        "Nota actief openbaar\tJa",
        "TER BESLUITVORMING",
      ]),
    ).toEqual({
      aan: "MBZK",
      van: "DGOBDR",
      datum: "9 oktober 2024",
      referentie: "2024-0000594040",
      openbaar: "Ja",
      purpose: "TER BESLUITVORMING",
    });
  });
  test("'Uw kenmerk' is the addressee's: it is not our reference and ends no value of ours", () => {
    const v = values(["TER INFORMATIE", "Aan: MJenV", "Uw kenmerk: 12345", "Ons kenmerk: 5123456"]);
    expect(v.referentie).toBe("5123456");
  });
  test("the purpose in a row of its own anywhere in a header table, and in lower case", () => {
    expect(
      values([
        cell("Aan", 0, 0, 0),
        cell("MinDef", 0, 0, 1),
        cell("Ter kennisname", 0, 1, 0),
        cell("Datum", 0, 2, 0),
        cell("9 oktober 2024", 0, 2, 1),
      ]),
    ).toEqual({ aan: "MinDef", purpose: "Ter kennisname", datum: "9 oktober 2024" });
  });
  test("fields after the title (LVVN writes Datum and Kenmerk under it)", () => {
    const nota = parseNota(
      snapshotOf([
        "TER INFORMATIE",
        "Aan de Minister van LVVN",
        h("Stand van zaken mestbeleid", 1),
        "Datum 9 oktober 2024",
        "Kenmerk DGLGS / 95806035",
        h("Aanleiding"),
        "x",
      ]),
    );
    expect(nota.title?.text).toBe("Stand van zaken mestbeleid");
    expect(nota.header.datum?.value).toBe("9 oktober 2024");
    expect(nota.header.referentie?.value).toBe("DGLGS / 95806035");
  });
  test("the colofon in the first page's header (a frame or text box there reads as its paragraphs)", () => {
    const nota = parseNota(
      snapshotOf([
        "TER BESLISSING",
        "Aan de Minister van Defensie",
        h("Aanleiding"),
        "x",
        ["Datum", { story: "firstPageHeader" }],
        ["9 oktober 2024", { story: "firstPageHeader" }],
        ["Ons kenmerk", { story: "firstPageHeader" }],
        ["BS2024012345", { story: "firstPageHeader" }],
      ]),
    );
    expect(nota.header.datum?.value).toBe("9 oktober 2024");
    expect(nota.header.referentie?.value).toBe("BS2024012345");
    expect(nota.header.aan?.value).toBe("de Minister van Defensie");
  });
  test("a label with no value is there, and empty", () => {
    const h2 = header(["TER BESLISSING", "Aan MBZK", "Datum", "Kenmerk 2024-0000594040"]);
    expect(h2.datum).toMatchObject({ value: "", paragraphs: [] });
    expect(h2.referentie?.value).toBe("2024-0000594040");
  });
  test("a label with an empty value cell keeps the cell as its place", () => {
    const h2 = header([
      cell("Datum", 0, 0, 0),
      cell("", 0, 0, 1),
      cell("Aan", 0, 1, 0),
      cell("MOCW", 0, 1, 1),
    ]);
    expect(h2.datum).toMatchObject({ value: "", paragraphs: [1] });
  });
});
