/**
 * The adapter against Word as it really behaves (see test/word-double/README.md): every test runs under both
 * settings of the behaviours Microsoft does not document, and passes because the adapter checks what happened.
 */
import { OfficeNotaDocument } from "../../src/word/adapter";
import { BEHAVIOURS, Behaviour, WordDocumentModel, WordDouble } from "../word-double";
import { WORD_DEFAULT_PLACEHOLDER } from "../word-double/model";
import { buildTemplateDocx } from "../../src/docx/template-docx";
import { parseNota } from "../../src/nota/parser";
import { TAGS, TEMPLATE_FIELDS, blockSpec } from "../../src/nota/schema";
import { h, notaSnapshot, snapshotOf } from "../helpers/snapshots";
import type { DocumentSnapshot } from "../../src/nota/snapshot";
import { checkNota, lexiconOf } from "../../src/checks/engine";
import { DEFAULT_PROFILE } from "../../src/checks/profile";
import { sectionedLetterDocx } from "../helpers/sections";
import { fixtureBytes } from "../helpers/fixtures";
import { readDocx } from "../../src/docx/reader";
import { DEFAULT_FLAG_SENTENCE } from "../../src/nota/emancipation";

let behaviour: Behaviour = BEHAVIOURS.a;

function open(model: WordDocumentModel) {
  const double = new WordDouble(model, undefined, behaviour);
  return { double, model, doc: new OfficeNotaDocument(double) };
}
const fromSnapshot = (s: DocumentSnapshot) => WordDocumentModel.fromSnapshot(s);
const templateModel = () => WordDocumentModel.fromDocx(buildTemplateDocx());
const emptyModel = () => fromSnapshot(snapshotOf([]));
const controlOf = (model: WordDocumentModel, tag: string) =>
  [...model.controls.values()].find((c) => c.tag === tag)!;
const texts = (model: WordDocumentModel) => model.paragraphs.map((p) => p.text);

