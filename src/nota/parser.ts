/**
 * The parser: DocumentSnapshot → Nota. It understands documents made from our template (content-control tags)
 * and free-form notas as people write them: headings in heading styles, as bold short paragraphs or numbered;
 * the header as "Label: value" lines, as label and value on consecutive lines, or as a two-column table.
 * Sections it does not know are kept.
 */
import type { DocumentSnapshot, SnapshotParagraph } from "./snapshot";
import {
  BlockId,
  FieldId,
  isForeignLabel,
  isPlaceholderText,
  mayStartWithLabel,
  matchBlockHeading,
  matchFieldLabel,
  fieldSpec,
  parseTag,
} from "./schema";
import { PageReference, findPageReferences } from "./pages";

export interface HeaderField {
  id: FieldId;
  /** The value as one text; several lines joined with "\n". */
  value: string;
  /** The value's lines (for Bijlagen, afstemming). */
  lines: string[];
  /** The paragraph holding the label, when there is one. */
  labelParagraph?: number;
  /** The paragraphs holding the value. */
  paragraphs: number[];
  /** Where the field is: its first value paragraph, or its content control's placeholder, or its label. */
  anchor?: number;
  /** Where the value starts inside its first paragraph ("Aan: MOCW" → after "Aan: "). */
  valueOffset: number;
  /** Came from a content control of our template. */
  tagged: boolean;
  /**
   * How the label and value are joined when they share a paragraph, as written: ": ", a tab, or a space (the
   * Rijkshuisstijl's "Datum 9 oktober 2024"). Absent when the value has its own paragraph or cell.
   */
  separator?: string;
}

export interface Addressing {
  to: string[];
  via: string[];
  /** The addressee as written, without the routing ("de Minister van OCW"). */
  toText: string;
  /** The routing as written, from Aan and from a Via field of its own, joined. */
  viaText: string;
}

export interface NotaSection {
  /** The block this section is; null for a section the schema does not know. */
  id: BlockId | null;
  heading: string;
  headingParagraph?: number;
  /** The heading uses the schema's standard wording (always true for unknown sections). */
  standardWording: boolean;
  /** Non-empty paragraphs below the heading, up to the next section. */
  content: number[];
  /** All paragraphs of the section including the heading and empty ones: [first, last]. */
  span: [number, number];
}

export interface EmancipationFlag {
  paragraph: number;
  text: string;
  references: PageReference[];
  tagged: boolean;
}

export interface Nota {
  header: Partial<Record<FieldId, HeaderField>>;
  addressing?: Addressing;
  title?: { text: string; paragraph: number };
  /** All sections in document order, known and unknown. */
  sections: NotaSection[];
  /** The first section of each block. */
  blocks: Partial<Record<BlockId, NotaSection>>;
  /** Sections naming a block that was already seen. */
  repeatedBlocks: NotaSection[];
  flag?: EmancipationFlag;
  /** The snapshot the nota was parsed from (the rules need its text). */
  snapshot: DocumentSnapshot;
}

const PURPOSE = /^ter\s+\p{L}+$/iu;
/** Purposes written in lower case too ("Ter beslissing"); in capitals any "TER …" line is one. */
const PURPOSE_WORDS =
  /^ter\s+(beslissing|besluitvorming|informatie|kennisname|ondertekening|advisering|goedkeuring|accordering|vaststelling|bespreking)$/i;
const LABEL_VALUE = /^([^:\n]{2,40}?)\s*:\s*(.*)$/s;
const LABEL_TAB = /^([^\t\n:]{1,40}?) *\t\s*(.*)$/s;

/** The purpose line: "TER BESLISSING" as a line (or cell) of its own; a trailing colon or full stop is allowed. */
export function isPurposeLine(text: string): boolean {
  const t = text.trim().replace(/[:.]$/, "").trim();
  if (t.length > 40) return false;
  return (PURPOSE.test(t) && t === t.toUpperCase()) || PURPOSE_WORDS.test(t);
}

/**
 * What a value must look like when a label is followed by it after a space only, without a colon or tab
 * ("Datum 9 oktober 2024", "Aan de Minister-President", "Kenmerk DGLGS 95806035"): body text that starts with a
 * label's word ("Van belang is …", "Aan de hand van …") must not become a field.
 */
