/**
 * NotaDocument implemented with Office.js. The only module that calls Word, and a thin one: what to change
 * is decided by the edit planner (src/checks/plan.ts); reading is in ./read.ts, carrying out a plan in
 * ./execute.ts. Every operation is one Word.run in the batch pattern: load, sync, compute, write, sync.
 */
import type { Afstemming } from "../nota/afstemming";
import { CompiledLexicon, FlagSentenceSettings, buildFlagSentence, findPassages } from "../nota/emancipation";
import { parseNota } from "../nota/parser";
import { BlockId, FieldId, NOTA_SCHEMA, TAGS } from "../nota/schema";
import { CONTROL_TITLES } from "../nota/control-titles";
import type { DocumentSnapshot } from "../nota/snapshot";
import type { PlannedEdit } from "../checks/plan";
import type { DocumentEdit, Finding } from "../checks/types";
import { translator, type Locale } from "../i18n";
import type { TemplateOptions, TemplateValues } from "../docx/ooxml-template";
import { NotaWordError, toNotaWordError } from "./errors";
import { cleanText, storyParagraphs } from "./stories";
import { relocate } from "./places";
import { readDocument, rereadParagraphs } from "./read";
import { detectCapabilities } from "./capabilities";
import type {
  Capabilities,
  DocumentChange,
  GoToTarget,
  NotaDocument,
  PassageResult,
  ReadOptions,
  TemplatePlacement,
} from "./types";

/**
 * What the adapter needs from Office: `Word.run` (also in its form that goes on with an object's request
 * context) and the requirement-set check. Tests hand in the double.
 */
export interface WordHost {
  run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T>;
  /** Goes on with an earlier run's request context (Word.run accepts a context, a client object or an array of them). */
  run<T>(context: Word.RequestContext, batch: (context: Word.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
  /** The whole document as .docx bytes (Office.context.document.getFileAsync, Compressed). */
  getFile(): Promise<Uint8Array>;
  /** "web" in Word on the web (Office.context.platform OfficeOnline), where some writes are refused. */
  readonly platform?: "web" | "desktop";
}

/** Marks the comments this add-in writes, so that it removes only its own. */
export const COMMENT_MARKER = "[Nota-assistent]";

// In a module of its own, so that the pane knows them before this adapter has loaded (src/taskpane/lazy-document.ts).
export { detectCapabilities } from "./capabilities";

/** What changes a document: its own chunk, loaded on the first write (src/word/edits.ts). */
type Edits = typeof import("./edits");
const edits = (): Promise<Edits> => import("./edits");

/** The template's controls that stay empty, with their placeholders in the pane's language. */
function emptyControls(
  values: TemplateValues,
  locale: Locale,
  e: Edits,
  blocks?: readonly BlockId[],
): [string, string][] {
  const filled = new Set(
    Object.entries(values)
      .filter(([, v]) => v)
      .map(([k]) => (k === "title" ? TAGS.title : TAGS.field(k as FieldId))),
  );
  // A block the kind leaves out has no control to give a placeholder.
  const absent = new Set(
    blocks ? NOTA_SCHEMA.blocks.filter((b) => !blocks.includes(b.id)).map((b) => TAGS.block(b.id)) : [],
  );
  return e.templatePlaceholders(locale).filter(([tag]) => !filled.has(tag) && !absent.has(tag));
}

export class OfficeNotaDocument implements NotaDocument {
  readonly capabilities: Capabilities;

  constructor(
    private readonly host: WordHost,
    private readonly locale: Locale = "nl",
  ) {
    this.capabilities = detectCapabilities(host);
  }

  /**
   * Batches of ours that write, under way, and for one turn after: Word fires paragraph events for the add-in's
   * own writes too (office-js #4874, #5400), and those are not the author's edits.
   */
  private ownBatches = 0;

  /** A batch that writes: a read (below) counted among our own batches. */
  private async run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> {
    this.ownBatches++;
    try {
      return await this.read(batch);
    } finally {
      // Word's events for our writes can arrive just after the batch: they are let through a turn later.
      setTimeout(() => this.ownBatches--, 0);
    }
  }

  /**
   * A batch that only reads: not counted among our writes, so that the author's edits made while it runs still
   * reach the handler (Word fires paragraph events when paragraphs change, API reference
   * Document.onParagraphChanged; a read changes none, in the double as in Word — that Word fires nothing for a
   * load is unverified beyond that).
   */
  private async read<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await this.host.run(batch);
    } catch (err) {
      throw toNotaWordError(err);
    }
  }

