/**
 * The Word double: an in-memory stand-in for Word that behaves like Office.js where it matters.
 *
 * - Proxy objects: a property is readable only after `load(...)` and `context.sync()`; reading earlier throws
 *   PropertyNotLoaded, as Office.js does. Loaded values are a snapshot taken at sync, not live.
 * - Writes and loads are queued and applied, in order, at `sync`; `sync` is counted (`host.syncCount`).
 * - A failing operation fails the whole sync with an Office-like error (`code`: ItemNotFound, ApiNotFound, …);
 *   operations queued before it in the batch have been applied, those after it have not.
 * - Content controls with tags, custom XML parts, comments, pages (from explicit page breaks of the document
 *   it was loaded from), paragraph events, and a switch for the requirement sets it supports.
 *
 * Every imitated behaviour, with its reference (a page of Microsoft's API reference or an office-js issue) or
 * "unverified", is listed in ./README.md. Where Microsoft documents nothing, or issues disagree, the behaviour
 * is a switch (`Behaviour`): the adapter's tests run against both settings.
 *
 * What it does not imitate: layout and pagination (pages come only from explicit breaks and do not move when
 * text is added), character formatting beyond paragraph style and bold, content controls narrower than a
 * paragraph (a control always spans whole paragraphs), tracked changes, undo, search wildcards and search
 * options other than matchCase, the wording of Office's error
 * messages, co-authoring, and the network round trip's duration (a sync is counted, not slow).
 */
import { WordDocumentModel, DComment, DControl, DParagraph, nextUid } from "./model";
import { escapeXml } from "../../src/docx/ooxml-template";
import { DoubleFileSource } from "./file";
import { readDocumentFile } from "../../src/word/file";

/**
 * A paragraph's uniqueLocalId as Word gives it: "in standard 8-4-4-4-12 GUID format without curly braces" (API
 * reference, Word.Paragraph.uniqueLocalId, WordApi 1.6). Word's differs across sessions and coauthors; the double's
 * is made from the paragraph's uid, so that a test can name it.
 */
export function uniqueLocalIdOf(paragraph: { uid: number }): string {
  return `6E0A7D3C-0000-4000-8000-${paragraph.uid.toString(16).toUpperCase().padStart(12, "0")}`;
}

export class OfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "OfficeExtension.Error";
  }
}

/**
 * A paragraph's text as Word gives it: the double keeps a line break (Shift+Enter, w:br) as "\n", Word's paragraph
 * text holds it as a vertical tab "\v" (U+000B), reported in office-js #2331 (a paragraph's text with a soft line
 * break searched for again) and the character Word takes as a line break on insert (office-js #1755, #4275).
 */
const wordText = (text: string) => text.replace(/\n/g, "\v");

const notLoaded = (prop: string) =>
  new OfficeError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );

/** Requirement sets, as the highest version supported per set name. */
export type RequirementSets = Record<string, number>;

/** Behaviours Microsoft does not document (or issues disagree on): the double can do either. */
export interface Behaviour {
  /**
   * Paragraph.insertParagraph / Range.insertOoxml "After" on the last paragraph of a content control ("Before"
   * on its first): the new paragraphs join the control, or stand outside it. office-js #3176 and #866 disagree.
   */
  edgeInsert: "inside" | "outside";
  /** CustomXmlPartScopedCollection.items when nothing matches: [] or undefined (seen on the web; unverified). */
  emptyScopedItems: "array" | "undefined";
  /**
   * Controls marked showingPlcHdr in OOXML given to insertOoxml: still showing their placeholder (desktop), or
   * their placeholder text turned into ordinary text (Word on the web, office-js #6568).
   */
  placeholderAfterInsert: "kept" | "lost";
  /** ContentControl.text of a control that shows its placeholder: the placeholder's text, or "" (unverified). */
  placeholderControlText: "placeholder" | "empty";
  /** context.sync() on a context whose Word.run has ended: works, or fails with InvalidObjectPath (unverified). */
  syncAfterRun: "works" | "fails";
  /** Body.getOoxml() carries the sections' w:sectPr, or leaves them out (unverified). */
  bodyOoxmlSections: "included" | "omitted";
  /**
   * A non-breaking space, optional hyphen or non-breaking hyphen typed as such (not ^s, ^-, ^~) in search
   * text: found like any character, or never found (unverified).
   */
  rawSpecialInSearch: "matches" | "misses";
  /** Tracked deleted text in a desktop Word's Paragraph.text: included, or left out (unverified; the web includes it). */
  deletedInText: "included" | "excluded";
  /** Reading the paragraphs of a header the section does not have: empty, or fails with ItemNotFound. */
  missingHeaderRead: "empty" | "throws";
}

/** Two opposite settings of every undocumented behaviour; adapter tests run against both. */
export const BEHAVIOURS: Record<"a" | "b", Behaviour> = {
  a: {
    edgeInsert: "inside",
    emptyScopedItems: "array",
    placeholderAfterInsert: "kept",
    placeholderControlText: "placeholder",
    syncAfterRun: "works",
    bodyOoxmlSections: "included",
    rawSpecialInSearch: "matches",
    missingHeaderRead: "empty",
    deletedInText: "excluded",
  },
  b: {
    edgeInsert: "outside",
    emptyScopedItems: "undefined",
    placeholderAfterInsert: "lost",
    placeholderControlText: "empty",
    syncAfterRun: "fails",
    bodyOoxmlSections: "omitted",
    rawSpecialInSearch: "misses",
    missingHeaderRead: "throws",
    deletedInText: "included",
  },
};

export const ALL_SETS: RequirementSets = { WordApi: 1.6, WordApiDesktop: 1.2, CompressedFile: 1.1 };
export const WEB_SETS: RequirementSets = { WordApi: 1.6, CompressedFile: 1.1 };
export const FLOOR_SETS: RequirementSets = { WordApi: 1.3, CompressedFile: 1.1 };

let doubleCount = 0;

export class WordDouble {
  syncCount = 0;
  /** Every batch run, for tests that count runs. */
  runCount = 0;
  /** Called after every sync and every simulated keystroke (the preview re-renders the document then). */
  readonly changeListeners = new Set<() => void>();
  /** Tells doubles apart (the preview remounts the pane for a new one). */
  readonly id = ++doubleCount;
  /** Comments whose delete fails the batch (GeneralException), as some do on the web (office-js #6551). */
  readonly undeletableComments = new Set<number>();
  /** Word's Find and Replace dialog is open: search fails with SearchDialogIsOpen (Word.ErrorCodes). */
  searchDialogOpen = false;
  /** When set, that sync (by syncCount) fails with the code, its operations not carried out. */
  failSyncAt?: { sync: number; code: string };
  /** When set, the next sync fails with this Office error code (then the switch resets). */
  failNextSync?: string;
  /**
   * Paragraph texts read (Paragraph.text loaded, one per paragraph per load, from any collection or object): what
   * a read of the document costs at Word's seam, for tests that count it.
   */
  paragraphReads = 0;
  /**
   * Word on the web or a desktop Word: on the web, writing ContentControl.placeholderText fails with NotAllowed
   * ("a known limitation for Word on the web", office-js #785; #53).
   */
  platform: "desktop" | "web" = "desktop";
  /** Registered event handlers by event name (ParagraphChanged, ParagraphAdded, ParagraphDeleted). */
  readonly handlers = new Map<string, Set<(args: ParagraphEventArgs) => void>>();

  constructor(
    public model: WordDocumentModel,
    public sets: RequirementSets = ALL_SETS,
    public behaviour: Behaviour = BEHAVIOURS.a,
  ) {}

  isSetSupported = (name: string, version: string): boolean => (this.sets[name] ?? 0) >= Number(version);

  /** Office.context.document's file API (getFileAsync, Compressed, in slices): see ./file.ts. */
  readonly file = new DoubleFileSource(
    () => this.model,
    () => this.platform === "web",
  );

