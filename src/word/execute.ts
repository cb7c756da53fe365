/**
 * Carries out a plan from the edit planner (src/checks/plan.ts) in Word: locate everything first, then write
 * everything in one sync, so that a place that is gone changes nothing. Paragraphs inserted next to a paragraph
 * are checked afterwards: Word does not document whether a paragraph inserted at a content control's edge joins
 * the control (office-js #3176, #866), so where it landed in the wrong one it is moved with the control's own
 * documented insertParagraph.
 */
import type { Anchor, NewParagraph, PlannedEdit } from "../checks/plan";
import type { Finding } from "../checks/types";
import { parseTag } from "../nota/schema";
import { DocumentSnapshot, Story, storyOf } from "../nota/snapshot";
import { NotaWordError, toNotaWordError } from "./errors";
import { localIndex, relocate } from "./places";
import { RangeSearch, SearchStep, occurrences, planRangeSearch } from "./search";
import { cleanText, storyParagraphs } from "./stories";

export { cleanText, storyParagraphs };

/**
 * The paragraphs of the stories a snapshot has, loaded with their text in one batch, and found again after
 * the sync by their text near their old place.
 */
export class LiveParagraphs {
  private readonly collections = new Map<Story, Word.ParagraphCollection>();

  constructor(
    context: Word.RequestContext,
    private readonly snapshot: DocumentSnapshot,
  ) {
    for (const story of new Set(snapshot.paragraphs.map(storyOf)).add("body")) {
      this.collections.set(story, storyParagraphs(context, story).load("items/text"));
    }
  }

  /** Call after the sync: the paragraph that was snapshot paragraph `index`; "stale" when it is gone. */
  find(index: number): Word.Paragraph {
    const p = this.snapshot.paragraphs[index];
    const collection = p ? this.collections.get(storyOf(p)) : undefined;
    const at = collection
      ? relocate(
          collection.items.map((q) => cleanText(q.text)),
          localIndex(this.snapshot, index),
          p.text,
        )
      : undefined;
    if (at === undefined) throw new NotaWordError("stale");
    return collection!.items[at];
  }

  get body(): Word.Paragraph[] {
    return this.collections.get("body")!.items;
  }
}

/**
 * The innermost tagged control that ends (`after`) or starts at the anchor paragraph, when the new paragraphs
 * do not belong in it; undefined otherwise.
 */
function edgeControl(
  snapshot: DocumentSnapshot,
  anchor: Extract<Anchor, { paragraph: number }>,
  after: boolean,
): string | undefined {
  const p = snapshot.paragraphs[anchor.paragraph];
  const marks = new Set((p.marks ?? []).map((m) => m.tag));
  const tags = p.contentControlTags.filter((tag) => !marks.has(tag));
  const innermost = tags[tags.length - 1];
  if (!innermost || innermost === anchor.inside) return undefined;
  const q = snapshot.paragraphs[anchor.paragraph + (after ? 1 : -1)];
  const continues = q && storyOf(q) === storyOf(p) && q.contentControlTags.includes(innermost);
  return continues ? undefined : innermost;
}

/** Whether snapshot paragraph `index` is the first or last paragraph of a tagged control around it. */
function atControlEdge(snapshot: DocumentSnapshot, index: number): boolean {
  const p = snapshot.paragraphs[index];
  const marks = new Set((p.marks ?? []).map((m) => m.tag));
  const story = storyOf(p);
  const neighbour = (i: number) => {
    const q = snapshot.paragraphs[i];
    return q && storyOf(q) === story ? q.contentControlTags : [];
  };
  return p.contentControlTags
    .filter((tag) => !marks.has(tag))
    .some((tag) => !neighbour(index - 1).includes(tag) || !neighbour(index + 1).includes(tag));
}

const tagsOf = (plan: readonly PlannedEdit[]): string[] => {
  const tags = new Set<string>();
  for (const e of plan) {
    if (e.op === "setControlText") tags.add(e.tag);
    if (e.op === "insertParagraphs" && "tag" in e.anchor) tags.add(e.anchor.tag);
  }
  return [...tags];
};

/** How a plan's placeholder texts are written (ContentControl.placeholderText). */
export interface PlaceholderOptions {
  /**
   * Skip them: Word on the web refuses the write (NotAllowed, "a known limitation", office-js #785, #53; #6568),
   * and the control then shows Word's default placeholder (office-js #1515).
   */
  skipPlaceholderText?: boolean;
}

