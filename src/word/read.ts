/**
 * Reading the open document into a DocumentSnapshot in a number of syncs that does not grow with its size (the
 * page headers in one of their own, three where Word refuses to read a header that is not there; the body in
 * two): the paragraphs of the body and the first page's header, the content controls with their tags, the
 * afstemming record, and pages where Word has them. Placeholder state comes from what Word records in the document (w:showingPlcHdr, read
 * from the control's OOXML with the same parser the command line uses), never from comparing texts.
 */
import { AFSTEMMING_NAMESPACE } from "../nota/schema";
import { findTopics } from "../nota/emancipation";
import { wooGroundOf } from "../nota/schema";
import { DocumentSnapshot, SnapshotParagraph, Story } from "../nota/snapshot";
import { SectionNumbering, printedPageOf } from "../nota/pages";
import { cleanText, storyParagraphs } from "./stories";
import { fold } from "./places";
import type { Capabilities, ReadOptions } from "./types";

const HEADER_STORIES: Story[] = ["firstPageHeader", "primaryHeader"];

const PARAGRAPH_PROPS = "text,style,styleBuiltIn,outlineLevel,isListItem,tableNestingLevel,font/bold";
/** With the id paragraph events name a paragraph by (Paragraph.uniqueLocalId, WordApi 1.6). */
const PARAGRAPH_PROPS_WITH_ID = `${PARAGRAPH_PROPS},uniqueLocalId`;

/**
 * The body paragraphs' uniqueLocalIds of a snapshot this module read (by index; the header's have none), kept
 * beside it rather than in it: the snapshot stays what the .docx reader gives for the same document.
 */
const paragraphIds = new WeakMap<DocumentSnapshot, readonly string[]>();

/** Records the body paragraphs' uniqueLocalIds of `snapshot` (index i: paragraph i); returns it. */
export function withParagraphIds(snapshot: DocumentSnapshot, ids: readonly string[]): DocumentSnapshot {
  paragraphIds.set(snapshot, ids);
  return snapshot;
}

export const paragraphIdsOf = (snapshot: DocumentSnapshot): readonly string[] | undefined =>
  paragraphIds.get(snapshot);

/**
 * Paragraphs per request. Word on the web limits a request's and a response's size: 5 MB is the figure
 * Microsoft documents ("Resource limits and performance optimization for Office Add-ins", for Excel on the web;
 * none is given for Word); measured at the library's seam (npm run bench) a paragraph with these properties
 * takes about 200 bytes, so 5,000 a page stays near 1 MB, well under it.
 */
export const PARAGRAPH_PAGE = 5000;

/** The body's paragraphs after the first page: a page a sync until one comes back short. */
async function morePages(
  context: Word.RequestContext,
  first: Word.Paragraph[],
  select: string,
): Promise<Word.Paragraph[]> {
  const all = [...first];
  let last = first.length;
  const next = async (): Promise<void> => {
    if (last < PARAGRAPH_PAGE) return;
    const page = context.document.body.paragraphs.load({
      select,
      top: PARAGRAPH_PAGE,
      skip: all.length,
    });
    await context.sync();
    all.push(...page.items);
    last = page.items.length;
    return next();
  };
  await next();
  return all;
}

/** A control whose text alone cannot tell whether it shows its placeholder: its OOXML is read. */
const ambiguous = (cc: Word.ContentControl) =>
  !cc.text.trim() || (!!cc.placeholderText && fold(cc.text) === fold(cc.placeholderText));

/**
 * The OOXML reader (saxes) loads on demand, not with the pane: started before the second sync, awaited only
 * when there is OOXML to read.
 */
const loadFlatOpc = () => import("../docx/flat-opc");

/** What the read needs to know of this Word: the capabilities, and whether Section.pageSetup exists. */
export type ReadCapabilities = Capabilities & {
  /** Section.pageSetup.differentFirstPageHeaderFooter (WordApiDesktop 1.3). */
  pageSetup?: boolean;
  /** Document.changeTrackingMode and Paragraph.getReviewedText (WordApi 1.4). */
  reviewedText?: boolean;
  /** Body.getTrackedChanges (WordApi 1.6). */
  trackedChanges?: boolean;
};

