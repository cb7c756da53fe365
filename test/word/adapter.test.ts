import { OfficeNotaDocument, COMMENT_MARKER } from "../../src/word/adapter";
import { placeOf, relocate } from "../../src/word/places";
import { NotaWordError } from "../../src/word/errors";
import { PARAGRAPH_PAGE } from "../../src/word/read";
import {
  ALL_SETS,
  FLOOR_SETS,
  WEB_SETS,
  WordDocumentModel,
  WordDouble,
  RequirementSets,
  BEHAVIOURS,
  Behaviour,
} from "../word-double";
import { parseNota } from "../../src/nota/parser";
import { afstemmingOf } from "../../src/nota/afstemming";
import { checkNota, lexiconOf } from "../../src/checks/engine";
import { DEFAULT_PROFILE } from "../../src/checks/profile";
import { readDocx } from "../../src/docx/reader";
import { BLOCK_IDS, TAGS, TEMPLATE_FIELDS } from "../../src/nota/schema";
import { AFSTEMMING_NAMESPACE } from "../../src/nota/afstemming";
import { fixtureBytes } from "../helpers/fixtures";
import { strFromU8, unzipSync } from "fflate";
import { snapshotOf } from "../helpers/snapshots";
import { syntheticNota } from "../../bench/synthetic";
import { LoadedLibrary, loadWordLibrary } from "../word-double/library";

/** The undocumented behaviours the double currently imitates (every suite runs under each setting). */
let behaviour: Behaviour = BEHAVIOURS.a;
/**
 * How the adapter reaches the double: as its `Word` directly, or through Microsoft's own library
 * (word-web-16.00.js in jsdom, debug under behaviour a, minified under b), which then judges every call. The
 * library host claims only the requirement sets the npm library has (WordApi 1.3): cases that need more run on
 * the double directly only (`directOnly`, each with the API the library lacks).
 */
type Way = "double" | "library";
let way: Way = "double";
let library: LoadedLibrary | undefined;
/**
 * The syncs of one read, whatever the document's size: the page headers in one of their own (three where Word
 * refuses to read a header that is not there), the body in two; through the library one more, its release of
 * the objects it tracked (_RemoveReference).
 */
const readSyncs = () => (behaviour.missingHeaderRead === "throws" ? 5 : 3) + release();
/** Through the library, a Word.run that tracked objects ends with one more request: their release. */
const release = () => (way === "library" ? 1 : 0);

function open(source: string | WordDocumentModel, sets: RequirementSets = ALL_SETS) {
  const model = typeof source === "string" ? WordDocumentModel.fromDocx(fixtureBytes(source)) : source;
  const double = new WordDouble(model, sets, behaviour);
  const attached = way === "library" ? library!.attach(double) : undefined;
  const host = attached?.host ?? double;
  return { double, model, doc: new OfficeNotaDocument(host) };
}
const emptyDocument = () => WordDocumentModel.fromSnapshot(snapshotOf([]));

/** The author types into a block's content control, as a person would. */
async function typeIntoBlock(double: WordDouble, tag: string, text: string) {
  await double.run(async (context) => {
    context.document.contentControls.getByTag(tag).getFirst().insertText(text, "Replace");
    await context.sync();
  });
}

const WAYS: [Way, keyof typeof BEHAVIOURS][] = [
  ["double", "a"],
  ["double", "b"],
  ["library", "a"],
  ["library", "b"],
];