/** Placeholder texts to write once the plan's own batch has gone through: [control, text]. */
type PendingPlaceholders = [Word.ContentControl, string][];

/** Office codes with which Word refuses a placeholderText write; any other failure is the person's to see. */
const PLACEHOLDER_REFUSED = new Set(["NotAllowed", "GeneralException", "NotImplemented", "ApiNotFound"]);

/**
 * Writes the placeholder texts in a batch of their own, so that a Word that refuses them never fails the plan's
 * writes; refused, the controls keep Word's default placeholder (they still show a placeholder, and the
 * snapshot reads them as such from w:showingPlcHdr).
 */
export async function writePlaceholders(
  context: Word.RequestContext,
  pending: PendingPlaceholders,
  options: PlaceholderOptions = {},
): Promise<void> {
  if (!pending.length || options.skipPlaceholderText) return;
  for (const [control, text] of pending) control.placeholderText = text;
  try {
    await context.sync();
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    if (!PLACEHOLDER_REFUSED.has(String(code))) throw err;
  }
}

/**
 * Runs `plan` inside a Word.run batch. `snapshot` is what the plan was made from; `alsoWrite` queues further
 * writes (the afstemming record) into the same sync as the plan's, once everything has been located.
 * Placeholder texts follow in a batch of their own (writePlaceholders).
 */
export async function executePlan(
  context: Word.RequestContext,
  snapshot: DocumentSnapshot,
  plan: readonly PlannedEdit[],
  alsoWrite?: () => void,
  options: PlaceholderOptions = {},
): Promise<void> {
  const pending: PendingPlaceholders = [];
  await executeWrites(context, snapshot, plan, pending, alsoWrite);
  await writePlaceholders(context, pending, options);
}

/** A plan's writes: located (phases 1 and 2), written in one sync (3), inserted paragraphs put right (4). */
async function executeWrites(
  context: Word.RequestContext,
  snapshot: DocumentSnapshot,
  plan: readonly PlannedEdit[],
  pending: PendingPlaceholders,
  alsoWrite?: () => void,
): Promise<void> {
  if (!plan.length) {
    alsoWrite?.();
    await context.sync();
    return;
  }
  const { live, control } = await locateParagraphsAndControls(context, snapshot, plan);
  const places = await locateRanges(context, snapshot, plan, live, control);
  alsoWrite?.();
  const checks = writeAll(context, snapshot, plan, places, control, pending);
  await context.sync();
  if (checks.length) await settleInserted(context, checks, pending);
}

/** The controls a plan names, found by their tags; a missing one is a missing field or a stale plan. */
type Controls = (tag: string) => Word.ContentControl;

/** 1. Locate: the paragraphs, and every control the plan names (one sync). */
async function locateParagraphsAndControls(
  context: Word.RequestContext,
  snapshot: DocumentSnapshot,
  plan: readonly PlannedEdit[],
): Promise<{ live: LiveParagraphs; control: Controls }> {
  const live = new LiveParagraphs(context, snapshot);
  const controls = new Map<string, Word.ContentControl>();
  for (const tag of tagsOf(plan)) {
    const control = context.document.contentControls.getByTag(tag).getFirstOrNullObject();
    control.load("id");
    controls.set(tag, control);
  }
  await context.sync();
  const control = (tag: string) => {
    const c = controls.get(tag)!;
    if (c.isNullObject) throw new NotaWordError(parseTag(tag)?.kind === "field" ? "field-missing" : "stale");
    return c;
  };
  return { live, control };
}

/** A replaceRange edit's paragraph, its text, and Word's searches for the characters it replaces. */
interface RangeLookup {
  range: RangeSearch;
  paragraph: Word.Paragraph;
  text: string;
  results?: Word.RangeCollection;
  head?: Word.RangeCollection;
  tail?: Word.RangeCollection;
}

/** Where each edit writes, found before anything is written. */
interface Places {
  lookups: Map<PlannedEdit, RangeLookup>;
  /** The characters a replaceRange edit replaces; absent where search cannot reach them. */
  targets: Map<PlannedEdit, Word.Range | Word.Paragraph>;
  deletions: { paragraph: Word.Paragraph; edge: boolean }[];
  rows: { e: Extract<PlannedEdit, { op: "insertTableRow" }>; paragraph: Word.Paragraph }[];
  anchored: Anchored[];
}

