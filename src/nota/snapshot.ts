/**
 * DocumentSnapshot: a plain, serialisable picture of a document. The .docx reader (src/docx) and the Word
 * adapter (src/word) both produce it; the parser and the checks only ever see this.
 */

export interface SnapshotStyle {
  /** The style's display name as the document has it ("heading 2", "Kop 2", "Title"). */
  name: string;
  /** Word's language-independent built-in id ("Heading2", "Title", "ListParagraph"), when it is a built-in. */
  builtIn?: string;
}

export interface SnapshotTableCell {
  /** Which table, counted in document order from 0 (nested tables get their own number). */
  table: number;
  row: number;
  column: number;
}

export interface SnapshotParagraph {
  /** Position in the snapshot, from 0. */
  index: number;
  /** Plain text; line breaks inside the paragraph as "\n", tabs as "\t". */
  text: string;
  style?: SnapshotStyle;
  /** Heading or outline level 1–9; absent for body text. */
  outlineLevel?: number;
  isListItem: boolean;
  listLevel?: number;
  /** Every run with text is bold (a free-form heading is often just that). */
  bold?: boolean;
  /** 0 outside tables, 1 in a table, 2 in a table inside a table, … */
  tableDepth: number;
  /** The innermost table cell the paragraph stands in. */
  cell?: SnapshotTableCell;
  /** Tags of the content controls that enclose the paragraph (or stand inside it), outermost first. */
  contentControlTags: string[];
  /** The enclosing content control shows its placeholder text, not the author's. */
  placeholder?: boolean;
  /**
   * Woo marks in the paragraph: controls tagged `nota:woo:<ground>` (TAGS.woo), as character ranges of `text`
   * (a mark around the whole paragraph covers all of it).
   */
  marks?: { tag: string; start: number; end: number }[];
  /** The page the paragraph starts on, as its printed number (see DocumentSnapshot.pageNumbers), when known. */
  page?: number;
  /**
   * Where the paragraph stands when it is not in the body: the first page's header (koptekst), where house-style
   * templates put the nota's header column. Such paragraphs come after the body's, so that body indexes match
   * Word's body.paragraphs.
   */
  story?: Story;
}

/** The parts of a document that hold paragraphs: the body, and the first section's page headers. */
export type Story = "body" | "firstPageHeader" | "primaryHeader";

export function storyOf(p: SnapshotParagraph): Story {
  return p.story ?? "body";
}

export interface SnapshotCustomXmlPart {
  id?: string;
  /** Namespace of the root element. */
  namespace: string;
  xml: string;
}

/**
 * Where the page numbers come from: Word's own layout ("layout", from Range.pages or w:lastRenderedPageBreak),
 * explicit breaks only ("breaks": natural page flow unknown, so a lower bound), or nowhere ("none").
 */
export type PageSource = "layout" | "breaks" | "none";

export interface DocumentSnapshot {
  paragraphs: SnapshotParagraph[];
  customXmlParts: SnapshotCustomXmlPart[];
  /** Custom document properties (docProps/custom.xml or Word's customProperties). */
  properties: Record<string, string>;
  pageSource: PageSource;
  /**
   * What the page numbers count: "printed", the numbers a reader sees (sections' restarts applied), or
   * "physical", pages counted from the first (Word's Range.pages, when the sections' numbering could not be read).
   * Absent: printed.
   */
  pageNumbers?: "printed" | "physical";
  /** The body's sections in order: the paragraph each starts at and where it restarts its page numbering. */
  sectionNumbering?: { startParagraph: number; restart?: number }[];
  /**
   * Word tracks changes in this document (Document.changeTrackingMode not "Off", WordApi 1.4): what the add-in
   * writes becomes revisions. Absent: not tracked, or not known (a .docx, a Word without WordApi 1.4).
   */
  trackingChanges?: boolean;
}

/** Factory for tests and for the Word double: a paragraph with defaults. */
export function paragraph(
  index: number,
  text: string,
  extra: Partial<SnapshotParagraph> = {},
): SnapshotParagraph {
  return { index, text, isListItem: false, tableDepth: 0, contentControlTags: [], ...extra };
}
