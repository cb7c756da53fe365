import { parseAddressing, parseNota } from "../../src/nota/parser";
import { paragraph } from "../../src/nota/snapshot";
import { b, h, li, notaSnapshot, snapshotOf } from "../helpers/snapshots";

describe("parseNota: blocks", () => {
  test("the standard nota: every block, in order, with its content", () => {
    const nota = parseNota(notaSnapshot());
    expect(nota.sections.map((s) => s.id)).toEqual([
      "aanleiding",
      "geadviseerd-besluit",
      "kernpunten",
      "toelichting",
      "niet-openbaar",
    ]);
    expect(nota.blocks.kernpunten!.content.map((i) => nota.snapshot.paragraphs[i].text)).toEqual([
      "De veiligheid in het mbo wordt verschillend ervaren.",
      "Er zijn geen nieuwe toezeggingen.",
    ]);
  });

  test("bold short paragraphs as headings; a bold sentence inside a block is not a heading", () => {
    const nota = parseNota(
      snapshotOf([
        b("Aanleiding"),
        "x",
        b("Let op: dit is een hele zin met een punt aan het eind."),
        b("Kernpunten"),
        "y",
      ]),
    );
    expect(nota.sections.map((s) => s.id)).toEqual(["aanleiding", "kernpunten"]);
    expect(nota.blocks.aanleiding!.content).toEqual([1, 2]);
  });

  test("numbered headings and other wordings", () => {
    const nota = parseNota(snapshotOf([h("1. Aanleiding"), "x", h("2. Advies:"), "y", h("III. Kern"), "z"]));
    expect(nota.sections.map((s) => [s.id, s.standardWording])).toEqual([
      ["aanleiding", true],
      ["geadviseerd-besluit", false],
      ["kernpunten", false],
    ]);
  });

  test("headings numbered by a Word list (the number is not in the text)", () => {
    const nota = parseNota(snapshotOf([li("Aanleiding"), "x", li("Geadviseerd besluit"), "y"]));
    expect(nota.sections.map((s) => s.id)).toEqual(["aanleiding", "geadviseerd-besluit"]);
  });

  test("unknown sections are kept, not dropped", () => {
    const nota = parseNota(
      snapshotOf([h("Aanleiding"), "x", h("Financiële gevolgen"), "Geen.", h("Kernpunten"), "y"]),
    );
    expect(nota.sections.map((s) => s.id ?? s.heading)).toEqual([
      "aanleiding",
      "Financiële gevolgen",
      "kernpunten",
    ]);
    expect(nota.blocks.aanleiding!.content).toEqual([1]);
    expect(nota.sections[1].content).toEqual([3]);
  });

  test("a lower-level heading inside a block stays inside the block", () => {
    const nota = parseNota(
      snapshotOf([h("Aanleiding", 2), "x", h("Achtergrond", 3), "y", h("Kernpunten", 2), "z"]),
    );
    expect(nota.sections.map((s) => s.id)).toEqual(["aanleiding", "kernpunten"]);
    expect(nota.blocks.aanleiding!.content).toEqual([1, 2, 3]);
  });

  test("content controls of the template: tagged content belongs to its block", () => {
    const snapshot = snapshotOf([]);
    snapshot.paragraphs = [
      paragraph(0, "Aanleiding", { outlineLevel: 2 }),
      paragraph(1, "Tekst van de auteur.", { contentControlTags: ["nota:block:aanleiding"] }),
      paragraph(2, "Kernpunten", { outlineLevel: 2 }),
      paragraph(3, "Noem de kernpunten.", {
        contentControlTags: ["nota:block:kernpunten"],
        placeholder: true,
      }),
    ];
    const nota = parseNota(snapshot);
    expect(nota.blocks.aanleiding!.content).toEqual([1]);
    expect(nota.blocks.kernpunten!.content).toEqual([3]);
  });

  test("tagged content whose heading was deleted still makes its block", () => {
    const snapshot = snapshotOf([]);
    snapshot.paragraphs = [paragraph(0, "Tekst.", { contentControlTags: ["nota:block:aanleiding"] })];
    const nota = parseNota(snapshot);
    expect(nota.blocks.aanleiding).toMatchObject({ heading: "", content: [0] });
  });

  test("a block heading inside a table is not a block (it is a header label or table text)", () => {
    const nota = parseNota(
      snapshotOf([["Aanleiding", { tableDepth: 1, cell: { table: 0, row: 0, column: 0 } }], "x"]),
    );
    expect(nota.sections).toEqual([]);
  });
});

