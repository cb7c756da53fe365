/**
 * One part's paragraphs (the main document's body, a header's), streaming: paragraphs in body order, including
 * those in tables, content controls and text boxes, with their styles, list levels, controls' tags and Woo marks;
 * then their pages, from Word's last layout or, failing that, from explicit breaks.
 *
 * A dispatch table from a W element's local name to a small handler for its start (OPENERS) and for its end
 * (CLOSERS), over one state object (BodyState); the pages are counted afterwards (PageCounter).
 */
import type { SaxesTagNS } from "saxes";
import type { DocumentSnapshot, PageSource, SnapshotParagraph } from "../nota/snapshot";
import { DocxError, NS, isW, parseXml } from "./package";
import type { ResolvedParagraphStyle, StyleSheet } from "./styles";
import { SectionNumbering, printedPageOf } from "../nota/pages";
import { wooGroundOf } from "../nota/schema";

/** The most paragraphs and characters of text a part is read with (a long letter has some ten thousand). */
export const MAX_PARAGRAPHS = 250_000;
export const MAX_TEXT = 20_000_000;

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

export interface FirstSection {
  /** Relationship ids of the first section's headers by type ("first", "default", "even"). */
  headers: Record<string, string>;
  /** The first page has its own header (w:titlePg). */
  titlePg: boolean;
}

type Sections = NonNullable<DocumentSnapshot["sectionNumbering"]>;

export interface BodyRead {
  paragraphs: SnapshotParagraph[];
  pageSource: PageSource;
  firstSection: FirstSection;
  sections: Sections;
}

/** What the reader learns about one paragraph while it streams. */
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

/** A content control (w:sdt) open around the element being read. */
interface OpenControl {
  tag?: string;
  placeholder: boolean;
  /** It stands inside a paragraph (around characters), not around paragraphs. */
  inParagraph: boolean;
  /** Where it starts in that paragraph's text. */
  start: number;
}

/** Everything the reader keeps while it streams one part. */
interface BodyState {
  readonly styles: StyleSheet;
  /** Paragraphs read, in order (each let go once it is the snapshot's: see paginate). */
  readonly finished: (Building | undefined)[];
  /** Paragraphs open: more than one for a text box's paragraph inside a paragraph. */
  readonly open: Building[];
  /** Tables open, innermost last, with the row and cell being read. */
  readonly tables: { id: number; row: number; column: number }[];
  tableCount: number;
  readonly controls: OpenControl[];
  /** Section types in document order (paragraph-level sectPrs, then the body's own), and where each section
   * restarts its page numbering (w:pgNumType w:start), in the same order. */
  readonly sectionTypes: string[];
  readonly sectionRestarts: (number | undefined)[];
  readonly firstSection: FirstSection;
  /** Word left its last layout's page breaks (w:lastRenderedPageBreak). */
  anyRendered: boolean;
  /** Local names of the open W elements (others as ""). */
  readonly path: string[];
  /** Depth inside mc:Fallback (the older rendition of content already read in mc:Choice); 0 outside it. */
  skipDepth: number;
  /** The elements the reader is inside of whose content it reads. */
  readonly inside: { text: boolean; pPr: boolean; sectPr: boolean; sdtPr: boolean };
  /** The run being read. */
  run: { bold?: boolean; style?: string; hasText: boolean };
  textLength: number;
  /** Asked for positions: the list, every open element's start, and the body children's ends once they close. */
  readonly positions?: { list: ParagraphPosition[]; starts: number[]; topEnds: Map<number, number> };
}

/** A W element's start, as its handler sees it. */
interface Opened {
  name: string;
  /** The local name of the element it stands in ("" for one that is not W). */
  parent: string | undefined;
  /** Its w:val. */
  val: string | undefined;
  tag: SaxesTagNS;
}

const ON = (v: string | undefined) => v === undefined || !/^(0|false|off)$/i.test(v);

