/**
 * The adapter with Microsoft's own Word library as its `Word` (word-web-16.00.js, debug and minified, in jsdom),
 * the double behind it as the host (test/word-double/host.ts): load/sync, PropertyNotLoaded, *OrNullObject,
 * tracked objects, Word.run and the error objects are the library's. The library in @microsoft/office-js
 * 1.1.110 (the newest on npm) has WordApi 1.3's objects but no custom XML parts, comments, paragraph events or
 * Range.pages: those stay with the direct double (adapter.test.ts), at the requirement sets the library has.
 */
import { OfficeNotaDocument } from "../../src/word/adapter";
import { FLOOR_SETS, WordDocumentModel, WordDouble } from "../word-double";
import { LibraryVariant, libraryHost } from "../word-double/library";
import { fixtureBytes } from "../helpers/fixtures";
import { snapshotOf } from "../helpers/snapshots";
import { readDocx } from "../../src/docx/reader";
import { parseNota } from "../../src/nota/parser";
import { BLOCK_IDS, TAGS, TEMPLATE_FIELDS } from "../../src/nota/schema";
import { syntheticNota } from "../../bench/synthetic";
import { PARAGRAPH_PAGE } from "../../src/word/read";

describe.each(["debug", "minified"] as LibraryVariant[])(
  "the adapter over Microsoft's library (%s)",
  (variant) => {
    const opened: { close(): void }[] = [];
    afterAll(() => opened.forEach((l) => l.close()));
    const open = (model: WordDocumentModel) => {
      const double = new WordDouble(model, FLOOR_SETS);
      const { host, library } = libraryHost(double, variant);
      opened.push(library);
      return { double, library, model, doc: new OfficeNotaDocument(host) };
    };
    const fixture = (name: string) => WordDocumentModel.fromDocx(fixtureBytes(name));

    test("the example nota reads as the .docx reader reads it", async () => {
      const { doc } = open(fixture("example-nota.docx"));
      const strip = (s: {
        paragraphs: { text: string; outlineLevel?: number; isListItem: boolean; bold?: boolean }[];
      }) => s.paragraphs.map((p) => [p.text, p.outlineLevel, p.isListItem, p.bold ?? null]);
      expect(strip(await doc.readSnapshot())).toEqual(strip(readDocx(fixtureBytes("example-nota.docx"))));
    });

    test("the document's author and last author (Document.properties, WordApi 1.3) through the library", async () => {
      const model = fixture("../leak/Comment042.docx");
      model.documentProperties.lastAuthor = "Jansen, Jan";
      const { doc } = open(model);
      // WordApi 1.3: no comments, no tracked changes; the properties are Microsoft's own object.
      expect(await doc.readPeople()).toEqual(["Arman Aghaei", "Jansen, Jan"]);
    });

    test("10,000 paragraphs: a few requests, paged, each response under Word on the web's 5 MB", async () => {
      const { doc, library } = open(WordDocumentModel.fromSnapshot(syntheticNota(10_000)));
      const snapshot = await doc.readSnapshot();
      expect(snapshot.paragraphs).toHaveLength(10_000);
      expect(library.traffic.length).toBeLessThanOrEqual(3 + Math.floor(10_000 / PARAGRAPH_PAGE));
      expect(Math.max(...library.traffic.map((t) => t.response))).toBeLessThan(5 * 1024 * 1024);
    });

    test("the template goes in; the parser finds every block and field, tagged", async () => {
      const { doc, model } = open(WordDocumentModel.fromSnapshot(snapshotOf([])));
      await doc.insertTemplate({}, "start");
      const nota = parseNota(model.toSnapshot());
      expect(nota.sections.map((s) => s.id)).toEqual([...BLOCK_IDS]);
      expect(Object.keys(nota.header).sort()).toEqual(TEMPLATE_FIELDS.map((f) => f.id).sort());
      expect(Object.values(nota.header).every((f) => f.tagged)).toBe(true);
    });

    test("fields written in one batch; a field that is not there is refused, nothing written", async () => {
      const { doc, model } = open(WordDocumentModel.fromSnapshot(snapshotOf([])));
      await doc.insertTemplate({}, "start");
      await doc.setFields({ aan: "MOCW", datum: "26 november 2024" }, await doc.readSnapshot());
      const header = parseNota(model.toSnapshot()).header;
      expect([header.aan?.value, header.datum?.value]).toEqual(["MOCW", "26 november 2024"]);
    });

    test("goTo selects a character range found by Word's search", async () => {
      const { doc, model } = open(WordDocumentModel.fromSnapshot(snapshotOf(["Eerste", "Een twee drie"])));
      await doc.goTo({ paragraph: 1, text: "Een twee drie", start: 4, end: 8 });
      expect(model.selectedText()).toBe("twee");
    });

    test("adopting a nota made elsewhere wraps its parts", async () => {
      const { doc, model } = open(fixture("example-nota.docx"));
      const n = await doc.adopt(await doc.readSnapshot());
      expect(n).toBeGreaterThan(4);
      expect(parseNota(model.toSnapshot()).header.aan?.tagged).toBe(true);
    });

    test("a mark on the selection, and its removal", async () => {
      const { doc, model } = open(WordDocumentModel.fromSnapshot(snapshotOf(["Een geheime zin."])));
      model.selection = { paragraphUids: [model.paragraphs[0].uid], start: 4, end: 11 };
      await doc.markSelection("5.1.2e");
      expect(model.toSnapshot().paragraphs[0].marks).toEqual([
        { tag: TAGS.woo("5.1.2e"), start: 4, end: 11 },
      ]);
      await doc.removeMark({ tag: TAGS.woo("5.1.2e"), text: "geheime", occurrence: 0 });
      expect(model.toSnapshot().paragraphs[0].marks).toBeUndefined();
    });

    test("an Office error arrives as the library's OfficeExtension.Error, typed by the adapter", async () => {
      const { doc, double } = open(fixture("example-nota.docx"));
      double.failNextSync = "NotAllowed";
      const error = await doc.readSnapshot().catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "not-allowed", officeCode: "NotAllowed" });
      const cause = (error as { cause: { name: string; debugInfo?: { code?: string } } }).cause;
      expect(cause.name).toBe("RichApi.Error");
      expect(cause.debugInfo).toMatchObject({ code: "NotAllowed" });
    });

    test("PropertyNotLoaded is the library's own", async () => {
      const { library } = open(fixture("example-nota.docx"));
      const error = await library.Word.run(async (context) => {
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load("items/text");
        return paragraphs.items.length;
      }).catch((e: { code?: string }) => e);
      expect(error).toMatchObject({ code: "PropertyNotLoaded" });
    });
  },
);
