import { catalogue, fill, localeFor, translator } from "../../src/i18n";
import { nl as paneNl } from "../../src/taskpane/messages";
import { en as paneEn } from "../../src/taskpane/messages-en";
import { CLI_MESSAGES } from "../../src/cli/messages";
import { DOCX_ERROR_MESSAGES } from "../../src/docx/messages";
import { CONTROL_TITLES } from "../../src/nota/control-titles";
import { WORD_ERROR_MESSAGES } from "../../src/word/messages";
import { PROFILE_MESSAGES } from "../../src/checks/profile-messages";
import { REPORT_MESSAGES } from "../../src/cli/report-html";
import { nl as laterNl } from "../../src/taskpane/messages-later";
import { en as laterEn } from "../../src/taskpane/messages-later-en";

describe("fill", () => {
  test("named placeholders; a missing one stays visible", () => {
    expect(fill("{a} en {b}", { a: "x" })).toBe("x en {b}");
  });

  test("numbers are written for the locale", () => {
    expect(fill("{n} alinea's", { n: 250000 }, "nl")).toBe("250.000 alinea's");
    expect(fill("{n} paragraphs", { n: 250000 }, "en")).toBe("250,000 paragraphs");
  });

  test("a localized value gives its text for the locale", () => {
    const where = { nl: "De brief", en: "The letter" };
    expect(fill("{where} raakt", { where }, "nl")).toBe("De brief raakt");
    expect(fill("{where} touches", { where }, "en")).toBe("The letter touches");
  });

  test.each([
    [0, "nl", "0 fouten"],
    [1, "nl", "1 fout"],
    [2, "nl", "2 fouten"],
    [1, "en", "1 error"],
    [1500, "en", "1,500 errors"],
  ] as const)("plural of %d in %s", (n, locale, expected) => {
    const template =
      locale === "nl"
        ? "{n, plural, one {# fout} other {# fouten}}"
        : "{n, plural, one {# error} other {# errors}}";
    expect(fill(template, { n }, locale)).toBe(expected);
  });

  test("an exact choice wins, and choices hold placeholders of their own", () => {
    const template =
      "{n, plural, =0 {geen passages} one {# passage op {pages}} other {# passages op {pages}}}";
    expect(fill(template, { n: 0, pages: "" })).toBe("geen passages");
    expect(fill(template, { n: 1, pages: "blz. 2" })).toBe("1 passage op blz. 2");
    expect(fill(template, { n: 3, pages: "blz. 2, 6 en 7" })).toBe("3 passages op blz. 2, 6 en 7");
  });

  test("a plural without a number stays as written (visible, not guessed)", () => {
    expect(fill("{n, plural, one {# fout} other {# fouten}}", { n: "x" })).toBe(
      "{n, plural, one {# fout} other {# fouten}}",
    );
  });
});

test("translator and localeFor", () => {
  const t = translator(catalogue({ hi: "{n, plural, one {# ding} other {# dingen}}" }, { hi: "x" }), "nl");
  expect(t("hi", { n: 2 })).toBe("2 dingen");
  expect(localeFor("en-US")).toBe("en");
  expect(localeFor("nl-NL")).toBe("nl");
  expect(localeFor(undefined)).toBe("nl");
});

/** Every catalogue has the same ids in both locales, and both use the same placeholders. */
describe.each([
  ["pane", catalogue(paneNl, paneEn)],
  ["pane, parts that load later", catalogue(laterNl, laterEn)],
  ["command line", CLI_MESSAGES],
  [".docx reader", DOCX_ERROR_MESSAGES],
  ["control titles", CONTROL_TITLES],
  ["Word", WORD_ERROR_MESSAGES],
  ["profiles", PROFILE_MESSAGES],
  ["HTML report", REPORT_MESSAGES],
] as const)("catalogue: %s", (_name, messages) => {
  const placeholders = (s: string) =>
    [...s.matchAll(/(?<!(?:zero|one|two|few|many|other|=\d+)\s*)\{(\w+)(?:\}|, plural,)/g)]
      .map((m) => m[1])
      .filter((v, i, all) => all.indexOf(v) === i)
      .sort();
  test("the same ids and placeholders in Dutch and English", () => {
    const nl = messages.nl as Record<string, string>;
    const en = messages.en as Record<string, string>;
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    for (const id of Object.keys(nl))
      expect({ id, p: placeholders(en[id]) }).toEqual({ id, p: placeholders(nl[id]) });
  });
});
