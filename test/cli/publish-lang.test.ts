/**
 * `nota publish --lang nl|en`: every line it prints is in the chosen language, a withheld field by its label in
 * that language, a place in that language's words; the copy itself and the inventory list keep the Woo's Dutch.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { run } from "../helpers/cli";
import { HEADER_LINES, docxPackage, heading, mark, p, r } from "../docx/leak/build";
import { leakCases } from "../docx/leak/cases";

function write(name: string, docx: Uint8Array) {
  const dir = mkdtempSync(path.join(tmpdir(), "nota-publish-lang-"));
  const input = path.join(dir, name);
  writeFileSync(input, docx);
  return { dir, input, out: path.join(dir, "openbaar.docx") };
}

// Van is withheld by the default profile (5.1.2e); a passage is marked; a phone number is left unmarked.
const nota = () =>
  write(
    "nota.docx",
    docxPackage({
      body:
        HEADER_LINES() +
        p(r("Nota over de monitor"), '<w:pStyle w:val="Kop1"/>') +
        heading("Aanleiding") +
        p(r("Het rapport is van ") + mark("5.1.2e", r("Jan Jansen")) + r(".")) +
        p(r("Bel 070-1234567.")) +
        heading("Geadviseerd besluit") +
        p(r("U wordt geadviseerd akkoord te gaan.")),
    }),
  );

/** Each line without the file's own path (the only part not in the catalogue's words). */
const lines = (out: string, dir: string) => out.split("\n").map((l) => l.split(dir).join("DIR"));

test("Dutch: the summary in Dutch, the field by its Dutch label", async () => {
  const f = nota();
  const result = await run("publish", f.input, "--out", f.out, "--inventory", path.join(f.dir, "lijst.csv"));
  expect(result.code).toBe(0);
  expect(lines(result.out, f.dir)).toEqual([
    `Openbaarmakingsversie geschreven naar DIR${path.sep}openbaar.docx`,
    "  5.1.2e: 2 keer niet openbaar gemaakt (veld Van, alinea 7)",
    "  Lijkt op persoonsgegevens en is niet gemarkeerd (1); controleer en markeer wat niet openbaar mag:",
    "    telefoonnummer “070-1234567” (alinea 8)",
    expect.stringMatching(/^ {2}Niet overgenomen: opmerkingen, /),
    `  Rij toegevoegd aan de inventarislijst DIR${path.sep}lijst.csv`,
  ]);
});

test("English: every line in English, the field by its English label; the inventory keeps the Woo's columns", async () => {
  const f = nota();
  const list = path.join(f.dir, "list.csv");
  const result = await run("publish", f.input, "--out", f.out, "--inventory", list, "--lang", "en");
  expect(result.code).toBe(0);
  expect(lines(result.out, f.dir)).toEqual([
    `Publication copy written to DIR${path.sep}openbaar.docx`,
    "  5.1.2e: withheld 2 times (field From, paragraph 7)",
    "  Looks like personal data and is not marked (1); check it and mark what must not be published:",
    "    phone number “070-1234567” (paragraph 8)",
    expect.stringMatching(/^ {2}Not carried over: comments, /),
    `  Row added to the inventory list DIR${path.sep}list.csv`,
  ]);
  // The list is for the publication platform: its columns and values are the Woo's, whatever the language.
  expect(
    readFileSync(list, "utf8")
      .replace(/^\uFEFF/, "")
      .split(/\r\n/)
      .slice(0, 2),
  ).toEqual([
    "Document,Titel,Datum,Beoordeling,Weigeringsgronden",
    "openbaar.docx,Nota over de monitor,26 november 2024,Deels openbaar,5.1.2e",
  ]);
});

test("English: places outside the body and placeholders in English words", async () => {
  const cases = Object.fromEntries(leakCases().map((c) => [c.name, c]));
  const stories = write("stories.docx", cases["every-story"].docx);
  const en = await run("publish", stories.input, "--out", stories.out, "--lang", "en");
  expect(en.code).toBe(0);
  expect(en.out).toMatch(/footnote/);
  expect(en.out).toMatch(/endnote/);
  expect(en.out).toMatch(/page header \(word\/header3\.xml\)/);
  const nl = await run("publish", stories.input, "--out", path.join(stories.dir, "nl.docx"));
  expect(nl.out).toMatch(/voetnoot.*eindnoot|eindnoot.*voetnoot/s);
  expect(nl.out).toMatch(/koptekst \(word\/header3\.xml\)/);

  const objects = write("objects.docx", cases.objects.docx);
  const placeholders = await run("publish", objects.input, "--out", objects.out, "--lang", "en");
  expect(placeholders.code).toBe(0);
  const replaced = placeholders.out.split("\n").filter((l) => l.includes("Replaced by a sentence"));
  expect(replaced.length).toBe(4);
  for (const line of replaced)
    expect(line).toMatch(/^ {2}Replaced by a sentence: [A-Za-z ]+ \(paragraph \d+\)$/);
  // No Dutch place word is left in any English line.
  for (const out of [en.out, placeholders.out])
    expect(out).not.toMatch(/\b(alinea|veld|koptekst|voettekst|voetnoot|eindnoot|hoofdtekst|keer)\b/);
});
