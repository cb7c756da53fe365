/** The edit planner: where each fix goes, decided in pure code, and what the text is afterwards. */
import { PlanError, applyPlan, planEdit, planFields } from "../../src/checks/plan";
import { readDocx } from "../../src/docx/reader";
import { buildTemplateDocx } from "../../src/docx/template-docx";
import { TAGS, blockSpec } from "../../src/nota/schema";
import { h, notaSnapshot, snapshotOf, type Line } from "../helpers/snapshots";
import { parseNota } from "../../src/nota/parser";

const template = () => readDocx(buildTemplateDocx());
const texts = (s: ReturnType<typeof template>) => s.paragraphs.map((p) => p.text);

describe("insertBlock", () => {
  test("in a template nota: right after the previous block's control", () => {
    const without = template();
    const heading = without.paragraphs.findIndex((p) => p.text === "Kernpunten");
    without.paragraphs.splice(heading, 2);
    const plan = planEdit({ kind: "insertBlock", block: "kernpunten" }, without);
    expect(plan).toEqual([
      {
        op: "insertParagraphs",
        anchor: { kind: "afterControl", tag: TAGS.block("geadviseerd-besluit") },
        paragraphs: [
          { text: "Kernpunten", style: "Heading2" },
          {
            text: "",
            control: {
              tag: TAGS.block("kernpunten"),
              title: "Kernpunten",
              placeholder: blockSpec("kernpunten").placeholder.nl,
            },
          },
        ],
      },
    ]);
    const after = applyPlan(without, plan);
    const at = texts(after).indexOf("Kernpunten");
    expect(after.paragraphs[at + 1]).toMatchObject({
      contentControlTags: [TAGS.block("kernpunten")],
      placeholder: true,
    });
  });

  test("in a free-form nota: after the previous block's last paragraph, outside any control", () => {
    const nota = notaSnapshot({ blocks: { kernpunten: null } });
    const [edit] = planEdit({ kind: "insertBlock", block: "kernpunten" }, nota);
    const last = texts(nota).indexOf("Toelichting") - 1;
    expect(edit).toMatchObject({ anchor: { kind: "after", paragraph: last, inside: null } });
  });

  test("the first block missing: before the next block's heading", () => {
    const nota = snapshotOf([h("Kernpunten"), "Tekst."]);
    const [edit] = planEdit({ kind: "insertBlock", block: "aanleiding" }, nota);
    expect(edit).toMatchObject({ anchor: { kind: "before", paragraph: 0, inside: null } });
    expect(texts(applyPlan(nota, [edit])).slice(0, 2)).toEqual([
      "Aanleiding",
      blockSpec("aanleiding").placeholder.nl,
    ]);
  });

  test("no block at all: at the end of the body", () => {
    const [edit] = planEdit({ kind: "insertBlock", block: "toelichting" }, snapshotOf(["Een brief."]));
    expect(edit).toMatchObject({ anchor: { kind: "bodyEnd" } });
  });

  test("a block that is there: nothing to do", () => {
    expect(planEdit({ kind: "insertBlock", block: "aanleiding" }, notaSnapshot())).toEqual([]);
  });
});

describe("a tagged paragraph at the end of a block (the flag sentence)", () => {
  const edit = {
    kind: "insertParagraph",
    block: "aanleiding",
    text: "Zin.",
    tag: TAGS.emancipationFlag,
  } as const;

  test("a block control showing only its placeholder: the sentence replaces the placeholder", () => {
    expect(planEdit(edit, template())).toMatchObject([
      { op: "insertParagraphs", anchor: { kind: "replaceControl", tag: TAGS.block("aanleiding") } },
    ]);
  });

  test("a block control with the author's text: inside it, at its end", () => {
    const filled = template();
    const i = filled.paragraphs.findIndex((p) => p.contentControlTags.includes(TAGS.block("aanleiding")));
    filled.paragraphs[i] = { ...filled.paragraphs[i], text: "Eigen tekst.", placeholder: undefined };
    const plan = planEdit(edit, filled);
    expect(plan).toMatchObject([{ anchor: { kind: "endOfControl", tag: TAGS.block("aanleiding") } }]);
    const after = applyPlan(filled, plan);
    expect(after.paragraphs[i + 1]).toMatchObject({
      text: "Zin.",
      contentControlTags: [TAGS.block("aanleiding"), TAGS.emancipationFlag],
    });
  });

  test("where the tag already stands: its text is rewritten", () => {
    const flagged = applyPlan(notaSnapshot(), planEdit(edit, notaSnapshot()));
    expect(planEdit({ ...edit, text: "Nieuw." }, flagged)).toEqual([
      { op: "setControlText", tag: TAGS.emancipationFlag, text: "Nieuw." },
    ]);
  });

  test("a nota without the block: block-missing", () => {
    expect(() => planEdit(edit, snapshotOf(["Tekst"]))).toThrow(PlanError);
  });
});

