import { readDocx } from "../../src/docx/reader";
import { DocxError } from "../../src/docx/package";
import { writeDocx } from "../../src/docx/writer";
import { TEMPLATE_STYLES_XML, W_NS } from "../../src/docx/ooxml-template";
import { parseNota } from "../../src/nota/parser";
import { fixtureBytes, readFixture } from "../helpers/fixtures";

const texts = (name: string) => readFixture(name).paragraphs.map((p) => p.text);

/** A .docx around a hand-written body, for the OOXML cases LibreOffice does not write. */
function docxWithBody(body: string, stylesXml = TEMPLATE_STYLES_XML): Uint8Array {
  return writeDocx({
    documentXml:
      `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W_NS}" ` +
      `xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="urn:wps"><w:body>${body}</w:body></w:document>`,
    stylesXml,
  });
}
const p = (text: string, pPr = "", rPr = "") =>
  `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}<w:t>${text}</w:t></w:r></w:p>`;

describe("readDocx on files LibreOffice wrote", () => {
  test("the example nota: header as label lines, title and blocks as headings", () => {
    const snapshot = readFixture("example-nota.docx");
    const nota = parseNota(snapshot);
    expect(nota.header.purpose?.value).toBe("TER ONDERTEKENING");
    expect(nota.header.aan?.value).toBe("MOCW (via SOCW)");
    expect(nota.header.van?.value).toBe("Persoonsgegevens");
    expect(nota.header.datum?.value).toBe("26 november 2024");
    expect(nota.header.referentie?.value).toBe("49235295");
    // One attachment, its title wrapped with Shift+Enter (a w:br in the paragraph).
    expect(nota.header.bijlagen?.lines).toEqual(["Monitor Integrale veiligheid mbo 2023: Sectorrapport"]);
    expect(nota.header["intern-afgestemd"]?.lines).toEqual(["DE", "OVO", "PD&R"]);
    expect(nota.title?.text).toBe("Beleidsreactie Monitor integrale veiligheid mbo");
    // Page 2's running header ("Datum 7 november 2024") stands in the text flow: kept as a section of its own,
    // and the header's Datum stays the first one.
    expect(nota.sections.map((s) => s.id ?? s.heading)).toEqual([
      "aanleiding",
      "geadviseerd-besluit",
      "kernpunten",
      "Datum",
      "niet-openbaar",
    ]);
    expect(nota.blocks.kernpunten!.content).toHaveLength(5);
    expect(nota.blocks.kernpunten!.content.every((i) => snapshot.paragraphs[i].isListItem)).toBe(true);
    expect(nota.flag?.references[0].pages).toEqual([2, 6, 7]);
    const heading = snapshot.paragraphs[nota.blocks.aanleiding!.headingParagraph!];
    expect(heading).toMatchObject({ outlineLevel: 3, style: { builtIn: "Heading3" } });
  });

  test("header as a two-column table, headings as bold paragraphs", () => {
    const snapshot = readFixture("header-table-bold.docx");
    const aan = snapshot.paragraphs.find((q) => q.text === "MOCW")!;
    expect(aan).toMatchObject({ tableDepth: 1, cell: { table: 0, row: 0, column: 1 } });
    const nota = parseNota(snapshot);
    expect(nota.header.datum?.value).toBe("3 Maart 2025");
    expect(nota.header.bijlagen?.lines).toEqual(["1. Kamerbrief", "2. Rapport"]);
    expect(nota.header["extern-afgestemd"]?.value).toBe("Universiteiten van Nederland");
    expect(nota.title?.text).toBe("Beleidsreactie evaluatie studievoorschot");
    expect(nota.sections.map((s) => s.id ?? s.heading)).toEqual([
      "aanleiding",
      "geadviseerd-besluit",
      "kernpunten",
      "Financiële gevolgen",
    ]);
  });

  test("numbered headings in heading styles, header as Label: value", () => {
    const nota = parseNota(readFixture("numbered-label-lines.docx"));
    expect(nota.sections.map((s) => [s.id, s.heading])).toEqual([
      ["aanleiding", "1. Aanleiding"],
      ["kernpunten", "3. Kernpunten"],
      ["geadviseerd-besluit", "2. Geadviseerd besluit"],
      ["niet-openbaar", "4. Informatie die niet openbaar wordt gemaakt"],
    ]);
    expect(nota.header["intern-afgestemd"]?.value).toBe("MBO, DE (akkoord, 10 februari 2025)");
  });

  test("a letter with passages on known pages (explicit page breaks)", () => {
    const snapshot = readFixture("letter.docx");
    expect(snapshot.pageSource).toBe("breaks");
    const pageOf = (start: string) => snapshot.paragraphs.find((q) => q.text.startsWith(start))!.page;
    expect(pageOf("Geachte")).toBe(1);
    expect(pageOf("Studenten voelen")).toBe(2);
    expect(pageOf("Ook seksueel")).toBe(2);
    expect(pageOf("Het kabinet")).toBe(6);
    expect(pageOf("Kwetsbare")).toBe(7);
    expect(pageOf("Hoogachtend")).toBe(7);
  });
});