/**
 * The first page's header, where house-style templates keep the nota's header column: read in a sync of its
 * own, since reading a header a document does not have has failed the batch it stood in. Where Word says
 * whether the first page has its own header (Section.pageSetup, WordApiDesktop 1.3), only the header the first
 * page shows is taken. A header Word refuses to read is left out; the body is read all the same.
 */
async function readHeader(context: Word.RequestContext, caps: ReadCapabilities) {
  const setup = caps.pageSetup
    ? context.document.sections.getFirst().pageSetup.load("differentFirstPageHeaderFooter")
    : undefined;
  const attempt = async (stories: Story[]) => {
    const headers = stories.map((story) => ({
      story,
      paragraphs: storyParagraphs(context, story).load({ select: PARAGRAPH_PROPS }),
    }));
    try {
      await context.sync();
      return headers;
    } catch (err) {
      if (!HEADER_REFUSED.has(String((err as { code?: unknown }).code))) throw err;
      return undefined;
    }
  };
  // Both headers at once; refused (one of them is not there), each alone, the first page's own first.
  const headers =
    (await attempt(HEADER_STORIES)) ??
    (await attempt(["firstPageHeader"])) ??
    (await attempt(["primaryHeader"])) ??
    [];
  const shown = (h: { story: Story }) =>
    !setup || h.story === (setup.differentFirstPageHeaderFooter ? "firstPageHeader" : "primaryHeader");
  return headers.filter(shown).find((h) => h.paragraphs.items.some((p) => p.text.trim()));
}

/** The codes with which Word has refused to read a header that is not there. */
const HEADER_REFUSED = new Set(["ItemNotFound", "GeneralException", "InvalidArgument"]);