  /** The document as .docx bytes, read through the file API as the real host reads it (src/word/file.ts). */
  getFile = (): Promise<Uint8Array> => readDocumentFile(this.file, this.isSetSupported);

  /**
   * Word.run(batch), or Word.run(previous, batch) to go on with an earlier run's request context, where
   * `previous` is what Microsoft's library accepts there: a request context, a client object, or a non-empty
   * array of client objects of one context. Anything else (an event registration, a plain object) is refused
   * with InvalidArgument, as the library's ClientRequestContext._runBatchCommon refuses it
   * (test/word/library.test.ts holds the two to the same answers).
   */
  run: {
    <T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T>;
    <T>(previous: unknown, batch: (context: Word.RequestContext) => Promise<T>): Promise<T>;
  } = async <T>(first: unknown, second?: (context: Word.RequestContext) => Promise<T>): Promise<T> => {
    this.runCount++;
    const batch = (second === undefined ? first : second) as (context: Word.RequestContext) => Promise<T>;
    const context = second === undefined ? new DoubleContext(this) : contextOf(first, this);
    if (!context || typeof batch !== "function")
      throw new OfficeError("InvalidArgument", "Word.run: the argument is not valid or is missing.");
    context.open = true;
    try {
      return await batch(context as unknown as Word.RequestContext);
    } finally {
      context.open = false;
    }
  };

  /** The author types: replaces a paragraph's text (a control showing its placeholder then shows the text) and fires ParagraphChanged. */
  type(index: number, text: string): void {
    const paragraph = this.model.paragraphs[index];
    paragraph.text = text;
    for (const id of paragraph.controls) {
      const control = this.model.controls.get(id);
      if (control) control.showingPlaceholder = false;
    }
    this.fire("ParagraphChanged", [paragraph.uid]);
    this.changeListeners.forEach((l) => l());
  }

  /** Fires a paragraph event with the paragraphs' uniqueLocalIds (WordApi 1.6; uniqueLocalIdOf their uids). */
  fire(event: string, uids: number[]): void {
    const args = {
      type: event,
      uniqueLocalIds: uids.map((uid) => uniqueLocalIdOf({ uid })),
      source: "Local" as const,
    };
    this.handlers.get(event)?.forEach((h) => h(args));
  }

  /** Every paragraph's text by uid, to tell which ones a batch changed. */
  paragraphTexts(): Map<number, string> {
    const m = this.model;
    return new Map(
      [...m.paragraphs, ...m.headers.FirstPage, ...m.headers.Primary].map((p) => [p.uid, p.text]),
    );
  }

  require(name: string, version: number, what: string): void {
    if ((this.sets[name] ?? 0) < version)
      throw new OfficeError("ApiNotFound", `${what} needs ${name} ${version}`);
  }
}

type Op = () => void;

/** What a paragraph event hands its handler (Word.ParagraphChangedEventArgs and its Added/Deleted kin). */
export interface ParagraphEventArgs {
  type: string;
  uniqueLocalIds: string[];
  source: "Local" | "Remote";
}

export class DoubleContext {
  private queue: Op[] = [];
  /** Inside its Word.run. */
  open = false;
  readonly document: DocumentProxy;
  readonly application: ApplicationProxy;

  constructor(readonly host: WordDouble) {
    this.document = new DocumentProxy(this);
    this.application = new ApplicationProxy(this);
  }

  get model(): WordDocumentModel {
    return this.host.model;
  }

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  async sync(): Promise<void> {
    this.syncNow();
  }

  /** The sync, carried out now (the library host answers a request synchronously). */
  syncNow(): void {
    if (!this.open && this.host.behaviour.syncAfterRun === "fails")
      throw new OfficeError(
        "InvalidObjectPath",
        "The request context is no longer valid (its Word.run has ended).",
      );
    this.host.syncCount++;
    const ops = this.queue;
    this.queue = [];
    const at = this.host.failSyncAt;
    const failure = this.host.failNextSync ?? (at && at.sync === this.host.syncCount ? at.code : undefined);
    this.host.failNextSync = undefined;
    if (failure) throw new OfficeError(failure, `Simulated ${failure}`);
    const listening = [...this.host.handlers.values()].some((h) => h.size > 0);
    const before = listening ? this.host.paragraphTexts() : undefined;
    try {
      for (const op of ops) op();
    } catch (err) {
      if (err instanceof OfficeError) throw err;
      throw new OfficeError("GeneralException", (err as Error).message);
    } finally {
      if (before) this.fireChanges(before);
      this.host.changeListeners.forEach((l) => l());
    }
  }

  /** The add-in's own writes fire paragraph events too (office-js #4874, #5400). */
  private fireChanges(before: Map<number, string>): void {
    const after = this.host.paragraphTexts();
    const changed = [...after].filter(([uid, text]) => before.has(uid) && before.get(uid) !== text);
    const added = [...after.keys()].filter((uid) => !before.has(uid));
    const deleted = [...before.keys()].filter((uid) => !after.has(uid));
    if (changed.length)
      this.host.fire(
        "ParagraphChanged",
        changed.map(([uid]) => uid),
      );
    if (added.length) this.host.fire("ParagraphAdded", added);
    if (deleted.length) this.host.fire("ParagraphDeleted", deleted);
  }
}

/**
 * The request context Word.run goes on with: a context, a client object's, or an array's (one context). A plain
 * object is Word.run's options ({ previousObjects, session }): without previousObjects, a new context.
 */
function contextOf(previous: unknown, host: WordDouble): DoubleContext | undefined {
  if (previous instanceof DoubleContext) return previous;
  if (isPlainObject(previous)) {
    const options = previous as { previousObjects?: unknown };
    return options.previousObjects === undefined
      ? new DoubleContext(host)
      : contextOf(options.previousObjects, host);
  }
  if (previous instanceof ClientObject || previous instanceof Collection) return previous.context;
  if (!Array.isArray(previous) || !previous.length) return undefined;
  const contexts = previous.map((p) =>
    p instanceof ClientObject || p instanceof Collection ? p.context : undefined,
  );
  return contexts.every((c) => c && c === contexts[0]) ? contexts[0] : undefined;
}

const isPlainObject = (value: unknown) =>
  typeof value === "object" &&
  value !== null &&
  !Array.isArray(value) &&
  [Object.prototype, null].includes(Object.getPrototypeOf(value));

