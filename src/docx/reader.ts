/**
 * .docx → DocumentSnapshot. A real XML parser (saxes, namespace-aware) over the parts, streaming: paragraphs
 * in body order, including those in tables, content controls and text boxes; styles with their based-on chains;
 * list paragraphs; and pages from Word's last layout or, failing that, from explicit breaks.
 */
import type { DocumentSnapshot, PageSource, SnapshotParagraph } from "../nota/snapshot";
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
import { StyleSheet, parseStyles } from "./styles";
import { SectionNumbering, printedPageOf } from "../nota/pages";
import { wooGroundOf } from "../nota/schema";

export interface ReadOptions {
  maxUncompressed?: number;
  /** Pages counted from the first, without the sections' restarts (as Word's Range.pages gives them). */
  physicalPages?: boolean;
}

const REL_OFFICE_DOCUMENT = /\/officeDocument$/;
const REL_STYLES = /\/styles$/;
const REL_HEADER = /\/header$/;
/** The most paragraphs and characters of text a part is read with (a long letter has some ten thousand). */
export const MAX_PARAGRAPHS = 250_000;
export const MAX_TEXT = 20_000_000;

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

/** What the reader learns about one paragraph while it streams. */
/** Where a paragraph stands in its part's XML (UTF-16 offsets), for writers that wrap paragraphs in place. */
export interface ParagraphPosition {
  /** `<w:p` … `</w:p>`. */
  start: number;
  end: number;
  /** Start of the element that holds the paragraph (w:body, w:tc, w:sdtContent, …). */
  parent: number;
  /** The body child that holds it (the paragraph itself, a table, a control): its start and end. */
  top: number;
  topEnd: number;
}

interface Building {
  text: string;
  position?: ParagraphPosition;
  styleId?: string;
  numbered?: boolean;
  ilvl?: number;
  outlineLvl?: number;
  pageBreakBefore?: boolean;
  /** Page breaks before any text / after text began. */
  breaksBefore: number;
  breaksAfter: number;
  renderedBefore: number;
  renderedAfter: number;
  /** This paragraph ends a section (its pPr has a sectPr). */
  endsSection: boolean;
  tags: string[];
  /** Woo marks: controls tagged nota:woo:<ground> inside the paragraph (characters) or around it (whole). */
  marks: { tag: string; start: number; end: number }[];
  placeholder: boolean;
  anyText: boolean;
  allBold: boolean;
  tableDepth: number;
  cell?: { table: number; row: number; column: number };
}

const ON = (v: string | undefined) => v === undefined || !/^(0|false|off)$/i.test(v);

interface FirstSection {
  /** Relationship ids of the first section's headers by type ("first", "default", "even"). */
  headers: Record<string, string>;
  /** The first page has its own header (w:titlePg). */
  titlePg: boolean;
}

