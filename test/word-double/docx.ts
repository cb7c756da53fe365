/**
 * The double's document as a .docx, for Office.context.document.getFileAsync (Compressed): paragraphs with their
 * styles, tables, content controls (around paragraphs, and inline ones for marks), the first page's header and
 * the custom XML parts, the author and last author (docProps/core.xml). What Word would write besides (run formatting, numbering, layout) the double does not have.
 */
import { strToU8, zipSync } from "fflate";
import { escapeXml, TEMPLATE_STYLES_XML } from "../../src/docx/ooxml-template";
import type { DParagraph, WordDocumentModel } from "./model";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const t = (text: string) =>
  text
    .split("\n")
    .map((line, i) => `${i ? "<w:br/>" : ""}<w:t xml:space="preserve">${escapeXml(line)}</w:t>`)
    .join("");

function sdt(model: WordDocumentModel, id: number, inner: string): string {
  const c = model.controls.get(id)!;
  return (
    `<w:sdt><w:sdtPr><w:alias w:val="${escapeXml(c.title)}"/><w:tag w:val="${escapeXml(c.tag)}"/><w:id w:val="${c.id}"/>` +
    `${c.showingPlaceholder ? "<w:showingPlcHdr/>" : ""}</w:sdtPr><w:sdtContent>${inner}</w:sdtContent></w:sdt>`
  );
}

function paragraphXml(model: WordDocumentModel, p: DParagraph): string {
  const style = p.styleBuiltIn !== "Other" && p.styleBuiltIn !== "Normal" ? p.styleBuiltIn : "";
  const marks = p.controls
    .map((id) => model.controls.get(id))
    .filter((c) => c?.span)
    .sort((a, b) => a!.span!.start - b!.span!.start);
  let runs = "";
  let at = 0;
  for (const m of marks) {
    const { start, end } = m!.span!;
    if (start < at) continue;
    if (start > at) runs += `<w:r>${t(p.text.slice(at, start))}</w:r>`;
    runs += sdt(model, m!.id, `<w:r>${t(p.text.slice(start, end))}</w:r>`);
    at = end;
  }
  if (at < p.text.length) runs += `<w:r>${p.bold ? "<w:rPr><w:b/></w:rPr>" : ""}${t(p.text.slice(at))}</w:r>`;
  return `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ""}${runs}</w:p>`;
}

/** Paragraphs, grouped into the block controls they share from `depth` on. */
function blocks(model: WordDocumentModel, paragraphs: DParagraph[], depth: number): string {
  const blockIds = (p: DParagraph) => p.controls.filter((id) => !model.controls.get(id)?.span);
  let out = "";
  for (let i = 0; i < paragraphs.length;) {
    const id = blockIds(paragraphs[i])[depth];
    if (id === undefined) {
      out += paragraphXml(model, paragraphs[i++]);
      continue;
    }
    let j = i;
    while (j < paragraphs.length && blockIds(paragraphs[j])[depth] === id) j++;
    out += sdt(model, id, blocks(model, paragraphs.slice(i, j), depth + 1));
    i = j;
  }
  return out;
}

/** A story's paragraphs: tables (by their cells) and the paragraphs between them. */
function story(model: WordDocumentModel, paragraphs: DParagraph[]): string {
  let out = "";
  for (let i = 0; i < paragraphs.length;) {
    const cell = paragraphs[i].cell;
    if (!cell) {
      let j = i;
      while (j < paragraphs.length && !paragraphs[j].cell) j++;
      out += blocks(model, paragraphs.slice(i, j), 0);
      i = j;
      continue;
    }
    let j = i;
    while (j < paragraphs.length && paragraphs[j].cell?.table === cell.table) j++;
    const inTable = paragraphs.slice(i, j);
    const rows = [...new Set(inTable.map((p) => p.cell!.row))].sort((a, b) => a - b);
    out +=
      '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid/>' +
      rows
        .map((row) => {
          const inRow = inTable.filter((p) => p.cell!.row === row);
          const columns = [...new Set(inRow.map((p) => p.cell!.column))].sort((a, b) => a - b);
          return `<w:tr>${columns
            .map(
              (c) =>
                `<w:tc>${blocks(
                  model,
                  inRow.filter((p) => p.cell!.column === c),
                  0,
                )}</w:tc>`,
            )
            .join("")}</w:tr>`;
        })
        .join("") +
      "</w:tbl>";
    i = j;
  }
  return out;
}

export function modelToDocx(model: WordDocumentModel): Uint8Array {
  const header = model.headers.FirstPage.length ? model.headers.FirstPage : model.headers.Primary;
  const files: Record<string, string> = {
    "[Content_Types].xml":
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
      `<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
      `<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/></Types>`,
    "_rels/.rels":
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`,
    "word/_rels/document.xml.rels":
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${R}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${R}/header" Target="header1.xml"/></Relationships>`,
    "word/styles.xml": TEMPLATE_STYLES_XML,
    "word/document.xml":
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>` +
      `${story(model, model.paragraphs)}<w:sectPr><w:headerReference w:type="${model.headers.FirstPage.length ? "first" : "default"}" r:id="rId2"/>` +
      `${model.headers.FirstPage.length ? "<w:titlePg/>" : ""}</w:sectPr></w:body></w:document>`,
    "word/header1.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="${W}">${story(model, header) || "<w:p/>"}</w:hdr>`,
  };
  model.customXmlParts.forEach((part, i) => (files[`customXml/item${i + 1}.xml`] = part.xml));
  const { author, lastAuthor } = model.documentProperties;
  if (author || lastAuthor) {
    files["docProps/core.xml"] =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">` +
      `<dc:creator>${escapeXml(author)}</dc:creator><cp:lastModifiedBy>${escapeXml(lastAuthor)}</cp:lastModifiedBy></cp:coreProperties>`;
    files["[Content_Types].xml"] = files["[Content_Types].xml"].replace(
      "</Types>",
      `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
    );
    files["_rels/.rels"] = files["_rels/.rels"].replace(
      "</Relationships>",
      `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
    );
  }
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));
}
