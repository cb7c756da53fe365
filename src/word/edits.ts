/**
 * Everything the adapter needs to change a document, in one chunk that loads on the first edit, template
 * insertion or jump — not with the pane (the first tab reads; it writes only when asked).
 */
export {
  LiveParagraphs,
  adoptParts,
  cleanText,
  executePlan,
  placeReviewComments,
  removeInChunks,
  storyParagraphs,
  writePlaceholders,
} from "./execute";
export { PlanError, planEdit, planFields } from "../checks/plan";
export { templatePlaceholders } from "../docx/ooxml-template";
export { templateFlatOpc, toBase64 } from "./ooxml";
export { planRangeSearch } from "./search";
export { planAdoption } from "../nota/adopt";