describe.each(Object.keys(BEHAVIOURS) as (keyof typeof BEHAVIOURS)[])("Word behaviour %s", (mode) => {
  beforeAll(() => {
    behaviour = BEHAVIOURS[mode];
  });

  describe("placeholders: what Word records, never a text comparison", () => {
    test("a template .docx in Word: the guidance shown in its controls is read as empty, not as values", async () => {
      // Word reports its own default as placeholderText for controls without a docPart it knows.
      const { doc, model } = open(templateModel());
      expect(controlOf(model, TAGS.field("referentie")).placeholderText).toBe(WORD_DEFAULT_PLACEHOLDER);
      const nota = parseNota(await doc.readSnapshot());
      expect(nota.header.referentie?.value).toBe("");
      expect(nota.header["intern-afgestemd"]?.lines).toEqual([]);
      expect(nota.title).toBeUndefined();
    });

    test("a control the author emptied shows Word's default placeholder: still no value", async () => {
      const { doc, double } = open(templateModel());
      await double.run(async (context) => {
        context.document.contentControls.getByTag(TAGS.field("van")).getFirst().insertText("", "Replace");
        await context.sync();
      });
      expect(double.model.paragraphs.some((p) => p.text === WORD_DEFAULT_PLACEHOLDER)).toBe(true);
      expect(parseNota(await doc.readSnapshot()).header.van?.value).toBe("");
    });

    test("clearing a field through the pane brings back the nota's own guidance as a real placeholder", async () => {
      const { doc, model } = open(emptyModel());
      await doc.insertTemplate({}, "start");
      let snapshot = await doc.readSnapshot();
      await doc.setFields({ referentie: "49235295" }, snapshot);
      expect(parseNota(await doc.readSnapshot()).header.referentie?.value).toBe("49235295");
      snapshot = await doc.readSnapshot();
      await doc.setFields({ referentie: "" }, snapshot);
      const control = controlOf(model, TAGS.field("referentie"));
      expect(control).toMatchObject({ showingPlaceholder: true, placeholderText: "Referentienummer" });
      expect(texts(model)).toContain("Referentienummer");
      expect(parseNota(await doc.readSnapshot()).header.referentie?.value).toBe("");
    });

    test("the inserted template's empty controls show the nota's guidance (also where Word lost it, #6568)", async () => {
      const { doc, model } = open(emptyModel());
      await doc.insertTemplate({ aan: "MOCW" }, "start");
      for (const f of TEMPLATE_FIELDS) {
        const control = controlOf(model, TAGS.field(f.id));
        if (f.id === "aan") expect(control.showingPlaceholder).toBe(false);
        else expect(control).toMatchObject({ showingPlaceholder: true, placeholderText: f.placeholder.nl });
      }
      const nota = parseNota(await doc.readSnapshot());
      expect(nota.header.aan?.value).toBe("MOCW");
      expect(nota.header.datum?.value).toBe("");
    });

    test("the flag sentence replaces Aanleiding's guidance in a template .docx; it is not added after it", async () => {
      const { doc, model } = open(templateModel());
      await doc.insertEmancipationFlag([2, 6], ["vrouwen"], {
        official: "SOCW",
        possessive: "haar",
        sentence: DEFAULT_FLAG_SENTENCE,
      });
      expect(texts(model)).not.toContain(blockSpec("aanleiding").placeholder.nl);
      const nota = parseNota(await doc.readSnapshot());
      expect(nota.flag).toMatchObject({ tagged: true });
      expect(nota.blocks.aanleiding!.content).toHaveLength(1);
    });

    test("in English Word the placeholders are English", async () => {
      const model = emptyModel();
      const double = new WordDouble(model, undefined, behaviour);
      await new OfficeNotaDocument(double, "en").insertTemplate({}, "start");
      expect(controlOf(model, TAGS.block("aanleiding")).placeholderText).toBe(
        blockSpec("aanleiding").placeholder.en,
      );
    });
  });

  describe("collections: Document.contentControls, not Body's", () => {
    test("a tagged field in the page header is read and written", async () => {
      const model = fromSnapshot({
        ...notaSnapshot({ datum: null }),
      });
      model.headers.FirstPage = model.paragraphsFromSnapshot([
        { index: 0, text: "Datum", isListItem: false, tableDepth: 0, contentControlTags: [] },
        {
          index: 1,
          text: "26 november 2024",
          isListItem: false,
          tableDepth: 0,
          contentControlTags: [TAGS.field("datum")],
        },
      ]);
      const { doc } = open(model);
      const snapshot = await doc.readSnapshot();
      expect(parseNota(snapshot).header.datum).toMatchObject({ value: "26 november 2024", tagged: true });
      await doc.setFields({ datum: "27 november 2024" }, snapshot);
      expect(model.headers.FirstPage[1].text).toBe("27 november 2024");
    });

    test("a plain-text control (not in Body.contentControls) keeps its tag", async () => {
      const model = fromSnapshot(
        snapshotOf([
          "TER ONDERTEKENING",
          ["49235295", { contentControlTags: [TAGS.field("referentie")] }],
          h("Aanleiding"),
        ]),
      );
      controlOf(model, TAGS.field("referentie")).type = "PlainText";
      const { doc } = open(model);
      expect(parseNota(await doc.readSnapshot()).header.referentie).toMatchObject({
        value: "49235295",
        tagged: true,
      });
    });
  });

  describe("search: Word's codes, its 255-character limit, no overlaps", () => {
    const replace = async (text: string, start: number, end: number, by: string) => {
      const { doc, model } = open(fromSnapshot(snapshotOf(["Eerste alinea", text])));
      await doc.applyEdit(
        { kind: "replaceText", paragraph: 1, start, end, text: by },
        await doc.readSnapshot(),
      );
      return model.paragraphs[1].text;
    };

    test("a caret is searched as a caret, and the right occurrence is replaced", async () => {
      const text = "Kosten 5^2 en 5^2 euro";
      const at = text.lastIndexOf("5^2");
      expect(await replace(text, at, at + 3, "25")).toBe("Kosten 5^2 en 25 euro");
    });

    test("a range over a line break", async () => {
      const text = "MOCW\nvia SOCW, en verder";
      expect(await replace(text, 0, text.indexOf(","), "MOCW (via SOCW)")).toBe("MOCW (via SOCW), en verder");
    });

    test("a range longer than 255 characters: found by its head and tail", async () => {
      const middle = "lange zin ".repeat(60);
      const text = `Begin. ${middle}Einde.`;
      const start = text.indexOf("lange");
      const end = start + middle.length;
      expect(await replace(text, start, end, "kort ")).toBe("Begin. kort Einde.");
    });

    test("an occurrence Word's non-overlapping search cannot reach: the paragraph is rewritten", async () => {
      expect(await replace("aaaa", 1, 3, "b")).toBe("aba");
    });
  });

  describe("header fields: one batch, all or nothing", () => {
    test("several free-form fields written in place", async () => {
      const { doc, model } = open(fromSnapshot(notaSnapshot()));
      await doc.setFields({ aan: "MOCW (via SOCW)", referentie: "12345678" }, await doc.readSnapshot());
      expect(texts(model)).toContain("Aan: MOCW (via SOCW)");
      expect(texts(model)).toContain("Referentie: 12345678");
    });

    test("one field's paragraph changed since it was read: nothing is written", async () => {
      const { doc, model, double } = open(fromSnapshot(notaSnapshot()));
      const snapshot = await doc.readSnapshot();
      double.type(
        model.paragraphs.findIndex((p) => p.text.startsWith("Datum")),
        "Datum: morgen",
      );
      const before = texts(model);
      await expect(
        doc.setFields({ aan: "MOCW (via SOCW)", datum: "27 november 2024" }, snapshot),
      ).rejects.toMatchObject({ code: "stale" });
      expect(texts(model)).toEqual(before);
    });
  });

  describe("Woo marks and the publication copy", () => {
    const select = (model: WordDocumentModel, phrase: string) => {
      const p = model.paragraphs.find((q) => q.text.includes(phrase))!;
      const start = p.text.indexOf(phrase);
      model.selection = { paragraphUids: [p.uid], start, end: start + phrase.length };
    };
    const WOO = { fields: { van: "5.1.2e" }, replacement: "{code}" };
    const PHRASE = "de monitor integrale veiligheid mbo";

    test("the selection becomes a mark; the snapshot and the checks see it; removing keeps the text", async () => {
      const { doc, model } = open(WordDocumentModel.fromDocx(fixtureBytes("example-nota.docx")));
      const phrase = model.paragraphs
        .find((p) => /Tweede Kamer/.test(p.text))!
        .text.match(/Tweede Kamer/)![0];
      select(model, phrase);
      await doc.markSelection("5.1.2i");
      const snapshot = await doc.readSnapshot();
      const marked = snapshot.paragraphs.find((p) => p.marks?.length)!;
      expect(marked.text.slice(marked.marks![0].start, marked.marks![0].end)).toBe(phrase);
      expect(marked.marks![0].tag).toBe("nota:woo:5.1.2i");
      const ids = checkNota(snapshot).findings.map((f) => `${f.ruleId}:${f.messageId}`);
      expect(ids).toContain("woo-marks:nvtButWithheld");
      const before = texts(model);
      await doc.removeMark({ tag: "nota:woo:5.1.2i", text: phrase, occurrence: 0 });
      expect(texts(model)).toEqual(before);
      expect((await doc.readSnapshot()).paragraphs.some((p) => p.marks?.length)).toBe(false);
    });

    test("nothing selected: a sentence saying to select, nothing changed", async () => {
      const { doc, model } = open(WordDocumentModel.fromDocx(fixtureBytes("example-nota.docx")));
      model.selection = undefined;
      await expect(doc.markSelection("5.1.2e")).rejects.toMatchObject({ code: "no-selection" });
    });

    test("the copy is a new document with the ground where the marked text was; this one untouched", async () => {
      const { doc, model } = open(WordDocumentModel.fromDocx(fixtureBytes("example-nota.docx")));
      const paragraph = model.paragraphs.find((p) => p.text.toLowerCase().includes(PHRASE))!;
      const phrase = paragraph.text
        .slice(paragraph.text.toLowerCase().indexOf(PHRASE))
        .slice(0, PHRASE.length);
      select(model, phrase);
      await doc.markSelection("5.1.2e");
      const before = model.toSnapshot();
      const withheld = await doc.publishCopy(WOO);
      expect(model.toSnapshot()).toEqual(before);
      expect(model.createdDocuments).toHaveLength(1);
      const copy = readDocx(model.createdDocuments[0]);
      const copied = copy.paragraphs.map((p) => p.text);
      expect(copied.some((t) => t.includes("5.1.2e") && !t.includes(phrase))).toBe(true);
      expect(copied.join("\n")).not.toContain(phrase);
      expect(parseNota(copy).header.van?.value).toBe("5.1.2e");
      expect(withheld.find((w) => w.ground === "5.1.2e")?.count).toBe(2);
    });
  });

  describe("adopting a nota made elsewhere", () => {
    test.each(["example-nota.docx", "header-table-bold.docx", "header-in-page-header.docx"])(
      "%s: wrapped in one batch, text unchanged, the same findings, twice is once",
      async (name) => {
        const { doc, model, double } = open(WordDocumentModel.fromDocx(fixtureBytes(name)));
        const before = await doc.readSnapshot();
        const findings = (s: DocumentSnapshot) =>
          checkNota(s)
            .findings.map((f) => `${f.ruleId}:${f.messageId}`)
            .sort();
        const syncs = double.syncCount;
        const n = await doc.adopt(before);
        expect(double.syncCount - syncs).toBe(2);
        expect(n).toBeGreaterThan(4);
        const after = await doc.readSnapshot();
        expect(after.paragraphs.map((p) => p.text)).toEqual(before.paragraphs.map((p) => p.text));
        expect(findings(after)).toEqual(findings(before));
        expect(Object.values(parseNota(after).header).every((f) => f.tagged)).toBe(true);
        expect(await doc.adopt(after)).toBe(0);
        expect(model.paragraphs.map((p) => p.text)).toEqual(
          after.paragraphs.filter((p) => !p.story).map((p) => p.text),
        );
      },
    );

    test("a document that is no nota is refused, nothing changed", async () => {
      const { doc, model } = open(WordDocumentModel.fromDocx(fixtureBytes("letter.docx")));
      const before = model.toSnapshot();
      await expect(doc.adopt(await doc.readSnapshot())).rejects.toMatchObject({ code: "not-a-nota" });
      expect(model.toSnapshot()).toEqual(before);
    });
  });

  describe("a field the nota does not have is added in the nota's own layout", () => {
    test("a header table: a new row after the field before it", async () => {
      const cell = (row: number, column: number) => ({ tableDepth: 1, cell: { table: 0, row, column } });
      const { doc, model } = open(
        fromSnapshot(
          snapshotOf([
            ["Aan", cell(0, 0)],
            ["MOCW", cell(0, 1)],
            ["Datum", cell(1, 0)],
            ["26 november 2024", cell(1, 1)],
            h("Aanleiding"),
            "x",
          ]),
        ),
      );
      await doc.setFields({ van: "Directie MBO" }, await doc.readSnapshot());
      expect(model.paragraphs.slice(0, 6).map((p) => [p.text, p.cell?.row, p.cell?.column])).toEqual([
        ["Aan", 0, 0],
        ["MOCW", 0, 1],
        ["Van", 1, 0],
        ["Directie MBO", 1, 1],
        ["Datum", 2, 0],
        ["26 november 2024", 2, 1],
      ]);
      expect(parseNota(await doc.readSnapshot()).header.van?.value).toBe("Directie MBO");
    });

    test("'Label: value' lines: a new line in the same form, in the schema's order", async () => {
      const { doc, model } = open(fromSnapshot(notaSnapshot({ referentie: null })));
      await doc.setFields({ referentie: "49235295" }, await doc.readSnapshot());
      const at = texts(model).indexOf("Referentie: 49235295");
      expect(texts(model)[at - 1]).toBe("Datum: 26 november 2024");
    });
  });

  describe("paragraphs inserted at a control's edge land where they belong", () => {
    test("a missing block after a template block: outside that block's control, with its own", async () => {
      const { doc, model } = open(emptyModel());
      await doc.insertTemplate({}, "start");
      // The author deleted Kernpunten (heading and control).
      const heading = model.paragraphs.findIndex((p) => p.text === "Kernpunten");
      model.paragraphs.splice(heading, 2);
      const snapshot = await doc.readSnapshot();
      await doc.applyEdit({ kind: "insertBlock", block: "kernpunten" }, snapshot);
      const previous = controlOf(model, TAGS.block("geadviseerd-besluit"));
      const added = model.paragraphs.findIndex((p) => p.text === "Kernpunten");
      expect(model.paragraphs[added]).toMatchObject({ styleBuiltIn: "Heading2", controls: [] });
      const body = model.paragraphs[added + 1];
      expect(body.controls).not.toContain(previous.id);
      expect(body.controls.map((id) => model.controls.get(id)!.tag)).toEqual([TAGS.block("kernpunten")]);
      expect(model.controls.get(body.controls[0])).toMatchObject({
        showingPlaceholder: true,
        placeholderText: blockSpec("kernpunten").placeholder.nl,
      });
      expect(checkNota(await doc.readSnapshot()).findings.map((f) => f.messageId)).not.toContain("missing");
    });

    test("the flag in a free-form nota whose Aanleiding sits in another template's control stays in it", async () => {
      const wrapped = notaSnapshot({ aan: "MOCW (via SOCW)" });
      const aanleiding = wrapped.paragraphs.findIndex((p) => p.text === "Aanleiding");
      wrapped.paragraphs[aanleiding + 1].contentControlTags = ["huisstijl:tekst"];
      const { doc, model } = open(fromSnapshot(wrapped));
      await doc.insertEmancipationFlag([2, 6, 7], ["vrouwen"], {
        official: "SOCW",
        possessive: "haar",
        sentence: DEFAULT_FLAG_SENTENCE,
      });
      const flag = model.paragraphs.findIndex((p) => p.text.includes("blz. 2, 6 en 7"));
      expect(flag).toBe(aanleiding + 2);
      expect(model.paragraphs[flag].controls.map((id) => model.controls.get(id)!.tag)).toEqual([
        "huisstijl:tekst",
        TAGS.emancipationFlag,
      ]);
    });

    test("a block after one whose content ends another template's control: outside that control", async () => {
      const wrapped = notaSnapshot({ blocks: { kernpunten: null } });
      const besluit = wrapped.paragraphs.findIndex((p) => p.text === "Geadviseerd besluit");
      wrapped.paragraphs[besluit + 1].contentControlTags = ["huisstijl:tekst"];
      const { doc, model } = open(fromSnapshot(wrapped));
      await doc.applyEdit({ kind: "insertBlock", block: "kernpunten" }, await doc.readSnapshot());
      const added = model.paragraphs.findIndex((p) => p.text === "Kernpunten");
      expect(added).toBe(besluit + 2);
      expect(model.paragraphs[added].controls).toEqual([]);
    });
  });

  describe("printed page numbers", () => {
    test("passages report the number a reader sees, or say they are physical pages", async () => {
      const { doc } = open(WordDocumentModel.fromDocx(sectionedLetterDocx()));
      const result = await doc.findPassages(lexiconOf(DEFAULT_PROFILE));
      if (behaviour.bodyOoxmlSections === "included") {
        // The cover page is section 1; the letter restarts at 1.
        expect(result).toMatchObject({ pageNumbers: "printed", pageSource: "layout" });
        expect(result.passages.map((p) => p.page)).toEqual([2, 3]);
      } else {
        // Word's OOXML without the sections: physical pages, and the pane says so.
        expect(result).toMatchObject({ pageNumbers: "physical", pageSource: "layout" });
        expect(result.passages.map((p) => p.page)).toEqual([3, 4]);
      }
    });

    test("reading with pages stays at the read's few syncs", async () => {
      const { doc, double } = open(WordDocumentModel.fromDocx(sectionedLetterDocx()));
      await doc.findPassages(lexiconOf(DEFAULT_PROFILE));
      expect(double.syncCount).toBeLessThanOrEqual(behaviour.missingHeaderRead === "throws" ? 5 : 3);
    });
  });

  describe("isEmpty reads two paragraphs and one table at most", () => {
    test.each([
      ["one empty paragraph", snapshotOf([""]), true],
      ["two empty paragraphs (the person is asked)", snapshotOf(["", ""]), false],
      ["text", snapshotOf(["Tekst"]), false],
      ["only a table", snapshotOf([["", { tableDepth: 1, cell: { table: 0, row: 0, column: 0 } }]]), false],
    ])("%s", async (_name, snapshot, empty) => {
      const { doc, double } = open(fromSnapshot(snapshot));
      expect(await doc.isEmpty()).toBe(empty);
      expect(double.syncCount).toBe(1);
    });
  });
});
