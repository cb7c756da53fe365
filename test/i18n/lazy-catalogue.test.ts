/**
 * A catalogue whose English half loads later (lazyCatalogue in src/i18n): read with the one `translator`; Dutch
 * until the English has loaded, which happens once.
 */
import { lazyCatalogue, translator } from "../../src/i18n";
import { PANE_MESSAGES, nl as paneNl } from "../../src/taskpane/messages";
import { en as paneEn } from "../../src/taskpane/messages-en";
import { LATER_MESSAGES } from "../../src/taskpane/messages-later";
import { en as laterEn } from "../../src/taskpane/messages-later-en";

test("Dutch at once; English once loaded, loaded once; loading Dutch loads nothing", async () => {
  const loadEn = jest.fn(async () => ({ hi: "{n, plural, one {# thing} other {# things}}" }));
  const messages = lazyCatalogue({ hi: "{n, plural, one {# ding} other {# dingen}}" }, loadEn);
  const en = translator(messages, "en");
  expect(translator(messages, "nl")("hi", { n: 2 })).toBe("2 dingen");
  await messages.load("nl");
  expect(loadEn).not.toHaveBeenCalled();
  // Asked before the English is there: the Dutch rather than nothing.
  expect(en("hi", { n: 1 })).toBe("1 ding");
  await Promise.all([messages.load("en"), messages.load("en")]);
  await messages.load("en");
  // The same translate function, made before the load, now gives the English.
  expect(en("hi", { n: 2 })).toBe("2 things");
  expect(loadEn).toHaveBeenCalledTimes(1);
});

test("the pane's frame: its English chunk is its English half", async () => {
  await PANE_MESSAGES.load("en");
  expect(PANE_MESSAGES.en).toBe(paneEn);
  expect(PANE_MESSAGES.nl).toBe(paneNl);
  expect(translator(PANE_MESSAGES, "en")("tabDraft")).toBe("Draft");
  expect(translator(PANE_MESSAGES, "nl")("tabDraft")).toBe("Opstellen");
});

test("a failed load is reported, and the next load tries again", async () => {
  const loadEn = jest
    .fn<Promise<{ hi: string }>, []>()
    .mockRejectedValueOnce(new Error("chunk failed"))
    .mockResolvedValue({ hi: "hello" });
  const messages = lazyCatalogue({ hi: "hallo" }, loadEn);
  await expect(messages.load("en")).rejects.toThrow("chunk failed");
  expect(translator(messages, "en")("hi")).toBe("hallo");
  await messages.load("en");
  expect(translator(messages, "en")("hi")).toBe("hello");
});

test("the later parts: their English chunk is their English half", async () => {
  await LATER_MESSAGES.load("en");
  expect(LATER_MESSAGES.en).toBe(laterEn);
  expect(translator(LATER_MESSAGES, "en")("save")).toBe("Save");
  expect(translator(LATER_MESSAGES, "nl")("save")).toBe("Opslaan");
});
