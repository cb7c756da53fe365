/** Reading as a reader reads, and personal data nobody marked (src/nota/woo.ts, src/nota/personal-data.ts). */
import { findPersonalData, isBsn, isIban, namesToFind } from "../../src/nota/personal-data";
import { findReadings, readingForm, readingText } from "../../src/nota/woo";

describe("reading form", () => {
  test("capitals, NFD, non-breaking and double spaces, soft hyphens and zero-width characters read as one form", () => {
    const forms = [
      "Jan Jansen",
      "JAN JANSEN",
      "Jan\u00A0Jansen",
      "Jan  Jansen",
      "Jan Jan\u00ADsen",
      "Jan J\u200Bansen",
      "Jan\u2009Jansen",
    ].map(readingForm);
    expect(new Set(forms)).toEqual(new Set(["jan jansen"]));
    expect(readingForm("Jose\u0301")).toBe(readingForm("José"));
    expect(readingForm("ﬁle")).toBe("file");
    expect(readingForm("a\u2011b")).toBe("a-b");
  });

  test("pieces map back to the characters they were read from", () => {
    const r = readingText(["Met dank aan Jan", " ", "Jan\u00ADsen."]);
    const [m] = findReadings(r.text, ["jan jansen"]);
    expect(m).toBeDefined();
    expect([r.piece[m.start], r.from[m.start]]).toEqual([0, 13]);
    expect([r.piece[m.end - 1], r.to[m.end - 1]]).toEqual([2, 7]);
  });

  test("word boundaries only: Rijk is not in Rijksoverheid; longest first", () => {
    const text = readingForm("Rijksoverheid en Rijk, en Jan Jansen en Jansen");
    const found = findReadings(text, ["rijk", "jansen", "jan jansen"]).map((m) => text.slice(m.start, m.end));
    expect(found).toEqual(["rijk", "jan jansen", "jansen"]);
  });
});

describe("personal data", () => {
  const text =
    "Mail jan.jansen@minocw.nl of bel 06-12345678 of +31 (0)70 412 3456. IBAN NL91 ABNA 0417 1643 00, " +
    "BSN 111222333, Kerkstraat 12, 2511 AB Den Haag. Referentie 49235295, datum 26-11-2024, 123456789.";
  const found = findPersonalData(text, ["Jansen, Jan"]);
  const kinds = found.map((f) => [f.kind, f.text]);

  test("each kind found with its characters", () => {
    expect(kinds).toEqual([
      ["email", "jan.jansen@minocw.nl"],
      ["phone", "06-12345678"],
      ["phone", "+31 (0)70 412 3456"],
      ["iban", "NL91 ABNA 0417 1643 00"],
      ["bsn", "111222333"],
      ["address", "12, 2511 AB"],
    ]);
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  test("the checks: mod 97, the 11-test; a reference number and a date are not personal data", () => {
    expect(isIban("NL91ABNA0417164300")).toBe(true);
    expect(isIban("NL92ABNA0417164300")).toBe(false);
    expect(isBsn("111222333")).toBe(true);
    expect(isBsn("123456789")).toBe(false);
    expect(kinds.map(([, t]) => t)).not.toContain("49235295");
  });

  test("the document's own people: full name and surname, on word boundaries", () => {
    expect(namesToFind(["Jansen, Jan", "Bertus Boer", "bb"])).toEqual([
      "Jansen, Jan",
      "Jansen",
      "Bertus Boer",
      "Boer",
    ]);
    const names = findPersonalData("Gesprek met Bertus  Boer en mevrouw Jansen; Boerderij.", [
      "Bertus Boer",
      "Jan Jansen",
    ]);
    expect(names.map((f) => f.text)).toEqual(["Bertus  Boer", "Jansen"]);
  });
});
