/**
 * What the audit of the Word layer found (issue 17 §2), each case a behaviour of Word that the adapter must
 * survive; the double imitates it with its reference (test/word-double/README.md).
 */
import { OfficeNotaDocument, WordHost } from "../../src/word/adapter";
import { WordDocumentModel, WordDouble, WORD_DEFAULT_PLACEHOLDER } from "../word-double";
import { parseNota } from "../../src/nota/parser";
import { TAGS, TEMPLATE_FIELDS } from "../../src/nota/schema";
import { templatePlaceholders } from "../../src/docx/ooxml-template";
import { snapshotOf } from "../helpers/snapshots";

const emptyDocument = () => WordDocumentModel.fromSnapshot(snapshotOf([]));

/** The double as a host that does not say which platform it is (the adapter then tries, in a batch of its own). */
const unnamed = (double: WordDouble): WordHost => ({
  run: double.run,
  isSetSupported: double.isSetSupported,
  getFile: double.getFile,
});

const placeholderOf = (model: WordDocumentModel, tag: string) =>
  [...model.controls.values()].find((c) => c.tag === tag)!;

describe("placeholder texts (refused by Word on the web, office-js #785)", () => {
  const ours = new Map(templatePlaceholders("nl"));

  test.each([
    ["Word on the web (skipped)", (d: WordDouble) => d],
    ["a Word that does not say (tried in a batch of its own)", unnamed],
  ])("%s: the template goes in, every field shows a placeholder", async (_name, host) => {
    const model = emptyDocument();
    const double = new WordDouble(model);
    double.platform = "web";
    const doc = new OfficeNotaDocument(host(double));
    await doc.insertTemplate({}, "start");
    const nota = parseNota(model.toSnapshot());
    expect(Object.keys(nota.header).sort()).toEqual(TEMPLATE_FIELDS.map((f) => f.id).sort());
    for (const f of TEMPLATE_FIELDS) {
      expect(placeholderOf(model, TAGS.field(f.id)).showingPlaceholder).toBe(true);
      expect(placeholderOf(model, TAGS.field(f.id)).placeholderText).toBe(WORD_DEFAULT_PLACEHOLDER);
    }
    // Emptying a field afterwards does not fail either.
    await doc.setField("aan", "MOCW");
    await doc.setField("aan", "");
    expect(placeholderOf(model, TAGS.field("aan")).showingPlaceholder).toBe(true);
  });

  test("a desktop Word takes them: our placeholders, in a batch after the template's", async () => {
    const model = emptyDocument();
    const double = new WordDouble(model);
    const doc = new OfficeNotaDocument(double);
    await doc.insertTemplate({}, "start");
    expect(double.syncCount).toBe(2);
    const aan = placeholderOf(model, TAGS.field("aan"));
    expect(aan.placeholderText).toBe(ours.get(TAGS.field("aan")));
    expect(model.paragraphsOf(aan).map((p) => p.text)).toEqual([ours.get(TAGS.field("aan"))]);
  });
});