/** Splits "items/text,items/font/bold" or ["text"] or { select: "…" } into property paths, without "items/". */
function parseLoad(spec?: string | string[] | { select?: string | string[] }): string[] {
  if (spec === undefined) return [];
  if (typeof spec === "object" && !Array.isArray(spec)) return parseLoad(spec.select);
  const list = Array.isArray(spec) ? spec : spec.split(",");
  return list.map((s) => s.trim().replace(/^items\//, "")).filter(Boolean);
}

/** A proxy for one model object, resolved at sync time. */
abstract class ClientObject<M> {
  private values = new Map<string, unknown>();
  private nullState?: boolean;

  constructor(
    protected readonly ctx: DoubleContext,
    protected readonly resolveOrNull: () => M | null,
  ) {}

  /** The request context this object belongs to (Word.run(object, batch) goes on with it). */
  get context(): DoubleContext {
    return this.ctx;
  }

  /** The model object; an Office-like error when it is gone. */
  protected resolve(): M {
    const m = this.resolveOrNull();
    if (m === null)
      throw new OfficeError("ItemNotFound", `${this.constructor.name}: the item does not exist`);
    return m;
  }

  /** Property readers for load; subclasses list theirs. */
  protected abstract readers(): Record<string, (m: M) => unknown>;
  /** Child proxies reachable by a load path ("font/bold"). */
  protected children(): Record<string, ClientObject<unknown>> {
    return {};
  }

  load(spec?: string | string[] | { select?: string | string[] }): this {
    const props = parseLoad(spec);
    this.ctx.enqueue(() => this.loadNow(props));
    return this;
  }

  /** Applies a load now (during sync). */
  loadNow(props: string[]): void {
    const m = this.resolveOrNull();
    this.nullState = m === null;
    if (m === null) return;
    const readers = this.readers();
    for (const prop of props) {
      const [head, ...rest] = prop.split("/");
      if (rest.length) {
        const child = this.children()[head];
        if (!child) throw new OfficeError("InvalidArgument", `cannot load ${prop}`);
        child.loadNow([rest.join("/")]);
        continue;
      }
      const read = readers[head];
      if (!read) throw new OfficeError("InvalidArgument", `unknown property ${head}`);
      this.values.set(head, read(m));
    }
  }

  protected get<T>(prop: string): T {
    if (!this.values.has(prop)) throw notLoaded(prop);
    return this.values.get(prop) as T;
  }

  protected setLocal(prop: string, value: unknown): void {
    this.values.set(prop, value);
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded("isNullObject");
    return this.nullState;
  }
}

class Collection<M, P extends ClientObject<M>> {
  private loaded?: P[];
  /** A loaded collection with no items answers `items` with undefined (see Behaviour.emptyScopedItems). */
  undefinedWhenEmpty = false;

  constructor(
    protected readonly ctx: DoubleContext,
    protected readonly resolveAll: () => M[],
    protected readonly make: (resolve: () => M | null) => P,
  ) {}

  get context(): DoubleContext {
    return this.ctx;
  }

  get items(): P[] {
    if (!this.loaded) throw notLoaded("items");
    if (this.undefinedWhenEmpty && this.loaded.length === 0) return undefined as unknown as P[];
    return this.loaded;
  }

  /** Loads the items (all, or `top` of them after the first `skip`) with the given properties. */
  load(spec?: string | string[] | { select?: string | string[]; top?: number; skip?: number }): this {
    const props = parseLoad(spec).filter((p) => p !== "items");
    const options = typeof spec === "object" && !Array.isArray(spec) ? spec : {};
    const skip = options.skip ?? 0;
    const end = options.top === undefined ? undefined : skip + options.top;
    this.ctx.enqueue(() => {
      const all = this.resolveAll();
      this.loaded = all.slice(skip, end).map((m) => {
        const item = this.make(() => (this.exists(m) ? m : null));
        item.loadNow(props);
        return item;
      });
    });
    return this;
  }

  /** Whether a model object still exists; subclasses that can lose items override it. */
  protected exists(_m: M): boolean {
    return true;
  }

  /**
   * The first item, bound to it once found (as Word binds an object it has handed out): later changes to the
   * collection it came from do not move it; gone, it is not found.
   */
  getFirst(): P {
    const first = this.bound(() => this.resolveAll()[0] ?? null);
    return this.make(() => {
      const m = first();
      if (m === null) throw new OfficeError("ItemNotFound", "The requested resource doesn't exist.");
      return m;
    });
  }

  getFirstOrNullObject(): P {
    return this.make(this.bound(() => this.resolveAll()[0] ?? null));
  }

  private bound(find: () => M | null): () => M | null {
    let found: M | null = null;
    return () => {
      if (found !== null) return this.exists(found) ? found : null;
      found = find();
      return found;
    };
  }
}

// ——— Document, application, body ———

class DocumentProxy extends ClientObject<WordDocumentModel> {
  readonly body: BodyProxy;
  constructor(ctx: DoubleContext) {
    super(ctx, () => ctx.model);
    this.body = new BodyProxy(ctx);
  }
  protected readers() {
    const host = this.ctx.host;
    return {
      /** Document.changeTrackingMode (WordApi 1.4). */
      changeTrackingMode: (m: WordDocumentModel) => {
        host.require("WordApi", 1.4, "changeTrackingMode");
        return m.changeTrackingMode;
      },
    };
  }
  get changeTrackingMode(): string {
    return this.get("changeTrackingMode");
  }
  /** The selection (Document.getSelection): what the author selected in the document. */
  getSelection(): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const s = this.ctx.model.selection;
      const all = [
        ...this.ctx.model.paragraphs,
        ...this.ctx.model.headers.FirstPage,
        ...this.ctx.model.headers.Primary,
      ];
      const paragraphs = all.filter((p) => s?.paragraphUids.includes(p.uid));
      if (!paragraphs.length) return { paragraphs: [this.ctx.model.paragraphs[0]], start: 0, end: 0 };
      return { paragraphs, start: s?.start, end: s?.end };
    });
  }
  /**
   * Document.getParagraphByUniqueLocalId (WordApi 1.6): the paragraph, in the body or a page header, whose
   * uniqueLocalId is `id`; ItemNotFound at sync when there is none ("Throws an ItemNotFound error", API reference).
   */
  getParagraphByUniqueLocalId(id: string): ParagraphProxy {
    const model = this.ctx.model;
    return new ParagraphProxy(this.ctx, () => {
      this.ctx.host.require("WordApi", 1.6, "getParagraphByUniqueLocalId");
      const all = [...model.paragraphs, ...model.headers.FirstPage, ...model.headers.Primary];
      const found = all.find((p) => uniqueLocalIdOf(p) === id);
      if (!found) throw new OfficeError("ItemNotFound", "getParagraphByUniqueLocalId: no such paragraph");
      return found;
    });
  }
  /** Every content control of every type, in the body and the page headers (API reference: Document.contentControls). */
  get contentControls(): ContentControlCollection {
    return new ContentControlCollection(this.ctx, () => this.ctx.model.controlsInOrder(true));
  }
  /** The body's sections; only the first has page headers in the double. */
  get sections(): Collection<DSection, SectionProxy> {
    return new Collection(
      this.ctx,
      () => this.ctx.model.sections(),
      (resolve) => new SectionProxy(this.ctx, resolve),
    );
  }
  get customXmlParts(): CustomXmlPartCollection {
    return new CustomXmlPartCollection(this.ctx, () => this.ctx.model.customXmlParts);
  }
  /** Document.properties (WordApi 1.3): the author and last author of the document. */
  get properties(): DocumentPropertiesProxy {
    return new DocumentPropertiesProxy(this.ctx);
  }
  private events(event: string) {
    const ctx = this.ctx;
    return {
      add(handler: (args: ParagraphEventArgs) => Promise<void>) {
        const run = (args: ParagraphEventArgs) => void handler(args);
        ctx.enqueue(() => {
          ctx.host.require("WordApi", 1.6, `on${event}`);
          const set = ctx.host.handlers.get(event) ?? new Set();
          set.add(run);
          ctx.host.handlers.set(event, set);
        });
        return new EventHandlerResult(ctx, () => ctx.host.handlers.get(event)?.delete(run));
      },
    };
  }
  get onParagraphChanged() {
    return this.events("ParagraphChanged");
  }
  get onParagraphAdded() {
    return this.events("ParagraphAdded");
  }
  get onParagraphDeleted() {
    return this.events("ParagraphDeleted");
  }
}

/** What `add` returns (OfficeExtension.EventHandlerResult): its context, and `remove`, queued like any write. */
class EventHandlerResult {
  constructor(
    readonly context: DoubleContext,
    private readonly removeNow: () => void,
  ) {}
  remove(): void {
    this.context.enqueue(this.removeNow);
  }
}

/** Word.DocumentProperties (WordApi 1.3): `author` and `lastAuthor` (docProps/core.xml's creator, lastModifiedBy). */
class DocumentPropertiesProxy extends ClientObject<WordDocumentModel> {
  constructor(ctx: DoubleContext) {
    super(ctx, () => ctx.model);
  }
  protected readers() {
    const host = this.ctx.host;
    return {
      author: (m: WordDocumentModel) => {
        host.require("WordApi", 1.3, "properties");
        return m.documentProperties.author;
      },
      lastAuthor: (m: WordDocumentModel) => {
        host.require("WordApi", 1.3, "properties");
        return m.documentProperties.lastAuthor;
      },
    };
  }
  get author(): string {
    return this.get("author");
  }
  get lastAuthor(): string {
    return this.get("lastAuthor");
  }
}