const SPACED_VALUE: Partial<Record<FieldId, RegExp>> = {
  aan: /^(?:(?:de|het)\s+\p{Lu}|\p{Lu})/u,
  via: /^(?:(?:de|het)\s+\p{Lu}|\p{Lu})/u,
  van: /^\p{Lu}/u,
  datum: /^\d/,
  referentie: /\d/,
  bijlagen: /^(?:\d|\p{Lu}|geen\b|n\.?v\.?t)/u,
  "aantal-bijlagen": /^(?:\d+|geen|één|een|twee|drie|vier|vijf)\b/i,
  "intern-afgestemd": /^(?:\p{Lu}|geen\b|n\.?v\.?t)/u,
  "extern-afgestemd": /^(?:\p{Lu}|geen\b|n\.?v\.?t)/u,
  openbaar: /^(?:ja|nee)\b/i,
};

export interface Labelled {
  id: FieldId;
  /** Where the value starts (after the label and its separator). */
  offset: number;
  separator: string;
}

/**
 * A header line's label and where its value starts, in the forms notas use: "Label: value", "Label<tab>value",
 * and the Rijkshuisstijl's "Label value" (the label's words, then a value that looks like one: SPACED_VALUE).
 * `foreign`: the line starts with a label that is not ours ("Uw kenmerk 12345"). Undefined for any other line.
 */
export function splitLabelled(text: string): Labelled | { foreign: true } | undefined {
  if (!mayStartWithLabel(text)) return undefined;
  const colon = LABEL_VALUE.exec(text);
  if (colon) {
    const id = matchFieldLabel(colon[1]);
    if (id)
      return {
        id,
        offset: text.length - colon[2].length,
        separator: text.slice(colon[1].length, text.length - colon[2].length),
      };
    if (isForeignLabel(colon[1])) return { foreign: true };
  }
  const tab = LABEL_TAB.exec(text);
  if (tab) {
    const id = matchFieldLabel(tab[1]);
    if (id)
      return {
        id,
        offset: text.length - tab[2].length,
        separator: text.slice(tab[1].length, text.length - tab[2].length),
      };
    if (isForeignLabel(tab[1])) return { foreign: true };
  }
  // "Label value": the shortest run of up to four words that is a label, then a value of the field's shape (a
  // short line: a header line, not a paragraph of text).
  if (text.length > 300) return undefined;
  const words = /^\s*(\S+)(?:(\s+)(\S+))?(?:(\s+)(\S+))?(?:(\s+)(\S+))?/.exec(text);
  if (!words) return undefined;
  let end = words[0].length - words[0].trimStart().length;
  for (let n = 0; n < 4; n++) {
    const word = words[1 + 2 * n];
    if (word === undefined) break;
    end += (n > 0 ? words[2 * n].length : 0) + word.length;
    const label = text.slice(0, end);
    const rest = text.slice(end);
    const gap = /^[ \u00a0]+/.exec(rest);
    if (isForeignLabel(label) && gap) return { foreign: true };
    const id = matchFieldLabel(label);
    if (!id || !gap) continue;
    const value = rest.slice(gap[0].length);
    const shape = SPACED_VALUE[id];
    if (!value.trim() || (shape && !shape.test(value))) return undefined;
    return { id, offset: end + gap[0].length, separator: gap[0] };
  }
  return undefined;
}
const FLAG_WORDS = /emancipati|passage/i;

function isHeadingStyled(p: SnapshotParagraph): boolean {
  return p.outlineLevel !== undefined || p.style?.builtIn === "Title";
}

/** A bold, short paragraph without closing punctuation: how free-form notas mark headings. */
function looksLikeBoldHeading(p: SnapshotParagraph): boolean {
  const t = p.text.trim();
  return (
    p.bold === true &&
    !p.isListItem &&
    p.tableDepth === 0 &&
    t.length > 0 &&
    t.length <= 100 &&
    t.split(/\s+/).length <= 12 &&
    !/[.;,]$/.test(t)
  );
}

/** A tag kind without a case of its own in `tagsOf`: a compile error there, nothing at run time. */
function unknownTagKind(kind: never): void {
  return kind;
}

/**
 * What a paragraph's content-control tags make it: a block's, a field's, the title or the emancipation flag. A tag
 * that is none of ours (another template's, a Woo mark's) makes it nothing; a kind `parseTag` might learn later is
 * a compile error here until it is given its own case, never taken for one of these.
 */
