/**
 * The Word double's document: paragraphs, content controls, custom XML parts, comments and a selection.
 * Loaded from a .docx through src/docx, so the same fixtures feed the reader tests, the adapter tests and the
 * preview. Plain data; the Office.js-like proxies in ./office.ts read and change it at sync.
 */
import { strFromU8, unzipSync } from "fflate";
import { readDocx, readDocumentXml } from "../../src/docx/reader";
import type { DocumentSnapshot, SnapshotParagraph } from "../../src/nota/snapshot";

export interface DParagraph {
  uid: number;
  text: string;
  style: string;
  styleBuiltIn: string;
  /** 1–9 for headings and outline levels, 10 for body text (as Word reports it). */
  outlineLevel: number;
  isListItem: boolean;
  tableNestingLevel: number;
  cell?: { table: number; row: number; column: number };
  bold: boolean | null;
  /** Ids of the content controls around it, outermost first. */
  controls: number[];
  page: number;
  /**
   * Text deleted with track changes on, still in the document as a revision, at character `at` of `text`; its
   * author as TrackedChange.author gives it.
   */
  deleted?: { at: number; text: string; author?: string };
}

/** Word's content-control types (Word.ContentControlType); the double distinguishes rich text from the rest. */
export type DControlType = "RichText" | "PlainText" | "CheckBox" | "DatePicker" | "ComboBox" | "DropDownList";

/**
 * What Word shows, and what ContentControl.placeholderText returns, for a control that has no placeholder of its
 * own (no docPart): Word's default. Observed in Word 365 (nl-NL / en-US); see office-js #1515.
 */
export const WORD_DEFAULT_PLACEHOLDER = "Klik of tik om tekst in te voeren.";

export interface DControl {
  id: number;
  type: DControlType;
  tag: string;
  title: string;
  placeholderText: string;
  showingPlaceholder: boolean;
  /** A control inside one paragraph around characters [start, end) (the double has these for Woo marks only). */
  span?: { start: number; end: number };
}

export interface DCustomXmlPart {
  id: string;
  namespace: string;
  xml: string;
}

export interface DComment {
  id: number;
  content: string;
  paragraphUid: number;
  /** Comment.authorName (WordApi 1.4): who wrote it. */
  authorName: string;
}

export interface DSelection {
  paragraphUids: number[];
  start?: number;
  end?: number;
}

