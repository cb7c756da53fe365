/**
 * The edit planner: resolves a fix or suggestion (a DocumentEdit) against the nota into concrete, anchored
 * edits. All decisions — where a block goes, which control or paragraph a value is written into, what is
 * placeholder — are taken here, in pure code; src/word only executes the plan, and `applyPlan` executes it on a
 * snapshot (rule tests assert the text after a fix, as ESLint's rule tester does with `output`).
 */
import { Nota, parseNota } from "../nota/parser";
import {
  BlockId,
  FieldId,
  NOTA_SCHEMA,
  TAGS,
  blockSpec,
  controlTitleOf,
  fieldSpec,
  parseTag,
  placeholderOf,
} from "../nota/schema";
import { CONTROL_TITLES } from "../nota/control-titles";
import type { DocumentSnapshot, SnapshotParagraph } from "../nota/snapshot";
import type { DocumentEdit } from "./types";
import { translator, type Locale } from "../i18n";
import { own } from "./own";

/** A new paragraph: its text, a built-in style, and optionally a content control around it. */
export interface NewParagraph {
  text: string;
  style?: "Heading2";
  /** Wraps the paragraph in a tagged control; empty text then shows `placeholder`. */
  control?: { tag: string; title: string; placeholder: string };
}

/**
 * Where new paragraphs go.
 * - after / before a snapshot paragraph; `inside` is the tag of the innermost control the new paragraphs must
 *   stand in (null: none). Word does not document whether a paragraph inserted at a control's edge joins it, so
 *   the executor checks and corrects.
 * - afterControl: right after the first control with this tag (outside it); endOfControl: inside it, at its end;
 *   replaceControl: instead of its content (a control that shows only its placeholder).
 * - bodyEnd: at the end of the body.
 */
export type Anchor =
  | { kind: "after" | "before"; paragraph: number; inside: string | null }
  | { kind: "afterControl" | "endOfControl" | "replaceControl"; tag: string }
  | { kind: "bodyEnd" };

export type PlannedEdit =
  /** The content of the first control tagged `tag`; "" empties it, so that it shows `placeholder`. */
  | { op: "setControlText"; tag: string; text: string; placeholder?: string }
  /** Characters [start, end) of a paragraph, which held `expected` there when planned. */
  | { op: "replaceRange"; paragraph: number; start: number; end: number; expected: string; text: string }
  | { op: "deleteParagraph"; paragraph: number }
  /** A new table row next to the row `paragraph` stands in, with one text per cell. */
  | { op: "insertTableRow"; paragraph: number; side: "after" | "before"; cells: string[] }
  | { op: "insertParagraphs"; anchor: Anchor; paragraphs: NewParagraph[] };

export class PlanError extends Error {
  constructor(
    /** What is missing: the block the edit belongs in, the field, or the place (gone since it was read). */
    readonly reason: "block-missing" | "field-missing" | "stale",
  ) {
    super(reason);
    this.name = "PlanError";
  }
}

const isNotaTag = (tag: string) => parseTag(tag) !== undefined || tag.startsWith("nota:");

/**
 * The control new paragraphs next to paragraph `index` stay in: the innermost control around it that is not
 * one of ours and goes on past it (a control of another template that ends at this paragraph is left).
 */
function containerAt(snapshot: DocumentSnapshot, index: number, side: "after" | "before"): string | null {
  const tags = snapshot.paragraphs[index]?.contentControlTags ?? [];
  const neighbour = snapshot.paragraphs[index + (side === "after" ? 1 : -1)];
  for (let i = tags.length - 1; i >= 0; i--) {
    if (isNotaTag(tags[i])) continue;
    if (neighbour?.contentControlTags[i] === tags[i]) return tags[i];
  }
  return null;
}

function innermost(p: SnapshotParagraph | undefined): string | null {
  const tags = p?.contentControlTags ?? [];
  return tags.length ? tags[tags.length - 1] : null;
}

