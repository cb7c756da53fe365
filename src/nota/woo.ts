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
  const joined: string[] = [];
  let lastSpace = false;
  const emit = (read: string, i: number, from: number, to: number) => {
    if (!read) return;
    if (read === " ") {
      if (lastSpace) return;
      lastSpace = true;
    } else lastSpace = read.endsWith(" ");
    if (!mapped) {
      chars.push(read);
      // A long text is joined as it goes (an array of millions of one-character strings costs far more).
      if (chars.length >= 65536) {
        joined.push(chars.join(""));
        chars.length = 0;
      }
      return;
    }
    for (const ch of read) {
      chars.push(ch);
      out.piece.push(i);
      out.from.push(from);
      out.to.push(to);
    }
  };
  pieces.forEach((s, i) => {
    for (let at = 0; at < s.length;) {
      const c = s.charCodeAt(at);
      // ASCII not followed by a combining mark: its reading without the cluster machinery (the common case).
      if (c < 128 && (at + 1 >= s.length || s.charCodeAt(at + 1) < 0x300)) {
        const read =
          c === 32 || (c >= 9 && c <= 13) ? " " : c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : s[at];
        emit(read, i, at, at + 1);
        at++;
        continue;
      }
      CLUSTER.lastIndex = at;
      const m = CLUSTER.exec(s)!;
      emit(readCluster(m[0]), i, at, at + m[0].length);
      at += m[0].length;
    }
  });
  joined.push(chars.join(""));
  out.text = joined.join("");
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
  const { byWord, others } = compiled(needles);
  const found: ReadingMatch[] = [];
  const add = (at: number, n: number) => {
    const needle = needles[n];
    const end = at + needle.length;
    if (WORD.test(needle[0]) && at > 0 && WORD.test(text[at - 1])) return;
    if (WORD.test(needle[needle.length - 1]) && end < text.length && WORD.test(text[end])) return;
    found.push({ start: at, end, needle: n });
  };
  // Needles that start with a word: looked up by the word each of the text's words is (one pass over the text).
  if (byWord.size) {
    WORDS.lastIndex = 0;
    for (let m = WORDS.exec(text); m; m = WORDS.exec(text))
      for (const n of byWord.get(m[0]) ?? []) if (text.startsWith(needles[n], m.index)) add(m.index, n);
  }
  for (const n of others)
    for (let at = text.indexOf(needles[n]); at >= 0; at = text.indexOf(needles[n], at + 1)) add(at, n);
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

const WORDS = /[\p{L}\p{N}]+/gu;
const compiledNeedles = new WeakMap<readonly string[], { byWord: Map<string, number[]>; others: number[] }>();

/** The needles by their first word (a needle that starts with a word matches only where a word is just that). */
function compiled(needles: readonly string[]) {
  let c = compiledNeedles.get(needles);
  if (c) return c;
  c = { byWord: new Map<string, number[]>(), others: [] };
  needles.forEach((needle, n) => {
    if (!needle) return;
    const first = /^[\p{L}\p{N}]+/u.exec(needle)?.[0];
    if (first === undefined) c!.others.push(n);
    else {
      const list = c!.byWord.get(first) ?? [];
      list.push(n);
      c!.byWord.set(first, list);
    }
  });
  compiledNeedles.set(needles, c);
  return c;
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
