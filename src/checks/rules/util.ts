import type { Localized } from "../../i18n";
import type { Profile } from "../profile";
import { blockSpec } from "../../nota/schema";
import type { Nota, NotaSection } from "../../nota/parser";

function fold(s: string): string {
  return s.replace(/\s+/g, " ").trim().toLowerCase();
}

/**
 * The section's paragraphs that hold the author's words: not empty, not placeholder, not guidance text.
 * `limit` stops the scan early for callers that only need to know whether there are any (or one, or two).
 */
export function meaningfulContent(nota: Nota, section: NotaSection, limit = Infinity): number[] {
  const spec = section.id ? blockSpec(section.id) : undefined;
  const template = spec
    ? new Set([spec.placeholder.nl, spec.placeholder.en, spec.guidance.nl, spec.guidance.en].map(fold))
    : new Set<string>();
  const found: number[] = [];
  for (const i of section.content) {
    if (found.length >= limit) break;
    const p = nota.snapshot.paragraphs[i];
    if (!p.placeholder && p.text.trim().length > 0 && !template.has(fold(p.text))) found.push(i);
  }
  return found;
}

/** Parties or officials compared without case. */
export function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

const foldName = (s: string) =>
  s
    .toLowerCase()
    .replace(/\b(de|het)\s+/g, "")
    .replace(/\s+/g, " ")
    .trim();

/**
 * Whether an addressee or routing as written names the official `code`: the code as a word ("MOCW (via SOCW)")
 * or one of the titles the profile gives it ("via de Staatssecretaris van OCW").
 */
export function namesOfficial(text: string, code: string, profile: Profile): boolean {
  if (!text.trim() || !code) return false;
  const escaped = code.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  if (new RegExp(`(?<![\\p{L}\\d])${escaped}(?![\\p{L}\\d])`, "iu").test(text)) return true;
  const folded = foldName(text);
  return (profile.officialTitles[code] ?? []).some((title) => folded.includes(foldName(title)));
}

/** Whether the text names the official by a title rather than by its code. */
export function namesByTitle(text: string, profile: Profile): boolean {
  const folded = foldName(text);
  return Object.values(profile.officialTitles).some((titles) =>
    titles.some((title) => folded.includes(foldName(title))),
  );
}

/** Where emancipation passages were found, as a rule's message says it: "De brief" / "The nota". */
export function whereFound(inLetter: boolean): Localized {
  return inLetter ? { nl: "De brief", en: "The letter" } : { nl: "De nota", en: "The nota" };
}