type InsertEdit = Extract<PlannedEdit, { op: "insertParagraphs" }>;
type ParagraphAnchor = Extract<Anchor, { paragraph: number }>;
/** Paragraphs to insert next to a paragraph. */
interface Anchored {
  edit: InsertEdit;
  anchor: ParagraphAnchor;
  paragraph: Word.Paragraph;
}

/** 2. Character ranges through search (one sync, when any is searched), and the paragraphs edits name. */
async function locateRanges(
  context: Word.RequestContext,
  snapshot: DocumentSnapshot,
  plan: readonly PlannedEdit[],
  live: LiveParagraphs,
  control: Controls,
): Promise<Places> {
  const lookups = new Map<PlannedEdit, RangeLookup>();
  for (const edit of plan) {
    if (edit.op === "setControlText") control(edit.tag);
    if (edit.op === "insertParagraphs" && "tag" in edit.anchor) control(edit.anchor.tag);
    if (edit.op === "replaceRange") lookups.set(edit, searchRange(live, edit));
  }
  if ([...lookups.values()].some((l) => l.results || l.head)) await context.sync();
  return {
    lookups,
    targets: rangeTargets(lookups),
    deletions: plan.flatMap((e) =>
      e.op === "deleteParagraph"
        ? [{ paragraph: live.find(e.paragraph), edge: atControlEdge(snapshot, e.paragraph) }]
        : [],
    ),
    rows: plan.flatMap((e) => (e.op === "insertTableRow" ? [{ e, paragraph: live.find(e.paragraph) }] : [])),
    anchored: plan.flatMap((e) =>
      e.op === "insertParagraphs" && "paragraph" in e.anchor
        ? [{ edit: e, anchor: e.anchor, paragraph: live.find(e.anchor.paragraph) }]
        : [],
    ),
  };
}

/** Queues Word's searches for a replaceRange edit's characters, once its paragraph still says what it did. */
function searchRange(live: LiveParagraphs, edit: Extract<PlannedEdit, { op: "replaceRange" }>): RangeLookup {
  const paragraph = live.find(edit.paragraph);
  const text = cleanText(paragraph.text);
  if (text.slice(edit.start, edit.end) !== edit.expected) throw new NotaWordError("stale");
  const range = planRangeSearch(text, edit.start, edit.end);
  const lookup: RangeLookup = { range, paragraph, text };
  const search = (step: SearchStep) => {
    const found = paragraph.search(step.searchText, { matchCase: true });
    found.load("items/text");
    return found;
  };
  if (range.kind === "search") lookup.results = search(range);
  if (range.kind === "span") {
    lookup.head = search(range.head);
    lookup.tail = search(range.tail);
  }
  return lookup;
}

/** The ranges the searches found: the whole paragraph where no search was needed. */
function rangeTargets(lookups: Map<PlannedEdit, RangeLookup>): Places["targets"] {
  const targets = new Map<PlannedEdit, Word.Range | Word.Paragraph>();
  for (const [edit, l] of lookups) {
    if (l.range.kind === "search") {
      const r = hit(l.results, l.range, l.text);
      if (r) targets.set(edit, r);
    } else if (l.range.kind === "span") {
      const head = hit(l.head, l.range.head, l.text);
      const tail = hit(l.tail, l.range.tail, l.text);
      if (head && tail) targets.set(edit, head.expandTo(tail));
    } else targets.set(edit, l.paragraph);
  }
  return targets;
}

/**
 * The result must hold the text meant: a search Word read otherwise (a code, a special character) writes nothing.
 * Fewer results than the paragraph's text holds (its text checked before) is Word's search missing a phrase that a
 * tracked deletion splits (office-js #5874): then the n-th result may be another occurrence, and the paragraph's
 * text is rewritten instead (undefined here).
 */
function hit(
  results: Word.RangeCollection | undefined,
  step: SearchStep,
  text: string,
): Word.Range | undefined {
  const items = results?.items ?? [];
  if (items.length < occurrences(text, step.text).length) return undefined;
  const r = items[step.occurrence];
  if (!r || cleanText(r.text) !== step.text) throw new NotaWordError("stale");
  return r;
}