describe("header fields", () => {
  test("tagged: the control's text, and its own placeholder when emptied", () => {
    expect(planFields({ datum: "" }, template(), { locale: "en" })).toEqual([
      {
        op: "setControlText",
        tag: TAGS.field("datum"),
        text: "",
        placeholder: expect.stringMatching(/date/i),
      },
    ]);
  });

  test("'Label: value': only the value is replaced, the label kept", () => {
    const nota = notaSnapshot();
    const plan = planFields({ aan: "MOCW (via SOCW)" }, nota);
    expect(plan).toMatchObject([{ op: "replaceRange", start: "Aan: ".length, expected: "MOCW" }]);
    expect(texts(applyPlan(nota, plan))).toContain("Aan: MOCW (via SOCW)");
  });

  test("a field the nota does not have: added in its layout; in a document without a header: field-missing", () => {
    const plan = planFields({ bijlagen: "Rapport" }, notaSnapshot());
    const after = texts(applyPlan(notaSnapshot(), plan));
    expect(after[after.indexOf("Referentie: 49235295") + 1]).toBe("Bijlagen: Rapport");
    expect(() => planFields({ bijlagen: "x" }, snapshotOf(["Aanleiding"]))).toThrow(
      expect.objectContaining({ reason: "field-missing" }),
    );
  });

  test("an emptied value for a field the nota lacks: nothing to write", () => {
    expect(planFields({ bijlagen: "" }, notaSnapshot())).toEqual([]);
  });
});

test("a paragraph that is gone: stale, when planning and when applying", () => {
  expect(() =>
    planEdit({ kind: "replaceText", paragraph: 99, start: 0, end: 1, text: "x" }, snapshotOf(["a"])),
  ).toThrow(expect.objectContaining({ reason: "stale" }));
  const nota = snapshotOf(["Aanleiding"]);
  expect(() =>
    applyPlan(nota, [{ op: "replaceRange", paragraph: 0, start: 0, end: 3, expected: "xyz", text: "b" }]),
  ).toThrow(expect.objectContaining({ reason: "stale" }));
});

describe("the header form edits a field in the nota's own form, never a second one", () => {
  const after = (lines: Line[], values: Record<string, string>, labels?: Record<string, string>) => {
    const snapshot = snapshotOf([...lines, h("Aanleiding"), "x"]);
    const done = applyPlan(snapshot, planFields(values, snapshot, { labels }));
    // The form reads back what it wrote, from the one field it wrote.
    const nota = parseNota(done);
    for (const [id, value] of Object.entries(values))
      expect(nota.header[id as keyof typeof nota.header]?.value).toBe(value);
    return done.paragraphs.map((p) => p.text).slice(0, -2);
  };
  test.each<[string, Line[], Record<string, string>, string[]]>([
    [
      "Onze referentie after a tab",
      ["Aan\tMBZK", "Onze referentie\t2024-0000594040"],
      { referentie: "2024-0000000001" },
      ["Aan\tMBZK", "Onze referentie\t2024-0000000001"],
    ],
    [
      "Kenmerk after a space",
      ["Aan de Minister-President", "Kenmerk 4521870"],
      { referentie: "4521871" },
      ["Aan de Minister-President", "Kenmerk 4521871"],
    ],
    [
      "Aan de Minister-President",
      ["Aan de Minister-President", "Datum 9 oktober 2024"],
      { aan: "de Minister-President (via de Minister van Financiën)" },
      ["Aan de Minister-President (via de Minister van Financiën)", "Datum 9 oktober 2024"],
    ],
    [
      "a label with no value, in a nota that writes label and value on one line",
      ["Aan MBZK", "Datum", "Kenmerk 2024-0000594040"],
      { datum: "9 oktober 2024" },
      ["Aan MBZK", "Datum 9 oktober 2024", "Kenmerk 2024-0000594040"],
    ],
    [
      "a label with a colon and no value",
      ["Aan: MOCW", "Datum:"],
      { datum: "9 oktober 2024" },
      ["Aan: MOCW", "Datum: 9 oktober 2024"],
    ],
  ])("%s", (_name, lines, values, expected) => {
    expect(after(lines, values)).toEqual(expected);
  });
  test("a field the nota lacks gets the profile's label, in the form of its neighbour", () => {
    expect(
      after(
        ["Aan MBZK", "Datum 9 oktober 2024"],
        { referentie: "2024-0000594040" },
        { referentie: "Kenmerk" },
      ),
    ).toEqual(["Aan MBZK", "Datum 9 oktober 2024", "Kenmerk 2024-0000594040"]);
    expect(
      after(
        ["Aan\tMBZK", "Datum\t9 oktober 2024"],
        { referentie: "2024-0000594040" },
        { referentie: "Onze referentie" },
      ),
    ).toEqual(["Aan\tMBZK", "Datum\t9 oktober 2024", "Onze referentie\t2024-0000594040"]);
  });
  test("an empty value cell is written into, not the label's cell", () => {
    const cell = (text: string, row: number, column: number): Line => [
      text,
      { tableDepth: 1, cell: { table: 0, row, column } },
    ];
    const snapshot = snapshotOf([
      cell("Aan", 0, 0),
      cell("MOCW", 0, 1),
      cell("Datum", 1, 0),
      cell("", 1, 1),
      h("Aanleiding"),
      "x",
    ]);
    const done = applyPlan(snapshot, planFields({ datum: "9 oktober 2024" }, snapshot));
    expect(done.paragraphs.map((p) => p.text)).toEqual([
      "Aan",
      "MOCW",
      "Datum",
      "9 oktober 2024",
      "Aanleiding",
      "x",
    ]);
  });
  test("a colofon in the first page's header is edited there", () => {
    const snapshot = snapshotOf([
      "TER BESLISSING",
      "Aan MinDef",
      h("Aanleiding"),
      "x",
      ["Datum", { story: "firstPageHeader" }],
      ["9 oktober 2024", { story: "firstPageHeader" }],
    ]);
    const plan = planFields({ datum: "10 oktober 2024" }, snapshot);
    expect(plan).toEqual([
      {
        op: "replaceRange",
        paragraph: 5,
        start: 0,
        end: 14,
        expected: "9 oktober 2024",
        text: "10 oktober 2024",
      },
    ]);
  });
});