export async function readDocument(
  context: Word.RequestContext,
  caps: ReadCapabilities,
  options: ReadOptions = {},
): Promise<DocumentSnapshot> {
  const header = await readHeader(context, caps);
  // Where Word has paragraph events, each body paragraph's id too: an edit event then re-reads only its paragraphs.
  const select = caps.paragraphEvents ? PARAGRAPH_PROPS_WITH_ID : PARAGRAPH_PROPS;
  const firstPage = context.document.body.paragraphs.load({ select, top: PARAGRAPH_PAGE });
  // Tracked deletions stay in Paragraph.text on the web (office-js #1267): whether there are any is asked
  // (Body.getTrackedChanges, WordApi 1.6; else whether changes are being tracked, WordApi 1.4), and then the
  // text the reviewer sees is read (Paragraph.getReviewedText("Current")).
  const changes = caps.trackedChanges
    ? context.document.body.getTrackedChanges().load("items/type")
    : undefined;
  // Whether changes are tracked, also for the pane's notice that its edits become revisions.
  if (caps.reviewedText) context.document.load("changeTrackingMode");
  // Every control, in the body and the page headers (Document.contentControls; Body's has rich text only).
  const controls = context.document.contentControls;
  controls.load("items/tag,items/text,items/placeholderText");
  const records = caps.customXmlParts
    ? context.document.customXmlParts.getByNamespace(AFSTEMMING_NAMESPACE)
    : undefined;
  records?.load("items/id");
  // Pages asked for: the sections' numbering too (Range.pages counts physical pages; "blz." means printed ones).
  const pagesWanted = caps.pages && !!options.pagesFor;
  const bodyOoxml = pagesWanted ? context.document.body.getOoxml() : undefined;
  const sections = pagesWanted ? context.document.sections.load("items") : undefined;
  await context.sync();
  const paragraphs = { items: await morePages(context, firstPage.items, select) };
  const all = [...paragraphs.items, ...(header?.paragraphs.items ?? [])];
  const bodyCount = paragraphs.items.length;
  // Word on the web can answer `items` with undefined when nothing matches.
  const recordItems = records?.items ?? [];

  // Second round, only when there is something to ask: control paragraphs and OOXML, cells, record XML, pages.
  const controlItems = controls.items ?? [];
  const controlParagraphs = controlItems.map((cc) => cc.paragraphs.load("items/text"));
  const controlOoxml = controlItems.map((cc) => (ambiguous(cc) ? cc.getOoxml() : undefined));
  const deletions = changes
    ? (changes.items ?? []).some((c) => c.type === "Deleted")
    : !!caps.reviewedText && context.document.changeTrackingMode !== "Off";
  const reviewed = deletions ? paragraphs.items.map((p) => p.getReviewedText("Current")) : [];
  const cells = all.map((p) =>
    p.tableNestingLevel > 0 ? p.parentTableCellOrNullObject.load("rowIndex,cellIndex") : undefined,
  );
  const xml = recordItems.map((part) => part.getXml());
  const lexicon = options.pagesFor;
  const pages =
    pagesWanted && lexicon
      ? paragraphs.items.map((p) =>
          findTopics(p.text, lexicon).length ? p.getRange("Start").pages.load("items/index") : undefined,
        )
      : [];
  const sectionPages = (sections?.items ?? []).map((s) => s.body.getRange("Start").pages.load("items/index"));
  const flatOpc = controlOoxml.some(Boolean) || pagesWanted ? loadFlatOpc() : undefined;
  if (
    controlItems.length ||
    cells.some(Boolean) ||
    xml.length ||
    pages.some(Boolean) ||
    sectionPages.length ||
    reviewed.length
  )
    await context.sync();
  const reader = await flatOpc;
  const printed =
    pagesWanted && reader
      ? numberingOf(
          reader.sectionRestartsOrUndefined(bodyOoxml!.value),
          sectionPages.map((p) => p.items?.[0]?.index),
        )
      : undefined;

  const snapshotParagraphs: SnapshotParagraph[] = [];
  let table = -1;
  let previousDepth = 0;
  all.forEach((p, index) => {
    const depth = p.tableNestingLevel;
    if ((depth > 0 && previousDepth === 0) || (depth > 0 && index === bodyCount)) table++;
    previousDepth = depth;
    const sp = paragraphOf(
      p,
      index,
      cleanText(index < bodyCount && reviewed[index] ? reviewed[index].value : p.text),
    );
    const cell = cells[index];
    if (cell && !cell.isNullObject) sp.cell = { table, row: cell.rowIndex, column: cell.cellIndex };
    const page = pages[index];
    if (page && page.items.length)
      sp.page = printed ? printedPageOf(page.items[0].index, printed) : page.items[0].index;
    if (index >= bodyCount && header) {
      sp.story = header.story;
      sp.page = 1;
    }
    snapshotParagraphs.push(sp);
  });
  attachControls(
    snapshotParagraphs,
    controlItems.map((cc, i) => ({
      tag: cc.tag,
      placeholder:
        !!controlOoxml[i] && reader?.controlShowsPlaceholderOrUndefined(controlOoxml[i]!.value) === true,
      texts: controlParagraphs[i].items.map((q) => cleanText(q.text)),
      text: cleanText(cc.text),
    })),
  );
  const snapshot: DocumentSnapshot = {
    paragraphs: snapshotParagraphs,
    customXmlParts: xml.map((x, i) => ({
      id: recordItems[i].id,
      namespace: AFSTEMMING_NAMESPACE,
      xml: x.value,
    })),
    properties: {},
    pageSource: pages.some((p) => p !== undefined) ? "layout" : "none",
    ...(pagesWanted ? { pageNumbers: printed ? "printed" : "physical" } : {}),
    ...(caps.reviewedText && context.document.changeTrackingMode !== "Off" ? { trackingChanges: true } : {}),
  };
  // With tracked deletions the text is the reviewed text, which a re-read of some paragraphs does not give: no ids.
  return caps.paragraphEvents && !deletions
    ? withParagraphIds(
        snapshot,
        paragraphs.items.map((p) => p.uniqueLocalId),
      )
    : snapshot;
}

/** A paragraph's own properties as the snapshot holds them (its place among controls, cells and pages aside). */
function paragraphOf(p: Word.Paragraph, index: number, text: string): SnapshotParagraph {
  const sp: SnapshotParagraph = {
    index,
    text,
    isListItem: p.isListItem,
    tableDepth: p.tableNestingLevel,
    contentControlTags: [],
    style:
      p.styleBuiltIn && p.styleBuiltIn !== "Other"
        ? { name: p.style, builtIn: p.styleBuiltIn }
        : { name: p.style },
  };
  if (p.outlineLevel >= 1 && p.outlineLevel <= 9) sp.outlineLevel = p.outlineLevel;
  if (p.font.bold !== null && sp.text.trim()) sp.bold = p.font.bold;
  return sp;
}

