/**
 * Page references in Dutch: "blz. 2, 6 en 7", "pagina's 2 en 6", "p. 3", "blz. 4-6" — parsed and formatted.
 */

export interface PageReference {
  /** Pages in the order written (ranges expanded), so that a check can see disorder and duplicates. */
  pages: number[];
  /** Character range of the whole reference in the text searched. */
  start: number;
  end: number;
  /** The reference as written. */
  text: string;
}

const NUMBER_LIST = String.raw`\d{1,4}(?:\s*[-–—]\s*\d{1,4})?(?:\s*(?:,|\ben\b|&|\bt\/m\b)\s*\d{1,4}(?:\s*[-–—]\s*\d{1,4})?)*`;
const PREFIX = String.raw`(?:blz\.?|bladzijden?|bladz\.|pagina['’]?s|pagina|pag\.|pp\.|p\.)`;
const PAGE_REF = new RegExp(String.raw`(?<![\p{L}\d])${PREFIX}\s*(${NUMBER_LIST})`, "giu");
/** Expanding "1-100000" would be a way to hang the tool; a range longer than this is taken as its ends. */
const MAX_RANGE = 500;

function expandList(list: string): number[] {
  const pages: number[] = [];
  for (const part of list.split(/\s*(?:,|\ben\b|&)\s*/)) {
    const range = /^(\d+)\s*(?:[-–—]|t\/m)\s*(\d+)$/.exec(part.trim());
    if (range) {
      const from = Number(range[1]);
      const to = Number(range[2]);
      if (to >= from && to - from <= MAX_RANGE) {
        for (let p = from; p <= to; p++) pages.push(p);
      } else {
        pages.push(from, to);
      }
    } else if (/^\d+$/.test(part.trim())) {
      pages.push(Number(part.trim()));
    }
  }
  return pages;
}

/** "vanaf blz. 6", "blz. 6 e.v.", "blz. 6 en verder": from a page on, not a list of pages. */
const OPEN_BEFORE = /\bvanaf\s*$/i;
const OPEN_AFTER = /^\s*(?:e\.\s?v\.?|en\s+verder|en\s+volgende|ff\.)/i;

/** All page references in a text, in order; open-ended ones ("vanaf blz. 6") are not lists and are left out. */
export function findPageReferences(text: string): PageReference[] {
  const refs: PageReference[] = [];
  PAGE_REF.lastIndex = 0;
  for (let m = PAGE_REF.exec(text); m; m = PAGE_REF.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
    if (OPEN_BEFORE.test(before) || OPEN_AFTER.test(after)) continue;
    const list = m[1].replace(/\s*t\/m\s*/g, "-");
    refs.push({ pages: expandList(list), start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return refs;
}

/** The pages named in a text: "blz. 2, 6 en 7" → [2, 6, 7]. Several references are joined in order. */
export function parsePageReferences(text: string): number[] {
  return findPageReferences(text).flatMap((r) => r.pages);
}

/** Sorted, without duplicates. */
export function normalizePages(pages: readonly number[]): number[] {
  return [...new Set(pages)].filter((p) => Number.isInteger(p) && p > 0).sort((a, b) => a - b);
}

/** Dutch list: "a", "a en b", "a, b en c". */
export function dutchList(items: readonly string[], conjunction = "en"): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`;
}

/** [7, 2, 6] → "blz. 2, 6 en 7"; [4] → "blz. 4"; [] → "". */
export function formatPageReferences(pages: readonly number[]): string {
  const sorted = normalizePages(pages);
  if (sorted.length === 0) return "";
  return `blz. ${dutchList(sorted.map(String))}`;
}

/** A section's numbering: the physical page it starts on, and the number it restarts at (w:pgNumType w:start). */
export interface SectionNumbering {
  firstPhysical: number;
  restart?: number;
}

/**
 * The page number a reader sees on physical page `physical`, given the sections in document order: a section
 * that restarts its numbering starts at its own number, one that does not goes on from the one before.
 */
export function printedPageOf(physical: number, sections: readonly SectionNumbering[]): number {
  let offset = 0;
  for (const s of sections) {
    if (s.firstPhysical > physical) break;
    if (s.restart !== undefined) offset = s.restart - s.firstPhysical;
  }
  return physical + offset;
}