/** Reads one part's paragraphs; with `positions`, also where each stands in the XML. */
export function readBody(
  partName: string,
  xml: string,
  styles: StyleSheet,
  physicalPages = false,
  positions?: ParagraphPosition[],
): BodyRead {
  const s = newState(styles, positions);
  parseXml(partName, xml, (parser) => {
    parser.on("opentag", (tag) => {
      if (s.positions) s.positions.starts.push(xml.lastIndexOf("<", parser.position - 1));
      open(s, tag);
    });
    parser.on("text", (t) => text(s, t));
    // CDATA in a w:t is text like any other.
    parser.on("cdata", (t) => text(s, t));
    parser.on("closetag", (tag) => close(s, tag, parser.position));
  });
  return paginate(s, physicalPages);
}

function newState(styles: StyleSheet, positions: ParagraphPosition[] | undefined): BodyState {
  return {
    styles,
    finished: [],
    open: [],
    tables: [],
    tableCount: 0,
    controls: [],
    sectionTypes: [],
    sectionRestarts: [],
    firstSection: { headers: {}, titlePg: false },
    anyRendered: false,
    path: [],
    skipDepth: 0,
    inside: { text: false, pPr: false, sectPr: false, sdtPr: false },
    run: { hasText: false },
    textLength: 0,
    positions: positions && { list: positions, starts: [], topEnds: new Map() },
  };
}

function open(s: BodyState, tag: SaxesTagNS): void {
  if (s.skipDepth) {
    s.skipDepth++;
    return;
  }
  if (tag.uri === NS.mc && tag.local === "Fallback") {
    s.skipDepth = 1;
    return;
  }
  const w = isW(tag.uri);
  const parent = s.path[s.path.length - 1];
  s.path.push(w ? tag.local : "");
  const handler = w ? OPENERS.get(tag.local) : undefined;
  if (!handler) return;
  const val = tag.attributes["w:val"]?.value ?? attrByLocal(tag.attributes, "val");
  handler(s, { name: tag.local, parent, val, tag });
}

function text(s: BodyState, t: string): void {
  if (s.inside.text && !s.skipDepth) addText(s, t);
}

function close(s: BodyState, tag: SaxesTagNS, at: number): void {
  if (s.positions) endPosition(s, s.positions, tag, at);
  if (s.skipDepth) {
    s.skipDepth--;
    return;
  }
  const name = s.path.pop();
  if (name) CLOSERS.get(name)?.(s);
}

function endPosition(
  s: BodyState,
  positions: NonNullable<BodyState["positions"]>,
  tag: SaxesTagNS,
  at: number,
) {
  const start = positions.starts.pop()!;
  if (positions.starts.length === 2) positions.topEnds.set(start, at);
  const p = top(s);
  if (tag.local === "p" && isW(tag.uri) && !s.skipDepth && p?.position?.start === start) p.position.end = at;
}

/** The paragraph being read (the innermost open one). */
const top = (s: BodyState): Building | undefined => s.open[s.open.length - 1];
const table = (s: BodyState) => s.tables[s.tables.length - 1];
/** The content control whose properties (w:sdtPr) are being read. */
const inSdtPr = (s: BodyState) => (s.inside.sdtPr ? s.controls[s.controls.length - 1] : undefined);
const lastSection = (s: BodyState) => s.sectionTypes.length - 1;

function addText(s: BodyState, t: string): void {
  const p = top(s);
  if (!p) return;
  s.textLength += t.length;
  if (s.textLength > MAX_TEXT) throw new DocxError({ code: "limit", limit: "text", max: MAX_TEXT });
  p.text += t;
  if (t.trim()) {
    s.run.hasText = true;
    p.anyText = true;
  }
}

type Opener = (s: BodyState, e: Opened) => void;

/** A paragraph property's handler: it applies inside the paragraph's w:pPr (and, for list settings, outside a
 * section's properties there). */