/**
 * `snapshot` with the body paragraphs `ids` (uniqueLocalIds from a ParagraphChanged event) read again, one
 * sync for them all (Document.getParagraphByUniqueLocalId, WordApi 1.6) and one for each level of controls around
 * them, the rest of the document unread; or
 * undefined where only a whole read can say what the document now is, and the caller reads it whole:
 * - an id `snapshot` does not hold (a header's paragraph, a paragraph added since) or Word no longer finds;
 * - changes tracked, at the last whole read or now (Document.changeTrackingMode, read in the same sync), or
 *   tracked deletions in the document at the last whole read (whose snapshot then carries no ids): the text the
 *   reviewer sees needs the whole read's look at tracked changes;
 * - a paragraph that showed a placeholder or held a Woo mark (its control's state or the mark's characters
 *   may have changed), or stood in the page header;
 * - a paragraph that moved in or out of a table, or whose controls (parentContentControlOrNullObject, and each
 *   one's own, inner to outer) are not the tagged controls the snapshot put it in, or whose innermost control now
 *   shows its placeholder (empty, or its placeholder's text);
 * - a read that fails in any other way than Word no longer finding a paragraph (the caller reads whole then too).
 * Events can be missed (office-js #5400): a paragraph added then is not in the snapshot until a whole read, which
 * the pane makes on every added or deleted paragraph, on "Controleren" and every PATCHES_BETWEEN_WHOLE_READS
 * patches (src/taskpane/hooks/useNota.ts).
 * Controls the paragraph holds inside it (an inline field, a Woo mark the author pastes in) are not read again:
 * whether parentContentControl names such a control is unverified, and one the author adds or removes by hand is
 * as the snapshot had it until the next whole read.
 */
export async function rereadParagraphs(
  context: Word.RequestContext,
  snapshot: DocumentSnapshot,
  ids: readonly string[],
): Promise<DocumentSnapshot | undefined> {
  const known = paragraphIdsOf(snapshot);
  if (!known || snapshot.trackingChanges || !ids.length) return undefined;
  const at = new Map(known.map((id, index) => [id, index]));
  const wanted = [...new Set(ids)];
  if (wanted.some((id) => !at.has(id))) return undefined;
  const before = wanted.map((id) => snapshot.paragraphs[at.get(id)!]);
  if (before.some((p) => p.placeholder || p.marks?.length || p.story)) return undefined;
  context.document.load("changeTrackingMode");
  const read = wanted.map((id) => {
    const paragraph = context.document.getParagraphByUniqueLocalId(id);
    paragraph.load(PARAGRAPH_PROPS_WITH_ID);
    const chain = [paragraph.parentContentControlOrNullObject.load("tag,text,placeholderText")];
    return { paragraph, chain };
  });
  try {
    await context.sync();
    if (context.document.changeTrackingMode !== "Off") return undefined;
    // The controls around each paragraph, inner to outer, one level a sync (a null object is never asked for its
    // parent): as far as the snapshot's controls and two more (one to see the chain end, one for an untagged
    // control, which the snapshot does not list); a longer chain is read whole (sameControls).
    for (;;) {
      const open = read.filter(
        ({ chain }, i) =>
          !chain[chain.length - 1].isNullObject && chain.length < before[i].contentControlTags.length + 2,
      );
      if (!open.length) break;
      for (const { chain } of open)
        chain.push(chain[chain.length - 1].parentContentControlOrNullObject.load("tag"));
      // One sync per level of nesting for all the paragraphs at once, never per paragraph: at most the
      // snapshot's controls and two (a template nota's paragraph: one level, the chain's end).
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    }
  } catch {
    // ItemNotFound (the paragraph is gone) or anything else: only a whole read says what the document now is.
    return undefined;
  }
  const paragraphs = [...snapshot.paragraphs];
  for (const [i, { paragraph, chain }] of read.entries()) {
    const old = before[i];
    if (paragraph.tableNestingLevel !== old.tableDepth) return undefined;
    if (!sameControls(chain, old.contentControlTags)) return undefined;
    const control = chain[0];
    if (!control.isNullObject && ambiguous(control)) return undefined;
    const fresh = paragraphOf(paragraph, old.index, cleanText(paragraph.text));
    paragraphs[old.index] = {
      ...fresh,
      contentControlTags: old.contentControlTags,
      ...(old.cell ? { cell: old.cell } : {}),
      ...(old.page !== undefined ? { page: old.page } : {}),
    };
  }
  return withParagraphIds({ ...snapshot, paragraphs }, known);
}

