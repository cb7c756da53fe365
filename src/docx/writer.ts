/** Writes a minimal, valid .docx package around a document.xml, a styles.xml and a glossary document. */
import { escapeXml } from "../nota/xml-escape";
import { strToU8, zipSync } from "fflate";

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
  "</Types>";

const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
  "</Relationships>";

const DOCUMENT_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
  "</Relationships>";

function coreXml(title: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>' +
    escapeXml(title) +
    "</dc:title></cp:coreProperties>"
  );
}

export interface DocxParts {
  documentXml: string;
  stylesXml: string;
  /** The glossary document (the controls' placeholders as docParts), when there is one. */
  glossaryXml?: string;
  title?: string;
}

const GLOSSARY_TYPE =
  '<Override PartName="/word/glossary/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml"/>';
const GLOSSARY_REL =
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/glossaryDocument" Target="glossary/document.xml"/>';

export function writeDocx(parts: DocxParts): Uint8Array {
  const glossary = parts.glossaryXml;
  const withGlossary = (xml: string, item: string, closing: string) =>
    glossary ? xml.replace(closing, `${item}${closing}`) : xml;
  return zipSync(
    {
      "[Content_Types].xml": strToU8(withGlossary(CONTENT_TYPES, GLOSSARY_TYPE, "</Types>")),
      "_rels/.rels": strToU8(ROOT_RELS),
      "docProps/core.xml": strToU8(coreXml(parts.title ?? "")),
      "word/document.xml": strToU8(parts.documentXml),
      "word/_rels/document.xml.rels": strToU8(withGlossary(DOCUMENT_RELS, GLOSSARY_REL, "</Relationships>")),
      "word/styles.xml": strToU8(parts.stylesXml),
      ...(glossary ? { "word/glossary/document.xml": strToU8(glossary) } : {}),
    },
    { level: 6 },
  );
}