function readBody(
  partName: string,
  xml: string,
  styles: StyleSheet,
  physicalPages = false,
  positions?: ParagraphPosition[],
): {
  paragraphs: SnapshotParagraph[];
  pageSource: PageSource;
  firstSection: FirstSection;
  sections: NonNullable<DocumentSnapshot["sectionNumbering"]>;
} {
  const firstSection: FirstSection = { headers: {}, titlePg: false };
  const finished: (Building | undefined)[] = [];
  const open: Building[] = [];
  const tables: { id: number; row: number; column: number }[] = [];
  let tableCount = 0;
  const sdts: { tag?: string; placeholder: boolean; inParagraph: boolean; start: number }[] = [];
  /** Section types in document order: paragraph-level sectPrs, then the body's own. */
  const sectionTypes: string[] = [];
  /** Where each section restarts its page numbering (w:pgNumType w:start), in the same order. */
  const sectionRestarts: (number | undefined)[] = [];
  let anyRendered = false;

  // Element context.
  const path: string[] = []; // local names of W elements (others as "")
  let skipDepth = 0; // inside mc:Fallback (the older rendition of content we already read in mc:Choice)
  let inText = false;
  let inPPr = false;
  let inSectPr = false;
  let inSdtPr = false;
  let runBold: boolean | undefined;
  let runStyle: string | undefined;
  let runHasText = false;

  const top = () => open[open.length - 1];
  let textLength = 0;
  const addText = (t: string) => {
    const p = top();
    if (!p) return;
    textLength += t.length;
    if (textLength > MAX_TEXT) throw new DocxError({ code: "limit", limit: "text", max: MAX_TEXT });
    p.text += t;
    if (t.trim()) {
      runHasText = true;
      p.anyText = true;
    }
  };

  // Element starts, for positions: every open element's, and the body children's ends once they close.
  const starts: number[] = [];
  const topEnds = new Map<number, number>();
  parseXml(partName, xml, (parser) => {
    parser.on("opentag", (tag) => {
      if (positions) starts.push(xml.lastIndexOf("<", parser.position - 1));
      if (skipDepth) {
        skipDepth++;
        return;
      }
      if (tag.uri === NS.mc && tag.local === "Fallback") {
        skipDepth = 1;
        return;
      }
      const w = isW(tag.uri);
      const name = w ? tag.local : "";
      const parent = path[path.length - 1];
      path.push(name);
      if (!w) return;
      const val = tag.attributes["w:val"]?.value ?? attrByLocal(tag.attributes, "val");
      switch (name) {
        case "p": {
          const cell = tables.length ? tables[tables.length - 1] : undefined;
          open.push({
            text: "",
            breaksBefore: 0,
            breaksAfter: 0,
            renderedBefore: 0,
            renderedAfter: 0,
            endsSection: false,
            tags: sdts.flatMap((s) => (s.tag ? [s.tag] : [])),
            marks: [],
            placeholder: sdts.some((s) => s.placeholder),
            anyText: false,
            allBold: true,
            tableDepth: tables.length,
            cell: cell ? { table: cell.id, row: cell.row, column: cell.column } : undefined,
            position: positions
              ? {
                  start: starts[starts.length - 1],
                  end: -1,
                  parent: starts[starts.length - 2] ?? -1,
                  top: starts[Math.min(2, starts.length - 1)],
                  topEnd: -1,
                }
              : undefined,
          });
          break;
        }
        case "pPr":
          if (parent === "p") inPPr = true;
          break;
        case "pStyle":
          if (inPPr && top()) top().styleId = val;
          break;
        case "numId":
          if (inPPr && top() && !inSectPr) top().numbered = val !== undefined && val !== "0";
          break;
        case "ilvl":
          if (inPPr && top() && !inSectPr) top().ilvl = Number(val);
          break;
        case "outlineLvl":
          if (inPPr && top()) top().outlineLvl = Number(val);
          break;
        case "pageBreakBefore":
          if (inPPr && top()) top().pageBreakBefore = ON(val);
          break;
        case "sectPr":
          inSectPr = true;
          if (inPPr && top()) top().endsSection = true;
          sectionTypes.push("nextPage");
          break;
        case "type":
          if (inSectPr && val) sectionTypes[sectionTypes.length - 1] = val;
          break;
        case "pgNumType": {
          const start = attrByLocal(tag.attributes, "start");
          if (inSectPr && start !== undefined && /^\d{1,6}$/.test(start))
            sectionRestarts[sectionTypes.length - 1] = Number(start);
          break;
        }
        case "headerReference": {
          const id = attrByLocal(tag.attributes, "id");
          const type = attrByLocal(tag.attributes, "type") ?? "default";
          if (inSectPr && sectionTypes.length === 1 && id) firstSection.headers[type] = id;
          break;
        }
        case "titlePg":
          if (inSectPr && sectionTypes.length === 1) firstSection.titlePg = ON(val);
          break;
        case "r":
          runBold = undefined;
          runStyle = undefined;
          runHasText = false;
          break;
        case "b":
          if (parent === "rPr" && !inPPr) runBold = ON(val);
          break;
        case "rStyle":
          if (!inPPr) runStyle = val;
          break;
        case "t":
          inText = true;
          break;
        case "tab":
          if (parent === "r") addText("\t");
          break;
        case "br":
        case "cr": {
          if (parent !== "r" || !top()) break;
          const type = attrByLocal(tag.attributes, "type");
          if (name === "br" && type === "page") {
            if (top().anyText) top().breaksAfter++;
            else top().breaksBefore++;
          } else if (type !== "column") {
            addText("\n");
          }
          break;
        }
        case "noBreakHyphen":
          addText("-");
          break;
        case "lastRenderedPageBreak":
          anyRendered = true;
          if (top()) {
            if (top().anyText) top().renderedAfter++;
            else top().renderedBefore++;
          }
          break;
        case "tbl":
          tables.push({ id: tableCount++, row: -1, column: -1 });
          break;
        case "tr":
          if (tables.length) {
            tables[tables.length - 1].row++;
            tables[tables.length - 1].column = -1;
          }
          break;
        case "tc":
          if (tables.length) tables[tables.length - 1].column++;
          break;
        case "sdt":
          sdts.push({ placeholder: false, inParagraph: open.length > 0, start: top()?.text.length ?? 0 });
          break;
        case "sdtPr":
          inSdtPr = true;
          break;
        case "tag":
          if (inSdtPr && sdts.length) {
            const s = sdts[sdts.length - 1];
            s.tag = val;
            if (s.inParagraph && top() && val) top().tags.push(val);
          }
          break;
        case "showingPlcHdr":
          if (inSdtPr && sdts.length && ON(val)) {
            const s = sdts[sdts.length - 1];
            s.placeholder = true;
            if (s.inParagraph && top()) top().placeholder = true;
          }
          break;
      }
    });
    parser.on("text", (t) => {
      if (inText && !skipDepth) addText(t);
    });
    // CDATA in a w:t is text like any other.
    parser.on("cdata", (t) => {
      if (inText && !skipDepth) addText(t);
    });
    parser.on("closetag", (tag) => {
      if (positions) {
        const start = starts.pop()!;
        if (starts.length === 2) topEnds.set(start, parser.position);
        if (tag.local === "p" && isW(tag.uri) && !skipDepth && top()?.position?.start === start)
          top().position!.end = parser.position;
      }
      if (skipDepth) {
        skipDepth--;
        return;
      }
      const name = path.pop();
      switch (name) {
        case "t":
          inText = false;
          break;
        case "r": {
          const p = top();
          if (p && runHasText) {
            const bold = runBold ?? styles.runBold(runStyle) ?? styles.paragraphBold(p.styleId) ?? false;
            if (!bold) p.allBold = false;
          }
          break;
        }
        case "pPr":
          inPPr = false;
          break;
        case "sectPr":
          inSectPr = false;
          break;
        case "sdtPr":
          inSdtPr = false;
          break;
        case "sdt": {
          const s = sdts.pop();
          if (s?.inParagraph && s.tag && wooGroundOf(s.tag) !== undefined && top())
            top().marks.push({ tag: s.tag, start: s.start, end: top().text.length });
          break;
        }
        case "tbl":
          tables.pop();
          break;
        case "p": {
          const p = open.pop();
          if (finished.length >= MAX_PARAGRAPHS)
            throw new DocxError({ code: "limit", limit: "paragraphs", max: MAX_PARAGRAPHS });
          if (p) {
            // A mark around whole paragraphs (a block-level control) covers this one.
            const around = sdts.find((s) => !s.inParagraph && s.tag && wooGroundOf(s.tag) !== undefined);
            if (around && p.text) p.marks.push({ tag: around.tag!, start: 0, end: p.text.length });
            finished.push(p);
          }
          break;
        }
      }
      void tag;
    });
  });

  const pageSource: PageSource = anyRendered ? "layout" : "breaks";
  let page = 1;
  let sectionIndex = 0;
  // The printed number: physical pages with the sections' restarts applied.
  const numbering: SectionNumbering[] = [];
  const sections: NonNullable<DocumentSnapshot["sectionNumbering"]> = [];
  let sectionStarts = true;
  const paragraphs: SnapshotParagraph[] = new Array(finished.length);
  for (let index = 0; index < finished.length; index++) {
    const b = finished[index]!;
    // Each paragraph under construction is let go as soon as it is turned into the snapshot's (memory).
    finished[index] = undefined;
    const style = styles.paragraph(b.styleId);
    if (anyRendered) {
      page += b.renderedBefore;
    } else {
      page += b.breaksBefore;
      if ((b.pageBreakBefore ?? style.pageBreakBefore) && index > 0) page++;
    }
    if (sectionStarts) {
      numbering.push({ firstPhysical: page, restart: sectionRestarts[sectionIndex] });
      sections.push({ startParagraph: index, restart: sectionRestarts[sectionIndex] });
      sectionStarts = false;
    }
    const p: SnapshotParagraph = {
      index,
      text: b.text,
      isListItem: b.numbered ?? style.numbered,
      tableDepth: b.tableDepth,
      contentControlTags: b.tags,
      page: physicalPages ? page : printedPageOf(page, numbering),
    };
    if (style.name)
      p.style = style.builtIn ? { name: style.name, builtIn: style.builtIn } : { name: style.name };
    const outline = b.outlineLvl ?? style.outlineLevel;
    if (outline !== undefined && outline >= 0 && outline < 9) p.outlineLevel = outline + 1;
    if (p.isListItem) p.listLevel = b.ilvl ?? 0;
    if (b.anyText) p.bold = b.allBold;
    if (b.cell) p.cell = b.cell;
    if (b.placeholder) p.placeholder = true;
    if (b.marks.length) p.marks = b.marks.filter((m) => m.end > m.start);
    if (positions && b.position) positions.push({ ...b.position, topEnd: topEnds.get(b.position.top) ?? -1 });
    if (anyRendered) {
      page += b.renderedAfter;
    } else {
      page += b.breaksAfter;
      if (b.endsSection) {
        const nextType = sectionTypes[sectionIndex + 1] ?? "nextPage";
        if (nextType !== "continuous" && nextType !== "nextColumn") page++;
      }
    }
    if (b.endsSection) {
      sectionIndex++;
      sectionStarts = true;
    }
    paragraphs[index] = p;
  }
  return { paragraphs, pageSource, firstSection, sections };
}

function attrByLocal(
  attributes: Record<string, { local: string; value: string }>,
  local: string,
): string | undefined {
  for (const key in attributes) if (attributes[key].local === local) return attributes[key].value;
  return undefined;
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