describe.each(WAYS)("on the %s, Word behaviour %s", (how, mode) => {
  beforeAll(() => {
    behaviour = BEHAVIOURS[mode];
    way = how;
    if (how === "library")
      library = loadWordLibrary(
        () => ({ ok: true, body: { Results: [] } }),
        mode === "a" ? "debug" : "minified",
      );
  });
  afterAll(() => {
    library?.close();
    library = undefined;
    way = "double";
  });
  /**
   * A case that needs an API the npm library lacks (`lacks`): defined on the double directly only, never
   * skipped. Through the library the host does not claim the set, and the adapter's fallback is what runs.
   */
  const directOnly = (lacks: string): typeof test =>
    how === "double" ? test : ((() => void lacks) as unknown as typeof test);
  describe("template insertion", () => {
    test("into an empty document: one sync (and one for the placeholders), the parser finds every block and field", async () => {
      const { doc, double } = open(emptyDocument());
      await doc.insertTemplate({}, "start");
      expect(double.syncCount).toBe(2 + release());
      const nota = parseNota(await doc.readSnapshot());
      expect(nota.sections.map((s) => s.id)).toEqual([...BLOCK_IDS]);
      expect(Object.keys(nota.header).sort()).toEqual(TEMPLATE_FIELDS.map((f) => f.id).sort());
      expect(Object.values(nota.header).every((f) => f.tagged)).toBe(true);
    });

    test("into a document with content: at the start, nothing of the author's text lost or mixed", async () => {
      const { doc, model } = open("letter.docx");
      const before = model.paragraphs.map((p) => p.text);
      await doc.insertTemplate({}, "start");
      const after = model.paragraphs.map((p) => p.text);
      expect(after.slice(after.length - before.length)).toEqual(before);
    });

    test("as a new document (Application.createDocument): this document untouched", async () => {
      const { doc, model, double } = open("letter.docx");
      const before = model.paragraphs.map((p) => p.text);
      await doc.insertTemplate({ title: "Nieuwe nota" }, "new-document");
      expect(double.syncCount).toBe(1 + release());
      expect(model.paragraphs.map((p) => p.text)).toEqual(before);
      const created = parseNota(readDocx(model.createdDocuments[0]));
      expect(created.title?.text).toBe("Nieuwe nota");
      expect(created.sections.map((s) => s.id)).toEqual([...BLOCK_IDS]);
    });

    test("fill the fields and the blocks → the checks pass", async () => {
      const { doc, double } = open(emptyDocument());
      await doc.insertTemplate({}, "start");
      const values: [Parameters<typeof doc.setField>[0], string][] = [
        ["purpose", "TER ONDERTEKENING"],
        ["aan", "MOCW"],
        ["van", "Directie MBO"],
        ["datum", "26 november 2024"],
        ["referentie", "49235295"],
        ["bijlagen", "Kamerbrief"],
        ["intern-afgestemd", "MBO, FEZ"],
        ["extern-afgestemd", "MBO Raad"],
      ];
      for (const [field, value] of values) await doc.setField(field, value);
      for (const id of BLOCK_IDS)
        await typeIntoBlock(
          double,
          TAGS.block(id),
          id === "toelichting" || id === "niet-openbaar" ? "N.v.t." : `Tekst voor ${id}.`,
        );
      const { findings } = checkNota(await doc.readSnapshot());
      expect(findings).toEqual([]);
    });
  });

  describe("readSnapshot", () => {
    test.each([10, 10_000])("a fixed number of syncs for %i paragraphs", async (size) => {
      const { doc, double } = open(WordDocumentModel.fromSnapshot(syntheticNota(size)));
      const snapshot = await doc.readSnapshot({ pagesFor: lexiconOf(DEFAULT_PROFILE) });
      expect(snapshot.paragraphs).toHaveLength(size);
      // One more sync per page of paragraphs beyond the first (Word on the web limits a response's size).
      expect(double.syncCount).toBeLessThanOrEqual(readSyncs() + Math.floor(size / PARAGRAPH_PAGE));
    });

    test("the example nota reads as the .docx reader reads it", async () => {
      const { doc } = open("example-nota.docx");
      const fromWord = await doc.readSnapshot();
      const fromFile = readDocx(fixtureBytes("example-nota.docx"));
      const strip = (s: typeof fromWord) =>
        s.paragraphs.map((p) => [p.text, p.outlineLevel, p.isListItem, p.bold ?? null]);
      expect(strip(fromWord)).toEqual(strip(fromFile));
    });

    test("a line break (Shift+Enter) comes from Word as \\v and reads as \\n: the wrapped Bijlage is one", async () => {
      const { doc, double } = open("example-nota.docx");
      const raw = await double.run(async (context) => {
        const paragraphs = context.document.body.paragraphs.load("items/text");
        await context.sync();
        return paragraphs.items.map((p) => p.text);
      });
      expect(raw).toContain("Monitor Integrale veiligheid mbo\v2023: Sectorrapport");
      const snapshot = await doc.readSnapshot();
      expect(snapshot.paragraphs.map((p) => p.text)).toContain(
        "Monitor Integrale veiligheid mbo\n2023: Sectorrapport",
      );
      expect(parseNota(snapshot).header.bijlagen?.lines).toEqual([
        "Monitor Integrale veiligheid mbo 2023: Sectorrapport",
      ]);
    });

    test("content-control tags and placeholders come through", async () => {
      const { doc } = open(emptyDocument());
      await doc.insertTemplate({}, "start");
      const snapshot = await doc.readSnapshot();
      const aanleiding = snapshot.paragraphs.find((p) =>
        p.contentControlTags.includes(TAGS.block("aanleiding")),
      )!;
      expect(aanleiding.placeholder).toBe(true);
      const aan = snapshot.paragraphs.find((p) => p.contentControlTags.includes(TAGS.field("aan")))!;
      expect(aan.cell).toEqual({ table: 0, row: 0, column: 1 });
    });
  });

  describe("afstemming", () => {
    const sample = {
      internal: [
        { name: "DE", status: "akkoord" as const, date: { year: 2024, month: 11, day: 20 } },
        { name: "OVO" },
      ],
      external: [{ name: "MBO Raad" }],
    };

    directOnly("Document.customXmlParts")(
      "written as a custom XML record and as header text; read back equal",
      async () => {
        const { doc, model } = open(emptyDocument());
        await doc.insertTemplate({}, "start");
        await doc.writeAfstemming(sample);
        expect(model.customXmlParts.filter((p) => p.namespace === AFSTEMMING_NAMESPACE)).toHaveLength(1);
        expect(await doc.readAfstemming()).toEqual({ afstemming: sample, source: "record" });
        const nota = parseNota(await doc.readSnapshot());
        expect(nota.header["intern-afgestemd"]?.value).toBe("DE (akkoord, 20 november 2024), OVO");
        expect(nota.header["extern-afgestemd"]?.value).toBe("MBO Raad");
      },
    );

    directOnly("Document.customXmlParts")("writing twice keeps one record", async () => {
      const { doc, model } = open(emptyDocument());
      await doc.insertTemplate({}, "start");
      await doc.writeAfstemming(sample);
      await doc.writeAfstemming({ internal: [{ name: "FEZ" }], external: [] });
      expect(model.customXmlParts).toHaveLength(1);
      expect((await doc.readAfstemming()).afstemming).toEqual({ internal: [{ name: "FEZ" }], external: [] });
    });

    directOnly("Document.customXmlParts")(
      "writing the parties keeps the accepted findings stored in the same record",
      async () => {
        const { doc } = open(emptyDocument());
        await doc.insertTemplate({}, "start");
        const accepted = { ruleId: "afstemming", reason: "DE is niet betrokken", by: "Reviewer" };
        await doc.writeAfstemming({ ...sample, suppressions: [accepted] });
        // The afstemming form writes the parties alone.
        await doc.writeAfstemming({ internal: [{ name: "FEZ" }], external: [] });
        expect((await doc.readAfstemming()).afstemming).toEqual({
          internal: [{ name: "FEZ" }],
          external: [],
          suppressions: [accepted],
        });
        // Saying the list (empty) is what removes them.
        await doc.writeAfstemming({ internal: [{ name: "FEZ" }], external: [], suppressions: [] });
        expect((await doc.readAfstemming()).afstemming.suppressions ?? []).toEqual([]);
      },
    );

    test("without WordApi 1.4 the text alone is the record, parsed back", async () => {
      const { doc, model } = open(emptyDocument(), FLOOR_SETS);
      await doc.insertTemplate({}, "start");
      await doc.writeAfstemming(sample);
      expect(model.customXmlParts).toHaveLength(0);
      expect(await doc.readAfstemming()).toEqual({ afstemming: sample, source: "text" });
    });

    test("a free-form nota: the header lines are rewritten, nothing lost", async () => {
      const { doc } = open("example-nota.docx", FLOOR_SETS);
      const { afstemming } = await doc.readAfstemming();
      expect(afstemming.internal.map((p) => p.name)).toEqual(["DE", "OVO", "PD&R"]);
      await doc.writeAfstemming({ ...afstemming, internal: [...afstemming.internal, { name: "WJZ" }] });
      const nota = parseNota(await doc.readSnapshot());
      expect(nota.header["intern-afgestemd"]?.value).toBe("DE, OVO, PD&R, WJZ");
      expect(nota.blocks.aanleiding).toBeDefined();
    });

    test("a document without afstemming fields: a typed error, nothing changed", async () => {
      const { doc, model } = open("letter.docx");
      const before = JSON.stringify(model.paragraphs);
      await expect(doc.writeAfstemming(sample)).rejects.toMatchObject({ code: "field-missing" });
      expect(JSON.stringify(model.paragraphs)).toBe(before);
    });
  });

  describe("emancipation", () => {
    directOnly("Range.pages")("passages with page numbers where Range.pages exists, batched", async () => {
      const { doc, double } = open("letter.docx");
      const result = await doc.findPassages(lexiconOf(DEFAULT_PROFILE));
      expect(result.pageSource).toBe("layout");
      expect([...new Set(result.passages.map((p) => p.page))]).toEqual([2, 6, 7]);
      expect(double.syncCount).toBeLessThanOrEqual(readSyncs());
    });

    test("without WordApiDesktop (Word on the web): passages without pages", async () => {
      const { doc } = open("letter.docx", WEB_SETS);
      const result = await doc.findPassages(lexiconOf(DEFAULT_PROFILE));
      expect(result.pageSource).toBe("none");
      expect(result.passages.length).toBe(4);
      expect(result.passages.every((p) => p.page === undefined)).toBe(true);
    });

    test("the flag inserted twice is one sentence, updated", async () => {
      const { doc } = open(emptyDocument());
      await doc.insertTemplate({}, "start");
      expect(await doc.insertEmancipationFlag([6, 2], ["vrouwen"], DEFAULT_PROFILE.emancipation)).toBe(
        "inserted",
      );
      expect(
        await doc.insertEmancipationFlag([2, 6, 7], ["vrouwen", "lhbti+"], DEFAULT_PROFILE.emancipation),
      ).toBe("updated");
      const snapshot = await doc.readSnapshot();
      const flags = snapshot.paragraphs.filter((p) => /worden gevonden op/.test(p.text));
      expect(flags).toHaveLength(1);
      expect(flags[0].text).toContain("blz. 2, 6 en 7");
      expect(parseNota(snapshot).flag?.tagged).toBe(true);
      expect(parseNota(snapshot).blocks.aanleiding!.content).toContain(flags[0].index);
    });

    test("in a free-form nota the flag goes at the end of Aanleiding, and the finding clears", async () => {
      const { doc } = open("example-nota-no-flag.docx");
      const letter = readDocx(fixtureBytes("letter.docx"));
      const before = checkNota(await doc.readSnapshot(), { letter });
      const finding = before.findings.find((f) => f.ruleId === "emancipation-flag")!;
      expect(finding.suggestions?.length).toBe(1);
      await doc.applyEdit(finding.suggestions![0].edit, before.nota.snapshot);
      const after = checkNota(await doc.readSnapshot(), { letter });
      expect(after.findings.filter((f) => f.ruleId.startsWith("emancipation"))).toEqual([]);
      // Applying it again updates instead of duplicating.
      await doc.applyEdit(finding.suggestions![0].edit, after.nota.snapshot);
      const again = await doc.readSnapshot();
      expect(again.paragraphs.filter((p) => /worden gevonden op/.test(p.text))).toHaveLength(1);
    });
  });

  describe("edits from findings", () => {
    test("insert a missing block, in schema order", async () => {
      const { doc } = open("header-table-bold.docx");
      const snapshot = await doc.readSnapshot();
      await doc.applyEdit({ kind: "insertBlock", block: "niet-openbaar" }, snapshot);
      const nota = parseNota(await doc.readSnapshot());
      expect(nota.blocks["niet-openbaar"]).toBeDefined();
      expect(checkNota(nota).findings.filter((f) => f.ruleId === "required-block")).toEqual([]);
    });

    test("rewrite a heading (heading-wording fix)", async () => {
      const { doc } = open("header-table-bold.docx");
      const { findings, nota } = checkNota(await doc.readSnapshot());
      const fix = findings.find((f) => f.ruleId === "heading-wording")!.fix!;
      await doc.applyEdit(fix, nota.snapshot);
      expect(parseNota(await doc.readSnapshot()).blocks["geadviseerd-besluit"]?.heading).toBe(
        "Geadviseerd besluit",
      );
    });

    test("a character-range fix (date month case) inside a table cell", async () => {
      const { doc } = open("header-table-bold.docx");
      const { findings, nota } = checkNota(await doc.readSnapshot());
      await doc.applyEdit(findings.find((f) => f.messageId === "datumMonthCase")!.fix!, nota.snapshot);
      expect(parseNota(await doc.readSnapshot()).header.datum?.value).toBe("3 maart 2025");
    });

    test("a suggestion on a free-form header line (Aan via SOCW)", async () => {
      const { doc } = open("header-table-bold.docx");
      const letter = readDocx(fixtureBytes("letter.docx"));
      const { findings, nota } = checkNota(await doc.readSnapshot(), { letter });
      const suggestion = findings.find((f) => f.messageId === "suggestRouting")!.suggestions![0];
      await doc.applyEdit(suggestion.edit, nota.snapshot);
      expect(parseNota(await doc.readSnapshot()).addressing).toMatchObject({ to: ["MOCW"], via: ["SOCW"] });
    });

    test("an edit on a paragraph that changed since the check: stale, nothing written", async () => {
      const { doc, double, model } = open("header-table-bold.docx");
      const { findings, nota } = checkNota(await doc.readSnapshot());
      const fix = findings.find((f) => f.ruleId === "heading-wording")!.fix!;
      double.type(fix.kind === "replaceText" ? fix.paragraph : 0, "Mijn eigen kop");
      const before = JSON.stringify(model.paragraphs.map((p) => p.text));
      await expect(doc.applyEdit(fix, nota.snapshot)).rejects.toMatchObject({ code: "stale" });
      expect(JSON.stringify(model.paragraphs.map((p) => p.text))).toBe(before);
    });
  });

  describe("a nota whose header column is in the page header", () => {
    test("read in the same few syncs; the parser finds the fields; goTo and edits reach the header", async () => {
      const { doc, double, model } = open("header-in-page-header.docx");
      const snapshot = await doc.readSnapshot();
      expect(double.syncCount).toBeLessThanOrEqual(readSyncs());
      const nota = parseNota(snapshot);
      expect(nota.header.aan?.value).toBe("MOCW");
      expect(snapshot.paragraphs[nota.header.aan!.paragraphs[0]].story).toBe("primaryHeader");
      await doc.goTo(placeOf(snapshot, nota.header.referentie!.paragraphs[0]));
      expect(model.selectedText()).toBe("51234567");
      const letter = readDocx(fixtureBytes("letter.docx"));
      const routing = checkNota(nota, { letter }).findings.find((f) => f.messageId === "suggestRouting")!;
      await doc.applyEdit(routing.suggestions![0].edit, snapshot);
      expect(model.headers.Primary.map((p) => p.text)).toContain("MOCW (via SOCW)");
      expect(parseNota(await doc.readSnapshot()).addressing).toMatchObject({ to: ["MOCW"], via: ["SOCW"] });
    });
  });

  describe("goTo", () => {
    test("a block by its content-control tag, whatever was typed", async () => {
      const { doc, model, double } = open(emptyDocument());
      await doc.insertTemplate({}, "start");
      await typeIntoBlock(double, TAGS.block("kernpunten"), "Punt een\nPunt twee");
      await doc.goTo({ tag: TAGS.block("kernpunten") });
      expect(model.selectedText()).toBe("Punt een\nPunt twee");
    });

    test("a paragraph found by its text after paragraphs were added above it", async () => {
      const { doc, model } = open("example-nota.docx");
      const snapshot = await doc.readSnapshot();
      const target = parseNota(snapshot).blocks.kernpunten!.headingParagraph!;
      model.paragraphs.splice(0, 0, { ...model.paragraphs[0], uid: 99999, text: "Nieuw" });
      await doc.goTo({ paragraph: target, text: snapshot.paragraphs[target].text });
      expect(model.selectedText()).toBe("Kernpunten");
    });

    test("a character range: selects just those characters", async () => {
      const { doc, model } = open("example-nota.docx");
      const snapshot = await doc.readSnapshot();
      const flag = parseNota(snapshot).flag!;
      await doc.goTo({
        paragraph: flag.paragraph,
        text: flag.text,
        start: flag.references[0].start,
        end: flag.references[0].end,
      });
      expect(model.selectedText()).toBe("blz. 2, 6 en 7");
    });

    test("a place that is gone is reported, never the wrong paragraph selected", async () => {
      const { doc, model, double } = open("example-nota.docx");
      const snapshot = await doc.readSnapshot();
      const i = parseNota(snapshot).blocks.kernpunten!.headingParagraph!;
      double.type(i, "Iets heel anders");
      await expect(doc.goTo({ paragraph: i, text: "Kernpunten" })).rejects.toMatchObject({ code: "stale" });
      expect(model.selection).toBeUndefined();
    });
  });

  describe("the document's people (for the personal-data list)", () => {
    /** A Word-written file (Open-XML-SDK's Comment042.docx): its author and its comments' author, Arman Aghaei. */
    const withPeople = (sets: RequirementSets = ALL_SETS) => {
      const opened = open("../leak/Comment042.docx", sets);
      opened.model.documentProperties.lastAuthor = "Jansen, Jan";
      opened.model.addComment(opened.model.paragraphs[0], "Graag aanpassen", "Karin de Wit");
      opened.model.paragraphs[1].deleted = { at: 0, text: "oud", author: "Piet de Vries" };
      return opened;
    };

    directOnly("Comment.authorName and TrackedChange.author (WordApi 1.4, 1.6)")(
      "author and last author, commenters, authors of tracked changes: each once, in one sync",
      async () => {
        const { doc, double } = withPeople();
        const syncs = double.syncCount;
        expect(await doc.readPeople()).toEqual([
          "Arman Aghaei",
          "Jansen, Jan",
          "Karin de Wit",
          "Piet de Vries",
        ]);
        expect(double.syncCount - syncs).toBe(1);
      },
    );

    directOnly("Comment.authorName (WordApi 1.4)")(
      "what this Word has: no tracked changes below WordApi 1.6",
      async () => {
        expect(await withPeople({ WordApi: 1.5 }).doc.readPeople()).toEqual([
          "Arman Aghaei",
          "Jansen, Jan",
          "Karin de Wit",
        ]);
      },
    );

    test("what this Word has: no comments below WordApi 1.4, only the author and last author", async () => {
      expect(await withPeople(FLOOR_SETS).doc.readPeople()).toEqual(["Arman Aghaei", "Jansen, Jan"]);
    });

    test("the names nota publish reads from the same file", async () => {
      const { doc } = open("../leak/Comment042.docx");
      const fromWord = await doc.readPeople();
      // What the command line collects: docProps/core.xml's creator and lastModifiedBy, the comments' authors.
      const files = unzipSync(fixtureBytes("../leak/Comment042.docx"));
      const fromFile = new Set(
        [
          ...strFromU8(files["docProps/core.xml"]).matchAll(/<(?:\w+:)?(?:creator|lastModifiedBy)>([^<]+)</g),
          ...strFromU8(files["word/comments.xml"]).matchAll(/\bw:author="([^"]+)"/g),
        ].map((m) => m[1].trim()),
      );
      expect(fromWord).toEqual([...fromFile]);
    });
  });

  describe("review comments", () => {
    directOnly("WordApi 1.4 (the adapter gates comments on it; the library has no customXmlParts of it)")(
      "one comment per finding at its place; removal removes only ours",
      async () => {
        const { doc, model } = open("header-table-bold.docx");
        const other = model.addComment(model.paragraphs[0], "Opmerking van een collega");
        const { findings, nota } = checkNota(await doc.readSnapshot());
        expect(await doc.addReviewComments(findings, nota.snapshot)).toBe(findings.length);
        expect(model.comments).toHaveLength(findings.length + 1);
        const heading = model.comments.find((c) => c.content.includes("'Advies'"))!;
        expect(model.paragraphs.find((p) => p.uid === heading.paragraphUid)!.text).toBe("Advies");
        expect(heading.content.startsWith(COMMENT_MARKER)).toBe(true);
        expect(await doc.removeReviewComments()).toBe(findings.length);
        expect(model.comments).toEqual([other]);
      },
    );

    directOnly("WordApi 1.4 (the adapter gates comments on it; the library has no customXmlParts of it)")(
      "counted: only ours, in one sync; none where this Word has no comments",
      async () => {
        const { doc, model, double } = open("header-table-bold.docx");
        model.addComment(model.paragraphs[0], "Opmerking van een collega", "J. Jansen");
        expect(await doc.countReviewComments()).toBe(0);
        const { findings, nota } = checkNota(await doc.readSnapshot());
        await doc.addReviewComments(findings, nota.snapshot);
        const syncs = double.syncCount;
        expect(await doc.countReviewComments()).toBe(findings.length);
        expect(double.syncCount - syncs).toBe(1);
        expect(await open("header-table-bold.docx", FLOOR_SETS).doc.countReviewComments()).toBe(0);
      },
    );

    test("without WordApi 1.4: a typed 'unsupported' error", async () => {
      const { doc } = open("header-table-bold.docx", FLOOR_SETS);
      await expect(
        doc.addReviewComments([], { paragraphs: [], customXmlParts: [], properties: {}, pageSource: "none" }),
      ).rejects.toMatchObject({
        code: "unsupported",
      });
      expect(doc.capabilities).toEqual({
        customXmlParts: false,
        comments: false,
        paragraphEvents: false,
        pages: false,
        createDocument: true,
        publishAsDownload: false,
      });
    });
  });

  describe("errors and events", () => {
    test("an Office error reaches the caller typed, with a Dutch message", async () => {
      const { doc, double } = open("example-nota.docx");
      double.failNextSync = "NotAllowed";
      const error = await doc.readSnapshot().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NotaWordError);
      expect(error).toMatchObject({ code: "not-allowed", officeCode: "NotAllowed" });
      expect((error as NotaWordError).message).toMatch(/beveiligd/);
      expect((error as NotaWordError).messageFor("en")).toMatch(/protected/);
    });

    test("setField on a document without the field: field-missing, nothing written", async () => {
      const { doc, model } = open(WordDocumentModel.fromSnapshot(snapshotOf(["Aanleiding", "Een tekst."])));
      const before = model.toSnapshot();
      await expect(doc.setField("bijlagen", "Rapport")).rejects.toMatchObject({ code: "field-missing" });
      expect(model.toSnapshot()).toEqual(before);
    });

    directOnly("Document.onParagraphChanged/Added/Deleted")(
      "paragraph events call the handler; removal stops them",
      async () => {
        const { doc, double } = open("example-nota.docx");
        const calls: number[] = [];
        const stop = await doc.onDocumentChanged(() => calls.push(1));
        // The author types later than the turn right after the add-in's own batch.
        await new Promise((r) => setTimeout(r, 1));
        double.type(3, "x");
        expect(calls).toHaveLength(1);
        await stop!();
        double.type(3, "y");
        expect(calls).toHaveLength(1);
      },
    );

    test("no paragraph events below WordApi 1.6: undefined, the pane offers a button", async () => {
      const { doc } = open("example-nota.docx", { WordApi: 1.5 });
      expect(await doc.onDocumentChanged(() => undefined)).toBeUndefined();
    });
  });
});

describe("relocate", () => {
  test.each([
    [["a", "b", "c"], 1, "b", 1],
    [["x", "a", "b", "c"], 1, "b", 2],
    [["a", "c"], 1, "b", undefined],
    [["b", "a", "b"], 2, "b", 2],
  ])("%j at %i for %s → %s", (texts, index, text, expected) => {
    expect(relocate(texts, index, text)).toBe(expected);
  });
});

test("afstemmingOf on the record", async () => {
  const { doc } = open(emptyDocument());
  await doc.insertTemplate({}, "start");
  await doc.writeAfstemming({ internal: [{ name: "DE" }], external: [] });
  expect(afstemmingOf(parseNota(await doc.readSnapshot())).source).toBe("record");
});
