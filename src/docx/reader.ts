/**
 * .docx → DocumentSnapshot. A real XML parser (saxes, namespace-aware) over the parts, streaming: paragraphs
 * in body order, including those in tables, content controls and text boxes; styles with their based-on chains;
 * list paragraphs; and pages from Word's last layout or, failing that, from explicit breaks.
 */
import type { DocumentSnapshot } from "../nota/snapshot";
import {
  DEFAULT_MAX_UNCOMPRESSED,
  DocxError,
  NS,
  type TextElsewhere,
  isW,
  parseRelationships,
  parseXml,
  partText,
  openZip,
  relsPartOf,
  resolveTarget,
} from "./package";
import { parseStyles } from "./styles";
import { type ParagraphPosition, readBody } from "./body";

export { MAX_PARAGRAPHS, MAX_TEXT, type ParagraphPosition } from "./body";

export interface ReadOptions {
  maxUncompressed?: number;
  /** Pages counted from the first, without the sections' restarts (as Word's Range.pages gives them). */
  physicalPages?: boolean;
}

const REL_OFFICE_DOCUMENT = /\/officeDocument$/;
const REL_STYLES = /\/styles$/;
const REL_HEADER = /\/header$/;

/** Reads a .docx file's bytes into a snapshot. Throws DocxError for anything that is not a readable .docx. */
export function readDocx(data: Uint8Array, options: ReadOptions = {}): DocumentSnapshot {
  const cap = options.maxUncompressed ?? DEFAULT_MAX_UNCOMPRESSED;
  // The directory is read and checked once; the parts are inflated as the relationships name them.
  const zip = openZip(data, cap);
  const first = zip.read((n) => n === "_rels/.rels" || n === "[Content_Types].xml");
  const rootRels = first.parts.get("_rels/.rels");
  if (!rootRels || !first.parts.has("[Content_Types].xml")) {
    throw new DocxError({ code: "not-docx" });
  }
  const main = parseRelationships("_rels/.rels", partText(rootRels)).find((r) =>
    REL_OFFICE_DOCUMENT.test(r.type),
  );
  const mainPart = main ? resolveTarget("", main.target) : undefined;
  if (!mainPart || !first.names.includes(mainPart) || !/document[^/]*\.xml$/i.test(mainPart)) {
    throw new DocxError({ code: "not-docx", why: "other-office" });
  }
  const mainRelsPart = relsPartOf(mainPart);
  const second = zip.read((n) => n === mainRelsPart);
  const mainRels = second.parts.get(mainRelsPart);
  const rels = mainRels ? parseRelationships(mainRelsPart, partText(mainRels)) : [];
  const stylesRel = rels.find((r) => REL_STYLES.test(r.type));
  const stylesPart = stylesRel ? resolveTarget(mainPart, stylesRel.target) : undefined;
  const headerParts = new Map(
    rels.filter((r) => REL_HEADER.test(r.type)).map((r) => [r.id, resolveTarget(mainPart, r.target)]),
  );
  const isHeader = new Set(headerParts.values());
  const isCustomXml = (n: string) => /^customXml\/item\d+\.xml$/.test(n);
  const { parts } = zip.read(
    (n) =>
      n === mainPart || n === stylesPart || n === "docProps/custom.xml" || isCustomXml(n) || isHeader.has(n),
  );
  const styles =
    stylesPart && parts.has(stylesPart)
      ? parseStyles(stylesPart, partText(parts.get(stylesPart)!))
      : parseStyles("", "");
  const mainXml = partText(parts.get(mainPart)!);
  const { paragraphs, pageSource, firstSection, sections } = readBody(
    mainPart,
    mainXml,
    styles,
    options.physicalPages,
  );

  // A main part in an unknown namespace is no Word document (it would otherwise read as an empty one).
  const ns = startTagNamespace(mainXml);
  if (!paragraphs.length && ns !== undefined && !isW(ns))
    throw new DocxError({ code: "not-docx", why: "namespace" });

  // The first page's header: house-style templates keep the nota's header column there.
  const pick = (firstSection.titlePg && firstSection.headers.first) || firstSection.headers.default;
  const story = firstSection.titlePg && firstSection.headers.first ? "firstPageHeader" : "primaryHeader";
  const headerPart = pick ? headerParts.get(pick) : undefined;
  if (headerPart && parts.has(headerPart)) {
    const header = readBody(headerPart, partText(parts.get(headerPart)!), styles).paragraphs;
    // Header tables are numbered after the body's so that table numbers stay unique.
    const tableBase = paragraphs.reduce((n, p) => Math.max(n, (p.cell?.table ?? -1) + 1), 0);
    for (const p of header) {
      const cell = p.cell ? { cell: { ...p.cell, table: p.cell.table + tableBase } } : {};
      paragraphs.push({ ...p, ...cell, index: paragraphs.length, story, page: 1 });
    }
  }

  const customXmlParts = [...parts.keys()]
    .filter(isCustomXml)
    .sort()
    .flatMap((name) => {
      const xml = partText(parts.get(name)!);
      const namespace = rootNamespace(xml);
      return namespace === undefined ? [] : [{ id: name, namespace, xml }];
    });
  const custom = parts.get("docProps/custom.xml");
  return {
    paragraphs,
    customXmlParts,
    properties: custom ? parseCustomProperties(partText(custom)) : {},
    pageSource,
    pageNumbers: options.physicalPages ? "physical" : "printed",
    sectionNumbering: sections,
  };
}

