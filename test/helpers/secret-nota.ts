/**
 * A nota that carries secrets in every place a publication copy can leak them (issue 10's list), written at
 * XML level as Word writes these parts. Marked text also stands, unmarked, in the page header and footer, a
 * footnote, an endnote, a text box, a field's result, an image's alternative text and split over runs: the copy
 * must not show it anywhere. The other secrets stand where a reader never looks (comments, deleted and hidden
 * text, field codes, properties, custom XML, bookmark and control names, the attached template's path, document
 * variables, an embedded object, revision ids): the copy must not carry them at all.
 */
import { strToU8, zipSync } from "fflate";
import { WORD_STYLES } from "./word-saved";

export const SECRETS = {
  /** Marked (5.1.2e) in Aanleiding; also unmarked elsewhere. */
  mark: "Jan Jansen",
  /** Marked as a whole paragraph (5.2). */
  block: "Mijn persoonlijke opvatting is dat dit niet deugt",
  /** The Van field's value, withheld by routine (5.1.2e). */
  van: "Directie MBO, Pietje Puk",
  comment: "Opmerking van Karel Kater",
  deleted: "Geheime verwijderde zin van Dirk",
  hidden: "Verborgen aantekening van Klaas",
  fieldCode: "Mientje Mol",
  creator: "Bertus Boer",
  company: "Geheim Bureau BV",
  customProperty: "Eigenschap van Henk",
  customXml: "Afgestemd met Truus Tak",
  bookmark: "bladwijzer_Sjaak",
  controlTitle: "Titel van Gerrit",
  template: "C:\\Users\\wim.wever\\sjabloon-nota.dotx",
  docVar: "Variabele van Joop",
  embedded: "Ingebed object van Fien",
  rsid: "00C0FFEE",
} as const;

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
const V = "urn:schemas-microsoft-com:vml";
const O = "urn:schemas-microsoft-com:office:office";
const NS = `xmlns:w="${W}" xmlns:r="${R}" xmlns:wp="${WP}" xmlns:v="${V}" xmlns:o="${O}"`;
const S = SECRETS;

const r = (text: string, rPr = "") =>
  `<w:r w:rsidR="${S.rsid}">${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const p = (inner: string, style?: string) =>
  `<w:p w:rsidR="${S.rsid}" w:rsidRDefault="${S.rsid}">${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ""}${inner}</w:p>`;
const sdt = (tag: string, inner: string, alias = tag) =>
  `<w:sdt><w:sdtPr><w:alias w:val="${alias}"/><w:tag w:val="${tag}"/><w:id w:val="4711"/></w:sdtPr><w:sdtContent>${inner}</w:sdtContent></w:sdt>`;

const body = [
  p(r("TER ONDERTEKENING")),
  p(r("Aan: MOCW")),
  p(r(`Van: ${S.van}`)),
  p(r("Datum: 26 november 2024")),
  p(r("Referentie: 49235295")),
  p(r("Beleidsreactie monitor"), "Kop1"),
  p(r("Aanleiding"), "Kop2"),
  // The mark, inline; a comment on the same sentence; a deleted sentence; hidden text.
  p(
    `${r("Het rapport is opgesteld door ")}${sdt("nota:woo:5.1.2e", r(S.mark))}${r(" van de inspectie. ")}` +
      `<w:commentRangeStart w:id="0"/>${r("Zie de bijlage.")}<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>` +
      `<w:del w:id="1" w:author="${S.creator}" w:date="2024-11-25T10:00:00Z"><w:r><w:delText xml:space="preserve"> ${S.deleted}.</w:delText></w:r></w:del>` +
      r(` ${S.hidden}`, "<w:vanish/>") +
      `<w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:endnoteReference w:id="1"/></w:r>`,
  ),
  // A field whose code holds a name and whose result holds the marked name.
  p(
    `${r("Contactpersoon: ")}<w:r><w:fldChar w:fldCharType="begin"/></w:r>` +
      `<w:r><w:instrText xml:space="preserve"> AUTHOR "${S.fieldCode}" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>` +
      `${r(S.mark)}<w:r><w:fldChar w:fldCharType="end"/></w:r>`,
  ),
  // A bookmark named after a person, around the marked name split over runs.
  p(
    `<w:bookmarkStart w:id="0" w:name="${S.bookmark}"/>${r("Met dank aan Jan ")}${r("Jansen voor de hulp.")}<w:bookmarkEnd w:id="0"/>`,
  ),
  // An image whose alternative text names the person; a text box that does too.
  p(
    `<w:r><w:drawing><wp:inline><wp:extent cx="10" cy="10"/><wp:docPr id="1" name="Foto" descr="Foto van ${S.mark}" title="${S.mark}"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"/></a:graphic></wp:inline></w:drawing></w:r>` +
      `<w:r><w:pict><v:shape id="tb1"><v:textbox><w:txbxContent>${p(r(`Kader: ${S.mark}`))}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>`,
  ),
  // An embedded object.
  p(
    `<w:r><w:object><o:OLEObject Type="Embed" ProgID="Package" ShapeID="tb1" DrawAspect="Icon" ObjectID="_1" r:id="rIdOle"/></w:object></w:r>`,
  ),
  p(r("Geadviseerd besluit"), "Kop2"),
  p(r("U wordt geadviseerd akkoord te gaan.")),
  // Kernpunten inside a control whose title and tag name a person; the block-level mark.
  sdt(
    "huisstijl:gerrit",
    p(r("Kernpunten"), "Kop2") + p(r(`Het gesprek met ${S.mark} was nuttig.`)),
    S.controlTitle,
  ),
  sdt("nota:woo:5.2", p(r(S.block))),
  p(r("Informatie die niet openbaar gemaakt kan worden"), "Kop2"),
  p(r("Persoonsgegevens (5.1.2e) en persoonlijke beleidsopvattingen (5.2) zijn niet openbaar gemaakt.")),
  `<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/><w:footerReference w:type="default" r:id="rIdF"/><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>`,
].join("");