const hasTag = (snapshot: DocumentSnapshot, tag: string) =>
  snapshot.paragraphs.some((p) => p.contentControlTags.includes(tag));

export interface PlanOptions {
  /** Language of the placeholders the plan writes (default nl). */
  locale?: Locale;
  /** The nota parsed from the snapshot, when the caller has it. */
  nota?: Nota;
  /**
   * The labels a field the nota lacks is written with (the profile's `labels`: "Onze referentie", "Intern
   * afgestemd"); the schema's where none is given.
   */
  labels?: Partial<Record<FieldId, string>>;
}

/** The edits that carry out `edit` on the document `snapshot` was read from. */
export function planEdit(
  edit: DocumentEdit,
  snapshot: DocumentSnapshot,
  options: PlanOptions = {},
): PlannedEdit[] {
  const locale = options.locale ?? "nl";
  const nota = () => options.nota ?? parseNota(snapshot);
  switch (edit.kind) {
    case "setField":
      return planFields({ [edit.field]: edit.value }, snapshot, options);
    case "replaceText": {
      const p = snapshot.paragraphs[edit.paragraph];
      if (!p) throw new PlanError("stale");
      return [
        {
          op: "replaceRange",
          paragraph: edit.paragraph,
          start: edit.start,
          end: edit.end,
          expected: p.text.slice(edit.start, edit.end),
          text: edit.text,
        },
      ];
    }
    case "insertParagraph": {
      if (edit.block) return planTaggedParagraph(edit.block, edit.text, edit.tag, snapshot, nota(), locale);
      if (edit.afterParagraph === undefined || !snapshot.paragraphs[edit.afterParagraph])
        throw new PlanError("stale");
      return [
        {
          op: "insertParagraphs",
          anchor: {
            kind: "after",
            paragraph: edit.afterParagraph,
            inside: innermost(snapshot.paragraphs[edit.afterParagraph]),
          },
          paragraphs: [{ text: edit.text }],
        },
      ];
    }
    case "insertBlock":
      return planBlock(edit.block, snapshot, nota(), locale);
  }
}

/** The header fields in `values` written in one plan (the header form saves all of them at once). */
export function planFields(
  values: Partial<Record<FieldId, string>>,
  snapshot: DocumentSnapshot,
  options: PlanOptions = {},
): PlannedEdit[] {
  const locale = options.locale ?? "nl";
  const nota = options.nota ?? parseNota(snapshot);
  const plan: PlannedEdit[] = [];
  for (const [id, value] of Object.entries(values) as [FieldId, string][]) {
    const field = nota.header[id];
    if (!field) {
      if (value.trim()) plan.push(...planNewField(id, value, snapshot, nota, options.labels));
      continue;
    }
    // A tagged control that holds only the value: its text. (One that holds its label too, "Aan: MOCW" as an
    // adopted line, gets its value replaced below like any line.)
    if (field.tagged && field.valueOffset === 0) {
      const tag = TAGS.field(id);
      plan.push({ op: "setControlText", tag, text: value, placeholder: placeholderOf(tag)![locale] });
      continue;
    }
    if (!field.paragraphs.length) {
      if (field.labelParagraph === undefined) throw new PlanError("field-missing");
      const label = snapshot.paragraphs[field.labelParagraph];
      // A label without a value: beside it when the label says so ("Datum:") or the nota writes its fields so
      // ("Kenmerk 2024-…"), else on the line after it.
      const sibling = Object.values(nota.header).find((f) => f.separator !== undefined && !f.tagged);
      const bare = label.text.replace(/\s+$/, "");
      const separator = /:$/.test(bare) ? " " : sibling?.separator;
      if (separator !== undefined && !value.includes("\n")) {
        plan.push({
          op: "replaceRange",
          paragraph: field.labelParagraph,
          start: bare.length,
          end: label.text.length,
          expected: label.text.slice(bare.length),
          text: separator + value,
        });
        continue;
      }
      plan.push({
        op: "insertParagraphs",
        anchor: { kind: "after", paragraph: field.labelParagraph, inside: innermost(label) },
        paragraphs: [{ text: value }],
      });
      continue;
    }
    // The first value paragraph takes the whole value after its label; further value lines go, their
    // content being part of the new value.
    const [first, ...rest] = field.paragraphs;
    const text = snapshot.paragraphs[first].text;
    plan.push({
      op: "replaceRange",
      paragraph: first,
      start: field.valueOffset,
      end: text.length,
      expected: text.slice(field.valueOffset),
      text: value,
    });
    for (const i of rest) plan.push({ op: "deleteParagraph", paragraph: i });
  }
  return plan;
}

