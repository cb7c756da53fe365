/**
 * The interface the task pane uses. Only src/word implements it with Office.js; the UI never sees `Word`.
 */
import type { Afstemming } from "../nota/afstemming";
import type { DocumentSnapshot } from "../nota/snapshot";
import type { AfstemmingRead } from "../nota/afstemming";
import type { FlagSentenceSettings, Passage } from "../nota/emancipation";
import type { CompiledLexicon } from "../nota/emancipation";
import type { DocumentEdit, Finding } from "../checks/types";
import type { TemplateValues } from "../docx/ooxml-template";

/** What this Word can do beyond the manifest's floor (WordApi 1.3), detected at run time. */
export interface Capabilities {
  /** Custom XML parts (WordApi 1.4): the afstemming record. */
  customXmlParts: boolean;
  /** Comments (WordApi 1.4). */
  comments: boolean;
  /** Paragraph change events (WordApi 1.6): re-check while typing. */
  paragraphEvents: boolean;
  /** Page numbers of a range (WordApiDesktop 1.2). */
  pages: boolean;
  /** A new document from a template (WordApi 1.3). */
  createDocument: boolean;
  /**
   * The publication copy is offered as a .docx to download instead of opened as a new document: Word on the
   * web, where a new document goes to the person's OneDrive and may replace the pane's tab (office-js #5507).
   */
  publishAsDownload: boolean;
}

/**
 * A place to go to. A content-control tag is found again whatever was typed; a paragraph is found by its text
 * near its old index; a character range inside it by its text.
 */
export interface GoToTarget {
  tag?: string;
  /** The story the paragraph stands in (default: the body). */
  story?: import("../nota/snapshot").Story;
  /** Index among the story's paragraphs (see placeOf in adapter.ts for a snapshot paragraph). */
  paragraph?: number;
  /** The paragraph's text when the place was computed. */
  text?: string;
  start?: number;
  end?: number;
}

/** Where the template goes when the document is not empty. */
export type TemplatePlacement = "start" | "new-document";

export interface ReadOptions {
  /** Load page numbers (where Range.pages exists) for the paragraphs that touch this lexicon. */
  pagesFor?: CompiledLexicon;
}

export interface PassageResult {
  passages: Passage[];
  /** "layout" when Word gave the page numbers, "none" when this Word cannot (Word on the web). */
  pageSource: DocumentSnapshot["pageSource"];
  /** Whether the pages are the printed numbers, or physical pages (the sections' numbering unknown). */
  pageNumbers: NonNullable<DocumentSnapshot["pageNumbers"]>;
}

/** What an edit event says: the paragraphs it touched (Word's uniqueLocalIds, WordApi 1.6), where it says. */
export interface DocumentChange {
  paragraphIds?: string[];
  /** Which event: a paragraph changed (onParagraphChanged), was added or was deleted (WordApi 1.6). */
  kind?: "changed" | "added" | "deleted";
}

