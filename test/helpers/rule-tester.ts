/**
 * Tables of valid and invalid cases per rule, as strict as ESLint's RuleTester: each invalid case lists the exact
 * findings (message id, and block, paragraph and severity where given) the rule must report — no more. A finding
 * with a fix must state what the fix writes (`output`, the document's paragraph texts after it); a finding with
 * suggestions must state each one's message id and what it writes. A case that expects a fix the rule does not
 * offer fails with a sentence, not a crash.
 */
import { checkNota } from "../../src/checks/engine";
import { applyPlan, planEdit } from "../../src/checks/plan";
import { DEFAULT_PROFILE, Profile } from "../../src/checks/profile";
import type { DocumentEdit, Finding, Rule, Severity } from "../../src/checks/types";
import type { BlockId } from "../../src/nota/schema";
import type { DocumentSnapshot } from "../../src/nota/snapshot";
import { isCatalogue } from "../../src/i18n";
import { textsOf } from "./snapshots";

export interface Case {
  name: string;
  nota: DocumentSnapshot;
  letter?: DocumentSnapshot;
  profile?: Profile;
}

export interface ExpectedSuggestion {
  messageId: string;
  /** The suggestion's edit, where the case pins it as well. */
  edit?: DocumentEdit;
  /** The document's paragraph texts after the suggestion is carried out (through the edit planner). */
  output: string[];
}

export interface ExpectedFinding {
  messageId: string;
  block?: BlockId;
  paragraph?: number;
  severity?: Severity;
  /** The fix's edit, where the case pins it as well as its output. */
  fix?: DocumentEdit;
  /**
   * The document's paragraph texts after the fix is carried out (through the edit planner): required when the rule
   * offers a fix; `null` states that it offers none.
   */
  output?: string[] | null;
  /** The suggestions, in order: required when the rule offers any; `[]` states that it offers none. */
  suggestions?: ExpectedSuggestion[];
  /** A part of the Dutch message. */
  message?: string | RegExp;
}

export interface InvalidCase extends Case {
  findings: ExpectedFinding[];
}

/** A case that does not say what it must: the tester's own sentence, not an assertion's diff. */
export class RuleTesterError extends Error {}

/** The paragraph texts of `snapshot` after `edit` is planned and carried out. */
export function textsAfter(snapshot: DocumentSnapshot, edit: DocumentEdit): string[] {
  return applyPlan(snapshot, planEdit(edit, snapshot)).paragraphs.map((p) => p.text);
}

export function runRule(rule: Rule, c: Case): Finding[] {
  return checkNota(c.nota, { rules: [rule], letter: c.letter, profile: c.profile ?? DEFAULT_PROFILE })
    .findings;
}

/** Checks one finding against what the case expects of it; throws on the first difference. */
function verifyFinding(rule: Rule, c: InvalidCase, f: Finding, expected: ExpectedFinding, i: number): void {
  const where = `${rule.meta.id}, case "${c.name}", finding ${i + 1} (${expected.messageId})`;
  const problem = (sentence: string) => new RuleTesterError(`${where}: ${sentence}`);
  expect(f.ruleId).toBe(rule.meta.id);
  if (expected.block !== undefined) expect(f.block).toBe(expected.block);
  if (expected.paragraph !== undefined) expect(f.paragraph).toBe(expected.paragraph);
  expect(f.severity).toBe(expected.severity ?? rule.meta.defaultSeverity);
  if (expected.message !== undefined) expect(f.message).toMatch(expected.message);
  expect(f.message).not.toMatch(/\{\w+\}/); // every placeholder filled

  // The fix: what it writes is always stated.
  if (f.fix) {
    if (expected.output === undefined)
      throw problem(
        `the rule offers a fix; state its output (the paragraph texts after it): ${JSON.stringify(textsAfter(c.nota, f.fix))}`,
      );
    if (expected.output === null) throw problem("the case says there is no fix, but the rule offers one");
    if (expected.fix !== undefined) expect(f.fix).toEqual(expected.fix);
    const output = textsAfter(c.nota, f.fix);
    if (JSON.stringify(output) === JSON.stringify(textsOf(c.nota)) && f.fix.kind !== "setField")
      throw problem("the fix changes no paragraph text: a fix must change the document");
    expect(output).toEqual(expected.output);
  } else if (expected.output || expected.fix) {
    throw problem("the case expects a fix, but the rule offers none");
  }

  // The suggestions: each one's message id and what it writes are always stated.
  const suggestions = f.suggestions ?? [];
  if (suggestions.length && expected.suggestions === undefined)
    throw problem(
      `the rule offers ${suggestions.length} suggestion(s); state each one's messageId and output: ${JSON.stringify(
        suggestions.map((s) => ({ messageId: s.messageId, output: textsAfter(c.nota, s.edit) })),
      )}`,
    );
  const wanted = expected.suggestions ?? [];
  if (wanted.length !== suggestions.length)
    throw problem(`the rule offers ${suggestions.length} suggestion(s), the case expects ${wanted.length}`);
  wanted.forEach((w, j) => {
    const s = suggestions[j];
    expect(s.messageId).toBe(w.messageId);
    expect(s.message).not.toMatch(/\{\w+\}/);
    if (w.edit !== undefined) expect(s.edit).toEqual(w.edit);
    expect(textsAfter(c.nota, s.edit)).toEqual(w.output);
  });
}

/** Checks one invalid case: exactly the findings it lists, each as it says. Throws on the first difference. */
export function verifyInvalid(rule: Rule, c: InvalidCase): void {
  const found = runRule(rule, c);
  expect(found.map((f) => f.messageId)).toEqual(c.findings.map((f) => f.messageId));
  c.findings.forEach((expected, i) => verifyFinding(rule, c, found[i], expected, i));
}

export function ruleTester(rule: Rule, cases: { valid: Case[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    test("has messages in Dutch and English for every id, declared as a catalogue", () => {
      const { nl, en } = rule.meta.messages;
      expect(isCatalogue(rule.meta.messages)).toBe(true);
      expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
      for (const id of Object.keys(nl)) {
        expect(nl[id].length).toBeGreaterThan(0);
        expect(en[id].length).toBeGreaterThan(0);
      }
    });
    test("offers a fix or suggestions only when its meta says it can", () => {
      for (const c of cases.invalid) {
        for (const f of runRule(rule, c)) {
          if (!rule.meta.fixable) expect(f.fix).toBeUndefined();
          if (!rule.meta.hasSuggestions) expect(f.suggestions).toBeUndefined();
        }
      }
    });
    describe("valid", () => {
      for (const c of cases.valid) {
        test(c.name, () => {
          expect(runRule(rule, c)).toEqual([]);
        });
      }
    });
    describe("invalid", () => {
      for (const c of cases.invalid) test(c.name, () => verifyInvalid(rule, c));
    });
  });
}