/**
 * A .docx as an input to check or search (a nota or a letter): read, and refused as "empty" when it holds no
 * text at all. The command line and the pane's letter worker both read through here, so they agree.
 */
export function readUsableDocx(data: Uint8Array, options: ReadOptions = {}): DocumentSnapshot {
  const snapshot = readDocx(data, options);
  if (!snapshot.paragraphs.some((p) => p.text.trim()))
    throw new DocxError({ code: "empty", elsewhere: textElsewhere(data, options) });
  return snapshot;
}

export type { TextElsewhere };

/**
 * A document whose body has no text may still hold some: only tracked deletions, or text in its headers and
 * footers, footnotes and endnotes, or comments (which a nota's checks do not read); or only equations, or only
 * pictures and charts. The first of these found.
 */
function textElsewhere(data: Uint8Array, options: ReadOptions): TextElsewhere | undefined {
  const { parts } = openZip(data, options.maxUncompressed).read((n) => /^word\/[^/]+\.xml$/i.test(n));
  const hasText = (name: string, element: "t" | "delText" | "math" | "picture") => {
    const bytes = parts.get(name);
    if (!bytes) return false;
    let inside = false;
    let found = false;
    parseXml(name, partText(bytes), (p) => {
      p.on("opentag", (tag) => {
        if (element === "picture")
          found ||=
            isW(tag.uri) && (tag.local === "drawing" || tag.local === "pict" || tag.local === "object");
        else if (element === "math")
          inside = (tag.uri === NS.math || tag.uri === NS.mathStrict) && tag.local === "t";
        else inside = isW(tag.uri) && tag.local === element;
      });
      p.on("closetag", () => void (inside = false));
      p.on("text", (text) => void (found ||= inside && text.trim() !== ""));
    });
    return found;
  };
  const names = [...parts.keys()];
  const anyOf = (pattern: RegExp) => names.some((n) => pattern.test(n) && hasText(n, "t"));
  const main = names.find((n) => /^word\/document[^/]*\.xml$/i.test(n));
  if (main && hasText(main, "delText")) return "deleted";
  if (anyOf(/^word\/(?:header|footer)\d*\.xml$/i)) return "headers";
  if (anyOf(/^word\/(?:footnotes|endnotes)\.xml$/i)) return "notes";
  if (anyOf(/^word\/comments\.xml$/i)) return "comments";
  if (main && hasText(main, "math")) return "math";
  if (main && hasText(main, "picture")) return "pictures";
  return undefined;
}

/** The namespace of the root element, from its start tag alone (no second parse of a large part). */
function startTagNamespace(xml: string): string | undefined {
  const tag = /<(?![?!])([\w.-]+:)?[\w.-]+[^>]*>/.exec(xml.slice(0, 64 * 1024));
  if (!tag) return undefined;
  const prefix = tag[1] ? tag[1].slice(0, -1) : "";
  const decl = new RegExp(`xmlns${prefix ? `:${prefix}` : ""}\\s*=\\s*["']([^"']*)["']`).exec(tag[0]);
  return decl?.[1];
}

/** The namespace of a part's root element; undefined when the part is not well-formed XML. */
function rootNamespace(xml: string): string | undefined {
  let ns: string | undefined;
  try {
    parseXml("", xml, (p) =>
      p.on("opentag", (tag) => {
        ns ??= tag.uri;
      }),
    );
  } catch {
    return undefined;
  }
  return ns;
}

function parseCustomProperties(xml: string): Record<string, string> {
  const props: Record<string, string> = {};
  let name: string | undefined;
  let depth = 0;
  let text = "";
  parseXml("docProps/custom.xml", xml, (p) => {
    p.on("opentag", (tag) => {
      depth++;
      if (tag.local === "property") name = tag.attributes.name?.value;
      else if (name && depth === 3) text = "";
    });
    p.on("text", (t) => {
      if (name && depth === 3) text += t;
    });
    p.on("closetag", (tag) => {
      if (name && depth === 3) props[name] = text;
      if (tag.local === "property") name = undefined;
      depth--;
    });
  });
  return props;
}

/** Where each of the main document part's paragraphs stands in its XML, in snapshot order (body story only). */
export function paragraphPositions(documentXml: string, stylesXml = ""): ParagraphPosition[] {
  const positions: ParagraphPosition[] = [];
  readBody("word/document.xml", documentXml, parseStyles("word/styles.xml", stylesXml), false, positions);
  return positions;
}

/** Reads a bare word/document.xml (and styles.xml), as found in a flat OPC package for insertOoxml. */
export function readDocumentXml(documentXml: string, stylesXml = ""): DocumentSnapshot {
  const styles = parseStyles("word/styles.xml", stylesXml);
  const { paragraphs, pageSource } = readBody("word/document.xml", documentXml, styles);
  return { paragraphs, customXmlParts: [], properties: {}, pageSource };
}
