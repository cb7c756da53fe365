/** Damaged packages are refused, with a sentence saying what is wrong, the same way in every role. */
import { readDocx } from "../../src/docx/reader";
import { fixtureBytes } from "../helpers/fixtures";
import * as damage from "../helpers/damage";
import { refusal } from "../helpers/refusal";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { run } from "../helpers/cli";
import { writeDocx } from "../../src/docx/writer";
import { TEMPLATE_STYLES_XML } from "../../src/docx/ooxml-template";

const nota = () => fixtureBytes("example-nota.docx");

const CASES: [string, () => Uint8Array, RegExp][] = [
  ["a stored part whose CRC does not match", () => damage.flippedByte(nota()), /controlegetal klopt niet/],
  ["one flipped byte in compressed data", () => damage.flippedCompressed(nota()), /word\/document\.xml/],
  ["two entries with the same name", () => damage.duplicateNames(nota()), /twee keer/],
  [
    "a declared size larger than the data",
    () => damage.declaredTooLarge(nota()),
    /korter of langer|controlegetal/,
  ],
  ["an end record that miscounts the entries", () => damage.countMismatch(nota()), /ander aantal onderdelen/],
  [
    "a ZIP64 record claiming 100 million entries",
    () => damage.zip64Claim(nota()),
    /belooft meer|meer dan 10000/,
  ],
];

describe.each(CASES)("%s", (_name, make, sentence) => {
  test("is refused as damaged, in plain words, without parser or zip jargon", () => {
    expect(readDocx(damage.stored(nota())).paragraphs.length).toBeGreaterThan(0); // the maker's base is fine
    const message = refusal(make());
    expect(message).toMatch(sentence);
    expect(message).not.toMatch(/undefined|null|\[object|Error|invalid/);
  });

  test("gets the same verdict from check, check --letter and passages: exit 2", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "nota-damage-"));
    const file = path.join(dir, "kapot.docx");
    writeFileSync(file, make());
    const check = await run("check", file);
    const letter = await run(
      "check",
      path.join(__dirname, "..", "fixtures", "docx", "example-nota.docx"),
      "--letter",
      file,
    );
    const passages = await run("passages", file);
    expect([check.code, letter.code, passages.code]).toEqual([2, 2, 2]);
    const sentenceOf = (s: string) => s.slice(s.indexOf("is beschadigd"));
    expect(sentenceOf(letter.err)).toBe(sentenceOf(check.err));
    expect(sentenceOf(passages.err)).toBe(sentenceOf(check.err));
  });
});

test("a zip with a password is called that, not 'no valid zip'", () => {
  expect(refusal(damage.encryptedEntry(nota()))).toMatch(/beveiligd met een wachtwoord/);
});

describe("XML that Word never writes, or past the reader's limits", () => {
  const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  const docx = (documentXml: string) => writeDocx({ documentXml, stylesXml: TEMPLATE_STYLES_XML });

  test.each([
    [
      "an entity declaration",
      `<!DOCTYPE w:document [<!ENTITY x "${"a".repeat(10)}">]><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>`,
    ],
    [
      "an external entity (XXE)",
      `<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>`,
    ],
  ])("%s: refused as not written by Word, before parsing", (_name, xml) => {
    const message = refusal(docx(xml));
    expect(message).toMatch(
      /is niet door Word geschreven: het onderdeel word\/document\.xml bevat een DOCTYPE/,
    );
    expect(message).not.toMatch(/entity|undefined|\d+:\d+/);
  });

  test("broken XML: the part and the line, not the parser's words", () => {
    const message = refusal(
      docx(`<w:document xmlns:w="${W}"><w:body>\n<w:p>\n<w:r></w:p></w:body></w:document>`),
    );
    expect(message).toMatch(/het onderdeel word\/document\.xml is geen leesbare XML \(rond regel \d+\)/);
    expect(message).not.toMatch(/unexpected|close tag|saxes/i);
  });

  test("100,000 levels of nesting: refused at the depth limit (not the parser's quadratic walk)", () => {
    const deep = "<w:r>".repeat(100_000);
    const message = refusal(
      docx(`<w:document xmlns:w="${W}"><w:body><w:p>${deep}</w:p></w:body></w:document>`),
    );
    expect(message).toMatch(/dieper genest dan 256 niveaus/);
  });

  test("300,000 empty paragraphs in a small file: refused at the paragraph limit", () => {
    const message = refusal(
      docx(`<w:document xmlns:w="${W}"><w:body>${"<w:p/>".repeat(300_000)}</w:body></w:document>`),
    );
    expect(message).toMatch(/meer dan 250.000 alinea's/);
  });
});