export function tagsOf(p: Pick<SnapshotParagraph, "contentControlTags">) {
  let block: BlockId | undefined;
  let field: FieldId | undefined;
  let title = false;
  let flag = false;
  for (const tag of p.contentControlTags) {
    const t = parseTag(tag);
    if (!t) continue;
    switch (t.kind) {
      case "block":
        block = t.id;
        break;
      case "field":
        field = t.id;
        break;
      case "title":
        title = true;
        break;
      case "flag":
        flag = true;
        break;
      default:
        unknownTagKind(t); // makes the paragraph nothing
    }
  }
  return { block, field, title, flag };
}

/**
 * Who a nota goes to and via whom, in the forms notas use: "MOCW (via SOCW)", "MOCW via SOCW", "MOCW, via SOCW",
 * "MOCW en SOCW", titles written out ("de Minister van OCW, via de Staatssecretaris van OCW"), and a Via field of
 * its own (`viaField`). Names are split on commas and "en"; the texts as written are kept for titles that hold
 * those themselves (matched against the profile by the rules).
 */
export function parseAddressing(value: string, viaField = ""): Addressing {
  // Linear on any input: no pattern starts with an unbounded run of white space.
  const names = (s: string) =>
    s
      .split(/,|;|\/|&|\ben\b/i)
      .map((n) => n.replace(/[()]/g, "").trim())
      .filter(Boolean);
  const via: string[] = [];
  const viaTexts: string[] = [];
  const add = (who: string) => {
    for (const name of names(who)) via.push(name);
    viaTexts.push(who.trim());
  };
  const withoutVia = value.replace(/[(,]?\bvia\b([^)\n]+)\)?/gi, (_whole, who: string) => {
    add(who);
    return " ";
  });
  const ownField = viaField
    .trim()
    .replace(/^via\b:?/i, "")
    .trim();
  if (ownField) add(ownField);
  return {
    to: names(withoutVia),
    via,
    toText: withoutVia
      .replace(/\s+/g, " ")
      .replace(/[\s,]+$/, "")
      .trim(),
    viaText: viaTexts.join("; "),
  };
}

/**
 * Placeholder text is never a value, whoever wrote it down: a tagged paragraph that holds its part's own
 * placeholder or Word's default one counts as placeholder even when Word no longer marks it so (office-js
 * #6568). Returns the snapshot itself when nothing changes.
 */
function withPlaceholders(snapshot: DocumentSnapshot): DocumentSnapshot {
  let changed = false;
  const paragraphs = snapshot.paragraphs.map((p) => {
    if (p.placeholder || !p.contentControlTags.length || !p.text.trim()) return p;
    if (!isPlaceholderText(p.contentControlTags, p.text)) return p;
    changed = true;
    return { ...p, placeholder: true };
  });
  return changed ? { ...snapshot, paragraphs } : snapshot;
}

/** Splits the snapshot's paragraphs into header fields, title and sections. */
export function parseNota(original: DocumentSnapshot): Nota {
  const snapshot = withPlaceholders(original);
  const paras = snapshot.paragraphs;
  const tags = paras.map(tagsOf);
  // 1. Sections; 2. the header before the first of them (and in the first page's header); 3. the title;
  // 4. the emancipation flag sentence.
  const sections = findSections(paras, tags);
  const headerEnd = sections.length ? sections[0].span[0] : lastBodyIndex(paras) + 1;
  const header = parseHeader(paras, tags, headerRegion(paras, headerEnd));
  const aan = header.aan?.value;
  const via = header.via?.value;
  return {
    header,
    addressing: aan || via ? parseAddressing(aan ?? "", via) : undefined,
    title: findTitle(paras, tags, headerEnd, header),
    sections,
    ...blocksOf(sections),
    flag: findFlag(paras, tags, headerEnd),
    snapshot,
  };
}

