/** @jest-environment jsdom */
/** The coordinators' HTML report: one self-contained page with the overview, emancipation status and findings. */
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { run } from "../helpers/cli";
import { fixturePath } from "../helpers/fixtures";

async function report(args: string[]) {
  const out = path.join(mkdtempSync(path.join(tmpdir(), "nota-report-")), "rapport.html");
  const r = await run("check", ...args, "--format", "html", "--out", out);
  const html = readFileSync(out, "utf8");
  return { code: r.code, html, doc: new DOMParser().parseFromString(html, "text/html"), text: r.all };
}

describe("nota check --format html --out", () => {
  test("a table of notas × rules with a status per cell, and the total", async () => {
    const { code, doc, text } = await report([
      fixturePath("example-nota.docx"),
      fixturePath("header-table-bold.docx"),
      fixturePath("not-a-zip.docx"),
    ]);
    expect(code).toBe(2); // one file cannot be used
    expect(text).toMatch(/Rapport geschreven naar .*rapport\.html/);
    const rows = [...doc.querySelectorAll("section[aria-labelledby=overview] tbody tr")];
    // Rows name the files relative to the folder they share (the full path is the title), not as absolute paths.
    expect(rows.map((r) => r.querySelector("th")!.textContent!)).toEqual([
      "example-nota.docx",
      "header-table-bold.docx",
      "not-a-zip.docx",
    ]);
    expect(path.isAbsolute(rows[0].querySelector("th")!.getAttribute("title")!)).toBe(true);
    const headers = [...doc.querySelectorAll("section[aria-labelledby=overview] thead th")];
    // Columns are headed by the rules' names; the id stays as data.
    const columns = headers.map((th) => th.getAttribute("data-rule"));
    expect(headers[columns.indexOf("header-fields")].textContent).toBe("Kopgegevens");
    expect(headers.map((h) => h.textContent).join(" ")).not.toMatch(/header-fields|required-block/);
    const cell = (row: number, rule: string) => rows[row].children[columns.indexOf(rule)].textContent;
    expect(cell(0, "required-block")).toMatch(/in orde/);
    expect(cell(1, "required-block")).toMatch(/1 fout/);
    expect(cell(1, "heading-wording")).toMatch(/2 waarschuwingen/);
    expect(rows[1].lastElementChild!.textContent).toBe("1 fout, 4 waarschuwingen");
    expect(rows[2].textContent).toMatch(/niet te gebruiken: is geen \.docx-bestand/);
  });

  test("the emancipation status: routed via, flagged, pages against the letter", async () => {
    const { doc } = await report([
      fixturePath("example-nota.docx"),
      fixturePath("example-nota-no-flag.docx"),
      "--letter",
      fixturePath("letter.docx"),
    ]);
    const rows = [...doc.querySelectorAll("section[aria-labelledby=emancipation] tbody tr")].map((r) =>
      [...r.children].map((c) => c.textContent),
    );
    expect(rows[0].slice(1)).toEqual(["ja", "ja", "ja (blz. 2, 6 en 7)"]);
    expect(rows[1].slice(1)).toEqual(["ja", "nee", "nee"]);
  });

  test("a chart of findings per rule, findings with their place, printable, and self-contained", async () => {
    const { html, doc } = await report([fixturePath("header-table-bold.docx")]);
    expect(doc.querySelector("svg[role=img] title")?.textContent).toMatch(/aantal bevindingen per regel/);
    const findings = [...doc.querySelectorAll("ul.findings li")].map((li) => li.textContent);
    expect(findings).toContainEqual(
      expect.stringMatching(/Schrijf de maand met een kleine letter.*\(alinea 7, blz\. 1\)/),
    );
    expect(html).toContain("@media print");
    // No script, no request: nothing refers outside the file, and the CSP forbids it anyway.
    expect(doc.querySelector("script")).toBeNull();
    expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//);
    expect(doc.querySelector("meta[http-equiv=Content-Security-Policy]")?.getAttribute("content")).toMatch(
      /default-src 'none'/,
    );
  });

  test("text from the documents is escaped", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "nota-report-"));
    const odd = path.join(dir, "<script>alert(1)<script>.docx");
    writeFileSync(odd, "not a zip");
    const { doc } = await report([odd]);
    expect(doc.querySelector("script")).toBeNull();
    expect(doc.body.textContent).toContain("<script>alert(1)<script>.docx");
  });

  test("without --out: a sentence, exit 2", async () => {
    const r = await run("check", fixturePath("example-nota.docx"), "--format", "html");
    expect(r.code).toBe(2);
    expect(r.messages.err[0]).toBe("nota: een HTML-rapport gaat naar een bestand: geef --out RAPPORT.html");
  });
});
