/**
 * The preview's document (test/preview/document.ts) over Microsoft's library in jsdom: the requirement sets the
 * npm library can serve, and what is routed to the double where the library lacks an API.
 */
import { ALL_SETS, WordDocumentModel, WordDouble } from "../word-double";
import { libraryHasSet } from "../word-double/connect";
import { loadWordLibrary } from "../word-double/library";
import { previewDocument } from "../../test/preview/document";
import { snapshotOf } from "../helpers/snapshots";
import { parseNota } from "../../src/nota/parser";

const library = loadWordLibrary(() => ({ ok: true, body: { Results: [] } }), "minified");
afterAll(() => library.close());

test("the npm library serves WordApi 1.3, not the sets whose members it lacks", () => {
  const has = (name: string, version: string) => libraryHasSet(library.Word, name, version);
  expect(has("WordApi", "1.3")).toBe(true);
  // No Document.customXmlParts (WordApi 1.4), no Document.onParagraph* (1.6), no Range.pages (WordApiDesktop 1.2).
  expect(has("WordApi", "1.4")).toBe(false);
  expect(has("WordApi", "1.6")).toBe(false);
  expect(has("WordApiDesktop", "1.2")).toBe(false);
  expect("customXmlParts" in library.Word.Document.prototype).toBe(false);
  expect("getComments" in library.Word.Body.prototype).toBe(true);
});

function open(routing: "routed" | "library-only") {
  const double = new WordDouble(WordDocumentModel.fromSnapshot(snapshotOf([])), ALL_SETS);
  const { document, traffic } = previewDocument(double, library.Word, library.OfficeExtension, "nl", routing);
  return { double, document, traffic };
}

test("library only: the pane's feature detection sees the library's sets, and reading goes through it", async () => {
  const { document, traffic } = open("library-only");
  expect(document.capabilities).toMatchObject({
    customXmlParts: false,
    comments: false,
    paragraphEvents: false,
    pages: false,
    createDocument: true,
  });
  await document.insertTemplate({}, "start");
  expect(parseNota(await document.readSnapshot()).sections.length).toBeGreaterThan(4);
  expect(traffic.length).toBeGreaterThan(2);
});

test("routed: the afstemming record through the double, read back in the library's snapshot", async () => {
  const { document, double, traffic } = open("routed");
  expect(document.capabilities).toMatchObject({ customXmlParts: true, paragraphEvents: true });
  await document.insertTemplate({}, "start");
  const sent = traffic.length;
  await document.writeAfstemming({ internal: [{ name: "DE", status: "akkoord" }], external: [] });
  expect(double.model.customXmlParts).toHaveLength(1);
  const snapshot = await document.readSnapshot();
  expect(traffic.length).toBeGreaterThan(sent);
  expect(snapshot.customXmlParts).toHaveLength(1);
  expect((await document.readAfstemming()).afstemming.internal).toEqual([{ name: "DE", status: "akkoord" }]);
});

test("routed: the author's typing reaches the handler, the pane's own writes through the library do not", async () => {
  const { document, double } = open("routed");
  await document.insertTemplate({}, "start");
  const changes: unknown[] = [];
  const stop = await document.onDocumentChanged((c) => changes.push(c));
  // The adapter lets events through a turn after its own batch (here the registration's).
  await new Promise((r) => setTimeout(r, 0));
  await document.setFields({ aan: "MOCW" }, await document.readSnapshot());
  await new Promise((r) => setTimeout(r, 0));
  expect(changes).toHaveLength(0);
  double.type(0, "Een zin van de auteur.");
  await new Promise((r) => setTimeout(r, 0));
  expect(changes.length).toBeGreaterThan(0);
  await stop!();
});
