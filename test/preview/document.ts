/**
 * The preview's document: the adapter with Microsoft's own Word library (word-web-16.00.js from
 * @microsoft/office-js, loaded by preview.html) as its `Word`, the double behind it as the host
 * (test/word-double/connect.ts). What the library decides — load/sync, PropertyNotLoaded, *OrNullObject,
 * Word.run's arguments, the requests and the error objects — is then Microsoft's in the preview too.
 *
 * The npm library (1.1.110, the newest on npm) lacks some APIs the pane uses in a newer Word: custom XML parts
 * (WordApi 1.4), paragraph events and tracked changes (WordApi 1.6), pages and page setup (WordApiDesktop). The
 * host then does not claim those sets (libraryHasSet), so the adapter never calls what the library lacks. Two
 * ways to show the pane then:
 * - `routed` (the default): only the operations built on those APIs go to the double directly, through the same
 *   adapter — the afstemming record, review comments (the adapter gates them on WordApi 1.4, which the library
 *   cannot claim without custom XML parts), paragraph events, passages with pages — so that the preview shows
 *   the pane as a Word with those sets would. Nothing of the library is imitated: those calls never reach it.
 * - `library-only` (`?word=library`): everything through the library; the pane degrades by its own feature
 *   detection, as in a Word without those sets (afstemming as header text only, the report copied instead of
 *   comments, a "Controleren" button, pages from a letter or typed in).
 */
import { OfficeNotaDocument } from "../../src/word/adapter";
import { withParagraphIds } from "../../src/word/read";
import { AFSTEMMING_NAMESPACE } from "../../src/nota/afstemming";
import type { Locale } from "../../src/i18n";
import type { NotaDocument, ReadOptions } from "../../src/word/types";
import type { DocumentSnapshot } from "../../src/nota/snapshot";
import { uniqueLocalIdOf, type WordDouble } from "../word-double";
import { Traffic, connectedHost } from "../word-double/connect";

export type PreviewRouting = "routed" | "library-only";

/**
 * The NotaDocument of the preview over `double`, with `word`/`ext` the page's loaded library, and the traffic
 * that crossed the library's seam (requests and their sizes).
 */
export function previewDocument(
  double: WordDouble,
  word: typeof Word,
  ext: typeof OfficeExtension,
  locale: Locale,
  routing: PreviewRouting = "routed",
): { document: NotaDocument; traffic: Traffic } {
  const { host, traffic } = connectedHost(double, word, ext);
  const library = new OfficeNotaDocument(host, locale);
  return {
    document: routing === "library-only" ? library : new RoutedDocument(library, double, locale),
    traffic,
  };
}

/**
 * Everything through the library, except what needs an API the library lacks: that goes to the adapter over the
 * double directly (`direct`). Its capabilities are the library's, with those of the routed operations the
 * double's.
 */
export class RoutedDocument implements NotaDocument {
  readonly capabilities: NotaDocument["capabilities"];
  private readonly direct: OfficeNotaDocument;
  /** Writes under way through the library: paragraph events (from the double) for those are the pane's own. */
  private busy = 0;

  constructor(
    private readonly library: NotaDocument,
    private readonly double: WordDouble,
    locale: Locale,
  ) {
    this.direct = new OfficeNotaDocument(double, locale);
    const d = this.direct.capabilities;
    this.capabilities = {
      ...library.capabilities,
      customXmlParts: d.customXmlParts,
      comments: d.comments,
      paragraphEvents: d.paragraphEvents,
      pages: d.pages,
    };
  }

  /** A write through the library, counted (and for one turn after it, as the adapter counts its own batches). */
  private async via<T>(call: () => Promise<T>): Promise<T> {
    this.busy++;
    try {
      return await call();
    } finally {
      setTimeout(() => this.busy--, 0);
    }
  }