/**
 * A field the nota does not have yet, added in the nota's own layout next to the field before it in the schema's
 * order (or before the one after it): a new table row, a "Label: value" line, or a label line and a value line.
 */
function planNewField(
  id: FieldId,
  value: string,
  snapshot: DocumentSnapshot,
  nota: Nota,
  labels?: Partial<Record<FieldId, string>>,
): PlannedEdit[] {
  const order = NOTA_SCHEMA.fields.map((f) => f.id);
  const present = order.filter((f) => nota.header[f]);
  if (!present.length) throw new PlanError("field-missing"); // no header to take a layout from
  const before = present.filter((f) => order.indexOf(f) < order.indexOf(id)).pop();
  const neighbour = nota.header[before ?? present.find((f) => order.indexOf(f) > order.indexOf(id))!]!;
  const places = [neighbour.labelParagraph, ...neighbour.paragraphs].filter(
    (i): i is number => i !== undefined,
  );
  const anchor = before ? Math.max(...places) : Math.min(...places);
  const side = before ? "after" : "before";
  const label = own(labels, id) ?? fieldSpec(id).label.nl;
  const lines = value.split(/\r\n|\r|\n/);
  const p = snapshot.paragraphs[anchor];
  if (p.cell && id !== "purpose") {
    return [{ op: "insertTableRow", paragraph: anchor, side, cells: [label, lines.join("\n")] }];
  }
  let texts: string[];
  if (id === "purpose") texts = [value.trim().toUpperCase()];
  else if (neighbour.labelParagraph !== undefined && neighbour.paragraphs[0] === neighbour.labelParagraph)
    // The neighbour's own form: "Label: value", "Label<tab>value" or "Label value".
    texts = [`${label}${neighbour.separator ?? ": "}${lines[0]}`, ...lines.slice(1)];
  else if (neighbour.labelParagraph !== undefined) texts = [label, ...lines];
  else texts = [`${label}: ${lines[0]}`, ...lines.slice(1)];
  return [
    {
      op: "insertParagraphs",
      anchor: { kind: side, paragraph: anchor, inside: containerAt(snapshot, anchor, side) },
      paragraphs: texts.map((text) => ({ text })),
    },
  ];
}

/**
 * A paragraph in its own tagged control at the end of a block: rewritten where the tag already stands, else
 * inside the block's control, else after the block's last paragraph.
 */
function planTaggedParagraph(
  block: BlockId,
  text: string,
  tag: string | undefined,
  snapshot: DocumentSnapshot,
  nota: Nota,
  locale: Locale,
): PlannedEdit[] {
  const ownTag = tag ?? `nota:note:${block}`;
  if (hasTag(snapshot, ownTag)) return [{ op: "setControlText", tag: ownTag, text }];
  const section = nota.blocks[block];
  if (!section) throw new PlanError("block-missing");
  const control = {
    tag: ownTag,
    title:
      parseTag(ownTag)?.kind === "flag" ? translator(CONTROL_TITLES, locale)("emancipation-flag") : ownTag,
    placeholder: "",
  };
  const blockTag = TAGS.block(block);
  if (hasTag(snapshot, blockTag)) {
    const placeholderOnly =
      section.content.length > 0 && section.content.every((i) => snapshot.paragraphs[i].placeholder);
    return [
      {
        op: "insertParagraphs",
        anchor: { kind: placeholderOnly ? "replaceControl" : "endOfControl", tag: blockTag },
        paragraphs: [{ text, control }],
      },
    ];
  }
  const last = section.content.length
    ? section.content[section.content.length - 1]
    : section.headingParagraph;
  if (last === undefined) throw new PlanError("block-missing");
  return [
    {
      op: "insertParagraphs",
      anchor: { kind: "after", paragraph: last, inside: innermost(snapshot.paragraphs[last]) },
      paragraphs: [{ text, control }],
    },
  ];
}

