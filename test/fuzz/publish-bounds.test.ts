/**
 * The README's bounds for `nota publish` (issue 16): the heaviest inputs the limits let through, the ones that
 * hung, and inputs past the limits, each in a child process of its own (test/helpers/child-cli.ts), held to the
 * same 512 MB resident / 60 s as every command.
 */
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { buildCli, runCli } from "../helpers/child-cli";
import { fixtureBytes } from "../helpers/fixtures";

const BOUNDS = { residentMb: 512, seconds: 60 };
const dir = mkdtempSync(path.join(tmpdir(), "nota-publish-bounds-"));
const built = path.join(dir, "cli");

/** The nota fixture with its document.xml changed by `change` (`level` 0: stored, as large as its markup). */
function nota(change: (xml: string) => string, level: 0 | 6 = 6): Uint8Array {
  const parts = unzipSync(fixtureBytes("example-nota.docx"));
  parts["word/document.xml"] = strToU8(change(strFromU8(parts["word/document.xml"])));
  return zipSync(parts, { level });
}
/** `body` after the Aanleiding block's first paragraph. */
const inAanleiding = (body: string) => (xml: string) => {
  const at = xml.indexOf("</w:p>", xml.indexOf("<w:p>", xml.indexOf("Aanleiding"))) + "</w:p>".length;
  return xml.slice(0, at) + body + xml.slice(at);
};
const paragraphs = (n: number) =>
  Array.from({ length: n }, (_, i) => `<w:p><w:r><w:t>Alinea ${i} over onderwijs.</w:t></w:r></w:p>`).join(
    "",
  );
const wordParagraphs = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<w:p w:rsidR="00A1B2C3" w:rsidRDefault="00A1B2C3" w:rsidP="00D4E5F6"><w:pPr><w:spacing w:after="0" w:line="276" w:lineRule="auto"/><w:rPr><w:lang w:val="nl-NL"/></w:rPr></w:pPr><w:r w:rsidRPr="00D4E5F6"><w:rPr><w:rFonts w:ascii="Verdana" w:hAnsi="Verdana" w:cs="Arial"/><w:sz w:val="18"/><w:szCs w:val="18"/><w:lang w:val="nl-NL"/></w:rPr><w:t xml:space="preserve">${`Alinea ${i} van een lange brief over onderwijs.`.padEnd(60, ".")}</w:t></w:r></w:p>`,
  ).join("");
const table = (rows: string) => `<w:tbl><w:tblGrid><w:gridCol w:w="9000"/></w:tblGrid>${rows}</w:tbl>`;
const markAround = (content: string) =>
  `<w:sdt><w:sdtPr><w:tag w:val="nota:woo:5.1.2e"/></w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;
const mark = (text: string) =>
  `<w:sdt><w:sdtPr><w:tag w:val="nota:woo:5.1.2e"/></w:sdtPr><w:sdtContent><w:r><w:t>${text}</w:t></w:r></w:sdtContent></w:sdt>`;

const CASES: {
  name: string;
  bytes: () => Uint8Array;
  exit: number[];
  again?: true;
}[] = [
  {
    name: "a nota whose Aanleiding has 240,000 paragraphs (the paragraph limit, nearly)",
    bytes: () => nota(inAanleiding(paragraphs(240_000))),
    exit: [0],
  },
  {
    name: "a 48 MB nota, stored unpacked: 114,000 paragraphs in Word's verbose markup",
    bytes: () => nota(inAanleiding(wordParagraphs(114_000)), 0),
    exit: [0],
  },
  {
    name: "the same 114,000 paragraphs in one table cell (a letter laid out in a table)",
    bytes: () => nota(inAanleiding(table(`<w:tr><w:tc>${wordParagraphs(114_000)}</w:tc></w:tr>`)), 0),
    exit: [0],
  },
  {
    name: "one mark around 100,000 paragraphs in Word's verbose markup",
    bytes: () => nota(inAanleiding(markAround(wordParagraphs(100_000))), 0),
    exit: [0],
  },
  {
    name: "one mark around a table row whose cell holds 100,000 paragraphs",
    bytes: () =>
      nota(inAanleiding(table(markAround(`<w:tr><w:tc>${wordParagraphs(100_000)}</w:tc></w:tr>`))), 0),
    exit: [0],
  },
  {
    name: "99,000 runs in one paragraph (198,000 elements: the block limit, nearly)",
    bytes: () => nota(inAanleiding(`<w:p>${"<w:r><w:t>a</w:t></w:r>".repeat(99_000)}</w:p>`)),
    exit: [0],
  },
  {
    name: "66,000 runs of alternating formatting in one paragraph (the block limit, nearly)",
    bytes: () =>
      nota(
        inAanleiding(
          `<w:p>${"<w:r><w:rPr><w:b/></w:rPr><w:t>a</w:t></w:r><w:r><w:t>b</w:t></w:r>".repeat(33_000)}</w:p>`,
        ),
      ),
    exit: [0],
  },
  {
    name: "1.5 million runs in one paragraph (past the block limit: refused, as every command refuses it)",
    bytes: () => nota(inAanleiding(`<w:p>${"<w:r><w:t>a</w:t></w:r>".repeat(1_500_000)}</w:p>`)),
    exit: [2],
  },
  {
    name: "a Van value that already equals its ground (5.1.2e)",
    bytes: () => nota((xml) => xml.replace(">Persoonsgegevens<", ">5.1.2e<")),
    exit: [0],
  },
  {
    name: "a marked text that equals its own ground",
    bytes: () => nota(inAanleiding(`<w:p>${mark("5.1.2e")}<w:r><w:t> en </w:t></w:r>${mark("Jan")}</w:p>`)),
    exit: [0],
  },
  {
    name: "20,000 marks in one paragraph",
    bytes: () =>
      nota(inAanleiding(`<w:p>${Array.from({ length: 20_000 }, (_, i) => mark(`naam${i}`)).join("")}</w:p>`)),
    exit: [0],
  },
  {
    name: "the publication copy published again",
    bytes: () => nota((xml) => xml),
    exit: [0],
    again: true,
  },
];

const figures: string[] = [];

describe(`publish within the README's bounds (${BOUNDS.residentMb} MB resident, ${BOUNDS.seconds} s)`, () => {
  beforeAll(() => buildCli(built), 180_000);

  test.each(CASES.map((c) => [c.name, c] as const))(
    "%s",
    (_name, c) => {
      let file = path.join(dir, "case.docx");
      writeFileSync(file, c.bytes());
      if (c.again) {
        const first = path.join(dir, "first.docx");
        const once = runCli(built, ["publish", file, "--out", first, "--force"]);
        expect(once.code).toBe(0);
        file = first;
      }
      const m = runCli(built, ["publish", file, "--out", path.join(dir, "out.docx"), "--force"]);
      figures.push(
        `${m.residentMb.toFixed(0)} MB, ${m.cpuSeconds.toFixed(2)} s processor (${m.seconds.toFixed(2)} s wall), exit ${m.code}: publish: ${c.name}`,
      );
      expect({ exit: c.exit.includes(m.code), err: m.err.slice(0, 200) }).toEqual({
        exit: true,
        err: expect.any(String),
      });
      expect(m.residentMb).toBeLessThan(BOUNDS.residentMb);
      expect(m.cpuSeconds).toBeLessThan(BOUNDS.seconds);
    },
    300_000,
  );

  afterAll(() => console.log(`publish bounds per case:\n  ${figures.join("\n  ")}`));
});