type DSection = { first: DParagraph; restart?: number };

class PageSetupProxy extends ClientObject<WordDocumentModel> {
  protected readers() {
    return { differentFirstPageHeaderFooter: (m: WordDocumentModel) => m.differentFirstPage };
  }
  get differentFirstPageHeaderFooter(): boolean {
    return this.get("differentFirstPageHeaderFooter");
  }
}

class SectionProxy extends ClientObject<DSection> {
  protected readers() {
    return {};
  }
  getHeader(type: "FirstPage" | "Primary") {
    const ctx = this.ctx;
    const section = () => this.resolve();
    return {
      get paragraphs() {
        return new ParagraphCollection(ctx, () => {
          const first = section().first === ctx.model.paragraphs[0];
          const list = first ? ctx.model.headers[type] : [];
          // A header the section does not have: empty (a), or the read fails (b).
          if (!list.length && ctx.host.behaviour.missingHeaderRead === "throws")
            throw new OfficeError("ItemNotFound", `getHeader(${type}): the header does not exist`);
          return list;
        });
      },
    };
  }
  /** Section.pageSetup (WordApiDesktop 1.3): whether the first page has its own header. */
  get pageSetup() {
    return new PageSetupProxy(this.ctx, () => {
      this.ctx.host.require("WordApiDesktop", 1.3, "Section.pageSetup");
      return this.resolve().first === this.ctx.model.paragraphs[0] ? this.ctx.model : null;
    });
  }
  /** The section's body: enough of it for getRange("Start").pages. */
  get body() {
    return {
      getRange: (location: "Start") =>
        new RangeProxy(this.ctx, () => {
          void location;
          return { paragraphs: [this.resolve().first], start: 0, end: 0 };
        }),
    };
  }
}

class ApplicationProxy {
  constructor(private readonly ctx: DoubleContext) {}
  createDocument(base64: string) {
    const ctx = this.ctx;
    return {
      open() {
        ctx.enqueue(() => {
          ctx.host.require("WordApi", 1.3, "createDocument");
          ctx.model.createdDocuments.push(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
        });
      },
    };
  }
}

/** Extracts a part's XML from a flat OPC package (test code: string slicing is enough here). */
function flatOpcPart(pkg: string, name: string): string {
  const at = pkg.indexOf(`pkg:name="${name}"`);
  if (at < 0) return "";
  const start = pkg.indexOf("<pkg:xmlData>", at) + "<pkg:xmlData>".length;
  return pkg.slice(start, pkg.indexOf("</pkg:xmlData>", start));
}

function insertOoxmlAt(
  ctx: DoubleContext,
  ooxml: string,
  index: number,
  outer: number[] = [],
  list: DParagraph[] = ctx.model.paragraphs,
): DParagraph[] {
  const documentXml = flatOpcPart(ooxml, "/word/document.xml");
  if (!documentXml) throw new OfficeError("InvalidArgument", "insertOoxml: no /word/document.xml part");
  const inserted = ctx.model.paragraphsFromOoxml(
    documentXml,
    flatOpcPart(ooxml, "/word/styles.xml"),
    ctx.host.behaviour.placeholderAfterInsert === "kept",
  );
  const page = list[Math.min(index, list.length - 1)]?.page ?? 1;
  inserted.forEach((p) => {
    p.page = page;
    p.controls = [...outer, ...p.controls];
  });
  list.splice(index, 0, ...inserted);
  return inserted;
}

/**
 * The controls a paragraph inserted next to `p` joins: those that go on past the edge, and with
 * edgeInsert "inside" also those that end (After) or start (Before) at `p`.
 */
function controlsAtEdge(ctx: DoubleContext, p: DParagraph, location: "After" | "Before"): number[] {
  if (ctx.host.behaviour.edgeInsert === "inside") return [...p.controls];
  const list = ctx.model.listOf(p);
  const neighbour = list[list.indexOf(p) + (location === "After" ? 1 : -1)];
  const out: number[] = [];
  for (const id of p.controls) {
    if (!neighbour?.controls.includes(id)) break;
    out.push(id);
  }
  return out;
}

/**
 * Word's special search codes (Find and Replace, "Special"): ^^ a caret, ^t a tab, ^l a line break, ^s a
 * non-breaking space, ^- an optional hyphen, ^~ a non-breaking hyphen; others match nothing here.
 */
function searchPattern(text: string): RegExp | undefined {
  let pattern = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== "^") {
      pattern += c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      continue;
    }
    const code = text[++i];
    if (code === "^") pattern += "\\^";
    else if (code === "t") pattern += "\t";
    else if (code === "s") pattern += "\u00a0";
    else if (code === "-") pattern += "\u00ad";
    else if (code === "~") pattern += "\u2011";
    else if (code === "l")
      pattern += "\n"; // a manual line break (the double's paragraph text holds it as \n)
    else return undefined; // ^p, ^# …: paragraph marks or wildcards, which no paragraph's text holds here
  }
  return new RegExp(pattern, "g");
}

class BodyProxy extends ClientObject<WordDocumentModel> {
  constructor(ctx: DoubleContext) {
    super(ctx, () => ctx.model);
  }
  protected readers() {
    return { text: (m: WordDocumentModel) => m.paragraphs.map((p) => p.text).join("\n") };
  }
  get text(): string {
    return this.get("text");
  }
  /** Tables as a collection with one item per table (the double keeps no table objects beyond that). */
  /** Body.tables (WordApi 1.3). */
  get tables(): Collection<number, TableProxy> {
    return new Collection(
      this.ctx,
      () => {
        this.ctx.host.require("WordApi", 1.3, "Body.tables");
        return [
          ...new Set(
            this.ctx.model.paragraphs
              .filter((p) => p.cell && p.tableNestingLevel === 1)
              .map((p) => p.cell!.table),
          ),
        ];
      },
      (resolve) => new TableProxy(this.ctx, resolve),
    );
  }
  insertParagraph(text: string, location: "Start" | "End"): ParagraphProxy {
    let created: DParagraph | null = null;
    this.ctx.enqueue(() => {
      const list = this.ctx.model.paragraphs;
      const edge = location === "Start" ? list[0] : list[list.length - 1];
      created = newParagraph(edge, text, []);
      created.cell = undefined;
      created.tableNestingLevel = 0;
      list.splice(location === "Start" ? 0 : list.length, 0, created);
    });
    return new ParagraphProxy(this.ctx, () => created);
  }
  get paragraphs(): ParagraphCollection {
    return new ParagraphCollection(this.ctx, () => this.ctx.model.paragraphs);
  }
  /** Rich-text controls of the body only (API reference: Body.contentControls). */
  get contentControls(): ContentControlCollection {
    return new ContentControlCollection(this.ctx, () =>
      this.ctx.model.controlsInOrder().filter((c) => c.type === "RichText"),
    );
  }
  insertOoxml(ooxml: string, location: "Start" | "End" | "Replace"): RangeProxy {
    let inserted: DParagraph[] = [];
    this.ctx.enqueue(() => {
      const model = this.ctx.model;
      if (location === "Replace") model.paragraphs = [];
      inserted = insertOoxmlAt(this.ctx, ooxml, location === "Start" ? 0 : model.paragraphs.length);
      if (model.paragraphs.length === 0) model.paragraphs.push(model.emptyParagraph());
    });
    return new RangeProxy(this.ctx, () => ({ paragraphs: inserted }));
  }
  /** The body as a flat OPC package: paragraphs and, per Behaviour.bodyOoxmlSections, the sections' w:sectPr. */
  getOoxml(): { value: string } {
    const result: { value?: string } = {};
    this.ctx.enqueue(() => (result.value = bodyOoxml(this.ctx.model, this.ctx.host.behaviour)));
    return {
      get value() {
        if (result.value === undefined) throw notLoaded("value");
        return result.value;
      },
    };
  }
  /** Body.getTrackedChanges (WordApi 1.6): one "Deleted" change per paragraph with deleted text. */
  getTrackedChanges(): Collection<DParagraph, TrackedChangeProxy> {
    return new Collection(
      this.ctx,
      () => {
        this.ctx.host.require("WordApi", 1.6, "getTrackedChanges");
        return this.ctx.model.paragraphs.filter((p) => p.deleted);
      },
      (resolve) => new TrackedChangeProxy(this.ctx, resolve),
    );
  }
  getComments(): CommentCollection {
    return new CommentCollection(this.ctx, () => {
      this.ctx.host.require("WordApi", 1.4, "getComments");
      return this.ctx.model.comments;
    });
  }
}