/** A missing block: its heading and an empty tagged control, after the block that precedes it in the schema. */
function planBlock(block: BlockId, snapshot: DocumentSnapshot, nota: Nota, locale: Locale): PlannedEdit[] {
  if (nota.blocks[block]) return [];
  const spec = blockSpec(block);
  const paragraphs: NewParagraph[] = [
    { text: spec.label.nl, style: "Heading2" },
    {
      text: "",
      control: {
        tag: TAGS.block(block),
        title: controlTitleOf(spec)[locale],
        placeholder: spec.placeholder[locale],
      },
    },
  ];
  const before = NOTA_SCHEMA.blocks.filter((b) => b.order < spec.order && nota.blocks[b.id]).pop();
  const after = NOTA_SCHEMA.blocks.find((b) => b.order > spec.order && nota.blocks[b.id]);
  let anchor: Anchor = { kind: "bodyEnd" };
  if (before && hasTag(snapshot, TAGS.block(before.id))) {
    anchor = { kind: "afterControl", tag: TAGS.block(before.id) };
  } else if (before) {
    const last = nota.blocks[before.id]!.span[1];
    anchor = { kind: "after", paragraph: last, inside: containerAt(snapshot, last, "after") };
  } else if (after) {
    const first = nota.blocks[after.id]!.span[0];
    anchor = { kind: "before", paragraph: first, inside: containerAt(snapshot, first, "before") };
  }
  return [{ op: "insertParagraphs", anchor, paragraphs }];
}

/** The paragraph a control tag first stands in, and how many consecutive paragraphs carry it. */
function controlSpan(paragraphs: SnapshotParagraph[], tag: string): [number, number] | undefined {
  const first = paragraphs.findIndex((p) => p.contentControlTags.includes(tag));
  if (first < 0) return undefined;
  let end = first;
  while (end + 1 < paragraphs.length && paragraphs[end + 1].contentControlTags.includes(tag)) end++;
  return [first, end];
}

/**
 * Carries out a plan on a snapshot: what the document's text looks like afterwards. Indexes in the plan refer to
 * `snapshot`'s paragraphs, which are found again by identity, so that the edits do not move each other.
 */
