/**
 * The block limit (README, Limits): a paragraph, or any other block that is not a container of blocks, holds at
 * most 200,000 elements, in every part, judged the same way for every command. The publication copy is rebuilt a
 * block at a time through tables, rows, cells and controls, so this is what bounds its memory.
 */
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { MAX_UNIT_ELEMENTS } from "../../src/docx/package";
import { publishDocx } from "../../src/docx/publish";
import { run } from "../helpers/cli";
import { fixtureBytes } from "../helpers/fixtures";
import { refusal } from "../helpers/refusal";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/**
 * The nota fixture with `xml` after the Aanleiding heading's paragraph, or in `part` (a footer that no section
 * shows, made here when the nota has none: the package judge reads every part).
 */
function notaWith(xml: string, part = "word/document.xml"): Uint8Array {
  const parts = unzipSync(fixtureBytes("example-nota.docx"));
  parts[part] ??= strToU8(`<w:ftr xmlns:w="${W}"><w:p></w:p></w:ftr>`);
  const text = strFromU8(parts[part]);
  const anchor = part === "word/document.xml" ? text.indexOf("Aanleiding") : 0;
  const at = text.indexOf("</w:p>", anchor) + "</w:p>".length;
  parts[part] = strToU8(text.slice(0, at) + xml + text.slice(at));
  return zipSync(parts);
}

/** One paragraph of `runs` runs: 1 + 2 × runs elements. */
const paragraphOfRuns = (runs: number) => `<w:p>${"<w:r><w:t>a</w:t></w:r>".repeat(runs)}</w:p>`;

const SENTENCE = /een alinea of ander blok in word\/document\.xml met meer dan 200\.000 elementen/;

test("the limit is 200,000 elements: a paragraph at it is read, one past it refused with the limit named", () => {
  expect(MAX_UNIT_ELEMENTS).toBe(200_000);
  expect(refusal(notaWith(paragraphOfRuns(99_999)))).toBe("read"); // 199,999 elements
  expect(refusal(notaWith(paragraphOfRuns(100_000)))).toMatch(SENTENCE); // 200,001
});

test("containers do not count: 120,000 paragraphs in one table cell inside a control are read", () => {
  const cell = Array.from({ length: 120_000 }, (_, i) => `<w:p><w:r><w:t>Alinea ${i}</w:t></w:r></w:p>`).join(
    "",
  );
  const xml = `<w:sdt><w:sdtPr><w:tag w:val="x"/></w:sdtPr><w:sdtContent><w:tbl><w:tblGrid><w:gridCol w:w="9000"/></w:tblGrid><w:tr><w:tc>${cell}</w:tc></w:tr></w:tbl></w:sdtContent></w:sdt>`;
  const bytes = notaWith(xml);
  expect(refusal(bytes)).toBe("read");
  const copy = unzipSync(publishDocx(bytes, { fields: {}, replacement: "{code}" }).bytes);
  const body = strFromU8(copy["word/document.xml"]);
  // Every paragraph is in the copy, in its cell; the control's wrapping is not.
  expect(body.match(/>Alinea \d+</g)?.length).toBe(120_000);
  expect(body).toMatch(/<w:tbl>.*<w:tr>.*<w:tc>.*Alinea 119999.*<\/w:tc><\/w:tr><\/w:tbl>/s);
  expect(body).not.toMatch(/<w:sdt\b/);
});

test("check, adopt and publish give the one verdict, for a block in the body and in a part none of them reads", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "nota-block-limit-"));
  for (const [part, sentence] of [
    ["word/document.xml", SENTENCE],
    ["word/footer9.xml", /een alinea of ander blok in word\/footer9\.xml met meer dan 200\.000 elementen/],
  ] as const) {
    const file = path.join(dir, "groot.docx");
    writeFileSync(file, notaWith(paragraphOfRuns(100_000), part));
    const results = [
      await run("check", file),
      await run("adopt", file, "--out", path.join(dir, "a.docx")),
      await run("publish", file, "--out", path.join(dir, "p.docx")),
    ];
    expect(results.map((r) => r.code)).toEqual([2, 2, 2]);
    for (const r of results) expect(r.err).toMatch(sentence);
  }
}, 120_000);