/** 3. Write everything (the caller syncs once); returns the paragraphs inserted next to a paragraph, to check. */
function writeAll(
  context: Word.RequestContext,
  snapshot: DocumentSnapshot,
  plan: readonly PlannedEdit[],
  places: Places,
  control: Controls,
  pending: PendingPlaceholders,
): InsertCheck[] {
  for (const edit of plan) writeEdit(context, edit, places, control, pending);
  // A new row beside the anchor's (TableRow.insertRows, WordApi 1.3): the label and the value, in the table's own look.
  for (const { e, paragraph } of places.rows)
    paragraph.parentTableCell.parentRow.insertRows(e.side === "after" ? "After" : "Before", 1, [e.cells]);
  const checks = places.anchored.map((a) => insertNextTo(snapshot, a));
  // Deleting a control's first or last paragraph deletes the control (office-js #4975, by design): such a
  // paragraph is emptied instead, and the control stays.
  places.deletions.forEach(({ paragraph, edge }) =>
    edge ? paragraph.insertText("", "Replace") : paragraph.delete(),
  );
  return checks;
}

/** Writes one edit of the kinds written in plan order (rows, paragraphs next to a paragraph, deletions follow). */
function writeEdit(
  context: Word.RequestContext,
  edit: PlannedEdit,
  places: Places,
  control: Controls,
  pending: PendingPlaceholders,
): void {
  switch (edit.op) {
    case "setControlText": {
      const c = control(edit.tag);
      if (edit.text) {
        c.insertText(edit.text, "Replace");
      } else {
        // Emptied, a control shows its own placeholder: ours, not Word's default (office-js #1515).
        c.insertText("", "Replace");
        if (edit.placeholder) pending.push([c, edit.placeholder]);
      }
      break;
    }
    case "replaceRange": {
      const l = places.lookups.get(edit)!;
      if (l.range.kind === "none" || l.range.kind === "whole" || !places.targets.has(edit)) {
        // Search cannot reach it: the paragraph's whole text is rewritten (its run formatting is lost).
        const text = l.text.slice(0, edit.start) + edit.text + l.text.slice(edit.end);
        l.paragraph.insertText(text, "Replace");
      } else {
        places.targets.get(edit)!.insertText(edit.text, "Replace");
      }
      break;
    }
    case "insertParagraphs":
      if (!("paragraph" in edit.anchor))
        insertAtControlOrEnd(context, edit.anchor, edit.paragraphs, control, pending);
      break;
    case "deleteParagraph":
    case "insertTableRow":
      break;
  }
}

/** Paragraphs inserted next to a paragraph, with the controls Word put them and the anchor in (loaded). */
interface InsertCheck {
  anchor: ParagraphAnchor;
  after: boolean;
  inserted: { n: NewParagraph; p: Word.Paragraph; parent: Word.ContentControl }[];
  anchorParent: Word.ContentControl;
}

function insertNextTo(snapshot: DocumentSnapshot, { edit, anchor, paragraph }: Anchored): InsertCheck {
  const after = anchor.kind === "after";
  // After a paragraph, the new ones go in reverse order, each right after it; before it, in order.
  const order = after ? [...edit.paragraphs].reverse() : edit.paragraphs;
  // A tagged control that ends (starts) at the anchor and is not the one the paragraphs belong in: they go
  // after (before) it through its own documented insertParagraph, so that none lands in it and has to be
  // taken out again (which, at its edge, would delete the control: office-js #4975).
  const edge = edgeControl(snapshot, anchor, after);
  const target = edge ? paragraph.parentContentControlOrNullObject : paragraph;
  const inserted = order.map((n) => {
    const p = target.insertParagraph(n.text, after ? "After" : "Before");
    const parent = p.parentContentControlOrNullObject;
    parent.load("tag");
    return { n, p, parent };
  });
  const anchorParent = paragraph.parentContentControlOrNullObject;
  anchorParent.load("tag");
  return { anchor, after, inserted, anchorParent };
}

const tagOf = (c: Word.ContentControl) => (c.isNullObject ? null : c.tag);

/** 4. Where Word put the paragraphs inserted next to a paragraph; moved where it chose another control. */
async function settleInserted(
  context: Word.RequestContext,
  checks: InsertCheck[],
  pending: PendingPlaceholders,
): Promise<void> {
  // The control a paragraph belongs in when it is not the anchor's innermost one (ours, inside another
  // template's): one level further out, asked for only when needed.
  const outer = new Map<InsertCheck, Word.ContentControl>();
  for (const check of checks) {
    const { anchor, inserted, anchorParent } = check;
    const outside = inserted.some((i) => tagOf(i.parent) === null) && anchor.inside !== null;
    if (outside && !anchorParent.isNullObject && anchorParent.tag !== anchor.inside)
      outer.set(check, anchorParent.parentContentControlOrNullObject.load("tag"));
  }
  if (outer.size) await context.sync();
  for (const check of checks) {
    for (const item of check.inserted) shape(settle(check, item, outer.get(check)), item.n, pending);
  }
  await context.sync();
}

