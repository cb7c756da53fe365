import {
  Afstemming,
  afstemmingFromXml,
  afstemmingToXml,
  afstemmingWrite,
  formatParties,
  normalizeAfstemming,
  parseParties,
  parseParty,
} from "../../src/nota/afstemming";
import { AFSTEMMING_NAMESPACE } from "../../src/nota/schema";
import { MAX_XML_DEPTH, XmlRefusal } from "../../src/nota/xml-parse";
import { parseNota } from "../../src/nota/parser";
import { NotaOptions, notaSnapshot, snapshotOf } from "../helpers/snapshots";

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

describe("afstemmingWrite: what writing an afstemming changes, decided without Word", () => {
  const parties: Afstemming = {
    internal: [{ name: "DE", status: "akkoord", date: { year: 2024, month: 11, day: 20 } }, { name: "OVO" }],
    external: [{ name: "MBO Raad" }],
  };
  const accepted = { ruleId: "afstemming", reason: "DE is niet betrokken", by: "Reviewer" };
  const nota = (o: NotaOptions = {}, record?: Afstemming) =>
    parseNota(
      notaSnapshot(o, {
        customXmlParts: record
          ? [{ id: "item1", namespace: AFSTEMMING_NAMESPACE, xml: afstemmingToXml(record) }]
          : [],
      }),
    );
  const recordOf = (write: ReturnType<typeof afstemmingWrite>) => afstemmingFromXml(write!.record!.xml);

  test("the header's fields are rewritten as text and the record written beside them", () => {
    const write = afstemmingWrite(parties, nota(), true);
    expect(write?.fields).toEqual({
      "intern-afgestemd": "DE (akkoord, 20 november 2024), OVO",
      "extern-afgestemd": "MBO Raad",
    });
    expect(write?.record?.namespace).toBe(AFSTEMMING_NAMESPACE);
    expect(recordOf(write)).toEqual(parties);
  });

  test("a document that cannot hold a record gets the text alone", () => {
    const write = afstemmingWrite(parties, nota(), false);
    expect(write).toEqual({
      fields: { "intern-afgestemd": "DE (akkoord, 20 november 2024), OVO", "extern-afgestemd": "MBO Raad" },
    });
  });

  test("a field the header lacks is added when there is someone to name in it, not otherwise", () => {
    expect(afstemmingWrite(parties, nota({ extern: null }), true)?.fields).toHaveProperty(
      "extern-afgestemd",
      "MBO Raad",
    );
    const nobodyOutside = afstemmingWrite({ ...parties, external: [] }, nota({ extern: null }), true);
    expect(nobodyOutside?.fields).not.toHaveProperty("extern-afgestemd");
    // A field the header has is written even empty: the parties were taken out.
    expect(afstemmingWrite({ ...parties, external: [] }, nota(), true)?.fields).toHaveProperty(
      "extern-afgestemd",
      "",
    );
  });

  test("the text is the normalised afstemming's, as the record is", () => {
    const write = afstemmingWrite(
      { internal: [{ name: " DE " }, { name: "de" }], external: [] },
      nota(),
      true,
    );
    expect(write?.fields["intern-afgestemd"]).toBe("DE");
    expect(recordOf(write).internal).toEqual([{ name: "DE" }]);
  });

  test("the document's accepted findings are kept when the afstemming says nothing of them; a list replaces them", () => {
    const stored = nota({}, { ...parties, suppressions: [accepted] });
    expect(
      recordOf(afstemmingWrite({ internal: [{ name: "FEZ" }], external: [] }, stored, true)).suppressions,
    ).toEqual([accepted]);
    const cleared = afstemmingWrite(
      { internal: [{ name: "FEZ" }], external: [], suppressions: [] },
      stored,
      true,
    );
    expect(recordOf(cleared).suppressions ?? []).toEqual([]);
  });

  test("no header to write in: the record alone when it keeps accepted findings, else nowhere to write", () => {
    const letter = parseNota(snapshotOf(["Geachte heer,", "Dit is een brief zonder kop."]));
    const onlyFindings = { internal: [], external: [], suppressions: [accepted] };
    const write = afstemmingWrite(onlyFindings, letter, true);
    expect(write?.fields).toEqual({});
    expect(recordOf(write).suppressions).toEqual([accepted]);
    expect(afstemmingWrite(onlyFindings, letter, false)).toBeUndefined();
    expect(afstemmingWrite(parties, letter, true)).toBeUndefined();
  });
});
