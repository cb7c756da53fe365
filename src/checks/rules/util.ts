import { blockSpec } from "../../nota/schema";
import type { Nota, NotaSection } from "../../nota/parser";

function fold(s: string): string {
  return s.replace(/\s+/g, " ").trim().toLowerCase();
}

/** The section's paragraphs that hold the author's words: not empty, not placeholder, not guidance text. */
export function meaningfulContent(nota: Nota, section: NotaSection): number[] {
  const spec = section.id ? blockSpec(section.id) : undefined;
  const template = spec
    ? new Set([spec.placeholder.nl, spec.placeholder.en, spec.guidance.nl, spec.guidance.en].map(fold))
    : new Set<string>();
  return section.content.filter((i) => {
    const p = nota.snapshot.paragraphs[i];
    return !p.placeholder && !template.has(fold(p.text)) && p.text.trim().length > 0;
  });
}

/** Parties or officials compared without case. */
export function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
