/**
 * Hostile content from the fuzz campaign (issue 9): each once slow, quadratic, wrong-but-quiet or unsafe; now
 * linear and right. A hang fails through Jest's timeout; the figures are not asserted here.
 */
import { readDocx } from "../../src/docx/reader";
import { writeDocx } from "../../src/docx/writer";
import { TEMPLATE_STYLES_XML } from "../../src/docx/ooxml-template";
import { parseAddressing, parseNota } from "../../src/nota/parser";
import { checkNota, lexiconOf } from "../../src/checks/engine";
import { DEFAULT_PROFILE } from "../../src/checks/profile";
import { parseProfile } from "../../src/checks/profile-schema";
import { RULE_IDS } from "../../src/checks/rules";
import { compileLexicon, findPassages, findTopics } from "../../src/nota/emancipation";
import { compilePattern, unsafePattern } from "../../src/nota/safe-pattern";
import { snapshotOf } from "../helpers/snapshots";
import { strToU8, zipSync, unzipSync } from "fflate";
import { fixtureBytes } from "../helpers/fixtures";
import { refusal } from "../helpers/refusal";
import { safeText } from "../../src/cli/main";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const doc = (body: string, styles = TEMPLATE_STYLES_XML) =>
  writeDocx({
    documentXml: `<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`,
    stylesXml: styles,
  });
const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

describe("linear on any input", () => {
  test("200,000 spaces in Aan", () => {
    expect(parseAddressing(`MOCW${" ".repeat(200_000)}x`).to).toHaveLength(1);
    const nota = parseNota(snapshotOf([`Aan: MOCW${" ".repeat(200_000)}(via SOCW)`, "Aanleiding"]));
    expect(nota.addressing?.via).toEqual(["SOCW"]);
  });

  test("200,000 names after via: no stack overflow", () => {
    const names = Array.from({ length: 200_000 }, (_, i) => `P${i}`).join(", ");
    expect(parseAddressing(`MOCW (via ${names})`).via).toHaveLength(200_000);
  });

  test("200,000 spaces in the niet-openbaar block", () => {
    const nota = snapshotOf([
      "Aanleiding",
      "x",
      "Informatie die niet openbaar gemaakt kan worden",
      `Namen ${" ".repeat(200_000)} gelakt`,
    ]);
    expect(checkNota(nota).findings.length).toBeGreaterThanOrEqual(0);
  });

  test("100,000 paragraphs tagged for one field", () => {
    const lines = Array.from(
      { length: 100_000 },
      () => ["x", { contentControlTags: ["nota:field:bijlagen"] }] as [string, object],
    );
    expect(parseNota(snapshotOf(lines as never)).header.bijlagen?.lines).toHaveLength(100_000);
  });

  test("a 50,000-long basedOn chain", () => {
    const chain = Array.from(
      { length: 50_000 },
      (_, i) =>
        `<w:style w:type="${i % 2 ? "character" : "paragraph"}" w:styleId="S${i}"><w:name w:val="s${i}"/>${i ? `<w:basedOn w:val="S${i - 1}"/>` : "<w:rPr><w:b/></w:rPr>"}</w:style>`,
    ).join("");
    const styles = `<w:styles xmlns:w="${W}">${chain}</w:styles>`;
    const runs = Array.from(
      { length: 2_000 },
      () => `<w:r><w:rPr><w:rStyle w:val="S49999"/></w:rPr><w:t>a</w:t></w:r>`,
    ).join("");
    expect(readDocx(doc(`<w:p>${runs}</w:p>`, styles)).paragraphs).toHaveLength(1);
  });
});

