/**
 * Real Word-written files that a corpus run (scripts/corpus.js, issue 16) found mishandled: each is read as
 * LibreOffice and Word read it, through check, adopt and publish alike. Sources and licences: fixtures/corpus/SOURCES.md.
 */
import { mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { run } from "../helpers/cli";
import { strFromU8, unzipSync } from "fflate";
import { readDocx } from "../../src/docx/reader";
import { publishDocx } from "../../src/docx/publish";
import { validateAgainst } from "../helpers/xsd";

const TRANSITIONAL = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

const corpus = (name: string) => path.join(__dirname, "..", "fixtures", "corpus", name);

test("more than 255 relationships: read by every command, not refused as deep nesting", async () => {
  const file = corpus("openxmlsdk-equation-1.docx");
  expect(readDocx(new Uint8Array(readFileSync(file))).paragraphs.length).toBeGreaterThan(0);
  const d = mkdtempSync(path.join(tmpdir(), "nota-corpus-"));
  const results = [
    await run("check", file),
    await run("publish", file, "--out", path.join(d, "p.docx")),
    await run("adopt", file, "--out", path.join(d, "a.docx")),
  ];
  for (const r of results) expect(r.err).not.toMatch(/dieper genest|beschadigd/);
  expect(results[1].code).toBe(0);
}, 60_000);

test.each([
  ["powertools-Equation.docx", /heeft geen tekst, alleen formules/],
  ["powertools-Chart.docx", /heeft geen tekst, alleen afbeeldingen, grafieken of objecten/],
  ["powertools-HW010-TableWithThreeEmptyRows.docx", /heeft alleen tekst in de kop- en voetteksten/],
  ["openxmlsdk-Comment020.docx", /alles erin is verwijderd met wijzigingen bijhouden/],
  ["openxmlsdk-Comment005.docx", /heeft alleen tekst in opmerkingen/],
  ["mammoth-footnote-hyperlink.docx", /heeft alleen tekst in voetnoten of eindnoten/],
])("%s: says what it holds, not 'is leeg'", async (name, sentence) => {
  const r = await run("check", corpus(name));
  expect(r.code).toBe(2);
  expect(r.err).toMatch(sentence);
  expect(r.err).not.toMatch(/is leeg/);
});

test("a Strict document's copy is Transitional through and through: no conformance claim, valid, its text kept", async () => {
  const input = new Uint8Array(readFileSync(corpus("mammoth-strict-format.docx")));
  const parts = unzipSync(publishDocx(input, { fields: {}, replacement: "{code}" }).bytes);
  const xml = strFromU8(parts["word/document.xml"]);
  expect(xml).not.toMatch(/conformance/);
  expect(xml).toContain(`xmlns:w="${TRANSITIONAL}"`);
  expect(xml).toContain("<w:t>Test</w:t>");
  expect(await validateAgainst("ooxml", "wml.xsd", xml)).toEqual([]);
}, 60_000);