/** An inserted paragraph where it belongs: as it is, or moved out of the control Word put it in, or into its own. */
function settle(
  { anchor, after, anchorParent }: InsertCheck,
  item: InsertCheck["inserted"][number],
  outer: Word.ContentControl | undefined,
): Word.Paragraph {
  const landed = tagOf(item.parent);
  if (landed === anchor.inside) return item.p;
  if (landed !== null) {
    // In a control it does not belong in, the paragraph is that control's last (first): deleting it would
    // delete the control (office-js #4975), so it is emptied instead, and goes right after (before) that
    // control, which ends (or starts) at the anchor.
    item.p.insertText("", "Replace");
    return item.parent.insertParagraph(item.n.text, after ? "After" : "Before");
  }
  item.p.delete();
  // Outside the control it belongs in: at that control's end (start).
  const inside = tagOf(anchorParent) === anchor.inside ? anchorParent : outer;
  if (!inside || tagOf(inside) !== anchor.inside) throw new NotaWordError("stale");
  return inside.insertParagraph(item.n.text, after ? "End" : "Start");
}

/** Inserts next to a control, or at the end of the body: documented places, nothing to check afterwards. */
function insertAtControlOrEnd(
  context: Word.RequestContext,
  anchor: Exclude<Anchor, { paragraph: number }>,
  paragraphs: NewParagraph[],
  control: (tag: string) => Word.ContentControl,
  pending: PendingPlaceholders,
): void {
  if (anchor.kind === "bodyEnd") {
    for (const n of paragraphs) shape(context.document.body.insertParagraph(n.text, "End"), n, pending);
    return;
  }
  const c = control(anchor.tag);
  if (anchor.kind === "afterControl") {
    for (const n of [...paragraphs].reverse()) shape(c.insertParagraph(n.text, "After"), n, pending);
    return;
  }
  let rest = paragraphs;
  if (anchor.kind === "replaceControl") {
    const [first, ...others] = paragraphs;
    const range = c.insertText(first.text, "Replace");
    if (first.control) wrap(range.insertContentControl(), first, pending);
    rest = others;
  }
  for (const n of rest) shape(c.insertParagraph(n.text, "End"), n, pending);
}

/** Gives a new paragraph its style and, where planned, its tagged control. */
function shape(p: Word.Paragraph, n: NewParagraph, pending: PendingPlaceholders): void {
  if (n.style) p.styleBuiltIn = n.style as Word.BuiltInStyleName;
  if (n.control) wrap(p.insertContentControl(), n, pending);
}

function wrap(control: Word.ContentControl, n: NewParagraph, pending: PendingPlaceholders): void {
  const spec = n.control!;
  control.tag = spec.tag;
  control.title = spec.title;
  // Emptied, it shows a placeholder (ours once writePlaceholders has run); Word's search and the parser read it
  // as placeholder (w:showingPlcHdr).
  if (!n.text) control.insertText("", "Replace");
  if (spec.placeholder) pending.push([control, spec.placeholder]);
}

/** A part of an adoption: paragraphs [first, last] of the snapshot, wrapped in a control with this tag and title. */
export interface AdoptPart {
  first: number;
  last: number;
  tag: string;
  title: string;
}

/**
 * Wraps the parts in their controls in one batch. Word refuses a content control across table cells or partly over
 * another control (GeneralException, office-js #1169, #3367, #4251, #6103): such parts are left out beforehand
 * (the snapshot shows them), and should Word refuse one anyway, every part is tried on its own, so that one part
 * never fails the others. Returns how many were wrapped.
 */
