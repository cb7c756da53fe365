/**
 * The standard nota as WordprocessingML, generated from the schema (the one source of truth). Used by
 * `nota template` (wrapped in a .docx) and by the Word adapter (wrapped in a flat OPC package for insertOoxml).
 * Pure string building: runs in Node and in the browser.
 */
import { W_NS } from "./namespaces";
import { escapeXml as escapeXmlChars } from "../nota/xml-escape";
import { translator, type Locale } from "../i18n";
import {
  BlockId,
  FieldId,
  NOTA_SCHEMA,
  TAGS,
  TEMPLATE_FIELDS,
  controlTitleOf,
  fieldSpec,
} from "../nota/schema";
import { CONTROL_TITLES } from "../nota/control-titles";

export type TemplateValues = Partial<Record<FieldId | "title", string>>;

export interface TemplateOptions {
  values?: TemplateValues;
  locale?: Locale;
  /**
   * Font, size, language and spacing written on every run and paragraph instead of only in w:docDefaults,
   * which Word's insertOoxml ignores (it keeps the destination's defaults).
   */
  directFormatting?: boolean;
  /** Refer each control's placeholder to a glossary docPart (a .docx with `templateGlossaryXml` beside it). */
  glossary?: boolean;
  /** The blocks to write, for a kind of nota (src/checks/kinds.ts, templateBlocks); default: every block. */
  blocks?: readonly BlockId[];
  /** The header's labels where the profile has its own ("Intern afgestemd"); default: the schema's. */
  labels?: Partial<Record<FieldId, string>>;
}

/** The run and paragraph defaults of the template (w:docDefaults), also written directly where asked. */
const FONT = '<w:rFonts w:ascii="Verdana" w:hAnsi="Verdana" w:cs="Verdana"/>';
const SIZE = '<w:sz w:val="18"/><w:szCs w:val="18"/>';
const LANG = '<w:lang w:val="nl-NL"/>';
const SPACING = '<w:spacing w:after="120" w:line="260" w:lineRule="auto"/>';

interface Build {
  direct: boolean;
  glossary: boolean;
  /** Content-control ids: unique in the document and unlikely to meet ids already in another one. */
  nextId(): number;
}

function newBuild(options: TemplateOptions): Build {
  let id = 100_000_000 + Math.floor(Math.random() * 1_900_000_000);
  return {
    direct: !!options.directFormatting,
    glossary: !!options.glossary,
    nextId: () => (id = id >= 2_147_483_646 ? 100_000_000 : id + 1),
  };
}

/** A run's properties in schema order: character style, fonts, bold, size, language. */
function rPrOf(build: Build, opts: { rStyle?: string; bold?: boolean }): string {
  const inner = [
    opts.rStyle ? `<w:rStyle w:val="${opts.rStyle}"/>` : "",
    build.direct ? FONT : "",
    opts.bold ? "<w:b/>" : "",
    build.direct ? SIZE + LANG : "",
  ].join("");
  return inner;
}

export { W_NS };

/** Escapes text for XML character data and attribute values; drops characters XML 1.0 cannot hold. */
export function escapeXml(text: string): string {
  return escapeXmlChars(text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, ""));
}

/** Runs for a text: line breaks become w:br, tabs w:tab. */
function runs(text: string, rPr: string): string {
  const lines = text.split(/\r\n|\r|\n|\v/);
  const body = lines
    .map((line, i) => {
      const parts = line.split("\t").map((s) => (s ? `<w:t xml:space="preserve">${escapeXml(s)}</w:t>` : ""));
      return `${i > 0 ? "<w:br/>" : ""}${parts.join("<w:tab/>")}`;
    })
    .join("");
  return `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}${body}</w:r>`;
}