  /** Plans against `snapshot` and carries the plan out in one batch; planning failures become Word errors. */
  private async execute(snapshot: DocumentSnapshot, plan: (e: Edits) => PlannedEdit[]): Promise<void> {
    const e = await edits();
    let planned: PlannedEdit[];
    try {
      planned = plan(e);
    } catch (err) {
      if (err instanceof e.PlanError) throw new NotaWordError(err.reason);
      throw err;
    }
    await this.run((context) => e.executePlan(context, snapshot, planned, undefined, this.placeholders));
  }

  /** Word on the web refuses placeholderText writes (office-js #785): skipped there. */
  private get placeholders() {
    return { skipPlaceholderText: this.host.platform === "web" };
  }

  readSnapshot(options: ReadOptions = {}): Promise<DocumentSnapshot> {
    const caps = {
      ...this.capabilities,
      pageSetup: this.host.isSetSupported("WordApiDesktop", "1.3"),
      reviewedText: this.host.isSetSupported("WordApi", "1.4"),
      trackedChanges: this.host.isSetSupported("WordApi", "1.6"),
    };
    return this.read((context) => readDocument(context, caps, options));
  }

  async rereadParagraphs(
    snapshot: DocumentSnapshot,
    ids: readonly string[],
  ): Promise<DocumentSnapshot | undefined> {
    if (!this.capabilities.paragraphEvents) return undefined;
    return this.read((context) => rereadParagraphs(context, snapshot, ids));
  }

  async insertTemplate(
    values: TemplateValues,
    placement: TemplatePlacement,
    options: Pick<TemplateOptions, "blocks" | "labels"> = {},
  ): Promise<void> {
    if (placement === "new-document" && !this.capabilities.createDocument)
      throw new NotaWordError("unsupported");
    // Word on the web saves a created document to the person's OneDrive and may open it in the same tab, the
    // pane's document gone (office-js #5507, #3096, #4771): said, with what to do instead, before anything is done.
    if (placement === "new-document" && this.host.platform === "web")
      throw new NotaWordError("web-new-document");
    const e = await edits();
    // The zip writer is only needed for a new document: loaded then, not with the pane.
    const docx =
      placement === "new-document"
        ? (await import("../docx/template-docx")).buildTemplateDocx({
            values,
            locale: this.locale,
            ...options,
          })
        : undefined;
    await this.run(async (context) => {
      if (placement === "new-document") {
        context.application.createDocument(e.toBase64(docx!)).open();
      } else {
        const range = context.document.body.insertOoxml(
          e.templateFlatOpc({ values, locale: this.locale, ...options }),
          "Start",
        );
        // insertOoxml does not bring a control's own placeholder along (and on the web may turn it into plain
        // text, office-js #6568): each empty control is emptied, so that it shows a placeholder, and gets ours in
        // a batch of its own (refused on the web, office-js #785), so that the template never fails for it.
        const pending: [Word.ContentControl, string][] = [];
        for (const [tag, placeholder] of emptyControls(values, this.locale, e, options.blocks)) {
          const control = range.contentControls.getByTag(tag).getFirst();
          control.insertText("", "Replace");
          pending.push([control, placeholder]);
        }
        await context.sync();
        await e.writePlaceholders(context, pending, this.placeholders);
        return;
      }
      await context.sync();
    });
  }