describe("readDocx on OOXML details", () => {
  test("Word's last layout (lastRenderedPageBreak) is used when present, explicit breaks then ignored", () => {
    const snapshot = readDocx(
      docxWithBody(
        p("een") +
          "<w:p><w:r><w:lastRenderedPageBreak/><w:t>twee</w:t></w:r></w:p>" +
          "<w:p><w:r><w:t>lang</w:t></w:r><w:r><w:lastRenderedPageBreak/><w:t>loopt door</w:t></w:r></w:p>" +
          p("drie"),
      ),
    );
    expect(snapshot.pageSource).toBe("layout");
    expect(snapshot.paragraphs.map((q) => q.page)).toEqual([1, 2, 2, 3]);
  });

  test("page breaks inside a paragraph, pageBreakBefore, and section breaks by type", () => {
    const sect = (type: string) => `<w:sectPr><w:type w:val="${type}"/></w:sectPr>`;
    const snapshot = readDocx(
      docxWithBody(
        '<w:p><w:r><w:t>a</w:t><w:br w:type="page"/><w:t>a2</w:t></w:r></w:p>' + // break after text: next paragraph on page 2
          p("b") +
          p("c", "<w:pageBreakBefore/>") + // 3
          p("d", sect("nextPage")) + // ends a section; the next one is continuous
          p("e") + // still 3
          p("f", sect("continuous")) + // ends a section; the body's final section starts on a new page
          p("g") + // 4
          '<w:p><w:r><w:br w:type="page"/><w:t>h</w:t></w:r></w:p>' + // break before text: this paragraph on page 5
          sect("nextPage").replace('<w:type w:val="nextPage"/>', ""),
      ),
    );
    expect(snapshot.paragraphs.map((q) => [q.text, q.page])).toEqual([
      ["aa2", 1],
      ["b", 2],
      ["c", 3],
      ["d", 3],
      ["e", 3],
      ["f", 3],
      ["g", 4],
      ["h", 5],
    ]);
  });

  test("text: tabs, line breaks, deleted text and field codes", () => {
    const snapshot = readDocx(
      docxWithBody(
        "<w:p><w:r><w:t>A</w:t><w:tab/><w:t>B</w:t><w:br/><w:t>C</w:t></w:r>" +
          '<w:del w:id="1" w:author="x" w:date="2024-01-01T00:00:00Z"><w:r><w:delText>weg</w:delText></w:r></w:del>' +
          '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>' +
          '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>',
      ),
    );
    expect(snapshot.paragraphs[0].text).toBe("A\tB\nC7");
  });

  test("text boxes are read once (mc:Choice), not twice (mc:Fallback)", () => {
    const box = (t: string) => `<w:txbxContent>${p(t)}</w:txbxContent>`;
    const snapshot = readDocx(
      docxWithBody(
        `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>${box("Kop in kader")}</w:drawing></mc:Choice>` +
          `<mc:Fallback><w:pict>${box("Kop in kader")}</w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>anker</w:t></w:r></w:p>`,
      ),
    );
    expect(snapshot.paragraphs.map((q) => q.text)).toEqual(["Kop in kader", "anker"]);
  });

  test("content controls: block-level and inline tags, placeholder state", () => {
    const snapshot = readDocx(
      docxWithBody(
        '<w:sdt><w:sdtPr><w:tag w:val="nota:block:aanleiding"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent>' +
          p("Beschrijf de aanleiding.") +
          "</w:sdtContent></w:sdt>" +
          '<w:p><w:r><w:t>Aan: </w:t></w:r><w:sdt><w:sdtPr><w:tag w:val="nota:field:aan"/></w:sdtPr><w:sdtContent><w:r><w:t>MOCW</w:t></w:r></w:sdtContent></w:sdt></w:p>',
      ),
    );
    expect(snapshot.paragraphs[0]).toMatchObject({
      contentControlTags: ["nota:block:aanleiding"],
      placeholder: true,
    });
    expect(snapshot.paragraphs[1]).toMatchObject({
      text: "Aan: MOCW",
      contentControlTags: ["nota:field:aan"],
    });
    expect(snapshot.paragraphs[1].placeholder).toBeUndefined();
  });

  test("nested tables get their own number and cell", () => {
    const cell = (inner: string) => `<w:tc>${inner}</w:tc>`;
    const snapshot = readDocx(
      docxWithBody(
        `<w:tbl><w:tr>${cell(p("a"))}${cell(`<w:tbl><w:tr>${cell(p("x"))}${cell(p("y"))}</w:tr></w:tbl>${p("b")}`)}</w:tr>` +
          `<w:tr>${cell(p("c"))}</w:tr></w:tbl>` +
          p("na"),
      ),
    );
    expect(
      snapshot.paragraphs.map((q) => [
        q.text,
        q.tableDepth,
        q.cell && [q.cell.table, q.cell.row, q.cell.column],
      ]),
    ).toEqual([
      ["a", 1, [0, 0, 0]],
      ["x", 2, [1, 0, 0]],
      ["y", 2, [1, 0, 1]],
      ["b", 1, [0, 0, 1]],
      ["c", 1, [0, 1, 0]],
      ["na", 0, undefined],
    ]);
  });

  test("styles: localised ids, based-on chains, outline levels, style bold and lists", () => {
    const styles =
      `<w:styles xmlns:w="${W_NS}">` +
      '<w:style w:type="paragraph" w:default="1" w:styleId="Standaard"><w:name w:val="Normal"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Kop2"><w:name w:val="heading 2"/><w:basedOn w:val="Standaard"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="NotaKop"><w:name w:val="Nota kop"/><w:basedOn w:val="Kop2"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Hoofdstuk"><w:name w:val="Hoofdstuk"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Vet"><w:name w:val="Vet"/><w:rPr><w:b/></w:rPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Opsomming"><w:name w:val="List Bullet"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Lus1"><w:name w:val="Lus 1"/><w:basedOn w:val="Lus2"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Lus2"><w:name w:val="Lus 2"/><w:basedOn w:val="Lus1"/></w:style>' +
      "</w:styles>";
    const ps = (id: string, t: string) => p(t, `<w:pStyle w:val="${id}"/>`);
    const snapshot = readDocx(
      docxWithBody(
        ps("Kop2", "a") +
          ps("NotaKop", "b") +
          ps("Hoofdstuk", "c") +
          ps("Vet", "d") +
          ps("Opsomming", "e") +
          ps("Lus1", "f") +
          p("g", "", "<w:b/>") +
          p("h", '<w:numPr><w:ilvl w:val="1"/><w:numId w:val="4"/></w:numPr>'),
        styles,
      ),
    );
    const [a, bb, c, d, e, f, g, h] = snapshot.paragraphs;
    expect(a).toMatchObject({ outlineLevel: 2, style: { name: "heading 2", builtIn: "Heading2" } });
    expect(bb).toMatchObject({ outlineLevel: 2, style: { name: "Nota kop" } });
    expect(c.outlineLevel).toBe(1);
    expect(d.bold).toBe(true);
    expect(e).toMatchObject({ isListItem: true, listLevel: 0, style: { builtIn: "ListBullet" } });
    expect(f.outlineLevel).toBeUndefined(); // a based-on cycle ends, it does not hang
    expect(g.bold).toBe(true);
    expect(h).toMatchObject({ isListItem: true, listLevel: 1, style: { name: "Normal", builtIn: "Normal" } });
  });
});

describe("readDocx on bad input", () => {
  test.each([
    ["not-a-zip.docx", "not-zip"],
    ["zip-not-docx.docx", "not-docx"],
    ["broken-xml.docx", "xml"],
    ["encrypted.docx", "encrypted"],
    ["legacy.doc.docx", "legacy-doc"],
    ["zip-bomb.docx", "too-large"],
  ])("%s → %s", (name, code) => {
    let error: unknown;
    try {
      readDocx(fixtureBytes(name));
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(DocxError);
    expect((error as DocxError).code).toBe(code);
  });

  test("the size cap is configurable", () => {
    expect(() => readDocx(fixtureBytes("example-nota.docx"), { maxUncompressed: 1000 })).toThrow(DocxError);
  });

  test("an empty file", () => {
    expect(() => readDocx(new Uint8Array(0))).toThrow(expect.objectContaining({ code: "empty" }));
  });

  test("a document without text reads as no paragraphs with text", () => {
    expect(texts("empty.docx").filter((t) => t.trim())).toEqual([]);
  });
});
