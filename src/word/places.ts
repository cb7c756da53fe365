/**
 * Places in a document that may have changed since it was read: found again by their text near their old index,
 * never guessed. Pure functions: no Office.
 */
import { DocumentSnapshot, storyOf } from "../nota/snapshot";
import type { GoToTarget } from "./types";

/** How far from its old index a paragraph is looked for before it counts as gone. */
const SEARCH_WINDOW = 200;

export const fold = (s: string) => s.replace(/\s+/g, " ").trim();

/**
 * Finds a paragraph again: at its old index when the text still matches, otherwise the nearest paragraph with
 * the same text within the window. Undefined when it is gone.
 */
export function relocate(
  texts: readonly string[],
  index: number | undefined,
  text: string | undefined,
): number | undefined {
  if (index === undefined && text === undefined) return undefined;
  if (text === undefined) return index !== undefined && index < texts.length ? index : undefined;
  const want = fold(text);
  const at = index ?? 0;
  if (at < texts.length && fold(texts[at]) === want) return at;
  for (let d = 1; d <= SEARCH_WINDOW; d++) {
    if (at - d >= 0 && fold(texts[at - d]) === want) return at - d;
    if (at + d < texts.length && fold(texts[at + d]) === want) return at + d;
  }
  return undefined;
}

/** The position of snapshot paragraph `index` among the paragraphs of its own story. */
export function localIndex(snapshot: DocumentSnapshot, index: number): number {
  const story = storyOf(snapshot.paragraphs[index]);
  let n = 0;
  for (let i = 0; i < index; i++) if (storyOf(snapshot.paragraphs[i]) === story) n++;
  return n;
}

/** Where a snapshot paragraph (and optionally a character range in it) is, for goTo. */
export function placeOf(
  snapshot: DocumentSnapshot,
  index: number,
  range?: { start: number; end: number },
): GoToTarget {
  const p = snapshot.paragraphs[index];
  if (!p) return {};
  return {
    story: storyOf(p),
    paragraph: localIndex(snapshot, index),
    text: p.text,
    start: range?.start,
    end: range?.end,
  };
}
