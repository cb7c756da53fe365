import { buildTemplateDocx } from "../../src/docx/template-docx";
import { readDocx } from "../../src/docx/reader";
import { docPartName, escapeXml, templateDocumentXml } from "../../src/docx/ooxml-template";
import { templateFlatOpc } from "../../src/word/ooxml";
import { strFromU8, unzipSync } from "fflate";
import { parseNota } from "../../src/nota/parser";
import { checkNota } from "../../src/checks/engine";
import { BLOCK_IDS, NOTA_SCHEMA, TEMPLATE_FIELDS } from "../../src/nota/schema";

describe("the template as .docx", () => {
  test("reads back with every block and every field, all from content controls", () => {
    const snapshot = readDocx(buildTemplateDocx());
    const nota = parseNota(snapshot);
    expect(nota.sections.map((s) => s.id)).toEqual([...BLOCK_IDS]);
    expect(Object.keys(nota.header).sort()).toEqual(TEMPLATE_FIELDS.map((f) => f.id).sort());
    for (const id of BLOCK_IDS) {
      const section = nota.blocks[id]!;
      expect(section.standardWording).toBe(true);
      expect(snapshot.paragraphs[section.headingParagraph!]).toMatchObject({
        outlineLevel: 2,
        style: { builtIn: "Heading2" },
      });
      // The block's body is its content control, showing the placeholder.
      expect(section.content.map((i) => snapshot.paragraphs[i])).toEqual([
        expect.objectContaining({ contentControlTags: [`nota:block:${id}`], placeholder: true }),
      ]);
    }
    // Field labels stand beside their value cells.
    expect(snapshot.paragraphs[nota.header.aan!.labelParagraph!].text).toBe("Aan");
  });

  test("the empty template reports the blocks as unfilled, not as missing", () => {
    const ruleIds = checkNota(readDocx(buildTemplateDocx())).findings.map(
      (f) => `${f.ruleId}:${f.messageId}`,
    );
    expect(ruleIds).not.toContain("required-block:missing");
    expect(ruleIds.filter((r) => r === "block-empty:placeholder")).toHaveLength(NOTA_SCHEMA.blocks.length);
  });

  test("a filled template passes the header checks", () => {
    const snapshot = readDocx(
      buildTemplateDocx({
        values: {
          purpose: "TER ONDERTEKENING",
          aan: "MOCW",
          datum: "26 november 2024",
          referentie: "49235295",
          title: "Titel",
        },
      }),
    );
    const nota = parseNota(snapshot);
    expect(nota.title?.text).toBe("Titel");
    expect(checkNota(nota).findings.filter((f) => f.ruleId === "header-fields")).toEqual([]);
  });

  test("values are escaped: markup, ampersands and emoji arrive as text", () => {
    const hostile = 'Zie <w:p> & "PD&R" 🎉';
    const nota = parseNota(readDocx(buildTemplateDocx({ values: { van: hostile, bijlagen: "Een\nTwee" } })));
    expect(nota.header.van?.value).toBe(hostile);
    expect(nota.header.bijlagen?.lines).toEqual(["Een", "Twee"]);
  });

  test("characters XML 1.0 cannot hold are dropped, not written", () => {
    expect(escapeXml("a\u0001b\u0000c")).toBe("abc");
    expect(templateDocumentXml({ values: { van: "x\u0007y" } })).toContain(">xy<");
  });

  test("content-control ids are unique in a document and differ from one nota to the next", () => {
    const ids = (xml: string) => [...xml.matchAll(/<w:id w:val="(\d+)"\/>/g)].map((m) => Number(m[1]));
    const first = ids(templateDocumentXml());
    const second = ids(templateDocumentXml());
    expect(new Set(first).size).toBe(first.length);
    expect(first.every((id) => id > 0 && id < 2 ** 31)).toBe(true);
    expect(first.some((id) => second.includes(id))).toBe(false);
  });

  test("each control's placeholder is a docPart of the glossary, with the control's own guidance", () => {
    const bytes = buildTemplateDocx();
    const files = unzipSync(bytes);
    const glossary = strFromU8(files["word/glossary/document.xml"]);
    expect(strFromU8(files["word/_rels/document.xml.rels"])).toContain('Target="glossary/document.xml"');
    expect(strFromU8(files["[Content_Types].xml"])).toContain("document.glossary+xml");
    const document = strFromU8(files["word/document.xml"]);
    for (const block of NOTA_SCHEMA.blocks) {
      const name = docPartName(`nota:block:${block.id}`);
      expect(document).toContain(`<w:docPart w:val="${name}"/>`);
      expect(glossary).toContain(`<w:name w:val="${name}"/>`);
      expect(glossary).toContain(escapeXml(block.placeholder.nl));
    }
    // The reader does not take the glossary's paragraphs for the document's.
    expect(
      readDocx(bytes).paragraphs.filter((p) => p.text === NOTA_SCHEMA.blocks[0].placeholder.nl),
    ).toHaveLength(1);
  });

  test("for insertOoxml the formatting is on the runs, since insertOoxml ignores w:docDefaults", () => {
    const body = templateFlatOpc();
    const runs = [...body.matchAll(/<w:r>(.*?)<\/w:r>/g)].map((m) => m[1]);
    expect(runs.length).toBeGreaterThan(20);
    for (const run of runs) expect(run).toMatch(/<w:rFonts w:ascii="Verdana".*<w:lang w:val="nl-NL"\/>/);
  });

  test("English guidance when asked", () => {
    const snapshot = readDocx(buildTemplateDocx({ locale: "en" }));
    expect(snapshot.paragraphs.some((p) => p.text === "Describe the reason and what is attached.")).toBe(
      true,
    );
  });
});
