/** Notas as Word saves them: every feature read as Word shows it, by the .docx reader and through the double. */
import { readDocx } from "../../src/docx/reader";
import { parseNota } from "../../src/nota/parser";
import { checkNota, lexiconOf } from "../../src/checks/engine";
import { DEFAULT_PROFILE } from "../../src/checks/profile";
import { findPassages } from "../../src/nota/emancipation";
import { OfficeNotaDocument } from "../../src/word/adapter";
import { WordDocumentModel, WordDouble } from "../word-double";
import { wordSavedNota } from "../helpers/word-saved";
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
