/** Factories for snapshots: small functions that build just the document a test needs. */
import { BLOCK_IDS, BlockId, blockSpec } from "../../src/nota/schema";
import { DocumentSnapshot, SnapshotParagraph, paragraph } from "../../src/nota/snapshot";

export type Line = string | [string, Partial<SnapshotParagraph>];

/** A heading in a heading style. */
export const h = (text: string, level = 2): Line => [
  text,
  { outlineLevel: level, style: { name: `heading ${level}`, builtIn: `Heading${level}` } },
];
/** A bold paragraph. */
export const b = (text: string): Line => [text, { bold: true }];
/** A list item. */
export const li = (text: string): Line => [text, { isListItem: true, listLevel: 0 }];
/** A paragraph on a page. */
export const onPage = (page: number, text: string): Line => [text, { page }];

export function snapshotOf(lines: Line[], extra: Partial<DocumentSnapshot> = {}): DocumentSnapshot {
  const paragraphs = lines.map((line, i) =>
    typeof line === "string" ? paragraph(i, line) : paragraph(i, line[0], line[1]),
  );
  const pageSource = paragraphs.some((p) => p.page !== undefined) ? "layout" : "none";
  return { paragraphs, customXmlParts: [], properties: {}, pageSource, ...extra };
}

export interface NotaOptions {
  purpose?: string | null;
  aan?: string | null;
  datum?: string | null;
  referentie?: string | null;
  intern?: string | null;
  extern?: string | null;
  title?: string | null;
  /** Per block: its paragraphs, or null to leave the block out. Defaults give every block real content. */
  blocks?: Partial<Record<BlockId, Line[] | null>>;
  /** Block order (defaults to the schema's). */
  order?: BlockId[];
}

const DEFAULT_CONTENT: Record<BlockId, Line[]> = {
  aanleiding: [
    "Op 20 december 2023 is de monitor aangeboden met de toezegging een beleidsreactie te sturen.",
  ],
  "geadviseerd-besluit": [li("U wordt geadviseerd akkoord te gaan met verzending van de beleidsreactie.")],
  kernpunten: [
    li("De veiligheid in het mbo wordt verschillend ervaren."),
    li("Er zijn geen nieuwe toezeggingen."),
  ],
  toelichting: ["N.v.t."],
  "niet-openbaar": ["N.v.t."],
};

/** A complete, valid nota in the "Label: value" form, with headings in heading styles. */
export function notaLines(o: NotaOptions = {}): Line[] {
  const lines: Line[] = [];
  const field = (label: string, value: string | null | undefined, fallback: string) => {
    const v = value === undefined ? fallback : value;
    if (v !== null) lines.push(`${label}: ${v}`);
  };
  if (o.purpose !== null) lines.push(o.purpose ?? "TER ONDERTEKENING");
  field("Aan", o.aan, "MOCW");
  lines.push("Van: Directie MBO");
  field("Datum", o.datum, "26 november 2024");
  field("Referentie", o.referentie, "49235295");
  field("Intern OCW afgestemd", o.intern, "MBO, FEZ");
  field("Extern afgestemd", o.extern, "MBO Raad");
  if (o.title !== null) lines.push(h(o.title ?? "Beleidsreactie monitor", 1));
  for (const id of o.order ?? BLOCK_IDS) {
    const content = o.blocks?.[id] === undefined ? DEFAULT_CONTENT[id] : o.blocks[id];
    if (content === null) continue;
    lines.push(h(blockSpec(id).label.nl));
    lines.push(...content);
  }
  return lines;
}

export function notaSnapshot(o: NotaOptions = {}, extra: Partial<DocumentSnapshot> = {}): DocumentSnapshot {
  return snapshotOf(notaLines(o), extra);
}

/** A letter whose pages hold the given texts (one paragraph each). */
export function letterSnapshot(pages: Record<number, string[]>): DocumentSnapshot {
  const lines: Line[] = [];
  for (const [page, texts] of Object.entries(pages))
    for (const t of texts) lines.push(onPage(Number(page), t));
  return snapshotOf(lines, { pageSource: "layout" });
}

export function indexOfText(snapshot: DocumentSnapshot, text: string): number {
  const i = snapshot.paragraphs.findIndex((p) => p.text === text);
  if (i < 0) throw new Error(`no paragraph "${text}"`);
  return i;
}

/** The paragraph texts of a snapshot: what a rule tester's `output` compares. */
export const textsOf = (snapshot: DocumentSnapshot): string[] => snapshot.paragraphs.map((p) => p.text);

/** The texts of the nota `o` builds with block `id` present as the form inserts it: its heading and placeholder. */
export function textsWithInserted(o: NotaOptions, id: BlockId): string[] {
  return textsOf(notaSnapshot({ ...o, blocks: { ...o.blocks, [id]: [blockSpec(id).placeholder.nl] } }));
}
