/** The publication copy leaks nothing: every secret gone from every part, the nota still a nota. */
import { strFromU8, unzipSync } from "fflate";
import { PublishError, publishDocx } from "../../src/docx/publish";
import { readDocx } from "../../src/docx/reader";
import { parseNota } from "../../src/nota/parser";
import { BLOCK_IDS } from "../../src/nota/schema";
import { SECRETS, secretNotaDocx } from "../helpers/secret-nota";
import { fixtureBytes } from "../helpers/fixtures";
import { validateAgainst } from "../helpers/xsd";
import { wordDocx } from "../helpers/word-saved";
import { OfficeNotaDocument } from "../../src/word/adapter";
import { WordDocumentModel, WordDouble } from "../word-double";

const OPTIONS = { fields: { van: "5.1.2e" }, replacement: "{code}" };
const SEARCHED = [...Object.values(SECRETS), "Pietje Puk", "wim.wever", "Jansen"];

const unescape = (s: string) =>
  s
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(
      /&(lt|gt|quot|apos|amp);/g,
      (_m, e: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[e]!,
    );

describe("a nota with secrets in every place", () => {
  const input = secretNotaDocx();
  const { bytes, withheld } = publishDocx(input, OPTIONS);
  const parts = unzipSync(bytes);

  test("the input does carry every secret (the test can fail)", () => {
    const all = Object.values(unzipSync(input))
      .map((d) => unescape(strFromU8(d)))
      .join("\n");
    for (const s of SEARCHED) expect(all).toContain(s);
  });

  test.each(SEARCHED)("'%s' is in no part of the copy, raw or unescaped", (secret) => {
    for (const [name, data] of Object.entries(parts)) {
      const text = strFromU8(data);
      expect({ name, found: text.includes(secret) || unescape(text).includes(secret) }).toEqual({
        name,
        found: false,
      });
    }
  });

  test("what was withheld stands as its ground, where it was", () => {
    const text = readDocx(bytes).paragraphs.map((p) => p.text);
    expect(text).toContain("Van: 5.1.2e");
    expect(text).toContain("Het rapport is opgesteld door 5.1.2e van de inspectie. Zie de bijlage.");
    expect(text).toContain("5.2");
    expect(text).toContain("Met dank aan 5.1.2e voor de hulp.");
    const byGround = Object.fromEntries(withheld.map((w) => [w.ground, w]));
    expect(Object.keys(byGround).sort()).toEqual(["5.1.2e", "5.2"]);
    expect(byGround["5.1.2e"].count).toBe(2);
    expect(byGround["5.1.2e"].places).toEqual(
      expect.arrayContaining(["van", expect.stringMatching(/^alinea \d+$/)]),
    );
    expect(byGround["5.2"]).toMatchObject({ count: 1, places: [expect.stringMatching(/^alinea \d+$/)] });
  });

  test("the parts that only carry data are gone; nothing points at them", () => {
    const names = Object.keys(parts);
    for (const gone of [
      "word/comments.xml",
      "docProps/custom.xml",
      "customXml/item1.xml",
      "word/embeddings/oleObject1.bin",
    ])
      expect(names).not.toContain(gone);
    const types = strFromU8(parts["[Content_Types].xml"]);
    expect(types).not.toContain("comments");
    expect(strFromU8(parts["word/_rels/document.xml.rels"])).not.toMatch(/comments|oleObject|customXml/);
  });

  test("still a nota: every block found, the header read", () => {
    const nota = parseNota(readDocx(bytes));
    for (const id of BLOCK_IDS.filter((b) => b !== "toelichting")) expect(nota.blocks[id]).toBeDefined();
    expect(nota.header.aan?.value).toBe("MOCW");
    expect(nota.header.van?.value).toBe("5.1.2e");
  });

  test("document.xml and the stories validate against the WordprocessingML schema, as the input's did", async () => {
    const original = unzipSync(input);
    for (const name of ["word/document.xml", "word/header1.xml", "word/settings.xml"]) {
      const errors = await validateAgainst("ooxml", "wml.xsd", strFromU8(original[name]));
      expect({ name, errors }).toEqual({ name, errors: [] });
    }
    for (const name of ["word/document.xml", "word/header1.xml", "word/footer1.xml", "word/settings.xml"]) {
      const errors = await validateAgainst("ooxml", "wml.xsd", strFromU8(parts[name]));
      expect({ name, errors }).toEqual({ name, errors: [] });
    }
  }, 120_000);
});

test("the Word path (the document's own .docx through the double, then the same copy): no secret either", async () => {
  const model = WordDocumentModel.fromDocx(secretNotaDocx());
  const doc = new OfficeNotaDocument(new WordDouble(model));
  await doc.publishCopy(OPTIONS);
  const parts = unzipSync(model.createdDocuments[0]);
  // The double keeps no character formatting: hidden text reaches its .docx as ordinary text (in Word, the
  // document's own .docx keeps w:vanish and the copy drops it, as the test above shows).
  for (const secret of SEARCHED.filter((s) => s !== SECRETS.hidden))
    for (const [name, data] of Object.entries(parts)) {
      const text = strFromU8(data);
      const found = text.includes(secret) || unescape(text).includes(secret);
      expect(found ? `${secret} in ${name}` : "").toBe("");
    }
  const copy = readDocx(model.createdDocuments[0]).paragraphs.map((p) => p.text);
  expect(copy).toContain("Behandeld door 5.1.2e");
  expect(copy).toContain("Van: 5.1.2e");
});

test("the example nota: Van withheld, nothing else changed in its text", () => {
  const input = fixtureBytes("example-nota.docx");
  const before = readDocx(input).paragraphs.map((p) => p.text);
  const after = readDocx(publishDocx(input, OPTIONS).bytes).paragraphs.map((p) => p.text);
  const changed = after.flatMap((t, i) => (t !== before[i] ? [[before[i], t]] : []));
  expect(changed).toEqual([["Persoonsgegevens", "5.1.2e"]]);
});

test("marks that overlap on different grounds are refused", () => {
  const sdt = (ground: string, inner: string) =>
    `<w:sdt><w:sdtPr><w:tag w:val="nota:woo:${ground}"/></w:sdtPr><w:sdtContent>${inner}</w:sdtContent></w:sdt>`;
  const r = (t: string) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
  const nested = wordDocx(
    `<w:p>${r("Aan: MOCW")}</w:p><w:p><w:pPr><w:pStyle w:val="Kop2"/></w:pPr>${r("Aanleiding")}</w:p>` +
      `<w:p>${sdt("5.1.2e", r("Jan ") + sdt("5.1.2d", r("Jansen")))}</w:p>`,
  );
  expect(() => publishDocx(nested, OPTIONS)).toThrow(expect.objectContaining({ reason: "overlap" }));
  expect(() => publishDocx(nested, OPTIONS)).toThrow(PublishError);
});