/** A paragraph Word creates next to `p`: Normal style, inside the given controls. */
function newParagraph(p: DParagraph, text: string, controls: number[]): DParagraph {
  return {
    ...p,
    uid: nextUid(),
    text,
    style: "Normal",
    styleBuiltIn: "Normal",
    outlineLevel: 10,
    isListItem: false,
    bold: false,
    controls,
  };
}

function paragraphXml(p: DParagraph, sectPr = ""): string {
  const style = escapeXml(p.styleBuiltIn === "Other" ? p.style : p.styleBuiltIn);
  return (
    `<w:p><w:pPr><w:pStyle w:val="${style}"/>${sectPr}</w:pPr>` +
    `<w:r><w:t xml:space="preserve">${escapeXml(p.text)}</w:t></w:r></w:p>`
  );
}

const sectPrXml = (restart?: number) =>
  `<w:sectPr>${restart === undefined ? "" : `<w:pgNumType w:start="${restart}"/>`}</w:sectPr>`;

function flatOpc(body: string): string {
  return (
    `<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">` +
    `<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml">` +
    `<pkg:xmlData><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document></pkg:xmlData></pkg:part>` +
    `</pkg:package>`
  );
}

/** The body as Word's getOoxml gives it; a section's w:sectPr stands in its last paragraph, the last one in w:body. */
function bodyOoxml(model: WordDocumentModel, behaviour: Behaviour): string {
  const sections = model.sections();
  const include = behaviour.bodyOoxmlSections === "included";
  const paragraphs = model.paragraphs.map((p, i) => {
    const next = model.paragraphs[i + 1];
    const ends = include && next && model.sectionStarts.has(next);
    const own = sections.filter((s) => model.indexOf(s.first) <= i).pop();
    return paragraphXml(p, ends ? sectPrXml(own?.restart) : "");
  });
  const last = include ? sectPrXml(sections[sections.length - 1]?.restart) : "";
  return flatOpc(paragraphs.join("") + last);
}

/** A control as Word's getOoxml gives it: a flat OPC package with the w:sdt and its paragraphs. */
function controlOoxml(model: WordDocumentModel, c: DControl): string {
  const paragraphs = model
    .paragraphsOf(c)
    .map((p) => paragraphXml(p))
    .join("");
  const sdt =
    `<w:sdt><w:sdtPr><w:alias w:val="${escapeXml(c.title)}"/><w:tag w:val="${escapeXml(c.tag)}"/>` +
    `<w:id w:val="${c.id}"/>${c.showingPlaceholder ? "<w:showingPlcHdr/>" : ""}</w:sdtPr>` +
    `<w:sdtContent>${paragraphs}</w:sdtContent></w:sdt>`;
  return flatOpc(`${sdt}<w:sectPr/>`);
}

// ——— Paragraphs ———

class ParagraphCollection extends Collection<DParagraph, ParagraphProxy> {
  constructor(ctx: DoubleContext, all: () => DParagraph[]) {
    super(ctx, all, (resolve) => new ParagraphProxy(ctx, resolve));
  }
  protected exists(m: DParagraph): boolean {
    return this.ctx.model.listOf(m).includes(m);
  }
}

class FontProxy extends ClientObject<DParagraph> {
  protected readers() {
    return { bold: (p: DParagraph) => p.bold };
  }
  get bold(): boolean | null {
    return this.get("bold");
  }
}

class TableCellProxy extends ClientObject<DParagraph["cell"] & object> {
  protected readers() {
    return { rowIndex: (c: { row: number }) => c.row, cellIndex: (c: { column: number }) => c.column };
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  /** The row the cell stands in (WordApi 1.3). */
  get parentRow() {
    const ctx = this.ctx;
    const cell = () => this.resolve();
    return {
      /** TableRow.insertRows: new rows with one text per cell, before or after this row. */
      insertRows(location: "Before" | "After", count: number, values: string[][]) {
        ctx.enqueue(() => {
          const { table, row } = cell();
          const list = ctx.model.paragraphs;
          const inRow = list.filter((p) => p.cell?.table === table && p.cell.row === row);
          const at =
            location === "After" ? list.indexOf(inRow[inRow.length - 1]) + 1 : list.indexOf(inRow[0]);
          const first = location === "After" ? row + 1 : row;
          for (const p of list)
            if (p.cell?.table === table && p.cell.row >= first)
              p.cell = { ...p.cell, row: p.cell.row + count };
          const fresh = values.slice(0, count).flatMap((texts, r) =>
            texts.map((text, column) => ({
              ...newParagraph(inRow[0], text, []),
              cell: { table, row: first + r, column },
            })),
          );
          list.splice(at, 0, ...fresh);
        });
      },
    };
  }
  get cellIndex(): number {
    return this.get("cellIndex");
  }
}

/** A range: whole paragraphs, or characters [start, end) of one paragraph. */
interface DRange {
  paragraphs: DParagraph[];
  start?: number;
  end?: number;
}

class ParagraphProxy extends ClientObject<DParagraph> {
  private readonly fontProxy = new FontProxy(this.ctx, () => this.resolveOrNull());

