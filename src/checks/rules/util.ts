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
