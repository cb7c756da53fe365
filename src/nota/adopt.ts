/**
 * Adopting a nota made elsewhere: which of its recognised parts get the tagged content controls our template
 * uses (`nota:field:*`, `nota:title`, `nota:block:*`), so that everything then works as for a template nota. Pure:
 * the .docx writer (src/docx/adopt.ts) and the Word adapter carry it out; neither changes a character of text.
 */
import { Nota } from "./parser";
import { FieldId, NOTA_SCHEMA, TAGS, blockSpec } from "./schema";
import { CONTROL_TITLES } from "./control-titles";
import { translator } from "../i18n";
import { storyOf } from "./snapshot";

/** Paragraphs first..last (with everything between them) in one new block-level control. */
export interface AdoptItem {
  first: number;
  last: number;
  tag: string;
  /** The control's title, as Word shows it. */
  title: string;
  /** What it is, for the list shown before adopting. */
  part: { kind: "field"; id: FieldId } | { kind: "title" } | { kind: "block"; id: string };
}

export type AdoptRefusal = "no-header" | "no-blocks";

export type AdoptPlan = { items: AdoptItem[] } | { refused: AdoptRefusal };

export function planAdoption(nota: Nota): AdoptPlan {
  const paras = nota.snapshot.paragraphs;
  if (!nota.sections.some((s) => s.id)) return { refused: "no-blocks" };
  if (!Object.keys(nota.header).length) return { refused: "no-header" };
  const items: AdoptItem[] = [];
  // Named as the document names its parts: the schema's Dutch labels, and the title and purpose in Dutch too.
  const dutchTitle = translator(CONTROL_TITLES, "nl");
  const has = (i: number, tag: string) => paras[i]?.contentControlTags.includes(tag);
  const add = (list: number[], tag: string, title: string, part: AdoptItem["part"]) => {
    if (!list.length || list.some((i) => has(i, tag))) return; // already adopted
    // A loop, not Math.min(...list): a block of 130,000 paragraphs would overflow the stack as arguments.
    let first = list[0];
    let last = list[0];
    for (const i of list) {
      if (i < first) first = i;
      if (i > last) last = i;
    }
    // One story, and nothing of another part in between.
    if (storyOf(paras[first]) !== storyOf(paras[last])) return;
    items.push({ first, last, tag, title, part });
  };
  for (const spec of NOTA_SCHEMA.fields) {
    const field = nota.header[spec.id];
    if (!field || field.tagged || !field.paragraphs.length) continue;
    const list = field.paragraphs;
    if (list[list.length - 1] - list[0] !== list.length - 1) continue; // not one run of paragraphs
    add(list, TAGS.field(spec.id), spec.label.nl || dutchTitle("purpose"), {
      kind: "field",
      id: spec.id,
    });
  }
  if (nota.title) add([nota.title.paragraph], TAGS.title, dutchTitle("title"), { kind: "title" });
  for (const section of nota.sections) {
    if (!section.id || nota.blocks[section.id] !== section || !section.content.length) continue;
    add(section.content, TAGS.block(section.id), blockSpec(section.id).label.nl, {
      kind: "block",
      id: section.id,
    });
  }
  // Parts must not overlap (a field's value that is also a block's content is left alone).
  items.sort((a, b) => a.first - b.first);
  return { items: items.filter((item, i) => i === 0 || item.first > items[i - 1].last) };
}
