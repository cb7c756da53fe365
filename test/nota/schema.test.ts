/** The schema says it once: a field's spec, a block's or field's name and control title, what a paragraph's tags make it. */
import { tagsOf } from "../../src/nota/parser";
import {
  FIELD_IDS,
  NOTA_SCHEMA,
  TAGS,
  blockSpec,
  controlTitleOf,
  fieldSpec,
  fieldSpecOf,
  nameOf,
  type FieldId,
} from "../../src/nota/schema";

describe("fieldSpec", () => {
  test.each(FIELD_IDS)("%s: the schema's own entry", (id) => {
    expect(fieldSpec(id)).toBe(NOTA_SCHEMA.fields.find((f) => f.id === id));
    expect(fieldSpecOf(id)).toBe(fieldSpec(id));
  });
  test("an id that is no field: a thrown error from fieldSpec, undefined from fieldSpecOf", () => {
    expect(() => fieldSpec("constructor" as FieldId)).toThrow(/Unknown field id: constructor/);
    expect(fieldSpecOf("constructor")).toBeUndefined();
    expect(fieldSpecOf("__proto__")).toBeUndefined();
  });
});

describe("labels as Localized values", () => {
  test("a name: the Dutch label, in English the English name", () => {
    expect(nameOf(blockSpec("aanleiding"))).toEqual({ nl: "Aanleiding", en: "Reason" });
    expect(nameOf(fieldSpec("van"))).toEqual({ nl: "Van", en: "From" });
  });
  test("a control's title: the Dutch label, in English with the English name beside it", () => {
    expect(controlTitleOf(blockSpec("kernpunten"))).toEqual({
      nl: "Kernpunten",
      en: "Kernpunten (Key points)",
    });
    expect(controlTitleOf(fieldSpec("datum"))).toEqual({ nl: "Datum", en: "Datum (Date)" });
  });
});

describe("tagsOf: what a paragraph's tags make it", () => {
  const of = (...contentControlTags: string[]) => tagsOf({ contentControlTags });
  const nothing = { block: undefined, field: undefined, title: false, flag: false };
  test("each of our kinds is its own case", () => {
    expect(of(TAGS.block("toelichting"))).toEqual({ ...nothing, block: "toelichting" });
    expect(of(TAGS.field("datum"))).toEqual({ ...nothing, field: "datum" });
    expect(of(TAGS.title)).toEqual({ ...nothing, title: true });
    expect(of(TAGS.emancipationFlag)).toEqual({ ...nothing, flag: true });
  });
  test("a tag that is none of ours is nothing, never the emancipation flag", () => {
    expect(
      of(
        "nota:woo:5.1.2e",
        "nota:woo-ground:5.1.2e",
        "nota:block:bijlage",
        "nota:field:constructor",
        `${TAGS.emancipationFlag}-x`,
        "other-template:field",
        "",
      ),
    ).toEqual(nothing);
  });
});
