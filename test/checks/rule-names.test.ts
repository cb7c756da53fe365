import { RULES } from "../../src/checks/rules";
import { RULE_NAMES, ruleName, ruleWhy } from "../../src/checks/rule-names";
import { LOCALES } from "../../src/i18n";

describe("rule names", () => {
  test("every rule has a name and a 'Waarom?' in every locale, and no name belongs to no rule", () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(Object.keys(RULE_NAMES).sort()).toEqual([...ids].sort());
    for (const id of ids)
      for (const locale of LOCALES) {
        expect(ruleName(id, locale)).not.toBe(id);
        expect(ruleWhy(id, locale)?.length).toBeGreaterThan(40);
      }
  });

  test("names are distinct per locale and never read as an id", () => {
    for (const locale of LOCALES) {
      const names = RULES.map((r) => ruleName(r.meta.id, locale));
      expect(new Set(names).size).toBe(names.length);
      for (const name of names) expect(name).not.toMatch(/^[a-z]+(-[a-z]+)+$/);
    }
  });

  test("an unknown id shows as itself, not as nothing", () => {
    expect(ruleName("new-rule", "nl")).toBe("new-rule");
    expect(ruleWhy("new-rule", "nl")).toBeUndefined();
  });
});