const property =
  (set: (p: Building, e: Opened) => void, outsideSectPr = false): Opener =>
  (s, e) => {
    const p = s.inside.pPr && !(outsideSectPr && s.inside.sectPr) ? top(s) : undefined;
    if (p) set(p, e);
  };

/** A section property's handler: it applies inside a w:sectPr. */
const section =
  (set: (s: BodyState, e: Opened) => void): Opener =>
  (s, e) => {
    if (s.inside.sectPr) set(s, e);
  };

/** A handler that applies only to an element standing in `parent`. */
const inParent =
  (parent: string, handler: Opener): Opener =>
  (s, e) => {
    if (e.parent === parent) handler(s, e);
  };

/** A run property's handler: it applies outside paragraph properties (whose w:rPr is the paragraph mark's). */
const runProperty =
  (set: (run: BodyState["run"], e: Opened) => void): Opener =>
  (s, e) => {
    if (!s.inside.pPr) set(s.run, e);
  };

const OPENERS = new Map<string, Opener>([
  ["p", openParagraph],
  ["pPr", inParent("p", (s) => void (s.inside.pPr = true))],
  ["pStyle", property((p, e) => (p.styleId = e.val))],
  ["numId", property((p, e) => (p.numbered = e.val !== undefined && e.val !== "0"), true)],
  ["ilvl", property((p, e) => (p.ilvl = Number(e.val)), true)],
  ["outlineLvl", property((p, e) => (p.outlineLvl = Number(e.val)))],
  ["pageBreakBefore", property((p, e) => (p.pageBreakBefore = ON(e.val)))],
  ["sectPr", openSectPr],
  ["type", section(openSectionType)],
  ["pgNumType", section(openPgNumType)],
  ["headerReference", section(openHeaderReference)],
  ["titlePg", section(openTitlePg)],
  ["r", (s) => void (s.run = { bold: undefined, style: undefined, hasText: false })],
  [
    "b",
    inParent(
      "rPr",
      runProperty((run, e) => (run.bold = ON(e.val))),
    ),
  ],
  ["rStyle", runProperty((run, e) => (run.style = e.val))],
  ["t", (s) => void (s.inside.text = true)],
  ["tab", inParent("r", (s) => addText(s, "\t"))],
  ["br", openBreak],
  ["cr", openBreak],
  ["noBreakHyphen", (s) => addText(s, "-")],
  ["lastRenderedPageBreak", openRenderedBreak],
  ["tbl", (s) => void s.tables.push({ id: s.tableCount++, row: -1, column: -1 })],
  ["tr", openRow],
  ["tc", openCell],
  ["sdt", openControl],
  ["sdtPr", (s) => void (s.inside.sdtPr = true)],
  ["tag", openTag],
  ["showingPlcHdr", openShowingPlaceholder],
]);

function openParagraph(s: BodyState): void {
  const cell = table(s);
  s.open.push({
    text: "",
    breaksBefore: 0,
    breaksAfter: 0,
    renderedBefore: 0,
    renderedAfter: 0,
    endsSection: false,
    tags: s.controls.flatMap((c) => (c.tag ? [c.tag] : [])),
    marks: [],
    placeholder: s.controls.some((c) => c.placeholder),
    anyText: false,
    allBold: true,
    tableDepth: s.tables.length,
    cell: cell ? { table: cell.id, row: cell.row, column: cell.column } : undefined,
    position: s.positions ? positionOf(s.positions.starts) : undefined,
  });
}

/** A paragraph's position as far as its start tag tells it (its end and its body child's end come later). */
function positionOf(starts: number[]): ParagraphPosition {
  return {
    start: starts[starts.length - 1],
    end: -1,
    parent: starts[starts.length - 2] ?? -1,
    top: starts[Math.min(2, starts.length - 1)],
    topEnd: -1,
  };
}

