/**
 * A nota as Word saves it, written at XML level (what LibreOffice never writes): Dutch style ids with built-in
 * names (Kop1, Kop2), text split over runs with proofing marks, tracked insertions and deletions, a DATE field
 * whose shown value is the Datum, a bookmark, a hyperlink, a comment anchored in a heading, a page break followed
 * by Word's rendered page break, and a block inside another template's content control.
 */
import { writeDocx } from "../../src/docx/writer";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

export const WORD_STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}">` +
  `<w:style w:type="paragraph" w:default="1" w:styleId="Standaard"><w:name w:val="Normal"/></w:style>` +
  `<w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/><w:basedOn w:val="Standaard"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>` +
  `<w:style w:type="paragraph" w:styleId="Kop2"><w:name w:val="heading 2"/><w:basedOn w:val="Standaard"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>` +
  `<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/></w:style>` +
  `</w:styles>`;

const r = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const p = (inner: string, style?: string) =>
  `<w:p w:rsidR="00A1B2C3" w:rsidRDefault="00A1B2C3">${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ""}${inner}</w:p>`;
const ins = (inner: string, id: number) =>
  `<w:ins w:id="${id}" w:author="Opsteller" w:date="2024-11-25T10:00:00Z">${inner}</w:ins>`;
const del = (text: string, id: number) =>
  `<w:del w:id="${id}" w:author="Opsteller" w:date="2024-11-25T10:00:00Z"><w:r><w:delText xml:space="preserve">${text}</w:delText></w:r></w:del>`;

export const WORD_SAVED_BODY = [
  // Split over runs, with Word's proofing marks between them.
  p(
    `${r("TER ")}<w:proofErr w:type="spellStart"/>${r("ONDER")}${r("TEKENING")}<w:proofErr w:type="spellEnd"/>`,
  ),
  // The routing added as a tracked insertion.
  p(`${r("Aan: ")}${r("MOCW")}${ins(r(" (via SOCW)"), 1)}`),
  p(r("Van: Directie MBO")),
  // The Datum is a DATE field: its code is not text, its shown result is.
  p(
    `${r("Datum: ")}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DATE \\@ "d MMMM yyyy" </w:instrText></w:r>` +
      `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${r("26 november 2024")}<w:r><w:fldChar w:fldCharType="end"/></w:r>`,
  ),
  p(`<w:bookmarkStart w:id="0" w:name="referentie"/>${r("Referentie: 49235295")}<w:bookmarkEnd w:id="0"/>`),
  p(
    `${r("Bijlagen: ")}<w:hyperlink w:anchor="referentie"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>Monitor 2023</w:t></w:r></w:hyperlink>`,
  ),
  p(r("Beleidsreactie monitor"), "Kop1"),
  // A reviewer's comment anchored in the heading.
  p(
    `<w:commentRangeStart w:id="0"/>${r("Aanleiding")}<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>`,
    "Kop2",
  ),
  // A sentence deleted with tracked changes is not there.
  p(
    `${r("De Kamer vroeg om een reactie op de monitor. ")}${del("Een verwijderde zin over discriminatie.", 2)}`,
  ),
  // A hard page break, then Word's own mark of the rendered break: one new page, not two.
  p(
    `<w:r><w:br w:type="page"/></w:r><w:r><w:lastRenderedPageBreak/><w:t>Deze tekst staat op blz. 2.</w:t></w:r>`,
  ),
  // A heading inserted with tracked changes is there.
  p(ins(r("Geadviseerd besluit"), 3), "Kop2"),
  p(r("U wordt geadviseerd akkoord te gaan met verzending van de beleidsreactie.")),
  // A heading deleted with tracked changes is not.
  p(del("Toelichting", 4), "Kop2"),
  p(del("Oude toelichting.", 5)),
  // Kernpunten inside another template's content control.
  `<w:sdt><w:sdtPr><w:alias w:val="Huisstijl"/><w:tag w:val="huisstijl:kern"/><w:id w:val="77"/></w:sdtPr><w:sdtContent>` +
    p(r("Kernpunten"), "Kop2") +
    p(r("De veiligheid wordt verschillend ervaren; er zijn geen nieuwe toezeggingen.")) +
    `</w:sdtContent></w:sdt>`,
  p(r("Informatie die niet openbaar gemaakt kan worden"), "Kop2"),
  p(r("N.v.t.")),
  `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>`,
].join("");

export function wordSavedNota(): Uint8Array {
  return wordDocx(WORD_SAVED_BODY);
}

/** A .docx around a body as Word writes it, with Word's Dutch styles. */
export function wordDocx(body: string): Uint8Array {
  return writeDocx({
    documentXml:
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
      `<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`,
    stylesXml: WORD_STYLES,
  });
}

/** A nota whose lines are given (a "#" line is a Kop2 heading), as Word would save it. */
export function wordNota(lines: string[]): Uint8Array {
  return wordDocx(lines.map((l) => (l.startsWith("#") ? p(r(l.slice(1).trim()), "Kop2") : p(r(l)))).join(""));
}
