/**
 * What the audit of the Word layer found (issue 17 §2), each case a behaviour of Word that the adapter must
 * survive; the double imitates it with its reference (test/word-double/README.md).
 */
import { COMMENT_MARKER, OfficeNotaDocument, WordHost } from "../../src/word/adapter";
import { COMMENT_CHUNK } from "../../src/word/execute";
import {
  ALL_SETS,
  WEB_SETS,
  BEHAVIOURS,
  WordDocumentModel,
  WordDouble,
  WORD_DEFAULT_PLACEHOLDER,
  uniqueLocalIdOf,
} from "../word-double";
import { MAX_SEARCH, WORD_SEARCH_LIMIT, planRangeSearch } from "../../src/word/search";
import { parseNota } from "../../src/nota/parser";
import { TAGS, TEMPLATE_FIELDS } from "../../src/nota/schema";
import { templatePlaceholders } from "../../src/docx/ooxml-template";
import { notaSnapshot, snapshotOf } from "../helpers/snapshots";
import { readDocx } from "../../src/docx/reader";
import { SLICE_SIZE } from "../../src/word/file";
import { NotaWordError, toNotaWordError } from "../../src/word/errors";

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

describe("the document as a file (Document.getFileAsync, Compressed)", () => {
  // Text that does not compress away (a seeded sequence), so that the .docx takes several 64 KB slices.
  const big = () => {
    let seed = 17;
    const word = () => ((seed = (seed * 48271) % 2147483647) % 1e8).toString(36);
    return WordDocumentModel.fromSnapshot(
      snapshotOf(Array.from({ length: 3000 }, () => Array.from({ length: 8 }, word).join(" "))),
    );
  };
  const texts = (bytes: Uint8Array) =>
    readDocx(bytes)
      .paragraphs.map((p) => p.text)
      .filter(Boolean);

  test("slices of at most 64 KB; a document larger than one slice comes through whole", async () => {
    const model = big();
    const double = new WordDouble(model);
    double.file.sliceLimit = 64 * 1024; // an iPad
    const bytes = await double.getFile();
    expect(double.file.sliceSizes).toEqual([SLICE_SIZE]);
    expect(SLICE_SIZE).toBeLessThanOrEqual(64 * 1024);
    expect(bytes.length).toBeGreaterThan(SLICE_SIZE);
    expect(texts(bytes)).toEqual(model.paragraphs.map((p) => p.text));
    expect(double.file.open).toBe(0);
  });

  test("a failed slice still closes the file; the next read (on the web) is whole", async () => {
    const model = big();
    const double = new WordDouble(model);
    double.platform = "web";
    double.file.failSlice = 1;
    await expect(double.getFile()).rejects.toMatchObject({ code: "general", officeCode: "5001" });
    expect(double.file.open).toBe(0);
    expect(texts(await double.getFile())).toEqual(model.paragraphs.map((p) => p.text));
  });

  test("one file open at a time, however many copies are asked for at once", async () => {
    const model = big();
    const double = new WordDouble(model);
    double.platform = "web";
    const reads = await Promise.all([double.getFile(), double.getFile(), double.getFile()]);
    expect(double.file.mostOpen).toBe(1);
    for (const bytes of reads) expect(texts(bytes)).toEqual(model.paragraphs.map((p) => p.text));
  });

  test("error 11001 is said as a sentence about the network, nothing made", async () => {
    const { doc, double, model } = (() => {
      const model = emptyDocument();
      const double = new WordDouble(model);
      return { doc: new OfficeNotaDocument(double), double, model };
    })();
    double.file.failNextFile = 11001;
    const error = await doc.publishCopy({ fields: {}, replacement: "5.1.2e" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "file-unavailable", officeCode: "11001" });
    expect((error as NotaWordError).message).toMatch(/netwerkprobleem/);
    expect(model.createdDocuments).toEqual([]);
  });

  test("without CompressedFile: 'unsupported', no file asked for", async () => {
    const double = new WordDouble(emptyDocument(), { WordApi: 1.6 });
    await expect(double.getFile()).rejects.toMatchObject({ code: "unsupported" });
    expect(double.file.sliceSizes).toEqual([]);
  });
});