  protected readers() {
    const host = this.ctx.host;
    const v13 =
      <T>(name: string, read: (p: DParagraph) => T) =>
      (p: DParagraph) => {
        host.require("WordApi", 1.3, name);
        return read(p);
      };
    return {
      // Deleted (tracked) text: in Paragraph.text on the web (office-js #1267); elsewhere per the switch. A line
      // break (Shift+Enter) as Word writes it in paragraph text: a vertical tab (office-js #2331).
      text: (p: DParagraph) => {
        host.paragraphReads++;
        return wordText(
          p.deleted && (host.platform === "web" || host.behaviour.deletedInText === "included")
            ? p.text.slice(0, p.deleted.at) + p.deleted.text + p.text.slice(p.deleted.at)
            : p.text,
        );
      },
      style: (p: DParagraph) => p.style,
      styleBuiltIn: v13("styleBuiltIn", (p) => p.styleBuiltIn),
      outlineLevel: (p: DParagraph) => p.outlineLevel,
      isListItem: v13("isListItem", (p) => p.isListItem),
      tableNestingLevel: v13("tableNestingLevel", (p) => p.tableNestingLevel),
      // Paragraph.uniqueLocalId (WordApi 1.6): the id paragraph events name it by, a GUID (uniqueLocalIdOf).
      uniqueLocalId: (p: DParagraph) => {
        host.require("WordApi", 1.6, "uniqueLocalId");
        return uniqueLocalIdOf(p);
      },
    };
  }
  protected children() {
    return { font: this.fontProxy as ClientObject<unknown> };
  }
  get uniqueLocalId(): string {
    return this.get("uniqueLocalId");
  }
  get text(): string {
    return this.get("text");
  }
  get style(): string {
    return this.get("style");
  }
  get styleBuiltIn(): string {
    return this.get("styleBuiltIn");
  }
  /** Sets a built-in style (WordApi 1.3); the double knows the headings' outline levels. */
  set styleBuiltIn(value: string) {
    this.setLocal("styleBuiltIn", value);
    this.ctx.enqueue(() => {
      this.ctx.host.require("WordApi", 1.3, "styleBuiltIn");
      const p = this.resolve();
      const heading = /^Heading(\d)$/.exec(value);
      p.styleBuiltIn = value;
      p.style = heading ? `heading ${heading[1]}` : value;
      p.outlineLevel = heading ? Number(heading[1]) : 10;
    });
  }
  get outlineLevel(): number {
    return this.get("outlineLevel");
  }
  get isListItem(): boolean {
    return this.get("isListItem");
  }
  get tableNestingLevel(): number {
    return this.get("tableNestingLevel");
  }
  get font(): FontProxy {
    return this.fontProxy;
  }
  get parentTableCell(): TableCellProxy {
    return new TableCellProxy(this.ctx, () => {
      this.ctx.host.require("WordApi", 1.3, "parentTableCell");
      const cell = this.resolve().cell;
      if (!cell) throw new OfficeError("ItemNotFound", "parentTableCell: not in a table");
      return cell;
    });
  }
  get parentTableCellOrNullObject(): TableCellProxy {
    return new TableCellProxy(this.ctx, () => {
      this.ctx.host.require("WordApi", 1.3, "parentTableCellOrNullObject");
      return this.resolve().cell ?? null;
    });
  }
  /** Paragraph.getReviewedText (WordApi 1.4): "Current" without deleted text, "Original" with it. */
  getReviewedText(version: "Current" | "Original" = "Current"): { value: string } {
    const result: { value?: string } = {};
    this.ctx.enqueue(() => {
      this.ctx.host.require("WordApi", 1.4, "getReviewedText");
      const p = this.resolve();
      result.value = wordText(
        version === "Original" && p.deleted
          ? p.text.slice(0, p.deleted.at) + p.deleted.text + p.text.slice(p.deleted.at)
          : p.text,
      );
    });
    return {
      get value() {
        if (result.value === undefined) throw notLoaded("value");
        return result.value;
      },
    };
  }
  getRange(location: "Whole" | "Start" | "End" = "Whole"): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const p = this.resolve();
      if (location === "Start") return { paragraphs: [p], start: 0, end: 0 };
      if (location === "End") return { paragraphs: [p], start: p.text.length, end: p.text.length };
      return { paragraphs: [p] };
    });
  }
  select(): void {
    this.ctx.enqueue(() => {
      this.ctx.model.selection = { paragraphUids: [this.resolve().uid] };
    });
  }
  /**
   * Paragraph.search: at most 255 characters (longer fails with InvalidArgument: API reference, Paragraph.search);
   * ^ starts a special code; occurrences do not overlap; a paragraph mark or line break in the text never matches.
   */
  search(text: string, options: { matchCase?: boolean } = {}): RangeCollection {
    return new RangeCollection(this.ctx, () => {
      const p = this.resolve();
      const host = this.ctx.host;
      if (host.searchDialogOpen) throw new OfficeError("SearchDialogIsOpen", "The search dialog is open.");
      if (text.length > 255)
        throw new OfficeError("SearchStringInvalidOrTooLong", "The search string is invalid or too long.");
      const found: DRange[] = [];
      const hay = options.matchCase ? p.text : p.text.toLowerCase();
      const pattern = searchPattern(options.matchCase ? text : text.toLowerCase());
      if (!text || !pattern || /[\n\r\v]/.test(text)) return found;
      if (host.behaviour.rawSpecialInSearch === "misses" && /[\u00a0\u00ad\u2011]/.test(text)) return found;
      // A phrase a tracked deletion splits is not found (office-js #5874: Range.search gives 0 hits when a Deleted
      // revision lies inside the search term; seen on the Mac, assumed everywhere).
      const split = (start: number, end: number) => !!p.deleted && start < p.deleted.at && p.deleted.at < end;
      for (const m of hay.matchAll(pattern)) {
        const end = m.index! + m[0].length;
        if (m[0].length && !split(m.index!, end)) found.push({ paragraphs: [p], start: m.index!, end });
      }
      return found;
    });
  }
  insertText(text: string, location: "Replace" | "Start" | "End"): RangeProxy {
    let range: DRange = { paragraphs: [] };
    this.ctx.enqueue(() => {
      const p = this.resolve();
      if (location === "Replace") p.text = text;
      else if (location === "Start") p.text = text + p.text;
      else p.text += text;
      range = { paragraphs: [p] };
    });
    return new RangeProxy(this.ctx, () => range);
  }
  insertParagraph(text: string, location: "After" | "Before"): ParagraphProxy {
    let created: DParagraph | null = null;
    this.ctx.enqueue(() => {
      const p = this.resolve();
      created = newParagraph(p, text, controlsAtEdge(this.ctx, p, location));
      const list = this.ctx.model.listOf(p);
      list.splice(list.indexOf(p) + (location === "After" ? 1 : 0), 0, created);
    });
    return new ParagraphProxy(this.ctx, () => created);
  }
  /** The innermost content control around the paragraph (WordApi 1.3). */
  get parentContentControlOrNullObject(): ContentControlProxy {
    return new ContentControlProxy(this.ctx, () => {
      this.ctx.host.require("WordApi", 1.3, "parentContentControlOrNullObject");
      const ids = this.resolve().controls;
      return this.ctx.model.controls.get(ids[ids.length - 1]) ?? null;
    });
  }
  getNextOrNullObject(): ParagraphProxy {
    return new ParagraphProxy(this.ctx, () => {
      this.ctx.host.require("WordApi", 1.3, "getNextOrNullObject");
      const p = this.resolve();
      const list = this.ctx.model.listOf(p);
      return list[list.indexOf(p) + 1] ?? null;
    });
  }
  insertContentControl(): ContentControlProxy {
    return new RangeProxy(this.ctx, () => ({ paragraphs: [this.resolve()] })).insertContentControl();
  }
  /**
   * Paragraph.delete: the paragraph goes, and with it a control whose first or last paragraph it is (the
   * control's edge stands in the paragraph mark: office-js #4975, by design).
   */
  delete(): void {
    this.ctx.enqueue(() => {
      const p = this.resolve();
      const model = this.ctx.model;
      const list = model.listOf(p);
      for (const id of p.controls) {
        const c = model.controls.get(id);
        const own = c ? model.paragraphsOf(c) : [];
        if (c && !c.span && (own[0] === p || own[own.length - 1] === p)) {
          for (const q of own) q.controls = q.controls.filter((x) => x !== id);
          model.controls.delete(id);
        }
      }
      list.splice(list.indexOf(p), 1);
      if (model.paragraphs.length === 0) model.paragraphs.push(model.emptyParagraph());
    });
  }
}

class TrackedChangeProxy extends ClientObject<DParagraph> {
  protected readers() {
    return {
      type: () => "Deleted",
      text: (p: DParagraph) => p.deleted?.text ?? "",
      author: (p: DParagraph) => p.deleted?.author ?? "",
    };
  }
  get type(): string {
    return this.get("type");
  }
  /** TrackedChange.author (WordApi 1.6). */
  get author(): string {
    return this.get("author");
  }
}

class TableProxy extends ClientObject<number> {
  protected readers() {
    const model = this.ctx.model;
    return {
      rowCount: (table: number) =>
        new Set(model.paragraphs.filter((p) => p.cell?.table === table).map((p) => p.cell!.row)).size,
    };
  }
}

class PageProxy extends ClientObject<number> {
  protected readers() {
    return { index: (n: number) => n };
  }
  get index(): number {
    return this.get("index");
  }
}

