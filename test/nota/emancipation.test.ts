import {
  DEFAULT_FLAG_SENTENCE,
  DEFAULT_LEXICON,
  buildFlagSentence,
  compileLexicon,
  findPassages,
  findTopics,
  withoutLookarounds,
} from "../../src/nota/emancipation";
import { letterSnapshot } from "../helpers/snapshots";

const lexicon = compileLexicon(DEFAULT_LEXICON);
const topics = (text: string) => [...new Set(findTopics(text, lexicon).map((m) => m.topic))];

describe("the default lexicon", () => {
  test.each(["lhbti", "lhbti+", "lhbtiq+", "lhbtqi+", "LHBTIQA+", "LHB", "lgbt"])(
    "spelling %s is lhbti+",
    (word) => {
      expect(topics(`Voor ${word} studenten.`)).toEqual(["lhbti+"]);
    },
  );
  test.each([
    ["Vrouwelijke docenten", ["vrouwen"]],
    ["Seksueel grensoverschrijdend gedrag", ["seksueel grensoverschrijdend gedrag"]],
    ["seksuele intimidatie op stage", ["seksuele intimidatie"]],
    ["gelijke behandeling", ["gelijke behandeling"]],
    ["met name kwetsbare groepen", ["kwetsbare groepen"]],
    ["emancipatiebeleid", ["emancipatie"]],
    ["genderidentiteit", ["gender"]],
    ["het meldpunt stagediscriminatie", ["discriminatie"]],
    ["arbeidsmarktdiscriminatie en vrouwenemancipatie", ["discriminatie", "emancipatie"]],
  ])("%s", (text, expected) => {
    expect(topics(text)).toEqual(expected);
  });
  test.each(["homogeen", "De begroting stijgt.", "helblauw", "onderwijsvrouwe", "Hollands"])(
    "no false match in %s",
    (text) => {
      expect(topics(text)).toEqual([]);
    },
  );
});

describe("findPassages", () => {
  test("paragraphs with page, topics and an excerpt", () => {
    const letter = letterSnapshot({
      1: ["Geachte voorzitter,"],
      2: ["Vrouwen en lhbti+ personen voelen zich minder veilig."],
    });
    expect(findPassages(letter, lexicon)).toEqual([
      expect.objectContaining({
        paragraph: 1,
        page: 2,
        topics: ["vrouwen", "lhbti+"],
        excerpt: "Vrouwen en lhbti+ personen voelen zich minder veilig.",
      }),
    ]);
  });
  test("the excerpt of a long paragraph is cut around the first match", () => {
    const long = `${"a ".repeat(200)}discriminatie${" b".repeat(200)}`;
    const [p] = findPassages(letterSnapshot({ 1: [long] }), lexicon);
    expect(p.excerpt.length).toBeLessThanOrEqual(162);
    expect(p.excerpt).toContain("discriminatie");
  });
  test("a lexicon from a profile", () => {
    const custom = compileLexicon([{ topic: "klimaat", terms: ["klimaat*", "/co2/"] }]);
    expect(findTopics("Klimaatbeleid en CO2", custom).map((m) => m.text)).toEqual(["Klimaatbeleid", "CO2"]);
  });
  test("an invalid term names itself", () => {
    expect(() => compileLexicon([{ topic: "x", terms: ["/(/"] }])).toThrow(
      /lexicon term "\/\(\/" of topic "x"/,
    );
  });
});

describe("buildFlagSentence", () => {
  test("the sentence of the example", () => {
    expect(
      buildFlagSentence(
        { official: "SOCW", possessive: "haar", sentence: DEFAULT_FLAG_SENTENCE },
        ["vrouwen", "lhbti+"],
        [7, 2, 6],
      ),
    ).toBe(
      "De brief gaat via SOCW vanwege haar verantwoordelijkheid voor Emancipatie. De passages die raken aan emancipatie (vrouwen en lhbti+) worden gevonden op blz. 2, 6 en 7.",
    );
  });
  test("only the topic emancipatie: no parenthesis", () => {
    expect(
      buildFlagSentence(
        { official: "SOCW", possessive: "haar", sentence: DEFAULT_FLAG_SENTENCE },
        ["emancipatie"],
        [3],
      ),
    ).toBe(
      "De brief gaat via SOCW vanwege haar verantwoordelijkheid voor Emancipatie. De passages die raken aan emancipatie worden gevonden op blz. 3.",
    );
  });
  test("another cabinet: official and pronoun from the profile", () => {
    expect(
      buildFlagSentence(
        { official: "SOCW", possessive: "zijn", sentence: DEFAULT_FLAG_SENTENCE },
        ["gender"],
        [4],
      ),
    ).toContain("vanwege zijn verantwoordelijkheid");
  });
});

describe("the lexicon's fast paths find exactly what the full pattern finds", () => {
  const lexicon = compileLexicon(DEFAULT_LEXICON);
  const fullOnly = { ...lexicon, screen: undefined };

  test.each([
    "De positie van vrouwen en meisjes verbetert.",
    "Genderidentiteit en lhbtiq+-personen; LGBT-jongeren.",
    "Antidiscriminatievoorzieningen en racisme.",
    "Seksueel   grensoverschrijdend\ngedrag (sgg).",
    "Niets hiervan: vrouwelijkheid? Nee: overvrouwen is geen woord.",
    "Een ſeksuele intimidatie met een lange s (ſ vouwt tot s).",
    "Onderwijs, cultuur en wetenschap.",
    "Het 𝐀ntidiscriminatiebeleid en anti-discriminatie, pro-vrouwen-beleid.",
    "Eerst niets, dan pas laat: kinderopvang, gelijke    kansen en emancipatiebeleid.",
  ])("%s", (text) => {
    expect(findTopics(text, lexicon)).toEqual(findTopics(text, fullOnly));
  });

  test("a user's pattern with an alternation of its own keeps its meaning (no word start forced on it)", () => {
    const own = compileLexicon([{ topic: "x", terms: ["/foo|xbar/"] }]);
    expect(findTopics("abcxbar", own).map((m) => m.text)).toEqual(["xbar"]);
  });

  test("withoutLookarounds drops (?=…), (?!…), (?<=…), (?<!…) and keeps the rest", () => {
    expect(withoutLookarounds("(?<![\\p{L}\\d])l[hg]bt?[iqa]*\\+?(?![\\p{L}\\d])")).toBe(
      "l[hg]bt?[iqa]*\\+?",
    );
    expect(withoutLookarounds("a(?=b(c))d[(?=]\\(?!x")).toBe("ad[(?=]\\(?!x");
  });
});
