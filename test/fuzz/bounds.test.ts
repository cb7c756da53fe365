/**
 * The README's bounds, measured per case in a child process of its own (issue 9): the heaviest inputs the limits
 * let through, and the cheapest ones that go past them, each through `nota check` as a person runs it. The
 * child reports its own peak resident memory (VmHWM, Linux's high-water mark) and wall time; both are held
 * against the bounds the README states (BOUNDS below). These are limits a person is promised, not performance
 * targets: the bench (`npm run bench`) measures speed.
 */
import { buildCli, runCli } from "../helpers/child-cli";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { constants, deflateRawSync } from "zlib";
import { fixtureBytes } from "../helpers/fixtures";
import { smallDocx } from "../helpers/raw-zip";

/** As stated in the README ("Limits, and what happens past them"). */
const BOUNDS = { residentMb: 512, seconds: 60 };

const dir = mkdtempSync(path.join(tmpdir(), "nota-bounds-"));
const built = path.join(dir, "cli");
const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

const CONTENT_TYPES =
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/** A .docx whose body is `body`; `level` 0 stores it unpacked (so the file is as large as its text). */
function docx(body: string, level: 0 | 6 = 6): Uint8Array {
  return zipSync(
    {
      "[Content_Types].xml": strToU8(CONTENT_TYPES),
      "_rels/.rels": strToU8(RELS),
      "word/document.xml": strToU8(`<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`),
    },
    { level },
  );
}

const paragraphs = (n: number, text: (i: number) => string) =>
  Array.from({ length: n }, (_, i) => `<w:p><w:r><w:t>${text(i)}</w:t></w:r></w:p>`).join("");