  /**
   * Read through the library; the afstemming record (Document.customXmlParts, which the library lacks) is taken
   * from the double's document, the parts read.ts would read (getByNamespace(AFSTEMMING_NAMESPACE)), and so is
   * whether changes are tracked (Document.changeTrackingMode, WordApi 1.4, which the library has only under its
   * preview set), as read.ts would set `trackingChanges`. The reviewed text of tracked deletions
   * (Paragraph.getReviewedText) is not routed: the library's Paragraph.text stands.
   */
  async readSnapshot(options?: ReadOptions): Promise<DocumentSnapshot> {
    // A read: not counted among the writes, as the adapter does not count its reads (an edit meanwhile is the author's).
    const snapshot = await this.library.readSnapshot(options);
    if (!this.capabilities.customXmlParts) return snapshot;
    const records = this.double.model.customXmlParts
      .filter((p) => p.namespace === AFSTEMMING_NAMESPACE)
      .map((p) => ({ id: p.id, namespace: p.namespace, xml: p.xml }));
    const tracking = this.double.model.changeTrackingMode !== "Off" ? { trackingChanges: true } : {};
    const routed = { ...snapshot, customXmlParts: [...snapshot.customXmlParts, ...records], ...tracking };
    if (!this.capabilities.paragraphEvents) return routed;
    // The body paragraphs' uniqueLocalIds (WordApi 1.6, which the library lacks) as the direct read gives them
    // (the double's: uniqueLocalIdOf its paragraphs), so that an edit event re-reads only its paragraphs (rereadParagraphs).
    const bodyCount = snapshot.paragraphs.filter((p) => !p.story).length;
    const uids = this.double.model.paragraphs.map((p) => uniqueLocalIdOf(p));
    return uids.length === bodyCount ? withParagraphIds(routed, uids) : routed;
  }

  /** With the paragraph events: through the double directly (Document.getParagraphByUniqueLocalId, WordApi 1.6). */
  rereadParagraphs: NotaDocument["rereadParagraphs"] = (...a) => this.direct.rereadParagraphs(...a);

  isEmpty: NotaDocument["isEmpty"] = () => this.library.isEmpty();
  insertTemplate: NotaDocument["insertTemplate"] = (...a) =>
    this.via(() => this.library.insertTemplate(...a));
  setField: NotaDocument["setField"] = (...a) => this.via(() => this.library.setField(...a));
  setFields: NotaDocument["setFields"] = (...a) => this.via(() => this.library.setFields(...a));
  goTo: NotaDocument["goTo"] = (...a) => this.via(() => this.library.goTo(...a));
  adopt: NotaDocument["adopt"] = (...a) => this.via(() => this.library.adopt(...a));
  markSelection: NotaDocument["markSelection"] = (...a) => this.via(() => this.library.markSelection(...a));
  removeMark: NotaDocument["removeMark"] = (...a) => this.via(() => this.library.removeMark(...a));
  publishCopy: NotaDocument["publishCopy"] = (...a) => this.via(() => this.library.publishCopy(...a));
  /** The file comes from Office's common API (getFileAsync, the double's in both): nothing of the library. */
  publicationCopyFile: NotaDocument["publicationCopyFile"] = (...a) => this.library.publicationCopyFile(...a);
  insertEmancipationFlag: NotaDocument["insertEmancipationFlag"] = (...a) =>
    this.via(() => this.library.insertEmancipationFlag(...a));
  applyEdit: NotaDocument["applyEdit"] = (...a) => this.via(() => this.library.applyEdit(...a));

  // Routed to the double: the afstemming record (custom XML parts), pages (Range.pages), comments, people.
  readAfstemming: NotaDocument["readAfstemming"] = () => this.direct.readAfstemming();
  writeAfstemming: NotaDocument["writeAfstemming"] = (a) => this.direct.writeAfstemming(a);
  findPassages: NotaDocument["findPassages"] = (lexicon) => this.direct.findPassages(lexicon);
  addReviewComments: NotaDocument["addReviewComments"] = (...a) => this.direct.addReviewComments(...a);
  removeReviewComments: NotaDocument["removeReviewComments"] = () => this.direct.removeReviewComments();
  countReviewComments: NotaDocument["countReviewComments"] = () => this.direct.countReviewComments();
  /**
   * The document's people from the double directly: the comments' and tracked changes' authors need WordApi
   * 1.4 and 1.6, which the library cannot claim (the author and last author alone would come through it).
   */
  readPeople: NotaDocument["readPeople"] = () => this.direct.readPeople();

  /** Paragraph events (Document.onParagraph*, which the library lacks) from the double, never for our writes. */
  onDocumentChanged: NotaDocument["onDocumentChanged"] = (handler) =>
    this.direct.onDocumentChanged((change) => {
      if (this.busy === 0) handler(change);
    });
}