export async function adoptParts(
  context: Word.RequestContext,
  snapshot: DocumentSnapshot,
  all: readonly AdoptPart[],
): Promise<number> {
  const items = all.filter((item) => wrappable(snapshot, item.first, item.last));
  if (!items.length) throw new NotaWordError("adopt-refused");
  const live = new LiveParagraphs(context, snapshot);
  await context.sync();
  // Everything located before anything is wrapped: a part that is gone wraps nothing.
  const ranges = items.map((item) => {
    const first = live.find(item.first).getRange("Whole");
    return item.last === item.first ? first : first.expandTo(live.find(item.last).getRange("Whole"));
  });
  const wrap = (i: number) => {
    const control = ranges[i].insertContentControl();
    control.tag = items[i].tag;
    control.title = items[i].title;
  };
  items.forEach((_item, i) => wrap(i));
  try {
    await context.sync();
    return items.length;
  } catch (err) {
    if (toNotaWordError(err).officeCode !== "GeneralException") throw err;
  }
  // The parts wrapped before Word refused one stand; each other part on its own.
  const present = items.map((item) =>
    context.document.contentControls.getByTag(item.tag).getFirstOrNullObject().load("id"),
  );
  await context.sync();
  let wrapped = present.filter((c) => !c.isNullObject).length;
  const missing = items.flatMap((_item, i) => (present[i].isNullObject ? [i] : []));
  const tryOne = async (i: number) => {
    wrap(i);
    try {
      await context.sync();
      wrapped++;
    } catch (err) {
      if (toNotaWordError(err).officeCode !== "GeneralException") throw err;
    }
  };
  for (const i of missing) await tryOne(i);
  if (!wrapped) throw new NotaWordError("adopt-refused");
  return wrapped;
}

/**
 * Whether Word will take a content control around paragraphs [first, last] as the snapshot shows them: not
 * across table cells, not partly over a tagged control (one that starts or ends inside the span and goes on
 * outside it).
 */
export function wrappable(snapshot: DocumentSnapshot, first: number, last: number): boolean {
  const span = snapshot.paragraphs.slice(first, last + 1);
  const cells = new Set(span.map((p) => (p.cell ? `${p.cell.table}/${p.cell.row}/${p.cell.column}` : "")));
  if (cells.size > 1) return false;
  const outside = (tag: string) =>
    [snapshot.paragraphs[first - 1], snapshot.paragraphs[last + 1]].some((p) =>
      p?.contentControlTags.includes(tag),
    );
  const tags = new Set(span.flatMap((p) => p.contentControlTags));
  return [...tags].every((tag) => span.every((p) => p.contentControlTags.includes(tag)) || !outside(tag));
}

/** Comments removed per sync. */
export const COMMENT_CHUNK = 50;

/**
 * Deletes the comments in chunks, so that one comment Word will not delete (office-js #6551) does not keep the
 * rest: a chunk that fails is tried again comment by comment; the ones still left are said ("comments-left").
 */
export async function removeInChunks(context: Word.RequestContext, ours: Word.Comment[]): Promise<void> {
  let left = 0;
  const remove = async (chunk: Word.Comment[]): Promise<void> => {
    chunk.forEach((c) => c.delete());
    try {
      await context.sync();
    } catch (err) {
      if (chunk.length === 1) {
        left++;
        if (!toNotaWordError(err).officeCode) throw err;
        return;
      }
      for (const c of chunk) await remove([c]);
    }
  };
  const chunks = Array.from({ length: Math.ceil(ours.length / COMMENT_CHUNK) }, (_, i) =>
    ours.slice(i * COMMENT_CHUNK, (i + 1) * COMMENT_CHUNK),
  );
  for (const chunk of chunks) await remove(chunk);
  // The rest are gone; the ones Word kept are said, so that the person removes them in Word.
  if (left) throw new NotaWordError("comments-left");
}

/**
 * The review comments, one per finding at its place, in place of the assistant's earlier ones (those whose
 * content starts with `marker`; never the author's): one set at a time. Returns how many were placed.
 */
export async function placeReviewComments(
  context: Word.RequestContext,
  snapshot: DocumentSnapshot,
  findings: readonly Finding[],
  marker: string,
): Promise<number> {
  const live = new LiveParagraphs(context, snapshot);
  const existing = context.document.body.getComments();
  existing.load("items/content");
  await context.sync();
  for (const c of existing.items ?? []) if (c.content.startsWith(marker)) c.delete();
  let count = 0;
  for (const f of findings) {
    // A finding in the page header, without a place, or whose place is gone gets its comment at the start.
    const p = f.paragraph !== undefined ? snapshot.paragraphs[f.paragraph] : undefined;
    let paragraph = live.body[0];
    if (p && storyOf(p) === "body") {
      try {
        paragraph = live.find(f.paragraph!);
      } catch (err) {
        // Gone since the check: the comment goes at the start, so that it is not lost.
        if (!(err instanceof NotaWordError && err.code === "stale")) throw err;
      }
    }
    if (!paragraph) continue;
    paragraph.getRange("Whole").insertComment(`${marker} ${f.message}`);
    count++;
  }
  await context.sync();
  return count;
}