describe("search: special characters as Word's codes, a margin below 255, Word's search errors said", () => {
  const replace = async (mode: keyof typeof BEHAVIOURS, text: string, start: number, end: number) => {
    const model = WordDocumentModel.fromSnapshot(snapshotOf(["Eerste alinea", text]));
    const double = new WordDouble(model, ALL_SETS, BEHAVIOURS[mode]);
    const doc = new OfficeNotaDocument(double);
    await doc.applyEdit(
      { kind: "replaceText", paragraph: 1, start, end, text: "X" },
      await doc.readSnapshot(),
    );
    return { text: model.paragraphs[1].text, double };
  };

  test.each(["a", "b"] as const)(
    "behaviour %s: a non-breaking space, optional and non-breaking hyphen are searched as ^s, ^-, ^~",
    async (mode) => {
      for (const c of ["\u00a0", "\u00ad", "\u2011"]) {
        const text = `Artikel 5${c}lid 2 en artikel 5${c}lid 3`;
        const at = text.lastIndexOf(`5${c}lid`);
        expect((await replace(mode, text, at, at + 5)).text).toBe(`Artikel 5${c}lid 2 en artikel X 3`);
      }
    },
  );

  test("a search text is kept below 255 with a margin: 250 characters go as head and tail", () => {
    const middle = Array.from({ length: 250 }, (_, i) =>
      String.fromCharCode(97 + ((i * 7) % 26) + (i % 3)),
    ).join("");
    const text = "x".repeat(10) + middle + "y".repeat(10);
    expect(MAX_SEARCH).toBeLessThan(WORD_SEARCH_LIMIT);
    expect(planRangeSearch(text, 10, 260).kind).toBe("span");
  });

  test("Word's Find dialog open: a sentence that says to close it, nothing written", async () => {
    const model = WordDocumentModel.fromSnapshot(snapshotOf(["Eerste alinea", "Een twee drie"]));
    const double = new WordDouble(model);
    const doc = new OfficeNotaDocument(double);
    const snapshot = await doc.readSnapshot();
    double.searchDialogOpen = true;
    const error = await doc
      .applyEdit({ kind: "replaceText", paragraph: 1, start: 4, end: 8, text: "2" }, snapshot)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "search-dialog-open", officeCode: "SearchDialogIsOpen" });
    expect((error as NotaWordError).message).toMatch(/Zoeken en vervangen/);
    expect(model.paragraphs[1].text).toBe("Een twee drie");
  });

  test("SearchStringInvalidOrTooLong is said as a sentence", () => {
    expect(toNotaWordError({ code: "SearchStringInvalidOrTooLong" }).code).toBe("search-failed");
  });
});