/**
 * Whether the controls around a paragraph (`chain`, inner to outer, loaded) are the tagged ones the snapshot put it
 * in (`tags`, outer to inner as the whole read lists them; untagged controls are in neither): false also when the
 * chain does not end within what was loaded.
 */
function sameControls(chain: Word.ContentControl[], tags: readonly string[]): boolean {
  const end = chain.findIndex((c) => c.isNullObject);
  if (end < 0) return false;
  const found = chain
    .slice(0, end)
    .map((c) => c.tag)
    .filter((tag) => tag)
    .reverse();
  return found.length === tags.length && found.every((tag, k) => tag === tags[k]);
}

/**
 * The sections' numbering, from the body's OOXML (their w:pgNumType) and the physical page each starts on.
 * Undefined when the two do not agree (a section count Word's OOXML does not match, a page not given): the
 * pages then stay physical, and the pane says so.
 */
function numberingOf(
  restarts: (number | undefined)[] | undefined,
  firstPages: (number | undefined)[],
): SectionNumbering[] | undefined {
  if (!restarts) return undefined;
  // A body always ends with a section: OOXML without as many w:sectPr as Word has sections tells nothing.
  if (restarts.length !== firstPages.length) return undefined;
  if (!restarts.some((r) => r !== undefined)) return []; // no restart anywhere: printed = physical
  if (firstPages.some((p) => p === undefined)) return undefined;
  return restarts.map((restart, i) => ({ firstPhysical: firstPages[i]!, restart }));
}

/**
 * Content controls list their paragraphs; Word gives no paragraph → control link below WordApi 1.6, so match
 * each control's paragraph texts to a run of paragraphs. Controls come in document order: the next one
 * starts after the previous one ends (a sibling, searched first) or lies inside it (nested). A control whose
 * paragraphs are not among the snapshot's (a text box, a later section's header) is left out.
 */
function attachControls(
  paragraphs: SnapshotParagraph[],
  controls: { tag: string; placeholder: boolean; texts: string[]; text: string }[],
) {
  const texts = paragraphs.map((p) => fold(p.text));
  const matchAt = (i: number, want: string[]) => want.every((t, k) => texts[i + k] === t);
  let previous = { start: 0, end: -1 };
  for (const cc of controls) {
    const want = cc.texts.map(fold);
    if (!want.length) continue;
    let at = -1;
    for (let i = previous.end + 1; i + want.length <= texts.length && at < 0; i++)
      if (matchAt(i, want)) at = i;
    for (let i = previous.start; i + want.length - 1 <= previous.end && at < 0; i++)
      if (matchAt(i, want)) at = i;
    // Word does not document the order of Document.contentControls across stories: look from the start too.
    for (let i = 0; i + want.length <= texts.length && at < 0; i++) if (matchAt(i, want)) at = i;
    if (at < 0) continue;
    for (let k = 0; k < want.length; k++) {
      const p = paragraphs[at + k];
      if (cc.tag) p.contentControlTags.push(cc.tag);
      if (cc.placeholder) p.placeholder = true;
    }
    // A Woo mark: the characters it holds, found in its paragraph after the marks already there.
    if (wooGroundOf(cc.tag) !== undefined && cc.text && want.length === 1) {
      const p = paragraphs[at];
      const marks = (p.marks ??= []);
      const from = marks.length ? marks[marks.length - 1].end : 0;
      const start = p.text.indexOf(cc.text, from);
      if (start >= 0) marks.push({ tag: cc.tag, start, end: start + cc.text.length });
    }
    previous = { start: at, end: at + want.length - 1 };
  }
}