  /**
   * Empty: one empty paragraph and no table. Loads two paragraphs' text and one table at most, whatever the
   * document's size (collection load with `top`).
   */
  async isEmpty(): Promise<boolean> {
    const tables = this.host.isSetSupported("WordApi", "1.3");
    return this.read(async (context) => {
      const body = context.document.body;
      const paragraphs = body.paragraphs.load({ select: "text", top: 2 });
      const table = tables ? body.tables.load({ select: "rowCount", top: 1 }) : undefined;
      await context.sync();
      const [first, second] = paragraphs.items ?? [];
      return !second && !first?.text.trim() && !(table?.items ?? []).length;
    });
  }

  async setField(field: FieldId, value: string): Promise<void> {
    await this.setFields({ [field]: value }, await this.readSnapshot());
  }

  async setFields(
    values: Partial<Record<FieldId, string>>,
    snapshot: DocumentSnapshot,
    options: { labels?: Partial<Record<FieldId, string>> } = {},
  ): Promise<void> {
    await this.execute(snapshot, (e) =>
      e.planFields(values, snapshot, { locale: this.locale, labels: options.labels }),
    );
  }

  async goTo(target: GoToTarget): Promise<void> {
    // Search planning comes with the edits' chunk (./edits.ts), as the file says: not with the pane's first load.
    const { planRangeSearch } = await edits();
    await this.run(async (context) => {
      const paragraphs = storyParagraphs(context, target.story ?? "body");
      paragraphs.load("items/text");
      const control = target.tag
        ? context.document.contentControls.getByTag(target.tag).getFirstOrNullObject()
        : undefined;
      control?.load("id");
      await context.sync();
      if (control && !control.isNullObject) {
        control.select("Select");
        await context.sync();
        return;
      }
      const index = relocate(
        paragraphs.items.map((p) => cleanText(p.text)),
        target.paragraph,
        target.text,
      );
      if (index === undefined) throw new NotaWordError("stale");
      const paragraph = paragraphs.items[index];
      const text = cleanText(paragraph.text);
      const range =
        target.start !== undefined && target.end !== undefined
          ? planRangeSearch(text, target.start, target.end)
          : ({ kind: "whole" } as const);
      if (range.kind !== "search" && range.kind !== "span") {
        paragraph.select("Select");
        await context.sync();
        return;
      }
      const steps = range.kind === "search" ? [range] : [range.head, range.tail];
      const found = steps.map((s) => paragraph.search(s.searchText, { matchCase: true }).load("items/text"));
      await context.sync();
      // Only a result that holds the text meant is selected; otherwise the whole paragraph is.
      const hits = steps.map((s, i) => {
        const r = found[i].items?.[s.occurrence];
        return r && cleanText(r.text) === s.text ? r : undefined;
      });
      if (!hits.every(Boolean)) {
        paragraph.select("Select");
        await context.sync();
        return;
      }
      (hits.length === 2 ? hits[0]!.expandTo(hits[1]!) : hits[0]!).select("Select");
      try {
        await context.sync();
      } catch (err) {
        // Range.expandTo throws ItemNotFound where Word cannot span the two: the whole paragraph instead.
        if ((err as { code?: unknown }).code !== "ItemNotFound") throw err;
        paragraph.select("Select");
        await context.sync();
      }
    });
  }

  /** Parts Word would refuse are left out, and one refused part never fails the others (execute.ts, adoptParts). */
  async adopt(snapshot: DocumentSnapshot): Promise<number> {
    const e = await edits();
    const plan = e.planAdoption(parseNota(snapshot));
    if ("refused" in plan) throw new NotaWordError("not-a-nota");
    if (!plan.items.length) return 0;
    return this.run((context) => e.adoptParts(context, snapshot, plan.items));
  }

