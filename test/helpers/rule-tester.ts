/**
 * Tables of valid and invalid cases per rule, in the manner of ESLint's RuleTester: each invalid case lists the
 * exact findings (message id, and block, paragraph and severity where given) the rule must report — no more.
 */
import { checkNota } from "../../src/checks/engine";
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
            expect(f.message).not.toMatch(/\{\w+\}/); // every placeholder filled
          });
        });
      }
    });
  });
}
