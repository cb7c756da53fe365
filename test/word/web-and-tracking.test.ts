/**
 * Where Word on the web cannot do what the pane asks (a new document: office-js #5507, #3096, #4771), and
 * documents with Track Changes on: the notice's flag in the snapshot, and Word's search missing a phrase a
 * tracked deletion splits (office-js #5874).
 */
import { OfficeNotaDocument } from "../../src/word/adapter";
import { NotaWordError } from "../../src/word/errors";
import { ALL_SETS, BEHAVIOURS, FLOOR_SETS, WEB_SETS, WordDocumentModel, WordDouble } from "../word-double";
import { snapshotOf } from "../helpers/snapshots";
import { fixtureBytes } from "../helpers/fixtures";
import { readDocx } from "../../src/docx/reader";

const tracked = (mode: "Off" | "TrackAll" | "TrackMineOnly") => {
  const model = WordDocumentModel.fromSnapshot(snapshotOf(["Aanleiding", "De minister besluit vandaag."]));
  model.changeTrackingMode = mode;
  return model;
};

describe("Track Changes on: the snapshot says so, for the pane's notice", () => {
  test.each([
    ["TrackAll", ALL_SETS, true],
    ["TrackMineOnly", WEB_SETS, true],
    ["Off", ALL_SETS, undefined],
    // Below WordApi 1.4 Word cannot say: not claimed.
    ["TrackAll", FLOOR_SETS, undefined],
  ] as const)("%s at %j: %s", async (mode, sets, expected) => {
    const doc = new OfficeNotaDocument(new WordDouble(tracked(mode), sets));
    expect((await doc.readSnapshot()).trackingChanges).toBe(expected);
  });
});

describe("a phrase a tracked deletion splits (office-js #5874)", () => {
  const split = (mode: "a" | "b") => {
    const model = tracked("TrackAll");
    // "De minister [niet ]besluit vandaag.": the deletion lies inside "minister besluit".
    model.paragraphs[1].deleted = { at: 12, text: "niet " };
    const doc = new OfficeNotaDocument(new WordDouble(model, { WordApi: 1.4 }, BEHAVIOURS[mode]));
    const edit = (start: number) =>
      ({
        kind: "replaceText",
        paragraph: 1,
        start,
        end: start + 16,
        text: "bewindspersoon besluit",
      }) as const;
    return { model, doc, edit };
  };

  test("search misses it; the paragraph's text is rewritten, the fix lands", async () => {
    const { model, doc, edit } = split("a");
    const snapshot = await doc.readSnapshot();
    expect(snapshot.paragraphs[1].text).toBe("De minister besluit vandaag.");
    await doc.applyEdit(edit(3), snapshot);
    expect(model.paragraphs[1].text).toBe("De bewindspersoon besluit vandaag.");
  });

  test("where Paragraph.text holds the deleted text (desktop, unverified): stale, nothing written", async () => {
    const { model, doc, edit } = split("b");
    const snapshot = await doc.readSnapshot();
    expect(snapshot.paragraphs[1].text).toBe("De minister besluit vandaag.");
    await expect(doc.applyEdit(edit(3), snapshot)).rejects.toMatchObject({ code: "stale" });
    expect(model.paragraphs[1].text).toBe("De minister besluit vandaag.");
  });

  test("the double's search misses the split phrase, finds the rest", async () => {
    const model = tracked("TrackAll");
    model.paragraphs[1].deleted = { at: 12, text: "niet " };
    const double = new WordDouble(model, FLOOR_SETS);
    const counts = await double.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load("items");
      await context.sync();
      const split = paragraphs.items[1].search("minister besluit").load("items");
      const whole = paragraphs.items[1].search("besluit vandaag").load("items");
      await context.sync();
      return [split.items.length, whole.items.length];
    });
    expect(counts).toEqual([0, 1]);
  });
});

describe("Word on the web: no new document, said with what to do instead", () => {
  const onTheWeb = (source: WordDocumentModel) => {
    const double = new WordDouble(source, WEB_SETS);
    double.platform = "web";
    return { double, doc: new OfficeNotaDocument(double) };
  };

  test("the template as a new document: refused before anything is done", async () => {
    const model = WordDocumentModel.fromDocx(fixtureBytes("letter.docx"));
    const { doc, double } = onTheWeb(model);
    const error = await doc.insertTemplate({}, "new-document").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotaWordError);
    expect(error).toMatchObject({ code: "web-new-document" });
    expect((error as NotaWordError).message).toMatch(/Word op het web .* Voeg de nota in aan het begin/);
    expect((error as NotaWordError).messageFor("en")).toMatch(
      /Word on the web .* Insert the nota at the start/,
    );
    expect(double.syncCount).toBe(0);
    expect(model.createdDocuments).toHaveLength(0);
  });

  test("the publication copy: refused before the file is read", async () => {
    const model = WordDocumentModel.fromDocx(fixtureBytes("example-nota.docx"));
    const { doc, double } = onTheWeb(model);
    let read = false;
    double.getFile = async () => {
      read = true;
      return new Uint8Array();
    };
    const error = await doc.publishCopy({ fields: {}, replacement: "5.1.2e" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "web-publish-copy" });
    expect((error as NotaWordError).messageFor("en")).toMatch(/Open in Desktop App/);
    expect(read).toBe(false);
    expect(model.createdDocuments).toHaveLength(0);
  });

  test("the publication copy's file instead: made from the document's file, no document opened, nothing written", async () => {
    const model = WordDocumentModel.fromDocx(fixtureBytes("example-nota.docx"));
    const { doc, double } = onTheWeb(model);
    expect(doc.capabilities.publishAsDownload).toBe(true);
    const before = model.paragraphs.map((p) => p.text);
    const syncs = double.syncCount;
    const { bytes, withheld } = await doc.publicationCopyFile({
      fields: { van: "5.1.2e" },
      replacement: "5.1.2e",
    });
    expect(withheld.map((w) => w.ground)).toEqual(["5.1.2e"]);
    expect(readDocx(bytes).paragraphs.length).toBeGreaterThan(10);
    expect(model.createdDocuments).toHaveLength(0);
    expect(double.syncCount).toBe(syncs);
    expect(model.paragraphs.map((p) => p.text)).toEqual(before);
    expect(new OfficeNotaDocument(new WordDouble(model, ALL_SETS)).capabilities.publishAsDownload).toBe(
      false,
    );
  });

  test("on the desktop the same calls make the new document", async () => {
    const model = WordDocumentModel.fromDocx(fixtureBytes("letter.docx"));
    await new OfficeNotaDocument(new WordDouble(model, ALL_SETS)).insertTemplate({}, "new-document");
    expect(model.createdDocuments).toHaveLength(1);
  });
});
