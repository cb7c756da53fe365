/**
 * Re-reading only the paragraphs an edit event names (WordApi 1.6: onParagraphChanged's uniqueLocalIds,
 * Document.getParagraphByUniqueLocalId), against the double directly (the npm library has neither), with the
 * reads counted at the double's seam (Paragraph.text loaded: WordDouble.paragraphReads).
 */
import { OfficeNotaDocument } from "../../src/word/adapter";
import { paragraphIdsOf } from "../../src/word/read";
import { checkNota } from "../../src/checks/engine";
import { parseNota } from "../../src/nota/parser";
import { TAGS } from "../../src/nota/schema";
import type { DocumentSnapshot } from "../../src/nota/snapshot";
import {
  ALL_SETS,
  FLOOR_SETS,
  RequirementSets,
  WordDocumentModel,
  WordDouble,
  uniqueLocalIdOf,
} from "../word-double";
import { syntheticNota } from "../../bench/synthetic";
import { fixtureBytes } from "../helpers/fixtures";

const FLAG = "De passages die raken aan emancipatie worden gevonden op blz. 2, 6 en 7.";

/** A 2,000-paragraph nota, adopted (its header fields, title and blocks in the template's tagged controls). */
async function bigNota(sets: RequirementSets = ALL_SETS) {
  const model = WordDocumentModel.fromSnapshot(syntheticNota(2000));
  const double = new WordDouble(model, sets);
  const doc = new OfficeNotaDocument(double);
  await doc.adopt(await doc.readSnapshot());
  return { model, double, doc };
}

const verdict = (snapshot: DocumentSnapshot) =>
  checkNota(parseNota(snapshot)).findings.map((f) => [f.ruleId, f.severity, f.message]);

/** Counts what `read` costs at the seam: paragraph texts read and syncs. */
async function counted<T>(double: WordDouble, read: () => Promise<T>) {
  const [reads, syncs] = [double.paragraphReads, double.syncCount];
  const value = await read();
  return { value, reads: double.paragraphReads - reads, syncs: double.syncCount - syncs };
}

test("an edit of one paragraph in a 2,000-paragraph nota reads that paragraph, not 2,000, and gives the whole read's verdict", async () => {
  const { model, double, doc } = await bigNota();
  const whole = await counted(double, () => doc.readSnapshot());
  expect(whole.value.paragraphs.length).toBeGreaterThanOrEqual(2000);
  expect(whole.reads).toBeGreaterThanOrEqual(2000);
  const index = model.paragraphs.findIndex((p) => p.text === FLAG);
  expect(whole.value.paragraphs[index].contentControlTags).toContain(TAGS.block("aanleiding"));
  const uid = uniqueLocalIdOf(model.paragraphs[index]);
  expect(paragraphIdsOf(whole.value)?.[index]).toBe(uid);

  // The author rewrites the sentence that points at the passages: the emancipation flag is gone.
  double.type(index, "Deze nota gaat over de veiligheid in het mbo.");
  const patched = await counted(double, () => doc.rereadParagraphs(whole.value, [uid]));
  expect(patched.reads).toBe(1);
  // One sync for the paragraph and its innermost control, one for the control around that (none: the chain ends).
  expect(patched.syncs).toBe(2);
  const fresh = await doc.readSnapshot();
  expect(patched.value).toEqual(fresh);
  expect(verdict(patched.value!)).toEqual(verdict(fresh));
  expect(verdict(patched.value!)).not.toEqual(verdict(whole.value));
  // And the patched snapshot's ids stand for the next edit.
  expect(paragraphIdsOf(patched.value!)).toEqual(paragraphIdsOf(fresh));
});

