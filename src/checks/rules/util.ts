import { own } from "../own";
import type { Localized } from "../../i18n";
import type { Profile } from "../profile";
import { blockSpec, type BlockId, type FieldId } from "../../nota/schema";
import type { Nota, NotaSection } from "../../nota/parser";

function fold(s: string): string {
  return s.replace(/\s+/g, " ").trim().toLowerCase();
}

const FIRST_VISIBLE = /\S/;

/** A block's guidance and placeholder texts, folded, with their first letters (made once per block). */
const templateCache = new Map<BlockId, { texts: Set<string>; firsts: Set<string> }>();
function templateTexts(id: BlockId) {
  let entry = templateCache.get(id);
  if (!entry) {
    const spec = blockSpec(id);
    const texts = new Set(
      [spec.placeholder.nl, spec.placeholder.en, spec.guidance.nl, spec.guidance.en]
        .map(fold)
        .filter(Boolean),
    );
    entry = { texts, firsts: new Set([...texts].map((t) => t[0])) };
    templateCache.set(id, entry);
  }
  return entry;
}

/**
 * The section's paragraphs that hold the author's words: not empty, not placeholder, not guidance text.
 * `limit` stops the scan early for callers that only need to know whether there are any (or one, or two).
 */
export function meaningfulContent(nota: Nota, section: NotaSection, limit = Infinity): number[] {
  const template = section.id ? templateTexts(section.id) : undefined;
  const found: number[] = [];
  for (const i of section.content) {
    if (found.length >= limit) break;
    const p = nota.snapshot.paragraphs[i];
    if (p.placeholder) continue;
    const first = FIRST_VISIBLE.exec(p.text)?.[0].toLowerCase();
    if (first === undefined) continue; // empty or white space only
    // Folded and compared only when it could be the block's own guidance (same first letter): most text is not.
    if (template?.firsts.has(first) && template.texts.has(fold(p.text))) continue;
    found.push(i);
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
  return (own(profile.officialTitles, code) ?? []).some((title) => folded.includes(foldName(title)));
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

/** A field's label as the nota writes it ("Onze referentie" for referentie), without colon; undefined if none. */
export function labelAsWritten(nota: Nota, id: FieldId): string | undefined {
  const field = nota.header[id];
  if (!field || field.labelParagraph === undefined) return undefined;
  const text = nota.snapshot.paragraphs[field.labelParagraph]?.text ?? "";
  const end = field.labelParagraph === field.paragraphs[0] ? field.valueOffset : text.length;
  const label = text
    .slice(0, end)
    .replace(/[\s:]+$/, "")
    .trim();
  return label && label.length <= 60 ? label : undefined;
}
