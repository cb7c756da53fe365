/**
 * The pane's document before its code has arrived: the Office adapter and the reader (src/word/adapter.ts and
 * what it imports) are a chunk of their own, fetched while Office starts and the first tab paints, as the rules
 * are. Every call waits for that chunk and then goes to the adapter; what Word can do (its requirement sets) is
 * known at once, so a tab can render before the chunk is there.
 */
import type { Capabilities, NotaDocument } from "../word/types";

type Method = Exclude<keyof NotaDocument, "capabilities">;

export class LazyNotaDocument implements NotaDocument {
  private loading?: Promise<NotaDocument>;

  /** `load` is called once, on the first call; after a failed load, the next call tries again. */
  constructor(
    readonly capabilities: Capabilities,
    private readonly load: () => Promise<NotaDocument>,
  ) {}

  private real(): Promise<NotaDocument> {
    this.loading ??= this.load().catch((err: unknown) => {
      this.loading = undefined;
      throw err;
    });
    return this.loading;
  }

  private call<K extends Method>(name: K, args: Parameters<NotaDocument[K]>): ReturnType<NotaDocument[K]> {
    return this.real().then((document) =>
      (document[name] as (...a: unknown[]) => Promise<unknown>).apply(document, args),
    ) as ReturnType<NotaDocument[K]>;
  }

  readSnapshot: NotaDocument["readSnapshot"] = (...a) => this.call("readSnapshot", a);
  rereadParagraphs: NotaDocument["rereadParagraphs"] = (...a) => this.call("rereadParagraphs", a);
  isEmpty: NotaDocument["isEmpty"] = (...a) => this.call("isEmpty", a);
  insertTemplate: NotaDocument["insertTemplate"] = (...a) => this.call("insertTemplate", a);
  setField: NotaDocument["setField"] = (...a) => this.call("setField", a);
  setFields: NotaDocument["setFields"] = (...a) => this.call("setFields", a);
  goTo: NotaDocument["goTo"] = (...a) => this.call("goTo", a);
  adopt: NotaDocument["adopt"] = (...a) => this.call("adopt", a);
  markSelection: NotaDocument["markSelection"] = (...a) => this.call("markSelection", a);
  removeMark: NotaDocument["removeMark"] = (...a) => this.call("removeMark", a);
  publishCopy: NotaDocument["publishCopy"] = (...a) => this.call("publishCopy", a);
  publicationCopyFile: NotaDocument["publicationCopyFile"] = (...a) => this.call("publicationCopyFile", a);
  readAfstemming: NotaDocument["readAfstemming"] = (...a) => this.call("readAfstemming", a);
  writeAfstemming: NotaDocument["writeAfstemming"] = (...a) => this.call("writeAfstemming", a);
  findPassages: NotaDocument["findPassages"] = (...a) => this.call("findPassages", a);
  insertEmancipationFlag: NotaDocument["insertEmancipationFlag"] = (...a) =>
    this.call("insertEmancipationFlag", a);
  applyEdit: NotaDocument["applyEdit"] = (...a) => this.call("applyEdit", a);
  addReviewComments: NotaDocument["addReviewComments"] = (...a) => this.call("addReviewComments", a);
  removeReviewComments: NotaDocument["removeReviewComments"] = (...a) => this.call("removeReviewComments", a);
  countReviewComments: NotaDocument["countReviewComments"] = (...a) => this.call("countReviewComments", a);
  readPeople: NotaDocument["readPeople"] = (...a) => this.call("readPeople", a);
  onDocumentChanged: NotaDocument["onDocumentChanged"] = (...a) => this.call("onDocumentChanged", a);
}
