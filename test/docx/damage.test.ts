/** Damaged packages are refused, with a sentence saying what is wrong, the same way in every role. */
import { readDocx } from "../../src/docx/reader";
import { DocxError } from "../../src/docx/package";
import { describeDocxError } from "../../src/docx/messages";
import { fixtureBytes } from "../helpers/fixtures";
import * as damage from "../helpers/damage";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { main } from "../../src/cli/main";

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
    const bytes = make();
    expect(readDocx(damage.stored(nota())).paragraphs.length).toBeGreaterThan(0); // the maker's base is fine
    let error: unknown;
    try {
      readDocx(bytes);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(DocxError);
    const message = describeDocxError(error as DocxError, "nl");
    expect(message).toMatch(sentence);
    expect(message).not.toMatch(/undefined|null|\[object|Error|invalid/);
  });

  test("gets the same verdict from check, check --letter and passages: exit 2", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "nota-damage-"));
    const file = path.join(dir, "kapot.docx");
    writeFileSync(file, make());
    const run = async (...args: string[]) => {
      const err: string[] = [];
      const code = await main(args, { out: () => undefined, err: (t) => err.push(t) });
      return { code, err: err.join("\n") };
    };
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
  let error: unknown;
  try {
    readDocx(damage.encryptedEntry(nota()));
  } catch (err) {
    error = err;
  }
  expect(describeDocxError(error as DocxError, "nl")).toMatch(/beveiligd met een wachtwoord/);
});
