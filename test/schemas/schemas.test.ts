import { readFileSync } from "fs";
import * as path from "path";
import { validateAgainst, validateAll } from "../helpers/xsd";
import { templateDocumentXml, templateGlossaryXml } from "../../src/docx/ooxml-template";
import { NOTA_SCHEMA } from "../../src/nota/schema";

const ROOT = path.join(__dirname, "..", "..");

describe("manifest.xml", () => {
  test("validates against the add-in manifest schema", async () => {
    expect(
      await validateAgainst(
        "addin-manifest",
        "OfficeAppManifestV1_1.xsd",
        readFileSync(path.join(ROOT, "manifest.xml"), "utf8"),
      ),
    ).toEqual([]);
  });

  test("a misspelt element fails (the validation is real)", async () => {
    const broken = readFileSync(path.join(ROOT, "manifest.xml"), "utf8")
      .replace("<ProviderName>", "<Provider>")
      .replace("</ProviderName>", "</Provider>");
    expect(
      (await validateAgainst("addin-manifest", "OfficeAppManifestV1_1.xsd", broken)).length,
    ).toBeGreaterThan(0);
  });

  test("needs ReadWriteDocument, Word only, WordApi 1.3 as the floor, no AppDomains", () => {
    const xml = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
    expect(xml).toContain("<Permissions>ReadWriteDocument</Permissions>");
    expect(xml).toContain('<Host Name="Document"/>');
    expect(xml).toContain('<Set Name="WordApi" MinVersion="1.3"/>');
    expect(xml).not.toContain("<AppDomain>");
  });
});

describe("the template's word/document.xml", () => {
  const hostile = '<w:p>&amp; "PD&R" 🎉\nTweede regel\t\u0001';
  const values = Object.fromEntries(
    [...NOTA_SCHEMA.fields.map((f) => f.id), "title"].map((id) => [id, hostile]),
  );
  const outOfOrder = templateDocumentXml().replace(
    '<w:pPr><w:pStyle w:val="Heading2"/><w:keepNext/></w:pPr>',
    '<w:pPr><w:keepNext/><w:pStyle w:val="Heading2"/></w:pPr>',
  );
  // One xmllint run (one compile of the WordprocessingML schema set) for every document below.
  let errors: Map<string, string[]>;
  beforeAll(async () => {
    errors = await validateAll("ooxml", "wml.xsd", [
      { name: "plain", xml: templateDocumentXml() },
      { name: "hostile", xml: templateDocumentXml({ values }) },
      { name: "glossary", xml: templateDocumentXml({ glossary: true }) },
      { name: "glossary-nl", xml: templateGlossaryXml("nl") },
      { name: "glossary-en", xml: templateGlossaryXml("en") },
      { name: "direct", xml: templateDocumentXml({ directFormatting: true }) },
      { name: "out-of-order", xml: outOfOrder },
    ]);
  });

  test("validates against wml.xsd (element order is what Word calls unreadable content)", () => {
    expect(errors.get("plain")).toEqual([]);
  });

  test("still validates with hostile values in every field", () => {
    expect(errors.get("hostile")).toEqual([]);
  });

  test("with placeholders as glossary docParts, and the glossary document itself, validate", () => {
    expect(errors.get("glossary")).toEqual([]);
    expect(errors.get("glossary-nl")).toEqual([]);
    expect(errors.get("glossary-en")).toEqual([]);
  });

  test("with its formatting written directly (for insertOoxml), validates", () => {
    expect(errors.get("direct")).toEqual([]);
  });

  test("an element out of order fails, and only that document (the validation is real and attributed)", () => {
    expect(errors.get("out-of-order")!.length).toBeGreaterThan(0);
    expect(errors.get("out-of-order")!.join("\n")).toMatch(/pStyle|keepNext/);
  });
});
