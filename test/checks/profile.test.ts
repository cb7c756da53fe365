import { DEFAULT_PROFILE, PROFILE_BASE } from "../../src/checks/profile";
import { parseProfile, validateProfile } from "../../src/checks/profile-schema";
import ocwJson from "../../src/checks/profiles/ocw.json";
import { RULE_IDS } from "../../src/checks/rules";
import { checkNota, summarize } from "../../src/checks/engine";
import { notaSnapshot } from "../helpers/snapshots";

describe("the default profile", () => {
  test("is OCW's of 2024", () => {
    expect(DEFAULT_PROFILE.id).toBe("ocw");
    expect(DEFAULT_PROFILE.emancipation).toMatchObject({
      official: "SOCW",
      possessive: "haar",
      directorate: "DE",
    });
    expect(DEFAULT_PROFILE.requiredBlocks).toEqual([
      "aanleiding",
      "geadviseerd-besluit",
      "kernpunten",
      "niet-openbaar",
    ]);
  });
});

describe("parseProfile", () => {
  test("lays a partial profile over the default", () => {
    const p = parseProfile(
      '{"emancipation": {"official": "SOCW", "possessive": "zijn"}, "severities": {"afstemming": "off"}}',
    );
    expect(p.emancipation.possessive).toBe("zijn");
    expect(p.emancipation.directorate).toBe("DE");
    expect(p.severities.afstemming).toBe("off");
  });
  test.each([
    ["not json", /not valid JSON/],
    ["[]", /must be a JSON object/],
    ['{"requiredBlocks": ["inleiding"]}', /requiredBlocks\[0\] "inleiding" is not a block/],
    ['{"severities": {"no-such-rule": "error"}}', /"no-such-rule" is not a rule/],
    ['{"severities": {"afstemming": "fatal"}}', /severities.afstemming must be one of/],
    ['{"referencePattern": "("}', /referencePattern "\(" is not a valid pattern/],
    [
      '{"emancipation": {"lexicon": [{"topic": "x", "terms": ["/(/"]}]}}',
      /emancipation.lexicon: the term "\/\(\/" of topic "x" is not a valid pattern/,
    ],
    ['{"emancipation": {"lexicon": [{"topic": "x"}]}}', /emancipation.lexicon\[0\].terms must be a list/],
    ['{"directorates": [{"name": "zonder code"}]}', /directorates\[0\].code must be a text/],
    ['{"colour": "blue"}', /colour is not a setting; settings: .*requiredBlocks/],
  ])("%s is refused with a clear message", (text, message) => {
    expect(() => parseProfile(text, [...RULE_IDS])).toThrow(message);
  });
});

describe("the engine", () => {
  test("a rule switched off in the profile reports nothing", () => {
    const nota = notaSnapshot({ blocks: { kernpunten: null } });
    expect(checkNota(nota).findings.map((f) => f.ruleId)).toContain("required-block");
    const off = parseProfile('{"severities": {"required-block": "off"}}');
    expect(checkNota(nota, { profile: off }).findings.map((f) => f.ruleId)).not.toContain("required-block");
  });
  test("a profile severity overrides the rule's", () => {
    const nota = notaSnapshot({ blocks: { kernpunten: null } });
    const soft = parseProfile('{"severities": {"required-block": "warning"}}');
    expect(
      checkNota(nota, { profile: soft }).findings.find((f) => f.ruleId === "required-block")?.severity,
    ).toBe("warning");
  });
  test("messages in English", () => {
    const { findings } = checkNota(notaSnapshot({ blocks: { kernpunten: null } }), { locale: "en" });
    expect(findings[0].message).toBe("The block 'Kernpunten' (Key points) is missing.");
  });
  test("the standard nota has no findings", () => {
    expect(checkNota(notaSnapshot()).findings).toEqual([]);
  });
  test("summaries", () => {
    const { findings } = checkNota(notaSnapshot({ blocks: { kernpunten: null }, referentie: "1" }));
    expect(summarize(findings)).toBe("1 fout, 1 waarschuwing");
    expect(summarize(findings, "en")).toBe("1 error, 1 warning");
    expect(summarize([])).toBe("Geen bevindingen");
  });
});

test("the built-in profile the pane loads first is exactly what the validator makes of ocw.json", () => {
  expect(DEFAULT_PROFILE).toEqual(validateProfile(ocwJson, PROFILE_BASE, [...RULE_IDS]));
  // Not by accident: a change to the JSON that the shortcut would miss is caught.
  expect(validateProfile({ ...ocwJson, officials: ["X"] }, PROFILE_BASE)).not.toEqual(DEFAULT_PROFILE);
});
