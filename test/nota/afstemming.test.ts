import {
  afstemmingFromXml,
  afstemmingToXml,
  formatParties,
  normalizeAfstemming,
  parseParties,
  parseParty,
} from "../../src/nota/afstemming";
import { AFSTEMMING_NAMESPACE } from "../../src/nota/schema";
import { MAX_XML_DEPTH, XmlRefusal } from "../../src/nota/xml-parse";

describe("parseParties", () => {
  test("one per line, as in the example", () => {
    expect(parseParties("DE\nOVO\nPD&R")).toEqual([{ name: "DE" }, { name: "OVO" }, { name: "PD&R" }]);
  });
  test("comma-separated with status and date", () => {
    expect(parseParties("DE (akkoord, 20 november 2024), OVO (loopt)")).toEqual([
      { name: "DE", status: "akkoord", date: { year: 2024, month: 11, day: 20 } },
      { name: "OVO", status: "loopt" },
    ]);
  });
  test("parentheses that are part of the name stay in the name", () => {
    expect(parseParty("Ministerie van SZW (directie Arbeidsmarkt)")).toEqual({
      name: "Ministerie van SZW (directie Arbeidsmarkt)",
    });
  });
  test("N.v.t. and a dash mean nobody", () => {
    expect(parseParties("N.v.t.")).toEqual([]);
    expect(parseParties("-")).toEqual([]);
  });
});

describe("round trips", () => {
  const sample = {
    internal: [
      { name: "DE", status: "akkoord" as const, date: { year: 2024, month: 11, day: 20 } },
      { name: "PD&R" },
    ],
    external: [
      { name: "MBO Raad", status: "akkoord met opmerkingen" as const },
      { name: 'Stichting "<Veilig>"' },
    ],
  };
  test("text: parse(format(x)) = x", () => {
    expect(parseParties(formatParties(sample.internal))).toEqual(sample.internal);
    expect(parseParties(formatParties(sample.external))).toEqual(sample.external);
  });
  test("custom XML: fromXml(toXml(x)) = x, with characters XML must escape", () => {
    expect(afstemmingFromXml(afstemmingToXml(sample))).toEqual(sample);
  });
  test("the XML of another namespace is refused", () => {
    expect(() => afstemmingFromXml('<afstemming xmlns="urn:other"/>')).toThrow(/not an afstemming record/);
  });
  test("read with the hardened parser: an entity declaration, deep nesting and broken XML are refused", () => {
    const NS = `xmlns="${AFSTEMMING_NAMESPACE}"`;
    const refusal = (xml: string) => {
      try {
        afstemmingFromXml(xml);
      } catch (err) {
        return err instanceof XmlRefusal ? err.reason : String(err);
      }
      return "read";
    };
    expect(
      refusal(
        `<!DOCTYPE a [<!ENTITY x "${"DE".repeat(9)}">]><afstemming ${NS}><internal name="&x;"/></afstemming>`,
      ),
    ).toBe("declaration");
    expect(
      refusal(`<afstemming ${NS}>${"<x>".repeat(MAX_XML_DEPTH)}${"</x>".repeat(MAX_XML_DEPTH)}</afstemming>`),
    ).toBe("depth");
    expect(
      refusal(
        `<afstemming ${NS}>${"<x>".repeat(MAX_XML_DEPTH - 1)}${"</x>".repeat(MAX_XML_DEPTH - 1)}</afstemming>`,
      ),
    ).toBe("read");
    expect(refusal(`<afstemming ${NS}><internal name="DE">`)).toBe("malformed");
  });
  test("normalize drops empty names and duplicates", () => {
    expect(
      normalizeAfstemming({ internal: [{ name: " DE " }, { name: "de" }, { name: "" }], external: [] }),
    ).toEqual({
      internal: [{ name: "DE" }],
      external: [],
    });
  });
});