class RangeProxy extends ClientObject<DRange> {
  protected readers() {
    return {
      text: (r: DRange) =>
        r.paragraphs.map((p) => (r.start !== undefined ? p.text.slice(r.start, r.end) : p.text)).join("\n"),
    };
  }
  get text(): string {
    return this.get("text");
  }
  /**
   * Range.expandTo (WordApi 1.3): the span of both ranges, whichever comes first; within one paragraph by
   * characters, across paragraphs as whole paragraphs (the double has no narrower controls); another story's
   * range is not found (ItemNotFound).
   */
  expandTo(other: RangeProxy): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const a = this.resolve();
      const b = other.resolve();
      const model = this.ctx.model;
      const list = model.listOf(a.paragraphs[0]);
      // "Extends from this range in either direction to cover another range"; not across stories.
      if (model.listOf(b.paragraphs[0]) !== list || !list.includes(b.paragraphs[0]))
        throw new OfficeError("ItemNotFound", "expandTo: the other range is not in this story");
      if (a.paragraphs.length === 1 && b.paragraphs.length === 1 && a.paragraphs[0] === b.paragraphs[0]) {
        const length = a.paragraphs[0].text.length;
        const start = Math.min(a.start ?? 0, b.start ?? 0);
        const end = Math.max(a.end ?? length, b.end ?? length);
        return start === 0 && end === length
          ? { paragraphs: a.paragraphs }
          : { paragraphs: a.paragraphs, start, end };
      }
      const indexes = [...a.paragraphs, ...b.paragraphs].map((p) => list.indexOf(p));
      return { paragraphs: list.slice(Math.min(...indexes), Math.max(...indexes) + 1) };
    });
  }
  /** The controls that lie within the range. */
  get contentControls(): ContentControlCollection {
    return new ContentControlCollection(this.ctx, () => {
      const inside = new Set(this.resolve().paragraphs);
      return this.ctx.model
        .controlsInOrder(true)
        .filter((c) => this.ctx.model.paragraphsOf(c).every((p) => inside.has(p)));
    });
  }
  get pages(): Collection<number, PageProxy> {
    return new Collection(
      this.ctx,
      () => {
        this.ctx.host.require("WordApiDesktop", 1.2, "Range.pages");
        return [...new Set(this.resolve().paragraphs.map((p) => p.page))];
      },
      (resolve) => new PageProxy(this.ctx, resolve),
    );
  }
  select(): void {
    this.ctx.enqueue(() => {
      const r = this.resolve();
      this.ctx.model.selection = {
        paragraphUids: r.paragraphs.map((p) => p.uid),
        start: r.start,
        end: r.end,
      };
    });
  }
  insertText(text: string, location: "Replace"): RangeProxy {
    let result: DRange = { paragraphs: [] };
    this.ctx.enqueue(() => {
      const r = this.resolve();
      const [p] = r.paragraphs;
      if (location !== "Replace" || !p)
        throw new OfficeError("InvalidArgument", "insertText: only Replace on a range");
      const start = r.start ?? 0;
      const end = r.end ?? p.text.length;
      p.text = p.text.slice(0, start) + text + p.text.slice(end);
      result = { paragraphs: [p], start, end: start + text.length };
    });
    return new RangeProxy(this.ctx, () => result);
  }
  insertComment(text: string): void {
    this.ctx.enqueue(() => {
      this.ctx.host.require("WordApi", 1.4, "insertComment");
      this.ctx.model.addComment(this.resolve().paragraphs[0], text);
    });
  }
  insertOoxml(ooxml: string, location: "After" | "Before"): RangeProxy {
    let inserted: DParagraph[] = [];
    this.ctx.enqueue(() => {
      const r = this.resolve();
      const anchor = location === "After" ? r.paragraphs[r.paragraphs.length - 1] : r.paragraphs[0];
      const list = this.ctx.model.listOf(anchor);
      inserted = insertOoxmlAt(
        this.ctx,
        ooxml,
        list.indexOf(anchor) + (location === "After" ? 1 : 0),
        controlsAtEdge(this.ctx, anchor, location),
        list,
      );
    });
    return new RangeProxy(this.ctx, () => ({ paragraphs: inserted }));
  }
  /**
   * Range.insertContentControl: around whole paragraphs, or (a range of characters inside one paragraph) an
   * inline control around them.
   */
  insertContentControl(): ContentControlProxy {
    let control: DControl | null = null;
    this.ctx.enqueue(() => {
      const r = this.resolve();
      const refused = refusesControl(this.ctx.host, r);
      if (refused) throw new OfficeError("GeneralException", `insertContentControl: ${refused}`);
      control = this.ctx.model.addControl("");
      const [p] = r.paragraphs;
      if (r.paragraphs.length === 1 && r.start !== undefined && r.end !== undefined && r.end > r.start) {
        if (!(r.start === 0 && r.end === p.text.length)) control.span = { start: r.start, end: r.end };
      }
      for (const q of r.paragraphs) q.controls.push(control.id);
    });
    return new ContentControlProxy(this.ctx, () => control);
  }
}

/**
 * Why Word refuses a content control around this range (GeneralException), or undefined: across table cells
 * (office-js #1169), partly over another control (#3367, #4251), or, on the web, around a control with text
 * beside it (#6103).
 */
function refusesControl(host: WordDouble, r: DRange): string | undefined {
  const model = host.model;
  const cells = new Set(
    r.paragraphs.map((p) => (p.cell ? `${p.cell.table}/${p.cell.row}/${p.cell.column}` : "")),
  );
  if (cells.size > 1) return "across table cells";
  const inRange = new Set(r.paragraphs);
  for (const id of new Set(r.paragraphs.flatMap((p) => p.controls))) {
    const c = model.controls.get(id);
    if (!c) continue;
    if (c.span) {
      if (r.paragraphs.length !== 1 || r.start === undefined || r.end === undefined) continue;
      const { start, end } = c.span;
      const overlaps = r.start < end && r.end > start;
      const inside = r.start >= start && r.end <= end;
      const around = r.start <= start && r.end >= end;
      if (overlaps && !inside && !around) return "partly over another control";
      if (around && host.platform === "web" && (r.start < start || r.end > end))
        return "around a control with text beside it (Word on the web)";
      continue;
    }
    const own = model.paragraphsOf(c);
    const ownInRange = own.filter((p) => inRange.has(p)).length;
    const rangeInOwn = r.paragraphs.every((p) => own.includes(p));
    if (ownInRange > 0 && ownInRange < own.length && !rangeInOwn) return "partly over another control";
  }
  return undefined;
}

class RangeCollection extends Collection<DRange, RangeProxy> {
  constructor(ctx: DoubleContext, all: () => DRange[]) {
    super(ctx, all, (resolve) => new RangeProxy(ctx, resolve));
  }
}

// ——— Content controls ———

class ContentControlCollection extends Collection<DControl, ContentControlProxy> {
  constructor(ctx: DoubleContext, all: () => DControl[]) {
    super(ctx, all, (resolve) => new ContentControlProxy(ctx, resolve));
  }
  getByTag(tag: string): ContentControlCollection {
    return new ContentControlCollection(this.ctx, () => this.resolveAll().filter((c) => c.tag === tag));
  }
  protected exists(m: DControl): boolean {
    return this.ctx.model.controls.has(m.id);
  }
}