export function applyPlan(snapshot: DocumentSnapshot, plan: readonly PlannedEdit[]): DocumentSnapshot {
  let paragraphs = snapshot.paragraphs.map((p) => ({ ...p, contentControlTags: [...p.contentControlTags] }));
  const original = paragraphs.slice();
  const at = (i: number) => {
    const found = original[i] ? paragraphs.indexOf(original[i]) : -1;
    if (found < 0) throw new PlanError("stale");
    return found;
  };
  const make = (n: NewParagraph, tags: string[]): SnapshotParagraph => {
    const p: SnapshotParagraph = {
      index: 0,
      text: n.text,
      isListItem: false,
      tableDepth: 0,
      contentControlTags: n.control ? [...tags, n.control.tag] : tags,
    };
    if (n.style) {
      p.style = { name: "heading 2", builtIn: n.style };
      p.outlineLevel = 2;
    }
    if (n.control && !n.text) {
      p.text = n.control.placeholder;
      p.placeholder = true;
    }
    return p;
  };
  for (const edit of plan) {
    switch (edit.op) {
      case "setControlText": {
        const span = controlSpan(paragraphs, edit.tag);
        if (!span) throw new PlanError("stale");
        const template = paragraphs[span[0]];
        const tags = template.contentControlTags.slice(0, template.contentControlTags.indexOf(edit.tag) + 1);
        const lines = edit.text ? edit.text.split(/\r\n|\r|\n/) : [edit.placeholder ?? ""];
        paragraphs.splice(
          span[0],
          span[1] - span[0] + 1,
          ...lines.map((text) => ({
            ...template,
            text,
            contentControlTags: tags,
            placeholder: edit.text ? undefined : true,
          })),
        );
        break;
      }
      case "replaceRange": {
        const p = paragraphs[at(edit.paragraph)];
        if (p.text.slice(edit.start, edit.end) !== edit.expected) throw new PlanError("stale");
        p.text = p.text.slice(0, edit.start) + edit.text + p.text.slice(edit.end);
        break;
      }
      case "deleteParagraph":
        paragraphs.splice(at(edit.paragraph), 1);
        break;
      case "insertTableRow": {
        const anchor = paragraphs[at(edit.paragraph)];
        const cell = anchor.cell;
        if (!cell) throw new PlanError("stale");
        const row = edit.side === "after" ? cell.row + 1 : cell.row;
        const inRow = (q: SnapshotParagraph) => q.cell?.table === cell.table && q.cell.row === cell.row;
        const rowParagraphs = paragraphs.filter(inRow);
        const index =
          edit.side === "after"
            ? paragraphs.indexOf(rowParagraphs[rowParagraphs.length - 1]) + 1
            : paragraphs.indexOf(rowParagraphs[0]);
        // Rows below move down (in place: later edits find their paragraphs by identity).
        for (const q of paragraphs)
          if (q.cell?.table === cell.table && q.cell.row >= row) q.cell = { ...q.cell, row: q.cell.row + 1 };
        const fresh = edit.cells.map((text, column) => ({
          index: 0,
          text,
          isListItem: false,
          tableDepth: anchor.tableDepth,
          contentControlTags: [],
          cell: { table: cell.table, row, column },
          story: anchor.story,
        }));
        paragraphs.splice(index, 0, ...fresh);
        break;
      }
      case "insertParagraphs": {
        const a = edit.anchor;
        if (a.kind === "bodyEnd") {
          let end = paragraphs.length;
          while (end > 0 && paragraphs[end - 1].story && paragraphs[end - 1].story !== "body") end--;
          paragraphs.splice(end, 0, ...edit.paragraphs.map((n) => make(n, [])));
        } else if ("paragraph" in a) {
          const i = at(a.paragraph);
          const anchor = paragraphs[i];
          const tags = a.inside
            ? anchor.contentControlTags.slice(0, anchor.contentControlTags.lastIndexOf(a.inside) + 1)
            : [];
          const fresh = edit.paragraphs.map((n) => ({ ...make(n, tags), story: anchor.story }));
          paragraphs.splice(a.kind === "after" ? i + 1 : i, 0, ...fresh);
        } else {
          const span = controlSpan(paragraphs, a.tag);
          if (!span) throw new PlanError("stale");
          const first = paragraphs[span[0]];
          const depth = first.contentControlTags.indexOf(a.tag);
          const outer = first.contentControlTags.slice(0, depth);
          const inner = first.contentControlTags.slice(0, depth + 1);
          const fresh = edit.paragraphs.map((n) => ({
            ...make(n, a.kind === "afterControl" ? outer : inner),
            story: first.story,
          }));
          if (a.kind === "replaceControl") paragraphs.splice(span[0], span[1] - span[0] + 1, ...fresh);
          else paragraphs.splice(span[1] + 1, 0, ...fresh);
        }
        break;
      }
    }
  }
  paragraphs = paragraphs.map((p, index) => ({ ...p, index }));
  return { ...snapshot, paragraphs };
}
