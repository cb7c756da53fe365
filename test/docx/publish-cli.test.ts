/** `nota publish`: personal data nobody marked with its place, --strict, --inventory (CSV and JSON). */
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { run } from "../helpers/cli";
import { HEADER_LINES, docxPackage, heading, mark, p, r } from "./leak/build";

const nota = (extra: string) =>
  docxPackage({
    body:
      HEADER_LINES() +
      p(r("Nota over de monitor"), '<w:pStyle w:val="Kop1"/>') +
      heading("Aanleiding") +
      p(r("Het rapport is van ") + mark("5.1.2e", r("Jan Jansen")) + r(".")) +
      extra +
      heading("Geadviseerd besluit") +
      p(r("U wordt geadviseerd akkoord te gaan.")),
  });

function files(extra = "") {
  const dir = mkdtempSync(path.join(tmpdir(), "nota-publish-cli-"));
  const input = path.join(dir, "nota.docx");
  writeFileSync(input, nota(extra));
  return { dir, input, out: path.join(dir, "openbaar.docx") };
}

test("what looks like personal data and is not marked is printed with its place; the copy is written", async () => {
  const f = files(p(r("Bel 070-1234567 of mail k.kater@minocw.nl.")));
  const result = await run("publish", f.input, "--out", f.out);
  expect(result.code).toBe(0);
  expect(result.out).toContain("Lijkt op persoonsgegevens en is niet gemarkeerd (2)");
  expect(result.out).toContain("telefoonnummer “070-1234567” (alinea 8)");
  expect(result.out).toContain("e-mailadres “k.kater@minocw.nl” (alinea 8)");
  expect(readFileSync(f.out).length).toBeGreaterThan(0);
});

test("--strict: nothing written while personal data is unmarked, exit 1 with what to do", async () => {
  const f = files(p(r("Bel 070-1234567.")));
  const result = await run("publish", f.input, "--out", f.out, "--strict");
  expect(result.code).toBe(1);
  expect(result.err).toContain("1 mogelijk persoonsgegeven is niet gemarkeerd (--strict)");
  expect(result.err).toContain("Markeer ze met Niet openbaar maken");
  expect(result.out).toContain("telefoonnummer “070-1234567”");
  expect(() => readFileSync(f.out)).toThrow();
  const clean = files();
  expect((await run("publish", clean.input, "--out", clean.out, "--strict")).code).toBe(0);
});

test("--inventory FILE.csv: one row per document, the header once, grounds in the law's order", async () => {
  const f = files();
  const list = path.join(f.dir, "inventaris.csv");
  expect((await run("publish", f.input, "--out", f.out, "--inventory", list)).code).toBe(0);
  const second = path.join(f.dir, "openbaar-2.docx");
  expect((await run("publish", f.input, "--out", second, "--inventory", list)).code).toBe(0);
  const lines = readFileSync(list, "utf8")
    .replace(/^\uFEFF/, "")
    .trim()
    .split(/\r\n/);
  expect(lines).toEqual([
    "Document,Titel,Datum,Beoordeling,Weigeringsgronden",
    "openbaar.docx,Nota over de monitor,26 november 2024,Deels openbaar,5.1.2e",
    "openbaar-2.docx,Nota over de monitor,26 november 2024,Deels openbaar,5.1.2e",
  ]);
});

test("--inventory FILE.json: rows added to the list; a file that is not a list is refused before anything is written", async () => {
  const f = files();
  const list = path.join(f.dir, "inventaris.json");
  expect((await run("publish", f.input, "--out", f.out, "--inventory", list)).code).toBe(0);
  expect(JSON.parse(readFileSync(list, "utf8"))).toEqual([
    {
      Document: "openbaar.docx",
      Titel: "Nota over de monitor",
      Datum: "26 november 2024",
      Beoordeling: "Deels openbaar",
      Weigeringsgronden: "5.1.2e",
    },
  ]);
  const bad = path.join(f.dir, "bad.json");
  writeFileSync(bad, '{"niet": "een lijst"}');
  const other = path.join(f.dir, "ander.docx");
  const refused = await run("publish", f.input, "--out", other, "--inventory", bad);
  expect(refused.code).toBe(2);
  expect(refused.err).toContain("is geen JSON-lijst");
  expect(() => readFileSync(other)).toThrow();
  expect((await run("publish", f.input, "--out", other, "--inventory", "lijst.txt")).code).toBe(2);
});