class ContentControlProxy extends ClientObject<DControl> {
  protected readers() {
    const model = this.ctx.model;
    const host = this.ctx.host;
    return {
      id: (c: DControl) => c.id,
      type: (c: DControl) => c.type,
      tag: (c: DControl) => c.tag,
      title: (c: DControl) => c.title,
      placeholderText: (c: DControl) => c.placeholderText,
      text: (c: DControl) =>
        c.showingPlaceholder && host.behaviour.placeholderControlText === "empty" ? "" : model.controlText(c),
    };
  }
  get id(): number {
    return this.get("id");
  }
  get tag(): string {
    return this.get("tag");
  }
  set tag(value: string) {
    this.setLocal("tag", value);
    this.ctx.enqueue(() => (this.resolve().tag = value));
  }
  get title(): string {
    return this.get("title");
  }
  set title(value: string) {
    this.setLocal("title", value);
    this.ctx.enqueue(() => (this.resolve().title = value));
  }
  get type(): string {
    return this.get("type");
  }
  get placeholderText(): string {
    return this.get("placeholderText");
  }
  /** Settable since WordApi 1.1; shown at once when the control is showing its placeholder. */
  set placeholderText(value: string) {
    this.setLocal("placeholderText", value);
    this.ctx.enqueue(() => {
      if (this.ctx.host.platform === "web")
        throw new OfficeError("NotAllowed", "The action isn’t supported by Word in a browser.");
      const c = this.resolve();
      c.placeholderText = value;
      if (c.showingPlaceholder) for (const p of this.ctx.model.paragraphsOf(c)) p.text = value;
    });
  }
  /** ContentControl.delete(keepContent): the control goes; with keepContent false, what it holds too. */
  delete(keepContent: boolean): void {
    this.ctx.enqueue(() => {
      const c = this.resolve();
      const model = this.ctx.model;
      const own = model.paragraphsOf(c);
      if (!keepContent) {
        if (c.span) {
          const p = own[0];
          p.text = p.text.slice(0, c.span.start) + p.text.slice(c.span.end);
        } else {
          for (const p of own) model.listOf(p).splice(model.listOf(p).indexOf(p), 1);
        }
      }
      for (const p of own) p.controls = p.controls.filter((id) => id !== c.id);
      model.controls.delete(c.id);
    });
  }
  /** Appearance and colour (how Word draws the control): kept, not drawn. */
  set color(value: string) {
    this.setLocal("color", value);
  }
  set appearance(value: string) {
    this.setLocal("appearance", value);
  }
  /** The control around this one (WordApi 1.3). */
  get parentContentControlOrNullObject(): ContentControlProxy {
    return new ContentControlProxy(this.ctx, () => {
      this.ctx.host.require("WordApi", 1.3, "parentContentControlOrNullObject");
      const c = this.resolve();
      const ids = this.ctx.model.paragraphsOf(c)[0]?.controls ?? [];
      return this.ctx.model.controls.get(ids[ids.indexOf(c.id) - 1]) ?? null;
    });
  }
  /** The control as a flat OPC package; its w:sdtPr records showingPlcHdr as Word writes it. */
  getOoxml(): { value: string } {
    const result: { value?: string } = {};
    this.ctx.enqueue(() => (result.value = controlOoxml(this.ctx.model, this.resolve())));
    return {
      get value() {
        if (result.value === undefined) throw notLoaded("value");
        return result.value;
      },
    };
  }
  /**
   * ContentControl.insertParagraph: Start/End inside the control, Before/After outside it (API reference:
   * ContentControl.insertParagraph).
   */
  insertParagraph(text: string, location: "Start" | "End" | "Before" | "After"): ParagraphProxy {
    let created: DParagraph | null = null;
    this.ctx.enqueue(() => {
      const c = this.resolve();
      const model = this.ctx.model;
      const own = model.paragraphsOf(c);
      const edge = location === "Start" || location === "Before" ? own[0] : own[own.length - 1];
      const depth = edge.controls.indexOf(c.id);
      const inside = location === "Start" || location === "End";
      created = newParagraph(edge, text, edge.controls.slice(0, inside ? depth + 1 : depth));
      if (c.showingPlaceholder && inside) {
        // Typing into a control that shows its placeholder replaces the placeholder.
        const list = model.listOf(edge);
        list.splice(list.indexOf(own[0]), own.length, created);
        c.showingPlaceholder = false;
        return;
      }
      const list = model.listOf(edge);
      list.splice(list.indexOf(edge) + (location === "After" || location === "End" ? 1 : 0), 0, created);
    });
    return new ParagraphProxy(this.ctx, () => created);
  }
  get text(): string {
    return this.get("text");
  }
  get paragraphs(): ParagraphCollection {
    return new ParagraphCollection(this.ctx, () => this.ctx.model.paragraphsOf(this.resolve()));
  }
  select(): void {
    this.ctx.enqueue(() => {
      this.ctx.model.selection = {
        paragraphUids: this.ctx.model.paragraphsOf(this.resolve()).map((p) => p.uid),
      };
    });
  }
  /** Replaces the control's paragraphs with one paragraph per line of `text`. */
  insertText(text: string, location: "Replace"): RangeProxy {
    let result: DRange = { paragraphs: [] };
    this.ctx.enqueue(() => {
      if (location !== "Replace") throw new OfficeError("InvalidArgument", "only Replace");
      const c = this.resolve();
      const model = this.ctx.model;
      const old = model.paragraphsOf(c);
      const first = old[0];
      const list = model.listOf(first);
      const at = list.indexOf(first);
      // Cleared, a control shows its own placeholder text: Word's default unless one was set (office-js #1515).
      const lines = text === "" ? [c.placeholderText] : text.split(/\r\n|\r|\n/);
      const fresh = lines.map((line) => ({ ...first, uid: nextUid(), text: line }));
      list.splice(at, old.length, ...fresh);
      c.showingPlaceholder = text === "";
      result = { paragraphs: fresh };
    });
    return new RangeProxy(this.ctx, () => result);
  }
}

// ——— Custom XML parts and comments ———

class CustomXmlPartProxy extends ClientObject<{ id: string; namespace: string; xml: string }> {
  protected readers() {
    return { id: (p: { id: string }) => p.id };
  }
  get id(): string {
    return this.get("id");
  }
  getXml(): { value: string } {
    const result: { value?: string } = {};
    this.ctx.enqueue(() => (result.value = this.resolve().xml));
    return {
      get value() {
        if (result.value === undefined) throw notLoaded("value");
        return result.value;
      },
    };
  }
  delete(): void {
    this.ctx.enqueue(() => {
      const part = this.resolve();
      const parts = this.ctx.model.customXmlParts;
      parts.splice(parts.indexOf(part), 1);
    });
  }
}

class CustomXmlPartCollection extends Collection<
  { id: string; namespace: string; xml: string },
  CustomXmlPartProxy
> {
  constructor(ctx: DoubleContext, all: () => { id: string; namespace: string; xml: string }[]) {
    super(
      ctx,
      () => {
        ctx.host.require("WordApi", 1.4, "customXmlParts");
        return all();
      },
      (resolve) => new CustomXmlPartProxy(ctx, resolve),
    );
  }
  getByNamespace(namespace: string): CustomXmlPartCollection {
    const scoped = new CustomXmlPartCollection(this.ctx, () =>
      this.resolveAll().filter((p) => p.namespace === namespace),
    );
    scoped.undefinedWhenEmpty = this.ctx.host.behaviour.emptyScopedItems === "undefined";
    return scoped;
  }
  add(xml: string): void {
    this.ctx.enqueue(() => {
      this.ctx.host.require("WordApi", 1.4, "customXmlParts.add");
      const ns = /xmlns="([^"]*)"/.exec(xml)?.[1] ?? "";
      this.ctx.model.addCustomXmlPart(xml, ns);
    });
  }
  protected exists(m: { id: string }): boolean {
    return this.ctx.model.customXmlParts.some((p) => p.id === m.id);
  }
}

class CommentProxy extends ClientObject<DComment> {
  protected readers() {
    return { content: (c: DComment) => c.content, authorName: (c: DComment) => c.authorName };
  }
  get content(): string {
    return this.get("content");
  }
  /** Comment.authorName (WordApi 1.4). */
  get authorName(): string {
    return this.get("authorName");
  }
  /** Comment.delete; a comment in `undeletableComments` fails the batch (office-js #6551). */
  delete(): void {
    this.ctx.enqueue(() => {
      const c = this.resolve();
      if (this.ctx.host.undeletableComments.has(c.id))
        throw new OfficeError("GeneralException", "Comment.delete: the comment cannot be deleted");
      this.ctx.model.comments = this.ctx.model.comments.filter((x) => x.id !== c.id);
    });
  }
}

class CommentCollection extends Collection<DComment, CommentProxy> {
  constructor(ctx: DoubleContext, all: () => DComment[]) {
    super(ctx, all, (resolve) => new CommentProxy(ctx, resolve));
  }
}