describe("parseNota: header", () => {
  test("Label: value lines", () => {
    const nota = parseNota(notaSnapshot({ aan: "MOCW (via SOCW)" }));
    expect(nota.header.purpose?.value).toBe("TER ONDERTEKENING");
    expect(nota.header.aan).toMatchObject({ value: "MOCW (via SOCW)", paragraphs: [1], valueOffset: 5 });
    expect(nota.header.datum?.value).toBe("26 november 2024");
    expect(nota.addressing).toMatchObject({ to: ["MOCW"], via: ["SOCW"] });
    expect(nota.title).toEqual({ text: "Beleidsreactie monitor", paragraph: 7 });
  });

  test("label and value on consecutive lines, several values, as in the example", () => {
    const nota = parseNota(
      snapshotOf([
        "TER ONDERTEKENING",
        "Aan: MOCW (via SOCW)",
        b("Middelbaar Beroeps\nOnderwijs"),
        b("Van"),
        b("Persoonsgegevens"),
        b("Datum"),
        "",
        "26 november 2024",
        b("Intern OCW afgestemd"),
        "DE",
        "OVO",
        "PD&R",
        h("Beleidsreactie Monitor integrale veiligheid mbo", 2),
        h("Aanleiding", 3),
        "x",
      ]),
    );
    expect(nota.header.van?.value).toBe("Persoonsgegevens");
    expect(nota.header.datum?.value).toBe("26 november 2024");
    expect(nota.header["intern-afgestemd"]?.lines).toEqual(["DE", "OVO", "PD&R"]);
    expect(nota.title?.text).toBe("Beleidsreactie Monitor integrale veiligheid mbo");
  });

  test.each([
    // A soft line break (Shift+Enter) inside one paragraph wraps a long title: one attachment.
    [
      ["Monitor Integrale veiligheid mbo\n2023: Sectorrapport"],
      ["Monitor Integrale veiligheid mbo 2023: Sectorrapport"],
    ],
    [["Rapport van de commissie \nover de toekomst"], ["Rapport van de commissie over de toekomst"]],
    // A line that starts a list item of its own is one: a numbered or bulleted list written with Shift+Enter.
    [["1. Kamerbrief\n2. Rapport"], ["1. Kamerbrief", "2. Rapport"]],
    [["- Kamerbrief\n- Rapport"], ["- Kamerbrief", "- Rapport"]],
    [["Kamerbrief\n\nRapport"], ["Kamerbrief", "Rapport"]], // an empty line between them separates
    // Each paragraph is one attachment, wrapped or not.
    [
      ["Kamerbrief", "Rapport\nover 2023"],
      ["Kamerbrief", "Rapport over 2023"],
    ],
  ])("Bijlagen %j: %j", (values, expected) => {
    const nota = parseNota(snapshotOf([b("Bijlagen"), ...values, h("Aanleiding", 3), "x"]));
    expect(nota.header.bijlagen?.lines).toEqual(expected);
  });

  test("a soft line break still separates the lines of other fields (afstemming)", () => {
    const nota = parseNota(snapshotOf([b("Intern OCW afgestemd"), "DE\nOVO", h("Aanleiding", 3), "x"]));
    expect(nota.header["intern-afgestemd"]?.lines).toEqual(["DE", "OVO"]);
  });

  test("a two-column table", () => {
    const cell = (row: number, column: number) => ({ tableDepth: 1, cell: { table: 0, row, column } });
    const nota = parseNota(
      snapshotOf([
        ["Aan", cell(0, 0)],
        ["MOCW", cell(0, 1)],
        ["Bijlagen", cell(1, 0)],
        ["1. Kamerbrief", cell(1, 1)],
        ["2. Rapport", cell(1, 1)],
        b("Titel"),
        b("Aanleiding"),
      ]),
    );
    expect(nota.header.aan?.value).toBe("MOCW");
    expect(nota.header.bijlagen?.lines).toEqual(["1. Kamerbrief", "2. Rapport"]);
    expect(nota.title?.text).toBe("Titel");
  });

  test("template fields: placeholder text is no value, but the field's place is known", () => {
    const snapshot = snapshotOf([]);
    snapshot.paragraphs = [
      paragraph(0, "Aan", { tableDepth: 1, cell: { table: 0, row: 0, column: 0 } }),
      paragraph(1, "MOCW", {
        tableDepth: 1,
        cell: { table: 0, row: 0, column: 1 },
        contentControlTags: ["nota:field:aan"],
        placeholder: true,
      }),
      paragraph(2, "Datum", { tableDepth: 1, cell: { table: 0, row: 1, column: 0 } }),
      paragraph(3, "1 mei 2025", {
        tableDepth: 1,
        cell: { table: 0, row: 1, column: 1 },
        contentControlTags: ["nota:field:datum"],
      }),
    ];
    const nota = parseNota(snapshot);
    expect(nota.header.aan).toMatchObject({ value: "", anchor: 1, labelParagraph: 0, tagged: true });
    expect(nota.header.datum).toMatchObject({ value: "1 mei 2025", paragraphs: [3], tagged: true });
  });

  test.each([
    // Today's placeholder, and the one earlier templates wrote (still in notas made with them), in both languages:
    // as plain text in the purpose control (Word on the web, office-js #6568) they are no value.
    ["Doel, bijvoorbeeld TER BESLISSING", ""],
    ["Purpose, for example TER BESLISSING", ""],
    ["Doel: TER ONDERTEKENING, TER BESLISSING of TER INFORMATIE", ""],
    ["Purpose: TER ONDERTEKENING, TER BESLISSING or TER INFORMATIE", ""],
    ["doel:  TER ONDERTEKENING, TER BESLISSING of TER INFORMATIE ", ""],
    // A purpose the author chose is one.
    ["TER BESLISSING", "TER BESLISSING"],
    ["TER KENNISNAME", "TER KENNISNAME"],
  ])("the purpose control holding %j: value %j", (text, value) => {
    const nota = parseNota(
      snapshotOf([[text, { contentControlTags: ["nota:field:purpose"] }], h("Aanleiding", 3), "x"]),
    );
    expect(nota.header.purpose?.value ?? "").toBe(value);
  });

  test("a document that is no nota has neither header nor blocks", () => {
    const nota = parseNota(snapshotOf(["Boodschappenlijst", "Brood, kaas en melk."]));
    expect(nota.header).toEqual({});
    expect(nota.sections).toEqual([]);
  });
});

