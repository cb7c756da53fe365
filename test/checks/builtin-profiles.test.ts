import { PROFILE_BASE, PROFILE_LIMITS, ProfileError } from "../../src/checks/profile";
import { parseProfile, validateProfile } from "../../src/checks/profile-schema";
import {
  PROFILES,
  chooseProfile,
  describeProfileChoice,
  inferProfile,
  profileById,
} from "../../src/checks/builtin-profiles";
import { checkNota } from "../../src/checks/engine";
import { RULE_IDS } from "../../src/checks/rules";
import { parseNota } from "../../src/nota/parser";
import az from "../../src/checks/profiles/az.json";
import bzk from "../../src/checks/profiles/bzk.json";
import defensie from "../../src/checks/profiles/defensie.json";
import jenv from "../../src/checks/profiles/jenv.json";
import lvvn from "../../src/checks/profiles/lvvn.json";
import ocw from "../../src/checks/profiles/ocw.json";
import { notaSnapshot, snapshotOf } from "../helpers/snapshots";

describe("the built-in profiles", () => {
  const json: Record<string, unknown> = { ocw, bzk, jenv, defensie, lvvn, az };
  test.each(PROFILES.map((p) => [p.id, p] as const))(
    "%s is exactly what the validator makes of its JSON",
    (id, p) => {
      expect(p).toEqual(validateProfile(json[id], PROFILE_BASE, [...RULE_IDS]));
    },
  );
  test("one per ministry whose notas we have seen, each with officials, titles and a reference format", () => {
    expect(PROFILES.map((p) => p.id)).toEqual(["ocw", "bzk", "jenv", "defensie", "lvvn", "az"]);
    for (const p of PROFILES) {
      expect(p.officials.length).toBeGreaterThan(0);
      for (const code of p.officials) expect(p.officialTitles[code]?.length).toBeGreaterThan(0);
      expect(new RegExp(p.referencePattern).test(p.referenceExample!)).toBe(true);
      expect(p.kinds.map((k) => k.id)).toEqual(["beslisnota", "informatienota"]);
    }
  });
  test("the emancipation routing is OCW's only: off, with no official or directorate, elsewhere", () => {
    for (const p of PROFILES.filter((q) => q.id !== "ocw")) {
      expect(p.severities["emancipation-flag"]).toBe("off");
      expect(p.severities["emancipation-pages"]).toBe("off");
      expect(p.emancipation.official).toBe("");
      expect(p.emancipation.directorate).toBe("");
    }
    expect(profileById("ocw")!.emancipation.official).toBe("SOCW");
  });
  test("profileById is case-insensitive and says undefined for no profile", () => {
    expect(profileById("BZK")!.id).toBe("bzk");
    expect(profileById("constructor")).toBeUndefined();
    expect(profileById("__proto__")).toBeUndefined();
  });
  test('a profile file "extends" a built-in one', () => {
    const p = parseProfile(
      '{"extends": "bzk", "referenceExample": "2024-0000000001"}',
      [...RULE_IDS],
      PROFILES,
    );
    expect(p.officials).toEqual(["MBZK", "SBZK"]);
    expect(p.referenceExample).toBe("2024-0000000001");
    expect(() => parseProfile('{"extends": "xyz"}', [...RULE_IDS], PROFILES)).toThrow(/ocw, bzk/);
  });
});

describe("inferring the profile from the nota", () => {
  const nota = (aan: string, extra: string[] = []) =>
    parseNota(snapshotOf(["TER BESLISSING", `Aan: ${aan}`, ...extra, "Van: DGOBDR"]));
  test.each([
    ["MBZK", "bzk"],
    ["de Minister van Binnenlandse Zaken en Koninkrijksrelaties", "bzk"],
    ["MinDef", "defensie"],
    ["de Minister-President", "az"],
    ["MJenV", "jenv"],
    ["MOCW (via SOCW)", "ocw"],
  ])("Aan: %s → %s", (aan, id) => {
    const choice = inferProfile(nota(aan));
    expect(choice.profile.id).toBe(id);
    expect(choice.reason).toEqual({ kind: "official", value: aan.replace(" (via SOCW)", "") });
    expect(describeProfileChoice(choice)).toContain(choice.profile.name);
  });
  test("an unknown addressee with a reference in one ministry's format → that ministry", () => {
    const choice = inferProfile(nota("de DG", ["Kenmerk: BS2024012345"]));
    expect(choice.profile.id).toBe("defensie");
    expect(choice.reason.kind).toBe("reference");
  });
  test("nothing to go by → the default, and the sentence says so", () => {
    const choice = inferProfile(nota("de DG"));
    expect(choice.profile.id).toBe("ocw");
    expect(describeProfileChoice(choice)).toMatch(/standaard/);
    expect(describeProfileChoice(choice, "en")).toMatch(/default/);
  });
  test("the person's choice wins over the organisation's, which wins over the nota", () => {
    const n = nota("MBZK");
    expect(chooseProfile(n, { chosen: "az", organisation: "jenv" }).profile.id).toBe("az");
    expect(chooseProfile(n, { organisation: "jenv" })).toMatchObject({ reason: { kind: "organisation" } });
    expect(chooseProfile(n).profile.id).toBe("bzk");
  });
  test("a BZK nota gets no OCW advice: no SOCW, no DE", () => {
    const snapshot = notaSnapshot({
      aan: "MBZK",
      referentie: "2024-0000594040",
      intern: "DGOBDR",
      blocks: { kernpunten: ["De brief gaat over emancipatie en gelijke behandeling van vrouwen."] },
    });
    const { profile } = inferProfile(parseNota(snapshot));
    const messages = checkNota(snapshot, { profile }).findings.map((f) => f.message);
    expect(messages.join("\n")).not.toMatch(/SOCW|\bDE\b|OCW/);
  });
});

