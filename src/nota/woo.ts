/** The Woo (Wet open overheid) grounds for withholding information, as codes written in redacted documents. */
import type { Nota } from "./parser";
import { FieldId, wooGroundOf } from "./schema";

export interface WooGround {
  code: string;
  description: { nl: string; en: string };
}

export const WOO_GROUNDS: WooGround[] = [
  { code: "5.1.1a", description: { nl: "eenheid van de Kroon", en: "unity of the Crown" } },
  { code: "5.1.1b", description: { nl: "veiligheid van de Staat", en: "state security" } },
  {
    code: "5.1.1c",
    description: { nl: "vertrouwelijke bedrijfsgegevens", en: "confidential business data" },
  },
  { code: "5.1.1d", description: { nl: "bijzondere persoonsgegevens", en: "special personal data" } },
  { code: "5.1.1e", description: { nl: "identificatienummers", en: "national ID numbers" } },
  { code: "5.1.2a", description: { nl: "internationale betrekkingen", en: "international relations" } },
  {
    code: "5.1.2b",
    description: {
      nl: "economische of financiële belangen van de Staat",
      en: "economic or financial interests of the State",
    },
  },
  {
    code: "5.1.2c",
    description: {
      nl: "opsporing en vervolging van strafbare feiten",
      en: "investigation and prosecution of offences",
    },
  },
  {
    code: "5.1.2d",
    description: { nl: "inspectie, controle en toezicht", en: "inspection, control and supervision" },
  },
  {
    code: "5.1.2e",
    description: { nl: "eerbiediging van de persoonlijke levenssfeer", en: "respect for personal privacy" },
  },
  {
    code: "5.1.2f",
    description: { nl: "concurrentiegevoelige bedrijfsgegevens", en: "competition-sensitive business data" },
  },
  { code: "5.1.2g", description: { nl: "bescherming van het milieu", en: "protection of the environment" } },
  {
    code: "5.1.2h",
    description: { nl: "beveiliging van personen of bedrijven", en: "security of persons or companies" },
  },
  {
    code: "5.1.2i",
    description: { nl: "goed functioneren van de Staat", en: "proper functioning of the State" },
  },
  {
    code: "5.1.5",
    description: { nl: "voorkomen van onevenredige benadeling", en: "preventing disproportionate harm" },
  },
  { code: "5.2", description: { nl: "persoonlijke beleidsopvattingen", en: "personal policy views" } },
];

/** Codes written in a text ("5.1.2e", "art. 5.1.2 sub e", "5.2"), normalised to "5.1.2e"; unknown ones too. */
export function findWooCodes(text: string): { code: string; known: boolean }[] {
  const found: { code: string; known: boolean }[] = [];
  const re = /(?<![\d.])5\.(\d)(?:\.(\d))?(?:\s*(?:,\s*)?(?:sub|onder)?\s*([a-i])\b|([a-i])\b)?/gi;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const letter = (m[3] ?? m[4] ?? "").toLowerCase();
    const code = `5.${m[1]}${m[2] ? `.${m[2]}` : ""}${letter}`;
    found.push({ code, known: WOO_GROUNDS.some((g) => g.code === code) });
  }
  return found;
}

/** Words that show the block gives a reason even without a code. */
export const WOO_MOTIVATION =
  /persoonsgegevens|persoonlijke levenssfeer|privacy|\bwoo\b|wet open overheid|omdat|vanwege|ter bescherming|op grond van/i;

/** "N.v.t.", "Niet van toepassing", "Geen". */
export const NOT_APPLICABLE = /^(n\.?\s?v\.?\s?t\.?|niet van toepassing\.?|geen\.?)$/i;

/** Something withheld from the publication copy: a Woo mark, or a header field the profile withholds. */
export interface Withheld {
  ground: string;
  /** The snapshot paragraph, and the characters [start, end) of its text. */
  paragraph: number;
  start: number;
  end: number;
  text: string;
  source: { kind: "mark" } | { kind: "field"; field: FieldId };
}

export function isWooGround(code: string): boolean {
  return WOO_GROUNDS.some((g) => g.code === code);
}

/**
 * Everything the nota withholds, in document order: its marks (controls tagged nota:woo:<ground>) and the values of
 * the header fields in `fields` (the profile's, e.g. Van on 5.1.2e).
 */
export function withheldParts(nota: Nota, fields: Partial<Record<FieldId, string>>): Withheld[] {
  const paras = nota.snapshot.paragraphs;
  const out: Withheld[] = [];
  paras.forEach((p, paragraph) => {
    for (const m of p.marks ?? []) {
      const ground = wooGroundOf(m.tag);
      if (ground === undefined) continue;
      out.push({
        ground,
        paragraph,
        start: m.start,
        end: m.end,
        text: p.text.slice(m.start, m.end),
        source: { kind: "mark" },
      });
    }
  });
  for (const [field, ground] of Object.entries(fields) as [FieldId, string][]) {
    const f = nota.header[field];
    if (!f || !f.value.trim()) continue;
    f.paragraphs.forEach((paragraph, i) => {
      const text = paras[paragraph].text;
      const start = i === 0 ? f.valueOffset : 0;
      if (!text.slice(start).trim()) return;
      out.push({
        ground,
        paragraph,
        start,
        end: text.length,
        text: text.slice(start),
        source: { kind: "field", field },
      });
    });
  }
  return out.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
}

