/**
 * Real-looking notas of other ministries (test/fixtures/ministries: LibreOffice-converted, and Word's own markup
 * with tabs, frames and a text box in the first page's header), read through the .docx reader and through the
 * Word double: no "{field} ontbreekt" for a field that is there, still one for a field that is not; the
 * profile inferred from the nota; the header form edits the field in place.
 */
import { readFileSync } from "fs";
import * as path from "path";
import { readDocx } from "../../src/docx/reader";
import { checkNota } from "../../src/checks/engine";
import { describeProfileChoice, inferProfile, profileById } from "../../src/checks/builtin-profiles";
import { parseNota } from "../../src/nota/parser";
import type { FieldId } from "../../src/nota/schema";
import { OfficeNotaDocument } from "../../src/word/adapter";
import { BEHAVIOURS, WordDocumentModel, WordDouble } from "../word-double";

const dir = path.join(__dirname, "..", "fixtures", "ministries", "docx");
const bytes = (name: string) => new Uint8Array(readFileSync(path.join(dir, name)));

interface Expected {
  profile: string;
  fields: Partial<Record<FieldId, string>>;
  /** The header-fields findings, as message ids (the rest of the findings may be anything). */
  header: string[];
  /** The double has no text boxes (test/word-double/README.md): a colofon there is read from the .docx only. */
  textBox?: boolean;
}

const CASES: Record<string, Expected> = {
  "az-beslisnota.docx": {
    profile: "az",
    fields: {
      purpose: "TER BESLISSING",
      aan: "de Minister-President",
      van: "DAB",
      datum: "9 oktober 2024",
      referentie: "4521870",
      bijlagen: "1",
    },
    header: [],
  },
  "bzk-tabs.docx": {
    profile: "bzk",
    fields: {
      aan: "MBZK",
      datum: "9 oktober 2024",
      referentie: "2024-0000594040",
      openbaar: "Ja",
      purpose: "TER BESLISSING",
    },
    header: [],
  },
  "defensie-colofon-frame.docx": {
    profile: "defensie",
    fields: { aan: "de Minister van Defensie", datum: "9 oktober 2024", referentie: "BS2024012345" },
    header: [],
    textBox: true,
  },
  "jenv-beslisnota.docx": {
    profile: "jenv",
    fields: {
      purpose: "TER BESLISSING",
      aan: "MJenV",
      datum: "1 oktober 2024",
      referentie: "5123456",
      "aantal-bijlagen": "2",
    },
    header: [],
  },
  "lvvn-informatienota.docx": {
    profile: "lvvn",
    fields: {
      purpose: "TER INFORMATIE",
      aan: "de Minister van LVVN",
      datum: "9 oktober 2024",
      referentie: "DGNVLG / 95806035",
    },
    header: [],
  },
  "word-bzk-header.docx": {
    profile: "bzk",
    fields: {
      aan: "MBZK",
      van: "DGDOO",
      datum: "9 oktober 2024",
      referentie: "2024-0000594040",
      openbaar: "Ja",
    },
    header: [],
    textBox: true,
  },
  // The negative cases: really missing, a day that does not exist, a label with no value.
  "az-datum-missing.docx": { profile: "az", fields: { referentie: "4521870" }, header: ["datumMissing"] },
  "az-negatives.docx": {
    profile: "az",
    fields: { datum: "31 november 2024", referentie: "" },
    header: ["datumInvalid", "referentieEmpty"],
  },
  "word-bzk-header-no-datum.docx": {
    profile: "bzk",
    fields: { referentie: "2024-0000594040" },
    header: ["datumMissing"],
    textBox: true,
  },
};

describe.each(Object.entries(CASES))("%s", (name, expected) => {
  const snapshot = readDocx(bytes(name));
  const nota = parseNota(snapshot);
  const choice = inferProfile(nota);
  const result = checkNota(snapshot, { profile: choice.profile });

  test("its header read field by field", () => {
    for (const [id, value] of Object.entries(expected.fields))
      expect([id, nota.header[id as FieldId]?.value]).toEqual([id, value]);
  });
  test("its ministry inferred from the nota, and said", () => {
    expect(choice.profile.id).toBe(expected.profile);
    expect(describeProfileChoice(choice)).toMatch(/afgeleid uit/);
  });
  test("no finding that a field is missing when it is there; the ones that are not, found", () => {
    const header = result.findings.filter((f) => f.ruleId === "header-fields" && f.severity !== "info");
    expect(header.map((f) => f.messageId).sort()).toEqual([...expected.header].sort());
    // Every required block is there in these notas (an informatienota needs no Geadviseerd besluit).
    expect(result.findings.filter((f) => f.ruleId === "required-block")).toEqual([]);
  });
  test("no OCW advice on another ministry's nota", () => {
    const text = result.findings
      .flatMap((f) => [f.message, ...(f.suggestions ?? []).map((s) => s.message)])
      .join("\n");
    expect(text).not.toMatch(/SOCW|\bDE\b|Intern OCW|OCW/);
  });
  test("the same header through the Word double", async () => {
    const doc = new OfficeNotaDocument(
      new WordDouble(WordDocumentModel.fromDocx(bytes(name)), undefined, BEHAVIOURS.a),
    );
    const viaWord = parseNota(await doc.readSnapshot());
    for (const [id, value] of Object.entries(expected.fields)) {
      const inTextBox = expected.textBox && ["datum", "referentie", "openbaar"].includes(id);
      if (!inTextBox) expect([id, viaWord.header[id as FieldId]?.value]).toEqual([id, value]);
    }
  });
});

test("the header form through the double writes the reference into the nota's own line, not a second one", async () => {
  const model = WordDocumentModel.fromDocx(bytes("bzk-tabs.docx"));
  const doc = new OfficeNotaDocument(new WordDouble(model, undefined, BEHAVIOURS.a));
  const before = await doc.readSnapshot();
  await doc.setFields({ referentie: "2024-0000000001", datum: "10 oktober 2024" }, before);
  const texts = model.paragraphs.map((p) => p.text);
  expect(texts.filter((t) => /referentie|kenmerk/i.test(t))).toEqual(["Onze referentie\t2024-0000000001"]);
  expect(texts.filter((t) => /^Datum/.test(t))).toEqual(["Datum\t10 oktober 2024"]);
});

test("a field the nota lacks is added through the double with the profile's label, not OCW's", async () => {
  const model = WordDocumentModel.fromDocx(bytes("az-beslisnota.docx"));
  const doc = new OfficeNotaDocument(new WordDouble(model, undefined, BEHAVIOURS.a));
  const before = await doc.readSnapshot();
  expect(parseNota(before).header["intern-afgestemd"]).toBeUndefined();
  await doc.setFields({ "intern-afgestemd": "DAB" }, before, { labels: profileById("az")!.labels });
  const texts = model.paragraphs.map((p) => p.text);
  expect(texts.filter((t) => /afgestemd/i.test(t))).toEqual([
    expect.stringMatching(/^Intern afgestemd\b.*DAB$/),
  ]);
  expect(parseNota(await doc.readSnapshot()).header["intern-afgestemd"]?.value).toBe("DAB");
});
