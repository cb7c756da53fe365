/** The standard nota as a .docx file (for `nota template`). */
import { TEMPLATE_STYLES_XML, TemplateOptions, templateDocumentXml } from "./ooxml-template";
import { writeDocx } from "./writer";

export function buildTemplateDocx(options: TemplateOptions = {}): Uint8Array {
  return writeDocx({
    documentXml: templateDocumentXml(options),
    stylesXml: TEMPLATE_STYLES_XML,
    title: "Nota",
  });
}