describe("read right, not quietly wrong", () => {
  test("CDATA text is text (no false missing block)", () => {
    const nota = parseNota(
      readDocx(doc(`<w:p><w:r><w:t><![CDATA[Aanleiding]]></w:t></w:r></w:p>${p("Tekst.")}`)),
    );
    expect(nota.blocks.aanleiding).toBeDefined();
  });

  test("a part in UTF-16 (OPC allows it) is read", () => {
    const files = unzipSync(doc(p("Aanleiding") + p("Tekst.")));
    const xml = new TextDecoder().decode(files["word/document.xml"]).replace(/^<\?xml[^>]*\?>/, "");
    const utf16 = new Uint8Array(2 + xml.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < xml.length; i++) {
      utf16[2 + i * 2] = xml.charCodeAt(i) & 0xff;
      utf16[3 + i * 2] = xml.charCodeAt(i) >> 8;
    }
    files["word/document.xml"] = utf16;
    expect(readDocx(zipSync(files)).paragraphs.map((q) => q.text)).toEqual(["Aanleiding", "Tekst."]);
  });

  test("a document in an unknown namespace is no Word document, not an empty one", () => {
    const files = unzipSync(fixtureBytes("example-nota.docx"));
    files["word/document.xml"] = strToU8(
      '<d:document xmlns:d="urn:iets-anders"><d:body><d:p/></d:body></d:document>',
    );
    expect(refusal(zipSync(files))).toMatch(/is geen Word-document/);
  });

  test("an excerpt never cuts an emoji in half", () => {
    const text = `${"🎉".repeat(120)} discriminatie ${"🎉".repeat(120)}`;
    const [passage] = findPassages(snapshotOf([text]), lexiconOf(DEFAULT_PROFILE));
    expect(passage.excerpt).not.toMatch(
      /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
    );
    expect(() => JSON.parse(JSON.stringify(passage.excerpt))).not.toThrow();
  });

  test("escape sequences from a document never reach the terminal raw", () => {
    expect(safeText("Ref\u001b]0;gehackt\u0007: 1\u001b[2J\u0085")).toBe(
      "Ref\\u001b]0;gehackt\\u0007: 1\\u001b[2J\\u0085",
    );
    expect(JSON.parse(safeText(JSON.stringify({ v: "a\u0085b\u001b" })))).toEqual({ v: "a\u0085b\u001b" });
  });
});

describe("profiles cannot hang the checker", () => {
  // Shapes that backtrack catastrophically on RegExp: on the linear-time engine they load and run (issue 16).
  test.each(["^(a+)+$", "(\\w+\\s?)*$", "^(a|aa)+$", "(x+x+)+y"])(
    "'%s' loads and runs in linear time on a text it would hang on",
    (pattern) => {
      expect(unsafePattern(pattern)).toBeUndefined();
      const profile = parseProfile(JSON.stringify({ referencePattern: pattern }), [...RULE_IDS]);
      const linear = compilePattern(profile.referencePattern);
      // The same answer as RegExp where RegExp is quick, and an answer where it would hang.
      expect(linear.test("xxxx!")).toBe(new RegExp(pattern).test("xxxx!"));
      expect(linear.test(`${"x".repeat(30_000)}!`)).toBe(new RegExp(pattern).test("xxxx!"));
    },
  );

  test("a backreference, which no linear-time engine has, is refused when the profile loads", () => {
    expect(unsafePattern("(a)\\1")).toBe("backreference");
    expect(() => parseProfile(JSON.stringify({ referencePattern: "(a)\\1" }), [...RULE_IDS])).toThrow(/hang/);
  });

  test.each(["^\\d{8}$", "^[A-Z]{2}-\\d+$", "^(OCW|MinOCW)-\\d{6}$", "^\\d{4}(-\\d{4})?$"])(
    "'%s' is fine",
    (pattern) => {
      expect(unsafePattern(pattern)).toBeUndefined();
    },
  );

  test("a lexicon term with catastrophic backtracking loads and searches in linear time", () => {
    const profile = parseProfile(
      JSON.stringify({ emancipation: { lexicon: [{ topic: "t", terms: ["/(a+)+b/"] }] } }),
      [...RULE_IDS],
    );
    const lexicon = compileLexicon(profile.emancipation.lexicon);
    expect(findTopics("a".repeat(30_000), lexicon)).toEqual([]);
  });
});