test.each([
  ["the example nota", false],
  ["the example nota adopted (its parts in tagged controls)", true],
])(
  "%s: each body paragraph edited alone (added to, emptied, rewritten): patched as a whole read gives it, or left to one",
  async (_name, adopt) => {
    const model = WordDocumentModel.fromDocx(fixtureBytes("example-nota.docx"));
    const double = new WordDouble(model, ALL_SETS);
    const doc = new OfficeNotaDocument(double);
    if (adopt) await doc.adopt(await doc.readSnapshot());
    expect(model.paragraphs.length).toBeGreaterThan(20);
    let patchedCount = 0;
    let edits = 0;
    for (let index = 0; index < model.paragraphs.length; index++) {
      const text = model.paragraphs[index].text;
      for (const edited of [`${text} (herzien)`, "", "Nieuw."]) {
        const snapshot = await doc.readSnapshot();
        double.type(index, edited);
        edits++;
        const patched = await doc.rereadParagraphs(snapshot, [uniqueLocalIdOf(model.paragraphs[index])]);
        const fresh = await doc.readSnapshot();
        if (patched) {
          patchedCount++;
          expect(patched).toEqual(fresh);
          expect(verdict(patched)).toEqual(verdict(fresh));
        }
      }
      double.type(index, text);
    }
    // Most edits are patched; the rest (a control left empty, a paragraph with a mark) go to a whole read.
    expect(patchedCount).toBeGreaterThan(edits / 2);
  },
);

describe("a whole read instead, where re-reading the paragraphs cannot say what the document now is", () => {
  test("an id the snapshot does not hold (a header's paragraph, one added since)", async () => {
    const { double, doc } = await bigNota();
    const snapshot = await doc.readSnapshot();
    const result = await counted(double, () => doc.rereadParagraphs(snapshot, ["no-such-id"]));
    expect(result.value).toBeUndefined();
    expect(result.syncs).toBe(0);
  });

  test("a paragraph Word no longer finds (ItemNotFound)", async () => {
    const { model, doc } = await bigNota();
    const snapshot = await doc.readSnapshot();
    const last = model.paragraphs[model.paragraphs.length - 1];
    model.paragraphs.splice(model.paragraphs.length - 1, 1);
    expect(await doc.rereadParagraphs(snapshot, [uniqueLocalIdOf(last)])).toBeUndefined();
  });

  test("a paragraph whose control showed its placeholder", async () => {
    const model = WordDocumentModel.fromSnapshot({
      paragraphs: [],
      customXmlParts: [],
      properties: {},
      pageSource: "none",
    });
    const double = new WordDouble(model, ALL_SETS);
    const doc = new OfficeNotaDocument(double);
    await doc.insertTemplate({}, "start");
    const snapshot = await doc.readSnapshot();
    const index = snapshot.paragraphs.findIndex((p) => p.placeholder);
    expect(index).toBeGreaterThanOrEqual(0);
    double.type(index, "Ingevuld.");
    expect(await doc.rereadParagraphs(snapshot, [uniqueLocalIdOf(model.paragraphs[index])])).toBeUndefined();
  });

  test("changes tracked: the reviewed text needs the whole read", async () => {
    const { model, doc } = await bigNota();
    model.changeTrackingMode = "TrackAll";
    const snapshot = await doc.readSnapshot();
    expect(snapshot.trackingChanges).toBe(true);
    expect(await doc.rereadParagraphs(snapshot, [uniqueLocalIdOf(model.paragraphs[10])])).toBeUndefined();
  });

  test("changes tracked since the last whole read: the author turned Track Changes on, then typed", async () => {
    const { model, double, doc } = await bigNota();
    const snapshot = await doc.readSnapshot();
    expect(snapshot.trackingChanges).toBeUndefined();
    model.changeTrackingMode = "TrackAll";
    double.type(10, "Een zin die nu een revisie is.");
    expect(await doc.rereadParagraphs(snapshot, [uniqueLocalIdOf(model.paragraphs[10])])).toBeUndefined();
  });

  test("tracked deletions left in the document with tracking off: the whole read's reviewed text, no ids", async () => {
    const { model, doc } = await bigNota();
    model.paragraphs[10].deleted = { at: 0, text: "Niet " };
    const snapshot = await doc.readSnapshot();
    expect(snapshot.trackingChanges).toBeUndefined();
    expect(paragraphIdsOf(snapshot)).toBeUndefined();
    expect(await doc.rereadParagraphs(snapshot, [uniqueLocalIdOf(model.paragraphs[10])])).toBeUndefined();
  });

  describe("the controls around the paragraph are no longer the snapshot's", () => {
    /** The big nota with a control of its own (tag "inner") around paragraph 10, inside its block's, read whole. */
    async function nested() {
      const { model, double, doc } = await bigNota();
      const inner = {
        id: 900_001,
        type: "RichText" as const,
        tag: "inner",
        title: "",
        placeholderText: "",
        showingPlaceholder: false,
      };
      model.controls.set(inner.id, inner);
      model.paragraphs[10].controls.push(inner.id);
      // A text of its own, so that the whole read's matching of controls to paragraphs finds this one.
      double.type(10, "Alinea tien, in twee controls.");
      const snapshot = await doc.readSnapshot();
      expect(snapshot.paragraphs[10].contentControlTags).toEqual([TAGS.block("aanleiding"), "inner"]);
      return { model, double, doc, snapshot, inner };
    }

    test("unchanged: patched, and equal to a whole read", async () => {
      const { model, double, doc, snapshot } = await nested();
      double.type(10, "Een nieuwe zin in het blok.");
      const patched = await doc.rereadParagraphs(snapshot, [uniqueLocalIdOf(model.paragraphs[10])]);
      expect(patched).toBeDefined();
      expect(patched).toEqual(await doc.readSnapshot());
    });

    test("the inner control removed (the block's now the innermost)", async () => {
      const { model, double, doc, snapshot, inner } = await nested();
      model.paragraphs[10].controls = model.paragraphs[10].controls.filter((id) => id !== inner.id);
      double.type(10, "Een nieuwe zin.");
      expect(await doc.rereadParagraphs(snapshot, [uniqueLocalIdOf(model.paragraphs[10])])).toBeUndefined();
    });

    test("the block's control gone from around it (the innermost one the same)", async () => {
      const { model, double, doc, snapshot, inner } = await nested();
      model.paragraphs[10].controls = [inner.id];
      double.type(10, "Een nieuwe zin.");
      expect(await doc.rereadParagraphs(snapshot, [uniqueLocalIdOf(model.paragraphs[10])])).toBeUndefined();
    });
  });

  test("a Word without paragraph events or getParagraphByUniqueLocalId (WordApi 1.3)", async () => {
    const { model, double, doc } = await bigNota(FLOOR_SETS);
    const snapshot = await doc.readSnapshot();
    expect(paragraphIdsOf(snapshot)).toBeUndefined();
    const result = await counted(double, () =>
      doc.rereadParagraphs(snapshot, [uniqueLocalIdOf(model.paragraphs[10])]),
    );
    expect(result.value).toBeUndefined();
    expect(result.syncs).toBe(0);
  });
});

