/** The registry: every rule, in the order the checklist shows them. */
import type { Rule } from "../types";
import { requiredBlock } from "./required-block";
import { headingWording } from "./heading-wording";
import { blockOrder } from "./block-order";
import { blockEmpty } from "./block-empty";
import { headerFields } from "./header-fields";
import { emancipationFlag } from "./emancipation-flag";
import { emancipationPages } from "./emancipation-pages";
import { afstemming } from "./afstemming";
import { nietOpenbaarGrounds } from "./niet-openbaar-grounds";
import { wooMarks } from "./woo-marks";

export const RULES: readonly Rule[] = [
  requiredBlock,
  headingWording,
  blockOrder,
  blockEmpty,
  headerFields,
  emancipationFlag,
  emancipationPages,
  afstemming,
  nietOpenbaarGrounds,
  wooMarks,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.meta.id);