/** XML character data as text: the five entities and numeric references. */
const unescapeXml = (text: string) =>
  text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) =>
    e[0] === "#"
      ? String.fromCodePoint(e[1].toLowerCase() === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
      : ({ lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" } as Record<string, string>)[e.toLowerCase()],
  );

let uidCounter = 1;
export const nextUid = () => uidCounter++;

function paragraphFrom(p: SnapshotParagraph): Omit<DParagraph, "controls"> {
  return {
    uid: nextUid(),
    text: p.text,
    style: p.style?.name ?? "Normal",
    styleBuiltIn: p.style?.builtIn ?? "Other",
    outlineLevel: p.outlineLevel ?? 10,
    isListItem: p.isListItem,
    tableNestingLevel: p.tableDepth,
    cell: p.cell,
    bold: p.bold ?? false,
    page: p.page ?? 1,
  };
}

/** Word's header types for the first section. */
export type HeaderType = "FirstPage" | "Primary";

export class WordDocumentModel {
  paragraphs: DParagraph[] = [];
  /** The first section's page headers. */
  headers: Record<HeaderType, DParagraph[]> = { FirstPage: [], Primary: [] };
  /** Document.changeTrackingMode (WordApi 1.4). */
  changeTrackingMode: "Off" | "TrackAll" | "TrackMineOnly" = "Off";
  /** Whether the first page shows its own header (PageSetup.differentFirstPageHeaderFooter); unset: it has one. */
  differentFirstPageSetting?: boolean;
  controls = new Map<number, DControl>();
  /** The paragraphs that start a section (after the first), with where the section restarts its numbering. */
  sectionStarts = new Map<DParagraph, number | undefined>();
  customXmlParts: DCustomXmlPart[] = [];
  comments: DComment[] = [];
  /**
   * Document.properties (WordApi 1.3): `author` and `lastAuthor`, from the .docx's docProps/core.xml (dc:creator,
   * cp:lastModifiedBy) when the double is loaded from one.
   */
  documentProperties = { author: "", lastAuthor: "" };
  /** The person using Word: the author of the comments the add-in inserts (Comment.authorName). */
  userName = "Gebruiker";
  selection?: DSelection;
  /** Documents the add-in created with Application.createDocument, as .docx bytes. */
  createdDocuments: Uint8Array[] = [];
  private nextControlId = 1;
  private nextPart = 1;
  private nextComment = 1;

  /** Word counts pages physically (Range.pages): the document is read with physical page numbers. */
  static fromDocx(bytes: Uint8Array): WordDocumentModel {
    const model = WordDocumentModel.fromSnapshot(readDocx(bytes, { physicalPages: true }));
    const parts = unzipSync(bytes, {
      filter: (f) => f.name === "docProps/core.xml" || f.name === "word/comments.xml",
    });
    const core = parts["docProps/core.xml"];
    if (core) {
      const xml = strFromU8(core);
      const value = (name: string) =>
        unescapeXml(new RegExp(`<(?:\\w+:)?${name}>([^<]*)<`).exec(xml)?.[1] ?? "").trim();
      model.documentProperties = { author: value("creator"), lastAuthor: value("lastModifiedBy") };
    }
    // The file's comments, with their authors and text; each anchored at the first paragraph (the double keeps
    // no comment ranges).
    const comments = parts["word/comments.xml"];
    if (comments && model.paragraphs.length)
      for (const m of strFromU8(comments).matchAll(/<w:comment\b([^>]*)>([\s\S]*?)<\/w:comment>/g)) {
        const author = unescapeXml(/\bw:author="([^"]*)"/.exec(m[1])?.[1] ?? "");
        const text = [...m[2].matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map((t) => unescapeXml(t[1])).join("");
        model.addComment(model.paragraphs[0], text, author);
      }
    return model;
  }

  static fromSnapshot(snapshot: DocumentSnapshot): WordDocumentModel {
    const model = new WordDocumentModel();
    const inStory = (story: string) => snapshot.paragraphs.filter((p) => (p.story ?? "body") === story);
    model.paragraphs = model.paragraphsFromSnapshot(inStory("body"));
    model.headers = {
      FirstPage: model.paragraphsFromSnapshot(inStory("firstPageHeader")),
      Primary: model.paragraphsFromSnapshot(inStory("primaryHeader")),
    };
    for (const part of snapshot.customXmlParts) model.addCustomXmlPart(part.xml, part.namespace);
    for (const s of snapshot.sectionNumbering ?? []) {
      const first = model.paragraphs[s.startParagraph];
      if (first) model.sectionStarts.set(first, s.restart);
    }
    if (model.paragraphs.length === 0) model.paragraphs.push(model.emptyParagraph());
    return model;
  }

  get differentFirstPage(): boolean {
    return this.differentFirstPageSetting ?? this.headers.FirstPage.length > 0;
  }

  emptyParagraph(): DParagraph {
    return {
      ...paragraphFrom({ index: 0, text: "", isListItem: false, tableDepth: 0, contentControlTags: [] }),
      controls: [],
    };
  }

  /** Paragraphs from a snapshot; consecutive paragraphs with the same tag at the same depth share one control. */
  paragraphsFromSnapshot(
    paragraphs: SnapshotParagraph[],
    options: { keepPlaceholderState?: boolean } = {},
  ): DParagraph[] {
    const keep = options.keepPlaceholderState ?? true;
    const out: DParagraph[] = [];
    let previous: { tags: string[]; ids: number[] } = { tags: [], ids: [] };
    for (const p of paragraphs) {
      const ids: number[] = [];
      // Marks are controls inside the paragraph, not around it.
      const markTags = new Set((p.marks ?? []).map((m) => m.tag));
      p.contentControlTags
        .filter((tag) => !markTags.has(tag))
        .forEach((tag, depth) => {
          if (previous.tags[depth] === tag && previous.ids[depth] !== undefined && ids.length === depth) {
            ids.push(previous.ids[depth]);
          } else {
            // The double does not read glossary docParts: every control gets Word's default placeholder text.
            ids.push(this.addControl(tag, WORD_DEFAULT_PLACEHOLDER, keep && (p.placeholder ?? false)).id);
          }
        });
      previous = { tags: p.contentControlTags.filter((tag) => !markTags.has(tag)), ids };
      for (const m of p.marks ?? []) {
        const mark = this.addControl(m.tag);
        mark.span = { start: m.start, end: m.end };
        ids.push(mark.id);
      }
      out.push({ ...paragraphFrom(p), controls: ids });
    }
    return out;
  }

  addControl(
    tag: string,
    placeholderText = WORD_DEFAULT_PLACEHOLDER,
    showingPlaceholder = false,
    type: DControlType = "RichText",
  ): DControl {
    const control = { id: this.nextControlId++, type, tag, title: tag, placeholderText, showingPlaceholder };
    this.controls.set(control.id, control);
    return control;
  }

  /** Controls in document order (by their first paragraph), each once: the body's, or with `everywhere` also the page headers'. */
  controlsInOrder(everywhere = false): DControl[] {
    const seen = new Set<number>();
    const out: DControl[] = [];
    const lists = everywhere
      ? [this.paragraphs, this.headers.FirstPage, this.headers.Primary]
      : [this.paragraphs];
    for (const p of lists.flat()) {
      for (const id of p.controls) {
        if (!seen.has(id) && this.controls.has(id)) {
          seen.add(id);
          out.push(this.controls.get(id)!);
        }
      }
    }
    return out;
  }

  paragraphsOf(control: DControl): DParagraph[] {
    for (const list of [this.paragraphs, this.headers.FirstPage, this.headers.Primary]) {
      const found = list.filter((p) => p.controls.includes(control.id));
      if (found.length) return found;
    }
    return [];
  }

  controlText(control: DControl): string {
    if (control.span)
      return (this.paragraphsOf(control)[0]?.text ?? "").slice(control.span.start, control.span.end);
    return this.paragraphsOf(control)
      .map((p) => p.text)
      .join("\n");
  }

  /** The body's sections in order: the first paragraph of each and its numbering restart. */
  sections(): { first: DParagraph; restart?: number }[] {
    const out: { first: DParagraph; restart?: number }[] = [];
    this.paragraphs.forEach((p, i) => {
      if (i === 0 || this.sectionStarts.has(p)) out.push({ first: p, restart: this.sectionStarts.get(p) });
    });
    return out;
  }

  indexOf(paragraph: DParagraph): number {
    return this.paragraphs.indexOf(paragraph);
  }

  /** The list (body or a page header) that holds a paragraph. */
  listOf(paragraph: DParagraph): DParagraph[] {
    for (const list of [this.paragraphs, this.headers.FirstPage, this.headers.Primary])
      if (list.includes(paragraph)) return list;
    return this.paragraphs;
  }

  addCustomXmlPart(xml: string, namespace: string): DCustomXmlPart {
    const part = { id: `{PART-${this.nextPart++}}`, namespace, xml };
    this.customXmlParts.push(part);
    return part;
  }

  addComment(paragraph: DParagraph, content: string, authorName = this.userName): DComment {
    const comment = { id: this.nextComment++, content, paragraphUid: paragraph.uid, authorName };
    this.comments.push(comment);
    return comment;
  }

  /** Reads the paragraphs of a WordprocessingML body (from insertOoxml) through the project's reader. */
  paragraphsFromOoxml(documentXml: string, stylesXml: string, keepPlaceholderState = true): DParagraph[] {
    return this.paragraphsFromSnapshot(readDocumentXml(documentXml, stylesXml).paragraphs, {
      keepPlaceholderState,
    });
  }

  /** The document as the .docx reader would see it: what tests assert on. */
  toSnapshot(): DocumentSnapshot {
    const header = this.headers.FirstPage.some((p) => p.text.trim())
      ? { story: "firstPageHeader" as const, list: this.headers.FirstPage }
      : { story: "primaryHeader" as const, list: this.headers.Primary };
    const all = [...this.paragraphs, ...header.list];
    return {
      paragraphs: all.map((p, index) => {
        const tags = p.controls.map((id) => this.controls.get(id)?.tag ?? "").filter(Boolean);
        const marks = p.controls.flatMap((id) => {
          const c = this.controls.get(id);
          return c?.span ? [{ tag: c.tag, start: c.span.start, end: c.span.end }] : [];
        });
        const sp: SnapshotParagraph = {
          index,
          text: p.text,
          isListItem: p.isListItem,
          tableDepth: p.tableNestingLevel,
          contentControlTags: tags,
          page: p.page,
          style: p.styleBuiltIn !== "Other" ? { name: p.style, builtIn: p.styleBuiltIn } : { name: p.style },
        };
        if (p.outlineLevel < 10) sp.outlineLevel = p.outlineLevel;
        if (p.cell) sp.cell = p.cell;
        if (p.bold !== null && p.text.trim()) sp.bold = p.bold;
        if (p.controls.some((id) => this.controls.get(id)?.showingPlaceholder)) sp.placeholder = true;
        if (marks.length) sp.marks = marks;
        if (index >= this.paragraphs.length) sp.story = header.story;
        return sp;
      }),
      customXmlParts: this.customXmlParts.map((p) => ({ id: p.id, namespace: p.namespace, xml: p.xml })),
      properties: {},
      pageSource: "breaks",
    };
  }

  /** The selected text, for assertions. */
  selectedText(): string | undefined {
    const s = this.selection;
    if (!s) return undefined;
    const ps = [...this.paragraphs, ...this.headers.FirstPage, ...this.headers.Primary].filter((p) =>
      s.paragraphUids.includes(p.uid),
    );
    if (ps.length === 1 && s.start !== undefined && s.end !== undefined)
      return ps[0].text.slice(s.start, s.end);
    return ps.map((p) => p.text).join("\n");
  }
}
