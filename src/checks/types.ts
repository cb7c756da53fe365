/** The check engine's types: rules in the ESLint manner, findings that point at the smallest place they mean. */
import type { BlockId, FieldId } from "../nota/schema";
import type { Catalogue, Locale, Localized, Params } from "../i18n";
import type { Nota } from "../nota/parser";
import type { DocumentSnapshot } from "../nota/snapshot";
import type { CompiledLexicon, Passage } from "../nota/emancipation";
import type { Profile } from "./profile";

export type Severity = "error" | "warning" | "info";
/** The severities, most serious first: the one order every list and summary uses. */
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/**
 * A change to the document. Only src/word (and the .docx writer) turn these into real edits.
 * - insertBlock: add a block's heading and an empty body, in schema order.
 * - replaceText: replace characters [start, end) of a paragraph.
 * - insertParagraph: add a paragraph at the end of a block (or after a paragraph).
 * - setField: set a header field's value.
 */
export type DocumentEdit =
  | { kind: "insertBlock"; block: BlockId }
  | { kind: "replaceText"; paragraph: number; start: number; end: number; text: string }
  | { kind: "insertParagraph"; block?: BlockId; afterParagraph?: number; text: string; tag?: string }
  | { kind: "setField"; field: FieldId; value: string };

export interface Suggestion {
  messageId: string;
  message: string;
  edit: DocumentEdit;
}

export interface Finding {
  ruleId: string;
  messageId: string;
  severity: Severity;
  message: string;
  block?: BlockId;
  field?: FieldId;
  paragraph?: number;
  /** Character range inside the paragraph. */
  range?: { start: number; end: number };
  /** Safe to apply without looking. */
  fix?: DocumentEdit;
  /** Needs a person to look first. */
  suggestions?: Suggestion[];
}

export interface RuleMeta<Id extends string = string> {
  id: string;
  defaultSeverity: Severity;
  description: Localized;
  fixable: boolean;
  hasSuggestions: boolean;
  /**
   * The rule's message templates, as ESLint's `meta.messages` but a catalogue like every other:
   * `catalogue({ id: "Dutch" }, { id: "English" })`; `{name}` is filled from the report's data.
   */
  messages: Catalogue<Id>;
}

/** The letter (the attached document) when it is known. */
export interface LetterInput {
  snapshot: DocumentSnapshot;
  passages: Passage[];
}

export interface ReportInput<Id extends string = string> {
  messageId: Id;
  data?: Params;
  block?: BlockId;
  field?: FieldId;
  paragraph?: number;
  range?: { start: number; end: number };
  fix?: DocumentEdit;
  suggestions?: { messageId: Id; data?: Params; edit: DocumentEdit }[];
  /** Overrides the configured severity for this one finding (e.g. a missing page is an error, an extra one a warning). */
  severity?: Severity;
}

export interface RuleContext<Id extends string = string> {
  nota: Nota;
  profile: Profile;
  lexicon: CompiledLexicon;
  /** Passages in the nota itself; found on first call only (most rules never need them). */
  notaPassages(): Passage[];
  letter?: LetterInput;
  locale: Locale;
  report(input: ReportInput<Id>): void;
}

export interface Rule<Id extends string = string> {
  meta: RuleMeta<Id>;
  check(context: RuleContext<Id>): void;
}

/** Declares a rule with its message ids typed: reporting an id the rule's messages lack is a compile error. */
export function defineRule<Id extends string>(rule: Rule<Id>): Rule {
  return rule as unknown as Rule;
}
