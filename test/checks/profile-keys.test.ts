/** Issue 16, profile keys: a key every object inherits is an ordinary key in every map and list a profile has. */
import { checkNota } from "../../src/checks/engine";
import { ProfileError } from "../../src/checks/profile";
import { validateProfile } from "../../src/checks/profile-schema";
import { RULE_IDS } from "../../src/checks/rules";
import { findPassages } from "../../src/nota/emancipation";
import { lexiconOf } from "../../src/checks/engine";
import { notaSnapshot } from "../helpers/snapshots";

const KEYS = [
  "constructor",
  "toString",
  "__proto__",
  "valueOf",
  "hasOwnProperty",
  "isPrototypeOf",
  "__defineGetter__",
];

describe.each(KEYS)("%s", (key) => {
  const profiles: [string, unknown][] = [
    ["an official", { officials: [key], officialTitles: { [key]: [`de Minister van ${key}`] } }],
    ["an official without titles", { officials: [key], officialTitles: {} }],
    ["the emancipation official", { emancipation: { official: key, directorate: key } }],
    ["a directorate", { directorates: [{ code: key, name: key }] }],
    ["a lexicon topic", { emancipation: { lexicon: [{ topic: key, terms: ["vrouwen", key] }] } }],
    ["a kind", { kinds: [{ id: key, purposes: [key.toUpperCase()], requiredBlocks: ["aanleiding"] }] }],
    ["a purpose", { purposes: [key] }],
    ["the profile's id and name", { id: key, name: key }],
  ];
  test.each(profiles)("as %s: works, or is refused in words; never an internal error", (_what, json) => {
    // Through JSON text, as the loader reads it: "__proto__" is then an own key, not the prototype.
    const parsed: unknown = JSON.parse(JSON.stringify(json));
    let profile;
    try {
      profile = validateProfile(parsed, undefined, [...RULE_IDS]);
    } catch (err) {
      expect(err).toBeInstanceOf(ProfileError);
      return;
    }
    const snapshot = notaSnapshot({
      aan: `${key} (via ${key})`,
      purpose: key.toUpperCase(),
      intern: key,
      blocks: { kernpunten: [`De brief gaat over vrouwen en ${key}.`] },
    });
    expect(() => checkNota(snapshot, { profile })).not.toThrow();
    expect(() => findPassages(snapshot, lexiconOf(profile))).not.toThrow();
    expect(Object.getPrototypeOf(profile.officialTitles)).toBeNull();
    expect(Object.getPrototypeOf(profile.severities)).toBeNull();
  });
  test("as a key of severities, woo.fields or labels: refused with a sentence about the profile", () => {
    for (const json of [
      `{"severities": {"${key}": "off"}}`,
      `{"woo": {"fields": {"${key}": "5.1.2e"}}}`,
      `{"labels": {"${key}": "x"}}`,
    ]) {
      expect(() => validateProfile(JSON.parse(json), undefined, [...RULE_IDS])).toThrow(ProfileError);
    }
  });
});
