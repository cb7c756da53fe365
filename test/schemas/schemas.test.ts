import { readFileSync } from "fs";
import * as path from "path";
import { validateAgainst } from "../helpers/xsd";
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
  test("validates against wml.xsd (element order is what Word calls unreadable content)", async () => {
    expect(await validateAgainst("ooxml", "wml.xsd", templateDocumentXml())).toEqual([]);
  });

  test("still validates with hostile values in every field", async () => {
    const hostile = '<w:p>&amp; "PD&R" 🎉\nTweede regel\t\u0001';
    const values = Object.fromEntries(
      [...NOTA_SCHEMA.fields.map((f) => f.id), "title"].map((id) => [id, hostile]),
    );
    expect(await validateAgainst("ooxml", "wml.xsd", templateDocumentXml({ values }))).toEqual([]);
  });

  test("with placeholders as glossary docParts, and the glossary document itself, validate", async () => {
    expect(await validateAgainst("ooxml", "wml.xsd", templateDocumentXml({ glossary: true }))).toEqual([]);
    expect(await validateAgainst("ooxml", "wml.xsd", templateGlossaryXml("nl"))).toEqual([]);
    expect(await validateAgainst("ooxml", "wml.xsd", templateGlossaryXml("en"))).toEqual([]);
  });

  test("with its formatting written directly (for insertOoxml), validates", async () => {
    expect(
      await validateAgainst("ooxml", "wml.xsd", templateDocumentXml({ directFormatting: true })),
    ).toEqual([]);
  });

  test("an element out of order fails (the validation is real)", async () => {
    const broken = templateDocumentXml().replace(
      '<w:pPr><w:pStyle w:val="Heading2"/><w:keepNext/></w:pPr>',
      '<w:pPr><w:keepNext/><w:pStyle w:val="Heading2"/></w:pPr>',
    );
    expect((await validateAgainst("ooxml", "wml.xsd", broken)).length).toBeGreaterThan(0);
  });
});