function para(
  build: Build,
  text: string,
  opts: { style?: string; rStyle?: string; bold?: boolean; keepNext?: boolean } = {},
): string {
  const pPr = [
    opts.style ? `<w:pStyle w:val="${opts.style}"/>` : "",
    opts.keepNext ? "<w:keepNext/>" : "",
    build.direct && !opts.style ? SPACING : "",
  ].join("");
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}${text ? runs(text, rPrOf(build, opts)) : ""}</w:p>`;
}

/** The glossary docPart that holds a tag's placeholder. */
export const docPartName = (tag: string) => `nota-${tag.replace(/[^A-Za-z0-9-]/g, "-")}`;

/**
 * A block-level rich-text content control around paragraphs. When `value` is empty the placeholder shows, in
 * the placeholder style, marked as placeholder so Word clears it when the author types.
 */
function blockControl(
  build: Build,
  tag: string,
  title: string,
  value: string,
  placeholder: string,
  style?: string,
): string {
  const showing = !value;
  const paragraphs = (showing ? [placeholder] : value.split(/\r?\n/)).map((line) =>
    para(build, line, { style, rStyle: showing ? "PlaceholderText" : undefined }),
  );
  const docPart = build.glossary
    ? `<w:placeholder><w:docPart w:val="${escapeXml(docPartName(tag))}"/></w:placeholder>`
    : "";
  return (
    `<w:sdt><w:sdtPr><w:alias w:val="${escapeXml(title)}"/><w:tag w:val="${escapeXml(tag)}"/>` +
    `<w:id w:val="${build.nextId()}"/>${docPart}${showing ? "<w:showingPlcHdr/>" : ""}</w:sdtPr>` +
    `<w:sdtContent>${paragraphs.join("")}</w:sdtContent></w:sdt>`
  );
}

const NO_BORDERS =
  '<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/>' +
  '<w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>';

/** The body content (paragraphs, the header table, content controls), without w:body and w:sectPr. */
export function templateBodyXml(options: TemplateOptions = {}): string {
  const build = newBuild(options);
  const locale = options.locale ?? "nl";
  const values = options.values ?? {};
  const out: string[] = [];

  const purpose = fieldSpec("purpose");
  const title = translator(CONTROL_TITLES, locale);
  out.push(
    blockControl(
      build,
      TAGS.field("purpose"),
      title("purpose"),
      values.purpose ?? "",
      purpose.placeholder[locale],
      "NotaPurpose",
    ),
  );

  const rows = TEMPLATE_FIELDS.filter((f) => f.id !== "purpose").map((f) => {
    const text =
      (Object.prototype.hasOwnProperty.call(options.labels ?? {}, f.id) && options.labels![f.id]) ||
      f.label.nl;
    const label = `<w:tc><w:tcPr><w:tcW w:w="2600" w:type="dxa"/></w:tcPr>${para(build, text, { bold: true })}</w:tc>`;
    const value = `<w:tc><w:tcPr><w:tcW w:w="6400" w:type="dxa"/></w:tcPr>${blockControl(
      build,
      TAGS.field(f.id),
      controlTitleOf(f)[locale],
      values[f.id] ?? "",
      f.placeholder[locale],
    )}</w:tc>`;
    return `<w:tr>${label}${value}</w:tr>`;
  });
  out.push(
    `<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/>${NO_BORDERS}<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>` +
      `<w:tblGrid><w:gridCol w:w="2600"/><w:gridCol w:w="6400"/></w:tblGrid>${rows.join("")}</w:tbl>`,
  );
  out.push(para(build, ""));
  out.push(
    blockControl(
      build,
      TAGS.title,
      title("title"),
      values.title ?? "",
      NOTA_SCHEMA.title.placeholder[locale],
      "Heading1",
    ),
  );
  for (const b of NOTA_SCHEMA.blocks) {
    if (options.blocks && !options.blocks.includes(b.id)) continue;
    out.push(para(build, b.label.nl, { style: "Heading2", keepNext: true }));
    out.push(blockControl(build, TAGS.block(b.id), controlTitleOf(b)[locale], "", b.placeholder[locale]));
  }
  return out.join("");
}

export const SECT_PR =
  '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>';

/** Every tag of the template that has a placeholder, with it in the given language. */
export function templatePlaceholders(locale: Locale): [string, string][] {
  return [
    ...TEMPLATE_FIELDS.map((f): [string, string] => [TAGS.field(f.id), f.placeholder[locale]]),
    [TAGS.title, NOTA_SCHEMA.title.placeholder[locale]],
    ...NOTA_SCHEMA.blocks.map((b): [string, string] => [TAGS.block(b.id), b.placeholder[locale]]),
  ];
}

/**
 * The glossary document that holds each control's placeholder as a docPart, so that Word shows the nota's
 * own guidance again when an author empties a control (without it Word shows its default, office-js #1515).
 */
export function templateGlossaryXml(locale: Locale = "nl"): string {
  const parts = templatePlaceholders(locale).map(
    ([tag, text]) =>
      `<w:docPart><w:docPartPr><w:name w:val="${escapeXml(docPartName(tag))}"/>` +
      `<w:category><w:name w:val="General"/><w:gallery w:val="placeholder"/></w:category>` +
      `<w:types><w:type w:val="bbPlcHdr"/></w:types><w:behaviors><w:behavior w:val="content"/></w:behaviors>` +
      `</w:docPartPr><w:docPartBody><w:p><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>` +
      `<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p></w:docPartBody></w:docPart>`,
  );
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<w:glossaryDocument xmlns:w="${W_NS}"><w:docParts>${parts.join("")}</w:docParts></w:glossaryDocument>`
  );
}

export function templateDocumentXml(options: TemplateOptions = {}): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<w:document xmlns:w="${W_NS}"><w:body>${templateBodyXml(options)}${SECT_PR}</w:body></w:document>`
  );
}

/** The styles the template uses. Built-in names ("heading 2") so Word maps them to its own styles. */
export const TEMPLATE_STYLES_XML =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
  `<w:styles xmlns:w="${W_NS}">` +
  `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Verdana" w:hAnsi="Verdana" w:cs="Verdana"/><w:sz w:val="18"/><w:szCs w:val="18"/><w:lang w:val="nl-NL"/></w:rPr></w:rPrDefault>` +
  `<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="260" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
  `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
  `<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>` +
  `<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>` +
  `<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>` +
  `<w:pPr><w:keepNext/><w:spacing w:before="200" w:after="60"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>` +
  `<w:style w:type="paragraph" w:customStyle="1" w:styleId="NotaPurpose"><w:name w:val="Nota doel"/><w:basedOn w:val="Normal"/><w:qFormat/><w:rPr><w:b/><w:caps/></w:rPr></w:style>` +
  `<w:style w:type="character" w:styleId="PlaceholderText"><w:name w:val="Placeholder Text"/><w:uiPriority w:val="99"/><w:semiHidden/><w:rPr><w:color w:val="808080"/></w:rPr></w:style>` +
  `</w:styles>`;
