/**
 * What the checks know about a block, for the front ends (the pane's block guide): whether it is there, and
 * whether it holds the author's words (not empty, not placeholder, not the template's guidance text) — judged
 * as the rules judge it, without a front end reaching into the rules.
 */
import type { Nota } from "../nota/parser";
import type { BlockId } from "../nota/schema";
import { meaningfulContent } from "./rules/util";

export type BlockFilling = "missing" | "empty" | "filled";

/** The block's state and the number of the author's words in it. */
export function blockFilling(nota: Nota, blockId: BlockId): { status: BlockFilling; words: number } {
  const section = nota.blocks[blockId];
  if (!section) return { status: "missing", words: 0 };
  const content = meaningfulContent(nota, section);
  const words = content.reduce(
    (n, i) => n + (nota.snapshot.paragraphs[i].text.match(/\S+/g)?.length ?? 0),
    0,
  );
  return { status: content.length ? "filled" : "empty", words };
}
