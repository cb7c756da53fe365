/** The double itself behaves like Office.js where the adapter depends on it. */
import { WordDocumentModel, WordDouble } from "../word-double";
import { snapshotOf } from "../helpers/snapshots";

const double = () => new WordDouble(WordDocumentModel.fromSnapshot(snapshotOf(["een", "twee"])));

test("a property read before load and sync throws PropertyNotLoaded", async () => {
  const d = double();
  await d.run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    expect(() => paragraphs.items).toThrow(/not available/);
    paragraphs.load("items/text");
    expect(() => paragraphs.items).toThrow(/not available/); // loaded only at sync
    await context.sync();
    expect(paragraphs.items.map((p) => p.text)).toEqual(["een", "twee"]);
    expect(() => paragraphs.items[0].style).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
  });
});

test("writes are queued and applied at sync; loaded values are a snapshot", async () => {
  const d = double();
  await d.run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("items/text");
    await context.sync();
    paragraphs.items[0].insertText("EEN", "Replace");
    expect(d.model.paragraphs[0].text).toBe("een");
    await context.sync();
    expect(d.model.paragraphs[0].text).toBe("EEN");
    expect(paragraphs.items[0].text).toBe("een");
  });
  expect(d.syncCount).toBe(2);
});

test("getFirst on an empty collection fails the sync with ItemNotFound; earlier writes stay", async () => {
  const d = double();
  await expect(
    d.run(async (context) => {
      context.document.body.paragraphs.getFirst().insertText("x", "Replace");
      context.document.contentControls.getByTag("nope").getFirst().insertText("y", "Replace");
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "ItemNotFound" });
  expect(d.model.paragraphs[0].text).toBe("x");
});

test("an API above the supported sets fails with ApiNotFound", async () => {
  const d = new WordDouble(WordDocumentModel.fromSnapshot(snapshotOf(["a"])), { WordApi: 1.3 });
  expect(d.isSetSupported("WordApi", "1.4")).toBe(false);
  await expect(
    d.run(async (context) => {
      context.document.customXmlParts.add('<x xmlns="urn:x"/>');
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "ApiNotFound" });
});