/** Paragraphs as Word writes them: revision ids, paragraph and run properties around some 60 characters. */
const wordParagraphs = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<w:p w:rsidR="00A1B2C3" w:rsidRDefault="00A1B2C3" w:rsidP="00D4E5F6"><w:pPr><w:spacing w:after="0" w:line="276" w:lineRule="auto"/><w:rPr><w:lang w:val="nl-NL"/></w:rPr></w:pPr><w:r w:rsidRPr="00D4E5F6"><w:rPr><w:rFonts w:ascii="Verdana" w:hAnsi="Verdana" w:cs="Arial"/><w:sz w:val="18"/><w:szCs w:val="18"/><w:lang w:val="nl-NL"/></w:rPr><w:t xml:space="preserve">${`Alinea ${i} van een lange brief over onderwijs.`.padEnd(60, ".")}</w:t></w:r></w:p>`,
  ).join("");

/** The nota fixture with `body` (paragraphs) after the Aanleiding block's first paragraph: a nota adopt wraps. */
function nota(body: string, level: 0 | 6 = 6): Uint8Array {
  const parts = unzipSync(fixtureBytes("example-nota.docx"));
  const xml = strFromU8(parts["word/document.xml"]);
  const at = xml.indexOf("</w:p>", xml.indexOf("<w:p>", xml.indexOf("Aanleiding"))) + "</w:p>".length;
  parts["word/document.xml"] = strToU8(xml.slice(0, at) + body + xml.slice(at));
  return zipSync(parts, { level });
}

/** The document's real bytes with their real size and CRC, then `gib` GiB more of deflate (5 MB a 5 GiB). */
function deflateGoesOn(gib: number): Uint8Array {
  const p = "<w:p><w:r><w:t>Aanleiding</w:t></w:r></w:p>";
  const xml = strToU8(`<w:document xmlns:w="${W}"><w:body>${p}</w:body></w:document>`);
  const flush = { finishFlush: constants.Z_SYNC_FLUSH };
  const zeros = deflateRawSync(Buffer.alloc(1 << 20), { ...flush, level: 9 });
  const stream = Buffer.concat([
    deflateRawSync(xml, flush),
    ...Array.from({ length: gib * 1024 }, () => zeros),
    Buffer.from([0x03, 0x00]),
  ]);
  return smallDocx(p, [], { data: xml, compressed: new Uint8Array(stream) });
}

const inlineControls = (n: number) =>
  `<w:p>${Array.from({ length: n }, (_, i) => `<w:sdt><w:sdtPr><w:tag w:val="x${i}"/></w:sdtPr><w:sdtContent><w:r><w:t>woord${i} </w:t></w:r></w:sdtContent></w:sdt>`).join("")}</w:p>`;

/** A purpose line: the documents within the limits are notas, so every rule runs (no nota gets one sentence). */
const PURPOSE = paragraphs(1, () => "TER BESLISSING");

/** The cases: the largest inputs within the limits, and inputs just past them. Made here, not kept in git. */
const CASES: { name: string; bytes: () => Uint8Array; exit: number[]; command?: "check" | "adopt" }[] = [
  {
    name: "a 48 MB .docx, stored unpacked: 115,000 paragraphs in Word's verbose markup (the size limit's worst case)",
    bytes: () => docx(PURPOSE + wordParagraphs(115_000), 0),
    exit: [1],
  },
  {
    name: "250,000 paragraphs, packed (the paragraph limit, reached)",
    bytes: () => docx(PURPOSE + paragraphs(249_999, (i) => `Alinea ${i} over emancipatie en onderwijs.`)),
    exit: [1],
  },
  {
    name: "19.9 million characters in one paragraph (the text limit, reached)",
    bytes: () => docx(PURPOSE + paragraphs(1, () => "ab ".repeat(6_630_000))),
    exit: [1],
  },
  {
    name: "7.7 million empty paragraphs in a small file (past the paragraph limit)",
    bytes: () => docx("<w:p/>".repeat(7_700_000)),
    exit: [2],
  },
  {
    name: "127 MB of text packed into a small file (past the text limit, under the unpacked cap)",
    bytes: () => docx(`<w:p><w:r><w:t>${"a".repeat(127 * 1024 * 1024)}</w:t></w:r></w:p>`),
    exit: [2],
  },
  {
    name: "a zip bomb: 400 MB packed into a small file (past the unpacked cap, refused before inflating)",
    bytes: () => docx(`<w:p><w:r><w:t>${"a".repeat(400 * 1024 * 1024)}</w:t></w:r></w:p>`),
    exit: [2],
  },
  {
    name: "20,000 inline content controls in one paragraph (70 KB packed)",
    bytes: () => docx(`<w:p><w:r><w:t>Aanleiding</w:t></w:r></w:p>${inlineControls(20_000)}`),
    exit: [1],
  },
  {
    name: "1.5 million runs in one paragraph (past the block limit of 200,000 elements)",
    bytes: () => docx(PURPOSE + `<w:p>${"<w:r><w:t>a</w:t></w:r>".repeat(1_500_000)}</w:p>`),
    exit: [2],
  },
  {
    name: "a deflate stream that goes on: 5 GiB after the declared bytes in a 5 MB file",
    bytes: () => deflateGoesOn(5),
    exit: [2],
  },
  {
    name: "a nota whose Aanleiding has 240,000 paragraphs (the paragraph limit, nearly)",
    bytes: () => nota(paragraphs(240_000, (i) => `Alinea ${i} over onderwijs.`)),
    exit: [0],
    command: "adopt",
  },
  {
    name: "a 48 MB nota, stored unpacked: 114,000 paragraphs in Word's verbose markup",
    bytes: () => nota(wordParagraphs(114_000), 0),
    exit: [0],
    command: "adopt",
  },
  {
    name: "a nota with 20,000 inline content controls in one paragraph",
    bytes: () => nota(inlineControls(20_000)),
    exit: [0],
    command: "adopt",
  },
  {
    name: "a zip bomb: 400 MB packed into a small file",
    bytes: () => docx(`<w:p><w:r><w:t>${"a".repeat(400 * 1024 * 1024)}</w:t></w:r></w:p>`),
    exit: [2],
    command: "adopt",
  },
  {
    name: "a deflate stream that goes on: 5 GiB after the declared bytes",
    bytes: () => deflateGoesOn(5),
    exit: [2],
    command: "adopt",
  },
  {
    name: "7.7 million empty paragraphs in a small file (past the paragraph limit)",
    bytes: () => docx("<w:p/>".repeat(7_700_000)),
    exit: [2],
    command: "adopt",
  },
  {
    name: "a 50 MB file of random bytes",
    bytes: () => {
      const data = new Uint8Array(50 * 1024 * 1024 - 1);
      for (let i = 0; i < data.length; i += 65536) crypto.getRandomValues(data.subarray(i, i + 65536));
      return data;
    },
    exit: [2],
  },
];

const figures: string[] = [];

describe(`the README's bounds (${BOUNDS.residentMb} MB resident, ${BOUNDS.seconds} s), per case in a child process`, () => {
  // The command as it ships: compiled with the project's own settings, into a folder of this test.
  beforeAll(() => buildCli(built), 180_000);

  test.each(CASES.map((c) => [c.name, c] as const))(
    "%s",
    (_name, c) => {
      const file = path.join(dir, "case.docx");
      writeFileSync(file, c.bytes());
      const command = c.command ?? "check";
      const args =
        command === "check"
          ? ["check", file, "--format", "json"]
          : [command, file, "--out", path.join(dir, "out.docx"), "--force"];
      const m = runCli(built, args);
      figures.push(
        `${m.residentMb.toFixed(0)} MB, ${m.cpuSeconds.toFixed(2)} s processor (${m.seconds.toFixed(2)} s wall), exit ${m.code}: ${command}: ${c.name}`,
      );
      expect({ exit: c.exit.includes(m.code) }).toEqual({ exit: true });
      expect(m.residentMb).toBeLessThan(BOUNDS.residentMb);
      expect(m.cpuSeconds).toBeLessThan(BOUNDS.seconds);
    },
    300_000,
  );

  afterAll(() => console.log(`bounds per case:\n  ${figures.join("\n  ")}`));
});