  async markSelection(ground: string): Promise<void> {
    await this.run(async (context) => {
      const selection = context.document.getSelection();
      selection.load("text");
      await context.sync();
      if (!selection.text.trim()) throw new NotaWordError("no-selection");
      const control = selection.insertContentControl();
      control.tag = TAGS.woo(ground);
      control.title = translator(CONTROL_TITLES, this.locale)("woo-mark", { ground });
      control.color = "#C00000";
      control.appearance = "Tags";
      try {
        await context.sync();
      } catch (err) {
        // Word refuses a control across table cells or partly over another control (office-js #1169, #3367,
        // #4251; on the web also around a control with text beside it, #6103): said as such, nothing marked.
        if (toNotaWordError(err).officeCode === "GeneralException") throw new NotaWordError("mark-refused");
        throw err;
      }
    });
  }

  async removeMark(mark: { tag: string; text: string; occurrence: number }): Promise<void> {
    await this.run(async (context) => {
      const tagged = context.document.contentControls.getByTag(mark.tag).load("items/text");
      await context.sync();
      const same = (tagged.items ?? []).filter((c) => cleanText(c.text) === mark.text);
      const control = same[mark.occurrence];
      if (!control) throw new NotaWordError("stale");
      control.delete(true);
      await context.sync();
    });
  }

  async publishCopy(woo: { fields: Partial<Record<FieldId, string>>; replacement: string }) {
    if (!this.capabilities.createDocument) throw new NotaWordError("unsupported");
    // As for the template as a new document (insertTemplate): not on the web, where the pane offers the copy as a
    // download instead (publicationCopyFile).
    if (this.host.platform === "web") throw new NotaWordError("web-publish-copy");
    const result = await this.publicationCopyFile(woo);
    const { toBase64 } = await edits();
    await this.run(async (context) => {
      context.application.createDocument(toBase64(result.bytes)).open();
      await context.sync();
    });
    return result.withheld;
  }

  /** The document's file (Office's getFileAsync), made into the publication copy by src/docx/publish. */
  async publicationCopyFile(woo: { fields: Partial<Record<FieldId, string>>; replacement: string }) {
    let bytes: Uint8Array;
    try {
      bytes = await this.host.getFile();
    } catch (err) {
      throw toNotaWordError(err);
    }
    // The package code (zip, XML) is loaded when a copy is made, not with the pane.
    const { publishDocx, PublishError } = await import("../docx/publish");
    let result;
    try {
      result = publishDocx(bytes, woo);
    } catch (err) {
      if (err instanceof PublishError) throw new NotaWordError("publish-refused", undefined, err);
      throw err;
    }
    return { bytes: result.bytes, withheld: result.withheld };
  }

  async readAfstemming() {
    // The record's XML reader (saxes) loads with the afstemming, not with the pane.
    const { afstemmingOf } = await import("../nota/afstemming");
    return afstemmingOf(parseNota(await this.readSnapshot()));
  }

  async writeAfstemming(afstemming: Afstemming): Promise<void> {
    const { afstemmingWrite } = await import("../nota/afstemming");
    const snapshot = await this.readSnapshot();
    const nota = parseNota(snapshot);
    const write = afstemmingWrite(afstemming, nota, this.capabilities.customXmlParts);
    if (!write) throw new NotaWordError("field-missing");
    const { planFields, executePlan } = await edits();
    const plan = planFields(write.fields, snapshot, { locale: this.locale, nota });
    const { record } = write;
    await this.run(async (context) => {
      const existing = record
        ? context.document.customXmlParts.getByNamespace(record.namespace).load("items/id")
        : undefined;
      // The record is replaced in the plan's write sync, after every field has been located.
      await executePlan(
        context,
        snapshot,
        plan,
        () => {
          if (!existing || !record) return;
          // Word on the web can answer `items` with undefined when nothing matches.
          (existing.items ?? []).forEach((part) => part.delete());
          context.document.customXmlParts.add(record.xml);
        },
        this.placeholders,
      );
    });
  }

