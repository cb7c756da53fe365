/** The rule tester is strict: a case that does not say what a fix or a suggestion writes fails, in words. */
import { headingWording } from "../../src/checks/rules/heading-wording";
import { afstemming } from "../../src/checks/rules/afstemming";
import { blockOrder } from "../../src/checks/rules/block-order";
import { RuleTesterError, verifyInvalid } from "../helpers/rule-tester";
import { b, h, letterSnapshot, notaSnapshot, snapshotOf, textsOf } from "../helpers/snapshots";

const ADVIES = snapshotOf([h("Aanleiding"), "x", b("Advies"), "y"]);
const FIXED = ["Aanleiding", "x", "Geadviseerd besluit", "y"];
const LETTER = letterSnapshot({ 2: ["Vrouwelijke studenten voelen zich minder veilig."] });
const NO_DE = notaSnapshot({ intern: "MBO" });
const WITH_DE = textsOf(notaSnapshot({ intern: "MBO, DE" }));

describe("the rule tester", () => {
  test("a fix whose output the case does not state fails, naming what it writes", () => {
    const c = { name: "advies", nota: ADVIES, findings: [{ messageId: "nonStandard" }] };
    expect(() => verifyInvalid(headingWording, c)).toThrow(RuleTesterError);
    expect(() => verifyInvalid(headingWording, c)).toThrow(
      /offers a fix; state its output.*Geadviseerd besluit/,
    );
  });
  test("a wrong output fails; the right one passes", () => {
    const wrong = {
      name: "advies",
      nota: ADVIES,
      findings: [{ messageId: "nonStandard", output: ["Aanleiding"] }],
    };
    expect(() => verifyInvalid(headingWording, wrong)).toThrow();
    verifyInvalid(headingWording, {
      name: "advies",
      nota: ADVIES,
      findings: [{ messageId: "nonStandard", output: FIXED }],
    });
  });
  test("output: null says there is no fix, and fails when there is one", () => {
    const c = { name: "advies", nota: ADVIES, findings: [{ messageId: "nonStandard", output: null }] };
    expect(() => verifyInvalid(headingWording, c)).toThrow(/says there is no fix, but the rule offers one/);
  });
  test("a case that expects a fix the rule does not offer fails in words, not with a crash", () => {
    const twice = snapshotOf([h("Aanleiding"), "x", h("Aanleiding"), "y"]);
    const output = {
      name: "twice",
      nota: twice,
      findings: [{ messageId: "repeated", output: ["Aanleiding", "x"] }],
    };
    expect(() => verifyInvalid(blockOrder, output)).toThrow(/expects a fix, but the rule offers none/);
    const fix = { kind: "insertBlock", block: "kernpunten" } as const;
    const pinned = { name: "twice", nota: twice, findings: [{ messageId: "repeated", fix }] };
    expect(() => verifyInvalid(blockOrder, pinned)).toThrow(/expects a fix, but the rule offers none/);
    verifyInvalid(blockOrder, { name: "twice", nota: twice, findings: [{ messageId: "repeated" }] });
  });
  test("suggestions the case does not state fail; each one's message id and output are checked", () => {
    const base = { name: "no DE", nota: NO_DE, letter: LETTER };
    expect(() =>
      verifyInvalid(afstemming, { ...base, findings: [{ messageId: "emancipationDirectorate" }] }),
    ).toThrow(/offers 1 suggestion\(s\); state each one's messageId and output/);
    expect(() =>
      verifyInvalid(afstemming, {
        ...base,
        findings: [{ messageId: "emancipationDirectorate", suggestions: [] }],
      }),
    ).toThrow(/offers 1 suggestion\(s\), the case expects 0/);
    const suggestion = (messageId: string, output: string[]) => ({
      ...base,
      findings: [{ messageId: "emancipationDirectorate", suggestions: [{ messageId, output }] }],
    });
    expect(() => verifyInvalid(afstemming, suggestion("duplicate", WITH_DE))).toThrow();
    expect(() => verifyInvalid(afstemming, suggestion("addDirectorate", textsOf(NO_DE)))).toThrow();
    verifyInvalid(afstemming, suggestion("addDirectorate", WITH_DE));
  });
});