test("the author's edit while the add-in reads is the author's: reported (only our writes are held back)", async () => {
  const { double, doc } = await bigNota();
  const changes: unknown[] = [];
  const stop = await doc.onDocumentChanged((c) => changes.push(c));
  await new Promise((r) => setTimeout(r, 0));
  const reading = doc.readSnapshot();
  double.type(12, "Getypt terwijl de assistent leest.");
  await reading;
  expect(changes).toHaveLength(1);
  await stop!();
});

test("the events say which kind: changed, added, deleted; the add-in's own writes are not reported", async () => {
  const { model, double, doc } = await bigNota();
  const changes: unknown[] = [];
  const stop = await doc.onDocumentChanged((c) => changes.push(c));
  await new Promise((r) => setTimeout(r, 0));
  await doc.setFields({ datum: "1 december 2026" }, await doc.readSnapshot());
  await new Promise((r) => setTimeout(r, 0));
  expect(changes).toEqual([]);
  double.type(12, "Een zin van de auteur.");
  double.fire("ParagraphAdded", [model.paragraphs[13].uid]);
  double.fire("ParagraphDeleted", [model.paragraphs[14].uid]);
  expect(changes).toEqual([
    { kind: "changed", paragraphIds: [uniqueLocalIdOf(model.paragraphs[12])] },
    { kind: "added", paragraphIds: [uniqueLocalIdOf(model.paragraphs[13])] },
    { kind: "deleted", paragraphIds: [uniqueLocalIdOf(model.paragraphs[14])] },
  ]);
  await stop!();
});