  async findPassages(lexicon: CompiledLexicon): Promise<PassageResult> {
    const snapshot = await this.readSnapshot({ pagesFor: lexicon });
    return {
      passages: findPassages(snapshot, lexicon),
      pageSource: snapshot.pageSource,
      pageNumbers: snapshot.pageNumbers ?? "printed",
    };
  }

  async insertEmancipationFlag(
    pages: number[],
    topics: string[],
    settings: FlagSentenceSettings,
  ): Promise<"inserted" | "updated"> {
    const sentence = buildFlagSentence(settings, topics, pages);
    const snapshot = await this.readSnapshot();
    const tagged = snapshot.paragraphs.some((p) => p.contentControlTags.includes(TAGS.emancipationFlag));
    const edit: DocumentEdit = {
      kind: "insertParagraph",
      block: "aanleiding",
      text: sentence,
      tag: TAGS.emancipationFlag,
    };
    await this.execute(snapshot, (e) => e.planEdit(edit, snapshot, { locale: this.locale }));
    return tagged ? "updated" : "inserted";
  }

  async applyEdit(edit: DocumentEdit, snapshot: DocumentSnapshot): Promise<void> {
    await this.execute(snapshot, (e) => e.planEdit(edit, snapshot, { locale: this.locale }));
  }

  async addReviewComments(findings: readonly Finding[], snapshot: DocumentSnapshot): Promise<number> {
    if (!this.capabilities.comments) throw new NotaWordError("unsupported");
    const { placeReviewComments } = await edits();
    return this.run((context) => placeReviewComments(context, snapshot, findings, COMMENT_MARKER));
  }

  async removeReviewComments(): Promise<number> {
    if (!this.capabilities.comments) throw new NotaWordError("unsupported");
    return this.run(async (context) => {
      const comments = context.document.body.getComments();
      comments.load("items/content");
      await context.sync();
      const ours = (comments.items ?? []).filter((c) => c.content.startsWith(COMMENT_MARKER));
      // In chunks, so that one comment Word will not delete (office-js #6551) does not keep the rest: a chunk
      // that fails is tried again comment by comment, and what still fails stays (a next click tries again).
      await (await edits()).removeInChunks(context, ours);
      return ours.length;
    });
  }

  async countReviewComments(): Promise<number> {
    if (!this.capabilities.comments) return 0;
    const { countComments } = await import("./people");
    return this.read((context) => countComments(context, COMMENT_MARKER));
  }

  async readPeople(): Promise<string[]> {
    const sets = {
      comments: this.capabilities.comments,
      trackedChanges: this.host.isSetSupported("WordApi", "1.6"),
    };
    const { readPeople } = await import("./people");
    return this.read((context) => readPeople(context, sets));
  }

  async onDocumentChanged(
    handler: (change: DocumentChange) => void,
  ): Promise<(() => Promise<void>) | undefined> {
    if (!this.capabilities.paragraphEvents) return undefined;
    const registrations = await this.run(async (context) => {
      const document = context.document;
      // Only the author's edits: an event during (or right after) a batch of ours is our own write. Events can
      // also be missed (office-js #5400): the pane keeps its manual "Controleren".
      const listen = (kind: DocumentChange["kind"]) => async (event: { uniqueLocalIds?: string[] }) => {
        if (this.ownBatches > 0) return;
        handler({ kind, paragraphIds: event.uniqueLocalIds ? [...event.uniqueLocalIds] : undefined });
      };
      const added = [
        document.onParagraphChanged.add(listen("changed")),
        document.onParagraphAdded.add(listen("added")),
        document.onParagraphDeleted.add(listen("deleted")),
      ];
      await context.sync();
      return added;
    });
    // Removed inside a Word.run on the context that added them ("Remove an event handler", Office docs): the
    // registration's context, since Word.run refuses the registration itself (InvalidArgument).
    return async () => {
      try {
        await this.host.run(registrations[0].context as Word.RequestContext, async (context) => {
          registrations.forEach((r) => r.remove());
          await context.sync();
        });
      } catch (err) {
        throw toNotaWordError(err);
      }
    };
  }
}
