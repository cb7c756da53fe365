import { runInsertCommand, CommandUi } from "../../src/commands/insert-command";
import { OfficeNotaDocument } from "../../src/word/adapter";
import { FLOOR_SETS, WordDocumentModel, WordDouble } from "../word-double";
import { fixtureBytes } from "../helpers/fixtures";
import { parseNota } from "../../src/nota/parser";
import type { DialogAnswer } from "../../src/commands/choice-protocol";

function setup(source: "empty" | string, answer: DialogAnswer = "cancel") {
  const model =
    source === "empty"
      ? WordDocumentModel.fromSnapshot({
          paragraphs: [],
          customXmlParts: [],
          properties: {},
          pageSource: "none",
        })
      : WordDocumentModel.fromDocx(fixtureBytes(source));
  const double = new WordDouble(model);
  const asked: boolean[] = [];
  const errors: string[] = [];
  const ui: CommandUi = {
    choose: async (can) => {
      asked.push(can);
      return answer;
    },
    showError: async (m) => void errors.push(m),
  };
  return { model, double, doc: new OfficeNotaDocument(double), ui, asked, errors };
}

describe("the ribbon's Nota invoegen", () => {
  test("an empty document: inserted in place, nobody asked", async () => {
    const { doc, ui, asked, model } = setup("empty");
    expect(await runInsertCommand(doc, ui, "nl")).toBe("inserted");
    expect(asked).toEqual([]);
    expect(parseNota(model.toSnapshot()).sections).toHaveLength(5);
  });

  test("a document with text: the person is asked; cancel changes nothing", async () => {
    const { doc, ui, asked, model } = setup("letter.docx", "cancel");
    const before = model.paragraphs.map((p) => p.text);
    expect(await runInsertCommand(doc, ui, "nl")).toBe("cancelled");
    expect(asked).toEqual([true]);
    expect(model.paragraphs.map((p) => p.text)).toEqual(before);
  });

  test("…or a new document, leaving this one as it is", async () => {
    const { doc, ui, model } = setup("letter.docx", "new-document");
    const before = model.paragraphs.map((p) => p.text);
    expect(await runInsertCommand(doc, ui, "nl")).toBe("new-document");
    expect(model.createdDocuments).toHaveLength(1);
    expect(model.paragraphs.map((p) => p.text)).toEqual(before);
  });

  test("…or at the start, the author's text kept after it", async () => {
    const { doc, ui, model } = setup("letter.docx", "start");
    const before = model.paragraphs.map((p) => p.text);
    expect(await runInsertCommand(doc, ui, "nl")).toBe("inserted");
    expect(model.paragraphs.slice(-before.length).map((p) => p.text)).toEqual(before);
  });

  test("without WordApi 1.3's createDocument the choice says so", async () => {
    const model = WordDocumentModel.fromDocx(fixtureBytes("letter.docx"));
    const asked: boolean[] = [];
    const doc = new OfficeNotaDocument(new WordDouble(model, { ...FLOOR_SETS, WordApi: 1.2 }));
    await runInsertCommand(
      doc,
      { choose: async (c) => (asked.push(c), "cancel"), showError: async () => undefined },
      "nl",
    );
    expect(asked).toEqual([false]);
  });

  test("an Office failure is shown in the person's language, not swallowed", async () => {
    const { doc, ui, errors, double } = setup("letter.docx", "start");
    double.failNextSync = "NotAllowed";
    expect(await runInsertCommand(doc, ui, "en")).toBe("failed");
    expect(errors).toEqual([expect.stringContaining("Word does not allow this change")]);
  });
});
