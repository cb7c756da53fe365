/**
 * A letter in two sections, as ministries write them: a cover page (section 1), then the letter itself
 * (section 2) whose page numbering restarts at 1. Emancipation passages stand on physical pages 3 and 4,
 * which the reader sees numbered 2 and 3.
 */
import { writeDocx } from "../../src/docx/writer";
import { TEMPLATE_STYLES_XML, W_NS } from "../../src/docx/ooxml-template";

const p = (text: string, extra = "") => `<w:p>${extra}<w:r><w:t>${text}</w:t></w:r></w:p>`;
const pageBreak = '<w:r><w:br w:type="page"/></w:r>';

export function sectionedLetterDocx(): Uint8Array {
  const body =
    p("Kamerbrief: voorblad") +
    // The cover's section ends here (sectPr in its last paragraph); the next one starts on a new page.
    `<w:p><w:pPr><w:sectPr><w:type w:val="nextPage"/></w:sectPr></w:pPr><w:r><w:t>Einde voorblad</w:t></w:r></w:p>` +
    p("Geachte voorzitter,") +
    `<w:p>${pageBreak}<w:r><w:t>Vrouwelijke studenten voelen zich minder veilig.</w:t></w:r></w:p>` +
    `<w:p>${pageBreak}<w:r><w:t>Het kabinet treedt op tegen discriminatie.</w:t></w:r></w:p>` +
    '<w:sectPr><w:pgNumType w:start="1"/></w:sectPr>';
  return writeDocx({
    documentXml: `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W_NS}"><w:body>${body}</w:body></w:document>`,
    stylesXml: TEMPLATE_STYLES_XML,
  });
}