describe("profile keys and sizes", () => {
  const fails = (json: unknown) => {
    try {
      validateProfile(json, undefined, [...RULE_IDS]);
    } catch (err) {
      expect(err).toBeInstanceOf(ProfileError);
      return (err as ProfileError).messageFor("nl");
    }
    throw new Error("accepted");
  };
  test.each(["constructor", "toString", "__proto__", "valueOf", "hasOwnProperty"])(
    "%s as an official's code is an ordinary code",
    (code) => {
      const p = validateProfile(
        JSON.parse(`{"officials": ["${code}"], "officialTitles": {"${code}": ["de Minister van X"]}}`),
      );
      expect(p.officialTitles[code]).toEqual(["de Minister van X"]);
      const snapshot = notaSnapshot({ aan: code });
      expect(() => checkNota(snapshot, { profile: p })).not.toThrow();
      expect(checkNota(snapshot, { profile: p }).findings.map((f) => f.messageId)).not.toContain(
        "aanUnknown",
      );
      // A code without titles is looked up as a code with none, not as what every object inherits.
      const bare = validateProfile(JSON.parse(`{"officials": ["${code}"], "officialTitles": {}}`));
      expect(() => checkNota(notaSnapshot({ aan: "de Minister" }), { profile: bare })).not.toThrow();
    },
  );
  test.each(["constructor", "toString", "__proto__", "valueOf"])(
    "%s as a rule or a field is refused in words",
    (key) => {
      expect(fails(JSON.parse(`{"severities": {"${key}": "off"}}`))).toMatch(/is geen regel/);
      expect(fails(JSON.parse(`{"woo": {"fields": {"${key}": "5.1.2e"}}}`))).toMatch(/is geen veld/);
      expect(fails(JSON.parse(`{"labels": {"${key}": "x"}}`))).toMatch(/is geen veld/);
    },
  );
  test("a 50,000-topic lexicon is refused with its limit", () => {
    const lexicon = Array.from({ length: 50_000 }, (_, i) => ({ topic: `t${i}`, terms: [`w${i}`] }));
    expect(fails({ emancipation: { lexicon } })).toMatch(
      /50\.000 items; een profiel staat er ten hoogste 100 toe/,
    );
  });
  test("too many terms over all topics, a very long term, a very long reference pattern", () => {
    const lexicon = Array.from({ length: 50 }, (_, i) => ({
      topic: `t${i}`,
      terms: Array.from({ length: 30 }, (_, j) => `w${i}x${j}`),
    }));
    expect(fails({ emancipation: { lexicon } })).toMatch(
      /1\.500 items; een profiel staat er ten hoogste 1\.000/,
    );
    expect(fails({ emancipation: { lexicon: [{ topic: "t", terms: ["a".repeat(5000)] }] } })).toMatch(
      /5\.000 tekens lang/,
    );
    expect(fails({ referencePattern: "\\d".repeat(100_000) })).toMatch(
      new RegExp(
        `referencePattern is 200\\.000 tekens lang; een profiel staat er ten hoogste ${PROFILE_LIMITS.pattern} toe`,
      ),
    );
    expect(fails({ officials: Array.from({ length: 10_000 }, (_, i) => `M${i}`) })).toMatch(
      /officials heeft 10\.000/,
    );
    expect(fails({ name: "x".repeat(1_000_000) })).toMatch(/name is 1\.000\.000 tekens/);
  });
});