/** Pairs of withheld parts that overlap on different grounds: which ground applies there cannot be told. */
export function conflictingParts(parts: readonly Withheld[]): [Withheld, Withheld][] {
  const out: [Withheld, Withheld][] = [];
  for (let i = 0; i < parts.length; i++)
    for (let j = i + 1; j < parts.length && parts[j].paragraph === parts[i].paragraph; j++)
      if (parts[j].start < parts[i].end && parts[i].ground !== parts[j].ground)
        out.push([parts[i], parts[j]]);
  return out;
}

/**
 * Text as a reader reads it, for finding withheld text in every form it can take on a page: each character
 * cluster (a letter and its combining marks) in NFKC, lower case, every kind of space as one space (runs of
 * spaces as one), every dash as "-", soft hyphens and zero-width characters left out. `pieces` are the visible
 * pieces of one paragraph in order (the texts of its runs, a line break or tab as " ", a non-breaking hyphen
 * as "-"); for each character of `text`, `piece`/`from`/`to` say which piece and which of its characters
 * [from, to) it was read from.
 */
export interface ReadingText {
  text: string;
  piece: number[];
  from: number[];
  to: number[];
}

const IGNORED = /^[\u00AD\u180E\u200B-\u200D\u2060\uFEFF]+$/;
const SPACE = /^[\s\p{Zs}]+$/u;
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gu;
const clusterCache = new Map<string, string>();

function readCluster(c: string): string {
  let out = clusterCache.get(c);
  if (out !== undefined) return out;
  if (IGNORED.test(c)) out = "";
  else {
    out = c.normalize("NFKC").toLowerCase();
    if (SPACE.test(out)) out = " ";
    else
      out = out
        .replace(/[\s\p{Zs}]/gu, " ")
        .replace(/\p{Pd}/gu, "-")
        .replace(IGNORED_ANY, "");
  }
  if (clusterCache.size < 4096) clusterCache.set(c, out);
  return out;
}
const IGNORED_ANY = /[\u00AD\u180E\u200B-\u200D\u2060\uFEFF]/g;

export function readingText(pieces: readonly string[]): ReadingText {
  return read(pieces, true);
}

/** Only the reading form of a (long) text, without the map back to its characters. */
export function readingOf(text: string): string {
  return read([text], false).text;
}

function read(pieces: readonly string[], mapped: boolean): ReadingText {
  const out: ReadingText = { text: "", piece: [], from: [], to: [] };
  const chars: string[] = [];
  let lastSpace = false;
  pieces.forEach((s, i) => {
    CLUSTER.lastIndex = 0;
    for (let m = CLUSTER.exec(s); m; m = CLUSTER.exec(s)) {
      const read = readCluster(m[0]);
      if (!read) continue;
      if (read === " ") {
        if (lastSpace) continue;
        lastSpace = true;
      } else lastSpace = read.endsWith(" ");
      if (!mapped) {
        chars.push(read);
        continue;
      }
      for (const ch of read) {
        chars.push(ch);
        out.piece.push(i);
        out.from.push(m.index);
        out.to.push(m.index + m[0].length);
      }
    }
  });
  out.text = chars.join("");
  return out;
}

/** A text in its reading form (see ReadingText), trimmed. */
export function readingForm(text: string): string {
  return readingOf(text).trim();
}

const WORD = /[\p{L}\p{N}]/u;

/** A match of one of the needles in a reading text: [start, end) of `text`. */
export interface ReadingMatch {
  start: number;
  end: number;
  needle: number;
}

/**
 * Where the needles (reading forms) stand in `text` (a reading form), on word boundaries only ("rijk" is not in
 * "rijksoverheid"), leftmost first and longest first where they overlap; the matches do not overlap.
 */
export function findReadings(text: string, needles: readonly string[]): ReadingMatch[] {
  const found: ReadingMatch[] = [];
  needles.forEach((needle, n) => {
    if (!needle) return;
    const wordStart = WORD.test(needle[0]);
    const wordEnd = WORD.test(needle[needle.length - 1]);
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      const end = at + needle.length;
      if (wordStart && at > 0 && WORD.test(text[at - 1])) continue;
      if (wordEnd && end < text.length && WORD.test(text[end])) continue;
      found.push({ start: at, end, needle: n });
    }
  });
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: ReadingMatch[] = [];
  let until = -1;
  for (const m of found)
    if (m.start >= until) {
      out.push(m);
      until = m.end;
    }
  return out;
}

/** One row of the Woo inventory (inventarislijst), in the columns publication platforms take. */
export interface InventoryRow {
  Document: string;
  Titel: string;
  Datum: string;
  Beoordeling: "Openbaar" | "Deels openbaar";
  Weigeringsgronden: string;
}

export const INVENTORY_COLUMNS: readonly (keyof InventoryRow)[] = [
  "Document",
  "Titel",
  "Datum",
  "Beoordeling",
  "Weigeringsgronden",
];

/** The row for a publication copy: "Deels openbaar" when anything was withheld, its grounds in the law's order. */
export function inventoryRow(
  document: string,
  title: string,
  date: string,
  grounds: readonly string[],
): InventoryRow {
  const order = (g: string) => WOO_GROUNDS.findIndex((x) => x.code === g);
  const used = [...new Set(grounds)].sort((a, b) => order(a) - order(b));
  return {
    Document: document,
    Titel: title,
    Datum: date,
    Beoordeling: used.length ? "Deels openbaar" : "Openbaar",
    Weigeringsgronden: used.join("; "),
  };
}