/** The sections: block headings, tagged block content, and unknown headings once the body has begun. */
function findSections(paras: SnapshotParagraph[], tags: Tags[]): NotaSection[] {
  const sections: NotaSection[] = [];
  let current: NotaSection | undefined;
  let blockHeadingLevel: number | undefined;
  const startSection = (s: Omit<NotaSection, "span" | "content">, at: number) => {
    if (current) current.span[1] = at - 1;
    current = { ...s, content: [], span: [at, at] };
    sections.push(current);
  };
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i];
    if (p.story && p.story !== "body") continue; // page-header paragraphs belong to the header block only
    const t = tags[i];
    const text = p.text.trim();
    const match = t.field || t.title ? undefined : matchBlockHeading(text);
    if (match && (t.block === undefined || t.block === match.id) && p.tableDepth === 0) {
      startSection({ id: match.id, heading: text, headingParagraph: i, standardWording: match.standard }, i);
      blockHeadingLevel ??= p.outlineLevel;
      continue;
    }
    if (t.block && current?.id !== t.block) {
      // Tagged content whose heading is missing or says something else.
      startSection({ id: t.block, heading: "", standardWording: true }, i);
    } else if (current && !t.block && !t.flag && text && isOtherHeading(p, blockHeadingLevel)) {
      startSection({ id: null, heading: text, headingParagraph: i, standardWording: true }, i);
      continue;
    }
    if (current && text) current.content.push(i);
  }
  if (current) current.span[1] = lastBodyIndex(paras);
  return sections;
}

/** A heading of a section the schema does not know: styled no deeper than the blocks' headings, or bold. */
function isOtherHeading(p: SnapshotParagraph, blockHeadingLevel: number | undefined): boolean {
  return isHeadingStyled(p)
    ? blockHeadingLevel === undefined || (p.outlineLevel ?? 0) <= blockHeadingLevel
    : looksLikeBoldHeading(p);
}

/** The first section of each block, and the later ones that name a block again. */
function blocksOf(sections: NotaSection[]): Pick<Nota, "blocks" | "repeatedBlocks"> {
  const blocks: Partial<Record<BlockId, NotaSection>> = {};
  const repeatedBlocks: NotaSection[] = [];
  for (const s of sections) {
    if (s.id === null) continue;
    if (blocks[s.id]) repeatedBlocks.push(s);
    else blocks[s.id] = s;
  }
  return { blocks, repeatedBlocks };
}

/** Where the header may stand: everything before the first section, and the first page's header. */
function headerRegion(paras: SnapshotParagraph[], headerEnd: number): number[] {
  const region: number[] = [];
  for (let i = 0; i < headerEnd; i++) region.push(i);
  paras.forEach((p, i) => p.story && p.story !== "body" && region.push(i));
  return region;
}

type Tags = ReturnType<typeof tagsOf>;

/** The last paragraph of the body (page-header paragraphs come after it). */
function lastBodyIndex(paras: SnapshotParagraph[]): number {
  let last = paras.length - 1;
  while (last >= 0 && paras[last].story && paras[last].story !== "body") last--;
  return last;
}

/** A list item's marker at the start of a line: "2.", "2)", "b.", "-", "•". */
const LIST_MARKER = /^\s*(?:\d{1,3}[.)]|[a-z][.)]|[-–•*])\s/;

/**
 * A field value's lines in one paragraph. A soft line break (Shift+Enter: "\n" in the snapshot, Word's "\v")
 * separates lines; in Bijlagen each paragraph is one attachment and a soft break only wraps a long title
 * ("Monitor Integrale veiligheid mbo⏎2023: Sectorrapport" is one), unless the next line starts a list item of
 * its own ("1. Kamerbrief⏎2. Rapport" in one cell are two).
 */
function valueLines(id: FieldId, text: string): string[] {
  const lines = text.split(/[\n\v]/);
  if (id !== "bijlagen") return lines;
  const out: string[] = [];
  for (const line of lines) {
    if (out.length && line.trim() && !LIST_MARKER.test(line) && out[out.length - 1].trim())
      out[out.length - 1] = `${out[out.length - 1].trimEnd()} ${line.trimStart()}`;
    else out.push(line);
  }
  return out;
}

type Header = Partial<Record<FieldId, HeaderField>>;

/** The header being found: the fields so far, and the paragraphs they took (label and value). */
interface HeaderScan {
  readonly paras: SnapshotParagraph[];
  readonly tags: Tags[];
  /** The paragraphs the header may stand in, in order, and as a set. */
  readonly region: number[];
  readonly inRegion: Set<number>;
  /** A paragraph's splitLabelled, worked out once. */
  readonly splitAt: (i: number) => ReturnType<typeof splitLabelled>;
  readonly header: Header;
  readonly consumed: Set<number>;
}

/**
 * The header fields, found in three ways tried in order, each leaving what an earlier one took: the template's
 * tagged fields (anywhere in the document), two-column tables, and lines.
 */
