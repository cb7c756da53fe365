/**
 * Tables of valid and invalid cases per rule, in the manner of ESLint's RuleTester: each invalid case lists the
 * exact findings (message id, and block, paragraph and severity where given) the rule must report — no more.
 */
import { checkNota } from "../../src/checks/engine";
import { applyPlan, planEdit } from "../../src/checks/plan";
import { DEFAULT_PROFILE, Profile } from "../../src/checks/profile";
import type { DocumentEdit, Finding, Rule, Severity } from "../../src/checks/types";
import type { BlockId } from "../../src/nota/schema";
import type { DocumentSnapshot } from "../../src/nota/snapshot";

export interface Case {
  name: string;
  nota: DocumentSnapshot;
  letter?: DocumentSnapshot;
  profile?: Profile;
}

export interface ExpectedFinding {
  messageId: string;
  block?: BlockId;
  paragraph?: number;
  severity?: Severity;
  fix?: DocumentEdit;
  /** The texts or edits of the suggestions, in order. */
  suggestions?: DocumentEdit[];
  /** A part of the Dutch message. */
  message?: string | RegExp;
  /** The document's paragraph texts after the fix is applied (through the edit planner). */
  output?: string[];
}

/** The paragraph texts of `snapshot` after `edit` is planned and carried out. */
export function textsAfter(snapshot: DocumentSnapshot, edit: DocumentEdit): string[] {
  return applyPlan(snapshot, planEdit(edit, snapshot)).paragraphs.map((p) => p.text);
}

export interface InvalidCase extends Case {
  findings: ExpectedFinding[];
}

export function runRule(rule: Rule, c: Case): Finding[] {
  return checkNota(c.nota, { rules: [rule], letter: c.letter, profile: c.profile ?? DEFAULT_PROFILE })
    .findings;
}

export function ruleTester(rule: Rule, cases: { valid: Case[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    test("has messages in Dutch and English for every id", () => {
      for (const m of Object.values(rule.meta.messages)) {
        expect(m.nl.length).toBeGreaterThan(0);
        expect(m.en.length).toBeGreaterThan(0);
      }
    });
    test("offers a fix or suggestions only when its meta says it can", () => {
      for (const c of cases.invalid) {
        for (const f of runRule(rule, c)) {
          if (!rule.meta.fixable) expect(f.fix).toBeUndefined();
          if (!rule.meta.hasSuggestions) expect(f.suggestions).toBeUndefined();
          // Every fix and suggestion can be carried out on the document it was found in.
          for (const edit of [f.fix, ...(f.suggestions ?? []).map((s) => s.edit)])
            if (edit) expect(() => planEdit(edit, c.nota)).not.toThrow();
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
      for (const c of cases.invalid) {
        test(c.name, () => {
          const found = runRule(rule, c);
          expect(found.map((f) => f.messageId)).toEqual(c.findings.map((f) => f.messageId));
          c.findings.forEach((expected, i) => {
            const f = found[i];
            expect(f.ruleId).toBe(rule.meta.id);
            if (expected.block !== undefined) expect(f.block).toBe(expected.block);
            if (expected.paragraph !== undefined) expect(f.paragraph).toBe(expected.paragraph);
            expect(f.severity).toBe(expected.severity ?? rule.meta.defaultSeverity);
            if (expected.fix !== undefined) expect(f.fix).toEqual(expected.fix);
            if (expected.suggestions !== undefined)
              expect((f.suggestions ?? []).map((s) => s.edit)).toEqual(expected.suggestions);
            if (expected.message !== undefined) expect(f.message).toMatch(expected.message);
            if (expected.output !== undefined) expect(textsAfter(c.nota, f.fix!)).toEqual(expected.output);
            expect(f.message).not.toMatch(/\{\w+\}/); // every placeholder filled
          });
        });
      }
    });
  });
}