export interface NotaDocument {
  readonly capabilities: Capabilities;
  /** The whole document as a snapshot, in at most three syncs whatever its size (the page header in its own). */
  readSnapshot(options?: ReadOptions): Promise<DocumentSnapshot>;
  /**
   * `snapshot` (one this document read) with only the body paragraphs `ids` read again, in one sync, after the
   * author changed them (their uniqueLocalIds from a change event); undefined where a whole read is needed
   * instead (Word cannot read a paragraph by its id, an id the snapshot lacks, a paragraph whose controls or
   * marks may have changed: see rereadParagraphs in ./read.ts).
   */
  rereadParagraphs(snapshot: DocumentSnapshot, ids: readonly string[]): Promise<DocumentSnapshot | undefined>;
  /** No text and no tables: the template can go in without a choice. One sync. */
  isEmpty(): Promise<boolean>;
  /**
   * The template, in one sync (and one more for the placeholder texts, where Word takes them): at the start of
   * this document, or as a new document.
   */
  /**
   * `options`: the nota kind's blocks (an informatienota has no Geadviseerd besluit) and the profile's labels;
   * without them, the standard nota.
   */
  insertTemplate(
    values: TemplateValues,
    placement: TemplatePlacement,
    options?: Pick<import("../docx/ooxml-template").TemplateOptions, "blocks" | "labels">,
  ): Promise<void>;
  setField(field: import("../nota/schema").FieldId, value: string): Promise<void>;
  /**
   * Writes several header fields in one batch: all are located first, so that a field that cannot be written
   * leaves the header as it was. `snapshot` is the document the values were edited against.
   */
  setFields(
    values: Partial<Record<import("../nota/schema").FieldId, string>>,
    snapshot: DocumentSnapshot,
    /** The profile's labels, for a field the nota lacks and gets added ("Kenmerk" at BZK, not "Referentie"). */
    options?: { labels?: Partial<Record<import("../nota/schema").FieldId, string>> },
  ): Promise<void>;
  goTo(target: GoToTarget): Promise<void>;
  /**
   * Adopts a nota made elsewhere: wraps the parts `snapshot` shows (header values, title, block contents) in the
   * template's tagged controls, in place and in one batch; the text does not change. Returns how many.
   */
  adopt(snapshot: DocumentSnapshot): Promise<number>;
  /**
   * Marks the selected text as withheld on `ground`: wrapped in a control tagged nota:woo:<ground>, visibly
   * marked. Refused ("no-selection") when nothing is selected.
   */
  markSelection(ground: string): Promise<void>;
  /** Removes a mark (its text stays): the `occurrence`-th control tagged `tag` holding `text`. */
  removeMark(mark: { tag: string; text: string; occurrence: number }): Promise<void>;
  /**
   * The publication copy as a new document (the open one untouched): every mark and routinely withheld field
   * replaced by its ground, nothing of it left in the package. Returns what was withheld, per ground.
   */
  publishCopy(woo: {
    fields: Partial<Record<import("../nota/schema").FieldId, string>>;
    replacement: string;
  }): Promise<{ ground: string; count: number; places: string[] }[]>;
  /**
   * The publication copy as .docx bytes, no document opened (where `capabilities.publishAsDownload`: the pane
   * offers them as a download). The same copy as publishCopy's, and what was withheld.
   */
  publicationCopyFile(woo: {
    fields: Partial<Record<import("../nota/schema").FieldId, string>>;
    replacement: string;
  }): Promise<{ bytes: Uint8Array; withheld: { ground: string; count: number; places: string[] }[] }>;
  readAfstemming(): Promise<AfstemmingRead>;
  writeAfstemming(afstemming: Afstemming): Promise<void>;
  findPassages(lexicon: CompiledLexicon): Promise<PassageResult>;
  /** Writes or updates the flag sentence in its own tagged content control. */
  insertEmancipationFlag(
    pages: number[],
    topics: string[],
    settings: FlagSentenceSettings,
  ): Promise<"inserted" | "updated">;
  /** Applies a fix or a suggestion computed from `snapshot`. */
  applyEdit(edit: DocumentEdit, snapshot: DocumentSnapshot): Promise<void>;
  addReviewComments(findings: readonly Finding[], snapshot: DocumentSnapshot): Promise<number>;
  removeReviewComments(): Promise<number>;
  /** How many of the assistant's own review comments the document holds; 0 where this Word has no comments. One sync. */
  countReviewComments(): Promise<number>;
  /**
   * The document's people, as `nota publish` collects them from the file: its author and last author
   * (Document.properties, WordApi 1.3), the authors of its comments (WordApi 1.4) and of its tracked changes
   * (WordApi 1.6), each where this Word has it. Names as Word gives them, each once. One sync.
   */
  readPeople(): Promise<string[]>;
  /**
   * Calls `handler` after the author edits (never for this add-in's own writes), with the edited paragraphs'
   * uniqueLocalIds where Word gives them; undefined when this Word has no paragraph events.
   */
  onDocumentChanged(handler: (change: DocumentChange) => void): Promise<(() => Promise<void>) | undefined>;
}
