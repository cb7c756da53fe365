/** Notas as Word saves them: every feature read as Word shows it, by the .docx reader and through the double. */
import { readDocx } from "../../src/docx/reader";
import { parseNota } from "../../src/nota/parser";
import { checkNota, lexiconOf } from "../../src/checks/engine";
import { DEFAULT_PROFILE } from "../../src/checks/profile";
import { findPassages } from "../../src/nota/emancipation";
import { OfficeNotaDocument } from "../../src/word/adapter";
import { WordDocumentModel, WordDouble } from "../word-double";
import { wordNota, wordSavedNota } from "../helpers/word-saved";
import { strFromU8, unzipSync } from "fflate";
import { validateAgainst } from "../helpers/xsd";

const readers = {
  "the .docx reader": async () => readDocx(wordSavedNota()),
  "the Word adapter on the double": async () =>
    new OfficeNotaDocument(new WordDouble(WordDocumentModel.fromDocx(wordSavedNota()))).readSnapshot(),
};

test("the fixture is valid WordprocessingML", async () => {
  const xml = strFromU8(unzipSync(wordSavedNota())["word/document.xml"]);
  expect(await validateAgainst("ooxml", "wml.xsd", xml)).toEqual([]);
});

describe.each(Object.keys(readers) as (keyof typeof readers)[])("%s", (which) => {
  const read = readers[which];

  test("text split over runs with proofing marks, a tracked insertion, a field result, a bookmark, a hyperlink", async () => {
    const nota = parseNota(await read());
    expect(nota.header.purpose?.value).toBe("TER ONDERTEKENING");
    expect(nota.header.aan?.value).toBe("MOCW (via SOCW)");
    expect(nota.addressing).toMatchObject({ to: ["MOCW"], via: ["SOCW"] });
    expect(nota.header.datum?.value).toBe("26 november 2024");
    expect(nota.header.referentie?.value).toBe("49235295");
    expect(nota.header.bijlagen?.value).toBe("Monitor 2023");
  });

  test("Dutch style ids with built-in names are headings; a comment in a heading does not hide it", async () => {
    const snapshot = await read();
    const nota = parseNota(snapshot);
    expect(nota.title?.text).toBe("Beleidsreactie monitor");
    expect(nota.sections.map((s) => s.id)).toEqual([
      "aanleiding",
      "geadviseerd-besluit",
      "kernpunten",
      "niet-openbaar",
    ]);
    expect(snapshot.paragraphs[nota.blocks.aanleiding!.headingParagraph!].style).toMatchObject({
      builtIn: "Heading2",
    });
  });

  test("a deleted sentence and a deleted heading are not there; an inserted heading is", async () => {
    const snapshot = await read();
    expect(snapshot.paragraphs.some((p) => p.text.includes("verwijderde zin"))).toBe(false);
    expect(snapshot.paragraphs.some((p) => p.text === "Toelichting")).toBe(false);
    expect(findPassages(snapshot, lexiconOf(DEFAULT_PROFILE))).toEqual([]);
  });

  test("a block inside another template's content control is found", async () => {
    const nota = parseNota(await read());
    const kern = nota.blocks.kernpunten!;
    expect(nota.snapshot.paragraphs[kern.headingParagraph!].contentControlTags).toEqual(["huisstijl:kern"]);
    expect(kern.content).toHaveLength(1);
  });

  test("the checker finds no missing block, no bad date, no routing problem", async () => {
    const ids = checkNota(await read()).findings.map((f) => `${f.ruleId}:${f.messageId}`);
    expect(ids).not.toContain("required-block:missing");
    expect(ids.filter((id) => id.startsWith("header-fields:datum"))).toEqual([]);
  });
});

test("a hard page break followed by Word's rendered break is one new page", () => {
  const snapshot = readDocx(wordSavedNota());
  expect(snapshot.pageSource).toBe("layout");
  expect(snapshot.paragraphs.find((p) => p.text === "Deze tekst staat op blz. 2.")?.page).toBe(2);
  expect(snapshot.paragraphs.find((p) => p.text === "N.v.t.")?.page).toBe(2);
});

describe("routing and page references in the forms people write, through both readers", () => {
  const nota = (aan: string[], flag?: string) =>
    wordNota([
      "TER ONDERTEKENING",
      ...aan,
      "Datum: 26 november 2024",
      "Referentie: 49235295",
      "# Aanleiding",
      "De Kamer vroeg om een reactie.",
      ...(flag ? [flag] : []),
      "# Geadviseerd besluit",
      "U wordt geadviseerd akkoord te gaan.",
      "# Kernpunten",
      "Geen nieuwe toezeggingen.",
      "# Informatie die niet openbaar gemaakt kan worden",
      "N.v.t.",
    ]);
  const flag = (pages: string) =>
    `De brief gaat via SOCW vanwege haar verantwoordelijkheid voor Emancipatie. De passages die raken aan emancipatie worden gevonden op ${pages}.`;

  describe.each(Object.keys(readers) as (keyof typeof readers)[])("%s", (which) => {
    const read = (bytes: Uint8Array) =>
      which === "the .docx reader"
        ? Promise.resolve(readDocx(bytes))
        : new OfficeNotaDocument(new WordDouble(WordDocumentModel.fromDocx(bytes))).readSnapshot();
    const ids = async (bytes: Uint8Array) =>
      checkNota(await read(bytes))
        .findings.filter((f) => f.ruleId.startsWith("emancipation"))
        .map((f) => `${f.ruleId}:${f.messageId}`);

    test.each([
      [["Aan: de Minister van OCW, via de Staatssecretaris van OCW"]],
      [["Aan: MOCW", "Via: SOCW"]],
      [["Aan: MOCW", "Via SOCW"]],
      [["Aan: MOCW via SOCW"]],
    ])("%j without the sentence: the flag is missing", async (aan) => {
      expect(await ids(nota(aan))).toEqual(["emancipation-flag:missing"]);
    });

    test.each(["pagina 2 en 6-7", "pagina's 2, 6 en 7", "p. 2, 6, 7", "blz. 2, 6–7"])(
      "the sentence with '%s' counts, and its pages are read as a set",
      async (pages) => {
        const snapshot = await read(nota(["Aan: MOCW (via SOCW)"], flag(pages)));
        expect(parseNota(snapshot).flag?.references.flatMap((r) => r.pages)).toEqual([2, 6, 7]);
        expect(await ids(nota(["Aan: MOCW (via SOCW)"], flag(pages)))).toEqual([]);
      },
    );

    test("'vanaf blz. 6' is no page list: the sentence does not count as the flag", async () => {
      expect(await ids(nota(["Aan: MOCW (via SOCW)"], flag("vanaf blz. 6")))).toEqual([
        "emancipation-flag:missing",
      ]);
    });
  });
});