describe("parseAddressing", () => {
  test.each([
    ["MOCW (via SOCW)", { to: ["MOCW"], via: ["SOCW"] }],
    ["MOCW, via SOCW", { to: ["MOCW"], via: ["SOCW"] }],
    ["MOCW via SOCW en SG", { to: ["MOCW"], via: ["SOCW", "SG"] }],
    ["MOCW en SOCW", { to: ["MOCW", "SOCW"], via: [] }],
    ["SOCW", { to: ["SOCW"], via: [] }],
    [
      "de Minister van OCW, via de Staatssecretaris van OCW",
      { toText: "de Minister van OCW", viaText: "de Staatssecretaris van OCW" },
    ],
    ["MOCW, SOCW", { to: ["MOCW", "SOCW"], via: [] }],
  ])("%s", (text, expected) => {
    expect(parseAddressing(text)).toMatchObject(expected);
  });

  test("a Via field of its own adds to the routing", () => {
    expect(parseAddressing("MOCW", "SOCW en SGOCW")).toMatchObject({
      to: ["MOCW"],
      via: ["SOCW", "SGOCW"],
      viaText: "SOCW en SGOCW",
    });
    expect(parseAddressing("MOCW (via SOCW)", "Via: SG")).toMatchObject({ via: ["SOCW", "SG"] });
  });

  test.each([
    ["Aan: MOCW", "Via: SOCW"],
    ["Aan: MOCW", "Via SOCW"],
  ])("'%s' and '%s' on lines of their own", (aan, via) => {
    const nota = parseNota(
      snapshotOf(["TER ONDERTEKENING", aan, via, "Datum: 26 november 2024", h("Aanleiding"), "x"]),
    );
    expect(nota.header.via?.value).toBe("SOCW");
    expect(nota.addressing).toMatchObject({ to: ["MOCW"], via: ["SOCW"] });
  });

  test("a Via row in a header table", () => {
    const cell = (row: number, column: number) => ({ tableDepth: 1, cell: { table: 0, row, column } });
    const nota = parseNota(
      snapshotOf([
        ["Aan", cell(0, 0)],
        ["MOCW", cell(0, 1)],
        ["Via", cell(1, 0)],
        ["SOCW", cell(1, 1)],
        h("Aanleiding"),
        "x",
      ]),
    );
    expect(nota.addressing).toMatchObject({ to: ["MOCW"], via: ["SOCW"] });
  });
});

describe("the emancipation flag", () => {
  test("found by its words and a page reference", () => {
    const nota = parseNota(
      notaSnapshot({
        blocks: {
          aanleiding: [
            "Zie blz. 3 van het rapport.",
            "De passages die raken aan emancipatie staan op blz. 2 en 6.",
          ],
        },
      }),
    );
    expect(nota.flag).toMatchObject({ paragraph: 10, tagged: false });
    expect(nota.flag!.references[0].pages).toEqual([2, 6]);
  });
});
