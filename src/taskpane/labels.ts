/** A block's name as the pane shows it: the standard Dutch heading, in English the English name. */
import type { Locale } from "../i18n";
import { nameOf, type BlockSpec } from "../nota/schema";

export const blockName = (block: BlockSpec, locale: Locale) => nameOf(block)[locale];
