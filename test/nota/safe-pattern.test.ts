/**
 * A profile's patterns run on a linear-time engine with RE2 semantics (issue 16): the shapes a backtracking
 * engine hangs on are simply run; what RE2 cannot express is refused with its sentence; a lexicon term's groups
 * never shift the topics.
 */
import { parseProfile } from "../../src/checks/profile-schema";
import { ProfileError } from "../../src/checks/profile-messages";
import { checkNota } from "../../src/checks/engine";
import { compileLexicon, findTopics, DEFAULT_LEXICON } from "../../src/nota/emancipation";
import { compilePattern, unsafePattern } from "../../src/nota/safe-pattern";
import { notaSnapshot } from "../helpers/snapshots";

const messageOf = (json: string) => {
  try {
    parseProfile(json);
  } catch (err) {
    if (err instanceof ProfileError) return err.messageFor("nl");
    throw err;
  }
  return "loaded";
};

/** Patterns that take a backtracking engine minutes on the input beside them (each was seen to). */
const BACKTRACKERS: [string, string][] = [
  ["^(a?a?)+$", `${"a".repeat(40_000)}b`],
  ["^(a|a?)+$", `${"a".repeat(40_000)}b`],
  ["^(a?){30}a{30}$", "a".repeat(30)],
  ["^a*a*a*a*a*a*b$", "a".repeat(40_000)],
  ["^\\d*\\d*\\d*\\d*\\d*x$", "1".repeat(40_000)],
  ["^([a-z0-9]+)*$", `${"a".repeat(40_000)}!`],
  ["^(\\w+\\s?)*$", `${"word ".repeat(8_000)}!`],
];

describe("patterns a backtracking engine hangs on: loaded and run in linear time", () => {
  test.each(BACKTRACKERS)("referencePattern %s", (pattern, text) => {
    expect(unsafePattern(pattern)).toBeUndefined();
    expect(messageOf(JSON.stringify({ referencePattern: pattern }))).toBe("loaded");
    expect(typeof compilePattern(pattern).test(text)).toBe("boolean");
  });

  test.each(BACKTRACKERS)("lexicon term /%s/", (pattern, text) => {
    const lexicon = compileLexicon([{ topic: "t", terms: [`/${pattern.replace(/^\^|\$$/g, "")}/`] }]);
    expect(Array.isArray(findTopics(text, lexicon))).toBe(true);
  });

  test("a nota whose Referentie is 40,000 a's, checked with ^(a?a?)+$: a finding, not a hang", () => {
    const profile = parseProfile(JSON.stringify({ referencePattern: "^(a?a?)+$" }));
    const snapshot = notaSnapshot();
    const referentie = snapshot.paragraphs.find((p) => /^Referentie/i.test(p.text));
    expect(referentie).toBeDefined();
    const text = `Referentie: ${"a".repeat(40_000)}b`;
    const changed = {
      ...snapshot,
      paragraphs: snapshot.paragraphs.map((p) => (p === referentie ? { ...p, text } : p)),
    };
    const ids = checkNota(changed, { profile }).findings.map((f) => f.messageId);
    expect(ids).toContain("referentieFormat");
  });
});

describe("what RE2 cannot express: refused with its sentence", () => {
  test.each([
    ['{ "referencePattern": "^(\\\\d)\\\\1$" }', /een terugverwijzing zoals \\1/],
    ['{ "referencePattern": "(?<=x)\\\\d" }', /een blik vooruit of achteruit/],
    ['{ "referencePattern": "\\\\d(?!x)" }', /een blik vooruit of achteruit/],
    [
      '{ "emancipation": { "lexicon": [{ "topic": "t", "terms": ["/(?<![a-z])vrouw/"] }] } }',
      /term "\/\(\?<!\[a-z\]\)vrouw\/" bij onderwerp "t".*blik vooruit of achteruit/,
    ],
    ['{ "referencePattern": "\\\\d{1,5000}" }', /een vorm die het zoeken in lineaire tijd \(RE2\) niet kent/],
  ])("%s", (json, sentence) => {
    expect(messageOf(json)).toMatch(sentence);
  });

  test("the built-in lexicon's own lookarounds are the project's: they stay on RegExp and keep working", () => {
    const lexicon = compileLexicon(DEFAULT_LEXICON);
    expect(lexicon.userPatterns).toEqual([]);
    expect(findTopics("Beleid voor lhbtiq+ jongeren", lexicon).map((m) => m.topic)).toEqual(["lhbti+"]);
    // The same term written in a profile is the project's own term: loaded.
    const own = DEFAULT_LEXICON.find((t) => t.topic === "lhbti+")!.terms[0];
    expect(
      messageOf(JSON.stringify({ emancipation: { lexicon: [{ topic: "lhbti+", terms: [own] }] } })),
    ).toBe("loaded");
  });
});

describe("a lexicon term's groups", () => {
  test("capturing groups in one term do not shift the topics after it", () => {
    const lexicon = compileLexicon([
      { topic: "eerste", terms: ["/(ab)(cd)?/"] },
      { topic: "tweede", terms: ["vrouwen"] },
      { topic: "derde", terms: ["/((x)y)z/"] },
    ]);
    expect(findTopics("de vrouwen, ab en xyz", lexicon).map((m) => [m.topic, m.text])).toEqual([
      ["tweede", "vrouwen"],
      ["eerste", "ab"],
      ["derde", "xyz"],
    ]);
  });

  test("two terms with the same named group: the lexicon loads and finds both", () => {
    const json = JSON.stringify({
      emancipation: {
        lexicon: [
          { topic: "een", terms: ["/(?<woord>gender)/"] },
          { topic: "twee", terms: ["/(?<woord>diversiteit)/"] },
        ],
      },
    });
    expect(messageOf(json)).toBe("loaded");
    const lexicon = compileLexicon(parseProfile(json).emancipation.lexicon);
    expect(findTopics("Gender en diversiteit", lexicon).map((m) => m.topic)).toEqual(["een", "twee"]);
  });

  test("overlapping matches of a user's pattern and a word: the leftmost, then the longer", () => {
    const lexicon = compileLexicon([
      { topic: "woord", terms: ["gelijke kansen"] },
      { topic: "patroon", terms: ["/kansen\\s+voor\\s+\\p{L}+/"] },
    ]);
    expect(findTopics("gelijke kansen voor iedereen", lexicon).map((m) => m.topic)).toEqual(["woord"]);
    expect(findTopics("Kansen voor meisjes", lexicon).map((m) => [m.topic, m.text])).toEqual([
      ["patroon", "Kansen voor meisjes"],
    ]);
  });
});
