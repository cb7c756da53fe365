/**
 * A block's verdict as the drafter's guide shows it, from the same findings the checklist, the command line and
 * the ribbon command list: the guide never judges a block by a rule of its own. Computed with the check run (its
 * chunk), not in the first load.
 */
import type { Nota } from "../nota/parser";
import { NOTA_SCHEMA, type BlockId } from "../nota/schema";
import { SEVERITIES, type Finding, type Severity } from "./types";
import { blockFilling, type BlockFilling } from "./blocks";

/** The rules whose findings say whether a block is there and holds the author's words. */
export const BLOCK_RULES: readonly string[] = ["required-block", "block-empty"];

export type BlockStatus = BlockFilling;

export interface BlockVerdict {
  status: BlockStatus;
  /** The author's words in the block (not the template's guidance). */
  words: number;
  /** The most serious finding of BLOCK_RULES on this block: what the checklist says about it. */
  finding?: Finding;
  /** That finding's severity; absent when the checks have nothing to say (or the profile switched them off). */
  severity?: Severity;
}

export function blockVerdict(nota: Nota, block: BlockId, findings: readonly Finding[]): BlockVerdict {
  const finding = findings
    .filter((f) => f.block === block && BLOCK_RULES.includes(f.ruleId))
    .sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity))[0];
  const { status, words } = blockFilling(nota, block);
  if (status === "missing") return { status, words, finding, severity: finding?.severity };
  // A block the rule finds without content of its own ("N.v.t." where it is not allowed) is empty, as it says.
  const empty = status === "empty" || finding?.ruleId === "block-empty";
  return { status: empty ? "empty" : "filled", words, finding, severity: finding?.severity };
}

/** Every block's verdict, in the schema's order: what the pane computes beside each check run. */
export function blockVerdicts(nota: Nota, findings: readonly Finding[]): Record<BlockId, BlockVerdict> {
  return Object.fromEntries(
    NOTA_SCHEMA.blocks.map((b) => [b.id, blockVerdict(nota, b.id, findings)]),
  ) as Record<BlockId, BlockVerdict>;
}