/** A section's properties: in a paragraph's, that paragraph ends the section; the body's own is the last one. */
function openSectPr(s: BodyState): void {
  s.inside.sectPr = true;
  const p = s.inside.pPr ? top(s) : undefined;
  if (p) p.endsSection = true;
  s.sectionTypes.push("nextPage");
}

function openSectionType(s: BodyState, e: Opened): void {
  if (e.val) s.sectionTypes[lastSection(s)] = e.val;
}

function openPgNumType(s: BodyState, e: Opened): void {
  const start = attrByLocal(e.tag.attributes, "start");
  if (start !== undefined && /^\d{1,6}$/.test(start)) s.sectionRestarts[lastSection(s)] = Number(start);
}

/** The first section's headers: the nota's header column may stand in the first page's. */
function openHeaderReference(s: BodyState, e: Opened): void {
  const id = attrByLocal(e.tag.attributes, "id");
  const type = attrByLocal(e.tag.attributes, "type") ?? "default";
  if (lastSection(s) === 0 && id) s.firstSection.headers[type] = id;
}

function openTitlePg(s: BodyState, e: Opened): void {
  if (lastSection(s) === 0) s.firstSection.titlePg = ON(e.val);
}

/** A page break counts before or after the paragraph's text; a line break is text; a column break is neither. */
function openBreak(s: BodyState, e: Opened): void {
  const p = top(s);
  if (e.parent !== "r" || !p) return;
  const type = attrByLocal(e.tag.attributes, "type");
  if (e.name === "br" && type === "page") {
    if (p.anyText) p.breaksAfter++;
    else p.breaksBefore++;
  } else if (type !== "column") {
    addText(s, "\n");
  }
}

function openRenderedBreak(s: BodyState): void {
  s.anyRendered = true;
  const p = top(s);
  if (!p) return;
  if (p.anyText) p.renderedAfter++;
  else p.renderedBefore++;
}

function openRow(s: BodyState): void {
  const t = table(s);
  if (!t) return;
  t.row++;
  t.column = -1;
}

function openCell(s: BodyState): void {
  const t = table(s);
  if (t) t.column++;
}

function openControl(s: BodyState): void {
  s.controls.push({ placeholder: false, inParagraph: s.open.length > 0, start: top(s)?.text.length ?? 0 });
}

function openTag(s: BodyState, e: Opened): void {
  const c = inSdtPr(s);
  if (!c) return;
  c.tag = e.val;
  const p = top(s);
  if (c.inParagraph && p && e.val) p.tags.push(e.val);
}

function openShowingPlaceholder(s: BodyState, e: Opened): void {
  const c = inSdtPr(s);
  if (!c || !ON(e.val)) return;
  c.placeholder = true;
  const p = top(s);
  if (c.inParagraph && p) p.placeholder = true;
}

const CLOSERS = new Map<string, (s: BodyState) => void>([
  ["t", (s) => void (s.inside.text = false)],
  ["r", closeRun],
  ["pPr", (s) => void (s.inside.pPr = false)],
  ["sectPr", (s) => void (s.inside.sectPr = false)],
  ["sdtPr", (s) => void (s.inside.sdtPr = false)],
  ["sdt", closeControl],
  ["tbl", (s) => void s.tables.pop()],
  ["p", closeParagraph],
]);

/** A paragraph is bold when every run with text is: the run's own w:b, else its style's, else the paragraph's. */
function closeRun(s: BodyState): void {
  const p = top(s);
  if (!p || !s.run.hasText) return;
  const { styles, run } = s;
  const bold = run.bold ?? styles.runBold(run.style) ?? styles.paragraphBold(p.styleId) ?? false;
  if (!bold) p.allBold = false;
}

/** A Woo mark inside a paragraph covers the characters from the control's start to here. */
function closeControl(s: BodyState): void {
  const c = s.controls.pop();
  const p = top(s);
  if (c?.inParagraph && c.tag && wooGroundOf(c.tag) !== undefined && p)
    p.marks.push({ tag: c.tag, start: c.start, end: p.text.length });
}