describe("Paragraph.delete of a control's edge (office-js #4975) and Range.expandTo", () => {
  test("a field's further line at the end of its control: the control stays, the value is written", async () => {
    const tag = TAGS.field("aan");
    const model = WordDocumentModel.fromSnapshot(
      snapshotOf([
        "TER BESLISSING",
        ["Aan: MOCW", { contentControlTags: [tag] }],
        ["via SOCW", { contentControlTags: [tag] }],
        "Van: Directie MBO",
        "Aanleiding",
        "Tekst.",
      ]),
    );
    const doc = new OfficeNotaDocument(new WordDouble(model));
    const before = parseNota(await doc.readSnapshot()).header.aan!;
    expect(before.paragraphs).toHaveLength(2);
    await doc.setField("aan", "MOCW (via SOCW)");
    const after = parseNota(model.toSnapshot()).header.aan!;
    expect(after).toMatchObject({ value: "MOCW (via SOCW)", tagged: true });
  });

  test("the double: deleting a control's last paragraph deletes the control, a middle one does not", async () => {
    const tag = TAGS.block("aanleiding");
    const model = WordDocumentModel.fromSnapshot(
      snapshotOf([
        ["Een", { contentControlTags: [tag] }],
        ["Twee", { contentControlTags: [tag] }],
        ["Drie", { contentControlTags: [tag] }],
      ]),
    );
    const double = new WordDouble(model);
    const remove = (i: number) =>
      double.run(async (context) => {
        const ps = context.document.body.paragraphs.load("items");
        await context.sync();
        ps.items[i].delete();
        await context.sync();
      });
    await remove(1);
    expect(model.toSnapshot().paragraphs.map((p) => p.contentControlTags)).toEqual([[tag], [tag]]);
    await remove(1);
    expect(model.toSnapshot().paragraphs.map((p) => p.contentControlTags)).toEqual([[]]);
  });

  test("expandTo extends in either direction; another story's range is not found", async () => {
    const model = WordDocumentModel.fromSnapshot(snapshotOf(["Een twee drie", "Vier"]));
    model.headers.Primary = model.paragraphsFromSnapshot(snapshotOf(["Kop"]).paragraphs);
    const double = new WordDouble(model);
    const text = await double.run(async (context) => {
      const ps = context.document.body.paragraphs.load("items");
      await context.sync();
      const drie = ps.items[0].search("drie").getFirst();
      const een = ps.items[0].search("Een").getFirst();
      const range = drie.expandTo(een).load("text");
      await context.sync();
      return range.text;
    });
    expect(text).toBe("Een twee drie");
    await expect(
      double.run(async (context) => {
        const body = context.document.body.paragraphs.getFirst().getRange("Whole");
        const header = context.document.sections.getFirst().getHeader("Primary").paragraphs.getFirst();
        body.expandTo(header.getRange("Whole")).load("text");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  test("goTo over two search results Word cannot span: the paragraph is selected, no failure", async () => {
    const long = Array.from({ length: 300 }, (_, i) => String.fromCharCode(97 + ((i * 7) % 26))).join("");
    const model = WordDocumentModel.fromSnapshot(snapshotOf(["Eerste", `Begin ${long} einde`]));
    const double = new WordDouble(model);
    const doc = new OfficeNotaDocument(double);
    // Word's expandTo fails the selecting sync (the third: paragraphs, search, select) with ItemNotFound.
    double.failSyncAt = { sync: double.syncCount + 3, code: "ItemNotFound" };
    await doc.goTo({ paragraph: 1, text: `Begin ${long} einde`, start: 6, end: 306 });
    expect(model.selectedText()).toBe(`Begin ${long} einde`);
  });
});

describe("the first page's header: read in a guarded sync of its own", () => {
  const withHeader = (story: "FirstPage" | "Primary", lines: string[]) => {
    const model = WordDocumentModel.fromSnapshot(snapshotOf(["Aanleiding", "Tekst."]));
    model.headers[story] = model.paragraphsFromSnapshot(snapshotOf(lines).paragraphs);
    return model;
  };

  test("a Word that refuses to read a header the document does not have: the other header and the body are read", async () => {
    const model = withHeader("Primary", ["TER BESLISSING", "Aan: MOCW"]);
    const doc = new OfficeNotaDocument(new WordDouble(model, ALL_SETS, BEHAVIOURS.b));
    const snapshot = await doc.readSnapshot();
    expect(snapshot.paragraphs.map((p) => [p.text, p.story ?? "body"])).toEqual([
      ["Aanleiding", "body"],
      ["Tekst.", "body"],
      ["TER BESLISSING", "primaryHeader"],
      ["Aan: MOCW", "primaryHeader"],
    ]);
  });

  test("where Section.pageSetup says the first page shows the primary header, a leftover first-page header is not read", async () => {
    const model = withHeader("Primary", ["TER BESLISSING", "Aan: MOCW"]);
    model.headers.FirstPage = model.paragraphsFromSnapshot(snapshotOf(["Oude kop"]).paragraphs);
    model.differentFirstPageSetting = false;
    const doc = new OfficeNotaDocument(new WordDouble(model, { ...ALL_SETS, WordApiDesktop: 1.3 }));
    const snapshot = await doc.readSnapshot();
    expect(snapshot.paragraphs.filter((p) => p.story).map((p) => p.text)).toEqual([
      "TER BESLISSING",
      "Aan: MOCW",
    ]);
  });
});

describe("paragraph events and comments", () => {
  test("the add-in's own writes fire events (office-js #4874), but only the author's edits reach the handler, with their ids", async () => {
    const model = WordDocumentModel.fromSnapshot(snapshotOf([]));
    const double = new WordDouble(model);
    const doc = new OfficeNotaDocument(double);
    await doc.insertTemplate({}, "start");
    const changes: (string[] | undefined)[] = [];
    const fired: string[] = [];
    const stop = await doc.onDocumentChanged((c) => changes.push(c.paragraphIds));
    const count = () => {
      for (const [name, set] of double.handlers) if (set.size) fired.push(name);
    };
    count();
    await doc.setField("aan", "MOCW");
    await new Promise((r) => setTimeout(r, 5));
    expect(changes).toEqual([]);
    double.type(3, "Getypt");
    expect(changes).toEqual([[uniqueLocalIdOf(model.paragraphs[3])]]);
    expect(fired).toEqual(["ParagraphChanged", "ParagraphAdded", "ParagraphDeleted"]);
    await stop!();
  });

  test("the double fires for the add-in's writes too", async () => {
    const model = WordDocumentModel.fromSnapshot(snapshotOf(["Een", "Twee"]));
    const double = new WordDouble(model);
    const seen: { type: string; uniqueLocalIds: string[] }[] = [];
    await double.run(async (context) => {
      context.document.onParagraphChanged.add(async (e) => void seen.push(e));
      await context.sync();
      context.document.body.paragraphs.getFirst().insertText("Drie", "Replace");
      await context.sync();
    });
    expect(seen).toEqual([
      { type: "ParagraphChanged", uniqueLocalIds: [uniqueLocalIdOf(model.paragraphs[0])], source: "Local" },
    ]);
  });

  test("comments in chunks: one Word keeps does not keep the others; the one left is said", async () => {
    const model = WordDocumentModel.fromSnapshot(
      snapshotOf(Array.from({ length: 120 }, (_, i) => `Alinea ${i}`)),
    );
    const double = new WordDouble(model);
    const doc = new OfficeNotaDocument(double);
    const ours = model.paragraphs.map((p, i) => model.addComment(p, `${COMMENT_MARKER} opmerking ${i}`));
    const colleague = model.addComment(model.paragraphs[0], "Van een collega");
    double.undeletableComments.add(ours[70].id);
    const syncs = double.syncCount;
    await expect(doc.removeReviewComments()).rejects.toMatchObject({ code: "comments-left" });
    expect(model.comments).toEqual([ours[70], colleague]);
    // One read, three chunks, and the failed chunk comment by comment.
    expect(double.syncCount - syncs).toBe(1 + 3 + COMMENT_CHUNK);
  });
});

describe("insertContentControl where Word refuses it (GeneralException: office-js #1169, #3367, #4251, #6103)", () => {
  test("a mark across two table cells: a sentence for marking, nothing marked", async () => {
    const model = WordDocumentModel.fromSnapshot(
      snapshotOf([
        ["Links", { tableDepth: 1, cell: { table: 0, row: 0, column: 0 } }],
        ["Rechts", { tableDepth: 1, cell: { table: 0, row: 0, column: 1 } }],
      ]),
    );
    model.selection = { paragraphUids: model.paragraphs.map((p) => p.uid) };
    const doc = new OfficeNotaDocument(new WordDouble(model));
    const error = await doc.markSelection("5.1.2e").catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "mark-refused" });
    expect((error as NotaWordError).message).toMatch(/cellen van een tabel/);
    expect(model.controls.size).toBe(0);
  });

  const adoptable = () => {
    const snapshot = notaSnapshot();
    const heading = snapshot.paragraphs.findIndex((p) => p.text === "Kernpunten");
    return { snapshot, heading };
  };
  const wrappedTags = (model: WordDocumentModel) =>
    [...model.controls.values()].map((c) => c.tag).filter((t) => t.startsWith("nota:"));

  test("a part partly over a tagged control of another template: left out, the other parts wrapped", async () => {
    const { snapshot, heading } = adoptable();
    for (const i of [heading, heading + 1]) snapshot.paragraphs[i].contentControlTags = ["huisstijl:x"];
    const model = WordDocumentModel.fromSnapshot(snapshot);
    const doc = new OfficeNotaDocument(new WordDouble(model));
    const n = await doc.adopt(await doc.readSnapshot());
    expect(n).toBeGreaterThan(3);
    expect(wrappedTags(model)).toHaveLength(n);
    expect(wrappedTags(model)).not.toContain(TAGS.block("kernpunten"));
  });

  test("an untagged control the snapshot cannot see: Word refuses that part, each other part is wrapped on its own", async () => {
    const { snapshot, heading } = adoptable();
    const clean = WordDocumentModel.fromSnapshot(notaSnapshot());
    const all = await new OfficeNotaDocument(new WordDouble(clean)).adopt(
      await new OfficeNotaDocument(new WordDouble(clean)).readSnapshot(),
    );
    const model = WordDocumentModel.fromSnapshot(snapshot);
    const hidden = model.addControl("");
    for (const i of [heading, heading + 1]) model.paragraphs[i].controls.push(hidden.id);
    const doc = new OfficeNotaDocument(new WordDouble(model));
    const n = await doc.adopt(await doc.readSnapshot());
    expect(n).toBe(all - 1);
    expect(new Set(wrappedTags(model)).size).toBe(n);
    expect(wrappedTags(model)).not.toContain(TAGS.block("kernpunten"));
  });
});

describe("tracked changes: the text as the reviewer sees it", () => {
  const withDeletion = () => {
    const model = WordDocumentModel.fromSnapshot(snapshotOf(["Aanleiding", "De minister besluit vandaag."]));
    model.paragraphs[1].deleted = { at: 11, text: "niet " };
    model.changeTrackingMode = "TrackAll";
    return model;
  };

  test.each([
    ["Word on the web (WordApi 1.6: Body.getTrackedChanges)", WEB_SETS],
    ["WordApi 1.4 (changeTrackingMode)", { WordApi: 1.4, CompressedFile: 1.1 }],
  ])("%s: deleted text never counts", async (_name, sets) => {
    const model = withDeletion();
    const double = new WordDouble(model, sets);
    double.platform = "web";
    const doc = new OfficeNotaDocument(double);
    expect((await doc.readSnapshot()).paragraphs[1].text).toBe("De minister besluit vandaag.");
  });

  test("without tracked changes no reviewed text is asked for (one read round fewer)", async () => {
    const model = WordDocumentModel.fromSnapshot(snapshotOf(["Aanleiding", "Tekst."]));
    const double = new WordDouble(model, WEB_SETS);
    const doc = new OfficeNotaDocument(double);
    await doc.readSnapshot();
    const plain = double.syncCount;
    const tracked = new WordDouble(withDeletion(), WEB_SETS);
    await new OfficeNotaDocument(tracked).readSnapshot();
    expect(tracked.syncCount).toBe(plain + 1);
  });
});
