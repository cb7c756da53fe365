/** The standard nota as a .docx file (for `nota template` and a new document from the pane), placeholders as docParts. */
import {
  TEMPLATE_STYLES_XML,
  TemplateOptions,
  templateDocumentXml,
  templateGlossaryXml,
} from "./ooxml-template";
import { writeDocx } from "./writer";

export function buildTemplateDocx(options: TemplateOptions = {}): Uint8Array {
  return writeDocx({
    documentXml: templateDocumentXml({ ...options, glossary: true }),
    stylesXml: TEMPLATE_STYLES_XML,
    glossaryXml: templateGlossaryXml(options.locale),
    title: "Nota",
  });
}