function closeParagraph(s: BodyState): void {
  const p = s.open.pop();
  if (s.finished.length >= MAX_PARAGRAPHS)
    throw new DocxError({ code: "limit", limit: "paragraphs", max: MAX_PARAGRAPHS });
  if (!p) return;
  // A mark around whole paragraphs (a block-level control) covers this one.
  const around = s.controls.find((c) => !c.inParagraph && c.tag && wooGroundOf(c.tag) !== undefined);
  if (around && p.text) p.marks.push({ tag: around.tag!, start: 0, end: p.text.length });
  s.finished.push(p);
}

/** The finished paragraphs as the snapshot's, with their pages and the sections' numbering. */
function paginate(s: BodyState, physicalPages: boolean): BodyRead {
  const { finished, styles, positions } = s;
  const pages = new PageCounter(s.anyRendered, s.sectionTypes, s.sectionRestarts);
  const paragraphs: SnapshotParagraph[] = new Array(finished.length);
  for (let index = 0; index < finished.length; index++) {
    const b = finished[index]!;
    // Each paragraph under construction is let go as soon as it is turned into the snapshot's (memory).
    finished[index] = undefined;
    const style = styles.paragraph(b.styleId);
    pages.before(b, style, index);
    paragraphs[index] = snapshotParagraph(b, style, index, physicalPages ? pages.physical : pages.printed());
    if (positions && b.position)
      positions.list.push({ ...b.position, topEnd: positions.topEnds.get(b.position.top) ?? -1 });
    pages.after(b);
  }
  const pageSource: PageSource = s.anyRendered ? "layout" : "breaks";
  return { paragraphs, pageSource, firstSection: s.firstSection, sections: pages.sections };
}

function snapshotParagraph(
  b: Building,
  style: ResolvedParagraphStyle,
  index: number,
  page: number,
): SnapshotParagraph {
  const p: SnapshotParagraph = {
    index,
    text: b.text,
    isListItem: b.numbered ?? style.numbered,
    tableDepth: b.tableDepth,
    contentControlTags: b.tags,
    page,
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
  return p;
}

/**
 * Counts the pages paragraph by paragraph: from Word's last layout when it left one (`layout`), else from the
 * explicit breaks and the sections' own. The printed number is the physical one with the sections' restarts.
 */
class PageCounter {
  physical = 1;
  private section = 0;
  private sectionStarts = true;
  private readonly numbering: SectionNumbering[] = [];
  readonly sections: Sections = [];

  constructor(
    private readonly layout: boolean,
    private readonly types: readonly string[],
    private readonly restarts: readonly (number | undefined)[],
  ) {}

  before(b: Building, style: ResolvedParagraphStyle, index: number): void {
    if (this.layout) {
      this.physical += b.renderedBefore;
    } else {
      this.physical += b.breaksBefore;
      if ((b.pageBreakBefore ?? style.pageBreakBefore) && index > 0) this.physical++;
    }
    if (this.sectionStarts) {
      this.numbering.push({ firstPhysical: this.physical, restart: this.restarts[this.section] });
      this.sections.push({ startParagraph: index, restart: this.restarts[this.section] });
      this.sectionStarts = false;
    }
  }

  printed(): number {
    return printedPageOf(this.physical, this.numbering);
  }

  after(b: Building): void {
    if (this.layout) {
      this.physical += b.renderedAfter;
    } else {
      this.physical += b.breaksAfter;
      if (b.endsSection) {
        const nextType = this.types[this.section + 1] ?? "nextPage";
        if (nextType !== "continuous" && nextType !== "nextColumn") this.physical++;
      }
    }
    if (b.endsSection) {
      this.section++;
      this.sectionStarts = true;
    }
  }
}

function attrByLocal(
  attributes: Record<string, { local: string; value: string }>,
  local: string,
): string | undefined {
  for (const key in attributes) if (attributes[key].local === local) return attributes[key].value;
  return undefined;
}
