/** The Word double: see office.ts for what it imitates and what it does not. */
export {
  WordDouble,
  OfficeError,
  ALL_SETS,
  WEB_SETS,
  FLOOR_SETS,
  BEHAVIOURS,
  uniqueLocalIdOf,
} from "./office";
export type { RequirementSets, Behaviour } from "./office";
export { WordDocumentModel, WORD_DEFAULT_PLACEHOLDER } from "./model";