function parseHeader(paras: SnapshotParagraph[], tags: Tags[], region: number[]): Header {
  const splits = new Map<number, ReturnType<typeof splitLabelled>>();
  const splitAt = (i: number) => {
    if (!splits.has(i)) splits.set(i, splitLabelled(paras[i].text));
    return splits.get(i);
  };
  const scan: HeaderScan = {
    paras,
    tags,
    region,
    inRegion: new Set(region),
    splitAt,
    header: {},
    consumed: new Set(),
  };
  for (const strategy of [taggedFields, tableFields, lineFields]) strategy(scan);
  return scan.header;
}

/** Adds a field; the first one found wins (a page-2 running header repeats Datum). */
function addField(scan: HeaderScan, field: HeaderField): void {
  if (scan.header[field.id]) return;
  scan.header[field.id] = field;
  field.paragraphs.forEach((i) => scan.consumed.add(i));
  if (field.labelParagraph !== undefined) scan.consumed.add(field.labelParagraph);
}

interface FieldPlace {
  label?: number;
  /** Where the value starts in its first paragraph. */
  offset?: number;
  tagged?: boolean;
  separator?: string;
}

function fieldFrom(
  paras: SnapshotParagraph[],
  id: FieldId,
  valueParas: number[],
  place: FieldPlace = {},
): HeaderField {
  const offset = place.offset ?? 0;
  const anchor = valueParas[0] ?? place.label;
  // Placeholder text of the template is guidance, not a value.
  const values = valueParas.filter((i) => !paras[i].placeholder);
  const lines = values
    .flatMap((i, n) => valueLines(id, n === 0 ? paras[i].text.slice(offset) : paras[i].text))
    .map((l) => l.trim())
    .filter(Boolean);
  const field: HeaderField = {
    id,
    value: lines.join("\n"),
    lines,
    labelParagraph: place.label,
    anchor,
    paragraphs: values,
    valueOffset: offset,
    tagged: place.tagged ?? false,
  };
  if (place.separator !== undefined) field.separator = place.separator;
  return field;
}

/** 1. Tagged fields (the template), anywhere in the document. */
function taggedFields(scan: HeaderScan): void {
  const taggedParas = new Map<FieldId, number[]>();
  scan.tags.forEach((t, i) => {
    if (!t.field) return;
    const list = taggedParas.get(t.field);
    if (list) list.push(i);
    else taggedParas.set(t.field, [i]);
  });
  for (const [id, list] of taggedParas)
    addField(
      scan,
      fieldFrom(scan.paras, id, list, { ...taggedLabel(scan.paras, list[0], id), tagged: true }),
    );
}

/**
 * Where a tagged field's label stands: in the cell before the value's cell, in the paragraph before it, or (an
 * adopted "Label: value" line) in the tagged paragraph itself.
 */
function taggedLabel(paras: SnapshotParagraph[], first: number, id: FieldId): FieldPlace {
  const p = paras[first];
  if (p.cell && p.cell.column > 0) {
    let label: number | undefined;
    for (let j = first - 1; j >= 0 && paras[j].cell?.table === p.cell.table; j--) {
      if (paras[j].cell?.row === p.cell.row && matchFieldLabel(paras[j].text) === id) label = j;
    }
    return { label, offset: 0 };
  }
  if (first > 0 && !paras[first - 1].cell && matchFieldLabel(paras[first - 1].text) === id)
    return { label: first - 1, offset: 0 };
  const own = splitLabelled(p.text);
  if (own && "id" in own && own.id === id)
    return { label: first, offset: own.offset, separator: own.separator };
  return { offset: 0 };
}

/** 2. Two-column tables: label in the first column, value in the others. */
function tableFields(scan: HeaderScan): void {
  const { paras } = scan;
  const rows = new Map<string, number[]>();
  for (const i of scan.region) {
    const c = paras[i].cell;
    if (!c) continue;
    const key = `${c.table}:${c.row}`;
    const row = rows.get(key);
    if (row) row.push(i);
    else rows.set(key, [i]);
  }
  for (const cells of rows.values()) {
    const labelCell = cells.filter((i) => paras[i].cell!.column === 0 && paras[i].text.trim());
    const filled = cells.filter((i) => paras[i].cell!.column > 0 && paras[i].text.trim());
    // A value cell left empty is still where the value goes (the form writes into it, not into the label's).
    const empty = cells.find((i) => paras[i].cell!.column > 0);
    const valueCell = filled.length || empty === undefined ? filled : [empty];
    if (labelCell.length !== 1 || scan.consumed.has(labelCell[0])) continue;
    const id = matchFieldLabel(paras[labelCell[0]].text);
    if (id) addField(scan, fieldFrom(paras, id, valueCell, { label: labelCell[0] }));
  }
}

