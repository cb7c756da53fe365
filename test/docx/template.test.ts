import { buildTemplateDocx } from "../../src/docx/template-docx";
import { readDocx } from "../../src/docx/reader";
import { escapeXml, templateDocumentXml } from "../../src/docx/ooxml-template";
import { parseNota } from "../../src/nota/parser";
import { checkNota } from "../../src/checks/engine";
import { BLOCK_IDS, FIELD_IDS, NOTA_SCHEMA } from "../../src/nota/schema";

describe("the template as .docx", () => {
  test("reads back with every block and every field, all from content controls", () => {
    const snapshot = readDocx(buildTemplateDocx());
    const nota = parseNota(snapshot);
    expect(nota.sections.map((s) => s.id)).toEqual([...BLOCK_IDS]);
    expect(Object.keys(nota.header).sort()).toEqual([...FIELD_IDS].sort());
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

  test("English guidance when asked", () => {
    const snapshot = readDocx(buildTemplateDocx({ locale: "en" }));
    expect(snapshot.paragraphs.some((p) => p.text === "Describe the reason and what is attached.")).toBe(
      true,
    );
  });
});
