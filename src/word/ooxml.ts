/** The template as a flat OPC package (pkg:package), the form Word's insertOoxml takes. */
import { TEMPLATE_STYLES_XML, TemplateOptions, W_NS, templateBodyXml } from "../docx/ooxml-template";

const XML_DECL = /^<\?xml[^>]*\?>\s*/;

/**
 * The template for insertOoxml: its formatting written directly on runs and paragraphs, since insertOoxml keeps
 * the destination's defaults; no glossary (whether insertOoxml takes one along is unverified; the adapter sets
 * each control's placeholder text after inserting instead).
 */
export function templateFlatOpc(options: TemplateOptions = {}): string {
  const body = templateBodyXml({ ...options, directFormatting: true, glossary: false });
  const documentXml = `<w:document xmlns:w="${W_NS}"><w:body>${body}</w:body></w:document>`;
  return (
    `<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">` +
    `<pkg:part pkg:name="/_rels/.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml"><pkg:xmlData>` +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>` +
    `</pkg:xmlData></pkg:part>` +
    `<pkg:part pkg:name="/word/_rels/document.xml.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml"><pkg:xmlData>` +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>` +
    `</pkg:xmlData></pkg:part>` +
    `<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData>${documentXml}</pkg:xmlData></pkg:part>` +
    `<pkg:part pkg:name="/word/styles.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"><pkg:xmlData>${TEMPLATE_STYLES_XML.replace(XML_DECL, "")}</pkg:xmlData></pkg:part>` +
    `</pkg:package>`
  );
}

/** Bytes → base64 without Node's Buffer (the task pane runs in a browser). */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk)
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}
