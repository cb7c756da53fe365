/** `nota adopt`: the parts wrapped in our tags, in place; the text, the layout and the verdicts unchanged. */
import { strFromU8, unzipSync } from "fflate";
import { AdoptError, adoptDocx } from "../../src/docx/adopt";
import { readDocx } from "../../src/docx/reader";
import { checkNota } from "../../src/checks/engine";
import { parseNota } from "../../src/nota/parser";
import { TAGS } from "../../src/nota/schema";
import { fixtureBytes } from "../helpers/fixtures";
import { validateAgainst } from "../helpers/xsd";

const NOTAS = [
  "example-nota.docx",
  "example-nota-no-flag.docx",
  "header-table-bold.docx",
  "numbered-label-lines.docx",
  "header-in-page-header.docx",
];
const texts = (bytes: Uint8Array) => readDocx(bytes).paragraphs.map((p) => p.text);
/** Findings that do not depend on tags: a rule's verdict on the nota itself. */
const verdicts = (bytes: Uint8Array) =>
  checkNota(readDocx(bytes))
    .findings.map((f) => `${f.ruleId}:${f.messageId}:${f.paragraph ?? ""}`)
    .sort();

describe.each(NOTAS)("%s", (name) => {
  const original = fixtureBytes(name);
  const adopted = adoptDocx(original);

  test("not one character of text changes", () => {
    expect(texts(adopted.bytes)).toEqual(texts(original));
  });

  test("the recognised parts are tagged as the template tags them", () => {
    const nota = parseNota(readDocx(adopted.bytes));
    for (const item of adopted.wrapped) {
      if (item.part.kind === "block") expect(nota.blocks[item.part.id as "aanleiding"]).toBeDefined();
      if (item.part.kind === "field") expect(nota.header[item.part.id]?.tagged).toBe(true);
    }
    expect(
      nota.blocks.aanleiding?.content.every((i) =>
        nota.snapshot.paragraphs[i].contentControlTags.includes(TAGS.block("aanleiding")),
      ),
    ).toBe(true);
  });

  test("the header reads the same values", () => {
    const before = parseNota(readDocx(original)).header;
    const after = parseNota(readDocx(adopted.bytes)).header;
    for (const [id, field] of Object.entries(before)) expect(after[id as "aan"]?.value).toBe(field.value);
  });

  test("the checks give the same findings", () => {
    expect(verdicts(adopted.bytes)).toEqual(verdicts(original));
  });

  test("document.xml still validates against the WordprocessingML schema (where the original did)", async () => {
    const doc = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)["word/document.xml"]);
    const before = await validateAgainst("ooxml", "wml.xsd", doc(original));
    const after = await validateAgainst("ooxml", "wml.xsd", doc(adopted.bytes));
    expect(after.length).toBeLessThanOrEqual(before.length);
  });

  test("adopting an adopted nota changes nothing", () => {
    const again = adoptDocx(adopted.bytes);
    expect(again.wrapped).toEqual([]);
    expect(strFromU8(unzipSync(again.bytes)["word/document.xml"])).toBe(
      strFromU8(unzipSync(adopted.bytes)["word/document.xml"]),
    );
  });
});

test("every part of the package other than document.xml is written back unchanged", () => {
  const original = unzipSync(fixtureBytes("example-nota.docx"));
  const adopted = unzipSync(adoptDocx(fixtureBytes("example-nota.docx")).bytes);
  expect(Object.keys(adopted).sort()).toEqual(Object.keys(original).sort());
  for (const name of Object.keys(original))
    if (name !== "word/document.xml") expect(adopted[name]).toEqual(original[name]);
});

test.each([
  ["letter.docx", "no-blocks"],
  ["not-a-nota.docx", "no-blocks"],
])("%s is refused (%s)", (name, reason) => {
  expect(() => adoptDocx(fixtureBytes(name))).toThrow(expect.objectContaining({ reason }));
  expect(() => adoptDocx(fixtureBytes(name))).toThrow(AdoptError);
});
