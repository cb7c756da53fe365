/**
 * Finding a character range of a paragraph with Word's search, which is the only way Word JS reaches characters
 * inside a paragraph. Pure: no Office.
 *
 * Word's search (Paragraph.search, API reference) takes at most 255 characters (longer fails with
 * SearchStringInvalidOrTooLong, Word.ErrorCodes), reads ^ as the start of a special code (^^ a caret, ^t a tab,
 * ^l a manual line break, ^s a non-breaking space, ^- an optional hyphen, ^~ a non-breaking hyphen: Word's Find
 * "Special" codes) and finds occurrences that do not overlap.
 */

/** The longest search text Word accepts. */
export const WORD_SEARCH_LIMIT = 255;
/**
 * The longest search text we hand it: below Word's limit with a margin, since Word does not document whether it
 * counts a special code (^s) as one character or two, nor UTF-16 units or characters.
 */
export const MAX_SEARCH = 240;

/** Characters Word's search reaches only through their special code. */
const SPECIAL: Record<string, string> = {
  "^": "^^",
  "\t": "^t",
  "\u00a0": "^s",
  "\u00ad": "^-",
  "\u2011": "^~",
};

/** Text as Word's search must be given it: carets doubled, tabs, line breaks and special characters as codes. */
export function wordSearchText(text: string): string {
  // One pass, so that a code written for one character is never escaped again.
  return text.replace(/\r\n|\r|\n|\v|[\^\t\u00a0\u00ad\u2011]/g, (c) => SPECIAL[c] ?? "^l");
}

/** Start positions of the non-overlapping occurrences of `needle` in `text`, as Word finds them. */
export function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) out.push(i);
  return out;
}

export interface SearchStep {
  /** The text to hand to search(), escaped. */
  searchText: string;
  /** The text the result must hold (compared before anything is written). */
  text: string;
  /** Which of the results (from 0) is the one meant. */
  occurrence: number;
}

/**
 * How to reach characters [start, end) of `text`:
 * - whole: the range is the whole paragraph;
 * - search: one search, the n-th result;
 * - span: too long for one search: the range from the head's result to the tail's (Range.expandTo);
 * - none: search cannot reach it (empty, or not where Word's non-overlapping search would find it).
 */
export type RangeSearch =
  | { kind: "whole" }
  | ({ kind: "search" } & SearchStep)
  | { kind: "span"; head: SearchStep; tail: SearchStep }
  | { kind: "none" };

/** The occurrence index of the match of `needle` that starts at `at`, if Word's search finds one there. */
function stepAt(text: string, needle: string, at: number): SearchStep | undefined {
  const n = occurrences(text, needle).indexOf(at);
  return n < 0 ? undefined : { searchText: wordSearchText(needle), text: needle, occurrence: n };
}

/** The longest prefix (or suffix) of `s` whose escaped form fits in a search, not splitting a code point. */
function fitting(s: string, fromEnd: boolean): string {
  const chars = Array.from(s);
  let length = 0;
  let count = 0;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[fromEnd ? chars.length - 1 - i : i];
    const add = wordSearchText(c).length;
    if (length + add > MAX_SEARCH) break;
    length += add;
    count++;
  }
  return fromEnd ? chars.slice(chars.length - count).join("") : chars.slice(0, count).join("");
}

export function planRangeSearch(text: string, start: number, end: number): RangeSearch {
  if (start === 0 && end === text.length) return { kind: "whole" };
  const needle = text.slice(start, end);
  if (!needle) return { kind: "none" };
  if (wordSearchText(needle).length <= MAX_SEARCH) {
    const step = stepAt(text, needle, start);
    return step ? { kind: "search", ...step } : { kind: "none" };
  }
  const head = fitting(needle, false);
  const tail = fitting(needle, true);
  const headStep = stepAt(text, head, start);
  const tailStep = stepAt(text, tail, end - tail.length);
  return headStep && tailStep ? { kind: "span", head: headStep, tail: tailStep } : { kind: "none" };
}