const xml = (s: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${s}`;
const rels = (items: string) =>
  xml(
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`,
  );
const rel = (id: string, type: string, target: string, external = false) =>
  `<Relationship Id="${id}" Type="${type}" Target="${target}"${external ? ' TargetMode="External"' : ""}/>`;
const T = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export function secretNotaDocx(): Uint8Array {
  const files: Record<string, string> = {
    "[Content_Types].xml": xml(
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/>` +
        `<Default Extension="bin" ContentType="application/vnd.openxmlformats-officedocument.oleObject"/>` +
        `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
        `<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
        `<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>` +
        `<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>` +
        `<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>` +
        `<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>` +
        `<Override PartName="/word/endnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"/>` +
        `<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>` +
        `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
        `<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>` +
        `<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>` +
        `</Types>`,
    ),
    "_rels/.rels": rels(
      rel("rId1", `${T}/officeDocument`, "word/document.xml") +
        rel(
          "rId2",
          "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
          "docProps/core.xml",
        ) +
        rel("rId3", `${T}/extended-properties`, "docProps/app.xml") +
        rel("rId4", `${T}/custom-properties`, "docProps/custom.xml"),
    ),
    "word/document.xml": xml(`<w:document ${NS}><w:body>${body}</w:body></w:document>`),
    "word/_rels/document.xml.rels": rels(
      rel("rIdS", `${T}/styles`, "styles.xml") +
        rel("rIdSet", `${T}/settings`, "settings.xml") +
        rel("rIdH", `${T}/header`, "header1.xml") +
        rel("rIdF", `${T}/footer`, "footer1.xml") +
        rel("rIdFn", `${T}/footnotes`, "footnotes.xml") +
        rel("rIdEn", `${T}/endnotes`, "endnotes.xml") +
        rel("rIdC", `${T}/comments`, "comments.xml") +
        rel("rIdOle", `${T}/oleObject`, "embeddings/oleObject1.bin") +
        rel("rIdX", `${T}/customXml`, "../customXml/item1.xml"),
    ),
    "word/styles.xml": WORD_STYLES,
    "word/settings.xml": xml(
      `<w:settings ${NS}><w:attachedTemplate r:id="rIdT"/><w:docVars><w:docVar w:name="opsteller" w:val="${S.docVar}"/></w:docVars>` +
        `<w:rsids><w:rsidRoot w:val="${S.rsid}"/><w:rsid w:val="${S.rsid}"/></w:rsids></w:settings>`,
    ),
    "word/_rels/settings.xml.rels": rels(
      rel("rIdT", `${T}/attachedTemplate`, `file:///${S.template.replace(/\\/g, "/")}`, true),
    ),
    "word/header1.xml": xml(`<w:hdr ${NS}>${p(r(`Behandeld door ${S.mark}`))}</w:hdr>`),
    "word/footer1.xml": xml(`<w:ftr ${NS}>${p(r(`Contact: ${S.mark}, telefoon 06-12345678`))}</w:ftr>`),
    "word/footnotes.xml": xml(
      `<w:footnotes ${NS}><w:footnote w:id="1">${p(r(`Gesprek met ${S.mark} op 3 maart.`))}</w:footnote></w:footnotes>`,
    ),
    "word/endnotes.xml": xml(
      `<w:endnotes ${NS}><w:endnote w:id="1">${p(r(`Bron: ${S.mark}.`))}</w:endnote></w:endnotes>`,
    ),
    "word/comments.xml": xml(
      `<w:comments ${NS}><w:comment w:id="0" w:author="${S.creator}" w:initials="BB">${p(r(S.comment))}</w:comment></w:comments>`,
    ),
    "word/embeddings/oleObject1.bin": S.embedded,
    "customXml/item1.xml": xml(
      `<afstemming xmlns="urn:nota-assistent:afstemming:1"><partij>${S.customXml}</partij></afstemming>`,
    ),
    "docProps/core.xml": xml(
      `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">` +
        `<dc:creator>${S.creator}</dc:creator><cp:lastModifiedBy>${S.creator}</cp:lastModifiedBy><dc:title>Nota over ${S.mark}</dc:title></cp:coreProperties>`,
    ),
    "docProps/app.xml": xml(
      `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Company>${S.company}</Company><Manager>${S.creator}</Manager><Template>${S.template}</Template></Properties>`,
    ),
    "docProps/custom.xml": xml(
      `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
        `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Opsteller"><vt:lpwstr>${S.customProperty}</vt:lpwstr></property></Properties>`,
    ),
  };
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));
}