/** 3. Lines: "Label: value", "Label<tab>value", "Label value", or a label line followed by its value lines. */
function lineFields(scan: HeaderScan): void {
  for (const i of scan.region) {
    if (scan.consumed.has(i)) continue;
    const field = lineField(scan, i);
    if (field) addField(scan, field);
  }
}

/** The field a header line starts, if any: the purpose, a "Via" line, a labelled line or a label line. */
function lineField(scan: HeaderScan, i: number): HeaderField | undefined {
  const { paras, splitAt } = scan;
  const text = paras[i].text.trim();
  if (!text) return undefined;
  if (isPurposeLine(text)) return fieldFrom(paras, "purpose", [i]);
  // "Via SOCW" on a line of its own, without a colon: the routing as a field.
  const viaLine = /^\s*via\s+(?=\S)/i.exec(paras[i].text);
  if (viaLine && !paras[i].text.includes(":"))
    return fieldFrom(paras, "via", [i], { label: i, offset: viaLine[0].length });
  const split = splitAt(i);
  if (split && "foreign" in split) return undefined;
  if (split && paras[i].text.slice(split.offset).trim())
    return fieldFrom(paras, split.id, [i], { label: i, offset: split.offset, separator: split.separator });
  const id = split?.id ?? matchFieldLabel(text);
  return id ? fieldFrom(paras, id, valuesBelow(scan, i, id), { label: i }) : undefined;
}

/**
 * The value lines below a label line of its own: up to the next label, purpose line, heading or title, in the
 * label's story; one line unless the field holds several (an empty line then ends them).
 */
function valuesBelow(scan: HeaderScan, i: number, id: FieldId): number[] {
  const { paras, inRegion, splitAt } = scan;
  const isLabel = (j: number) => {
    const t = paras[j].text.trim();
    return splitAt(j) !== undefined || matchFieldLabel(t) !== undefined || isForeignLabel(t);
  };
  const values: number[] = [];
  for (let j = i + 1; inRegion.has(j) && (paras[j].story ?? "body") === (paras[i].story ?? "body"); j++) {
    const q = paras[j];
    const qt = q.text.trim();
    if (scan.consumed.has(j) || isLabel(j) || isPurposeLine(qt)) break;
    if (!qt) {
      if (values.length) break;
      continue;
    }
    if (isHeadingStyled(q) || scan.tags[j].title) break;
    values.push(j);
    if (!fieldSpec(id).multiple) break;
  }
  return values;
}

function findTitle(
  paras: SnapshotParagraph[],
  tags: Tags[],
  headerEnd: number,
  header: Header,
): Nota["title"] {
  const tagged = tags.findIndex((t) => t.title);
  if (tagged >= 0)
    return paras[tagged].placeholder ? undefined : { text: paras[tagged].text.trim(), paragraph: tagged };
  const used = new Set<number>();
  for (const f of Object.values(header)) {
    f.paragraphs.forEach((i) => used.add(i));
    if (f.labelParagraph !== undefined) used.add(f.labelParagraph);
  }
  const candidates: number[] = [];
  for (let i = 0; i < headerEnd; i++) {
    const p = paras[i];
    if (used.has(i) || !p.text.trim() || p.tableDepth > 0) continue;
    candidates.push(i);
  }
  const styled = candidates.find((i) => isHeadingStyled(paras[i]));
  const bold = candidates.filter((i) => looksLikeBoldHeading(paras[i]));
  const pick = styled ?? bold[bold.length - 1];
  return pick === undefined ? undefined : { text: paras[pick].text.trim(), paragraph: pick };
}

function findFlag(paras: SnapshotParagraph[], tags: Tags[], from: number): EmancipationFlag | undefined {
  const tagged = tags.findIndex((t) => t.flag);
  if (tagged >= 0) {
    const text = paras[tagged].text;
    return { paragraph: tagged, text, references: findPageReferences(text), tagged: true };
  }
  for (let i = from; i < paras.length; i++) {
    const text = paras[i].text;
    if (!FLAG_WORDS.test(text)) continue;
    const references = findPageReferences(text);
    if (references.length) return { paragraph: i, text, references, tagged: false };
  }
  return undefined;
}
