/**
 * The double refuses what Microsoft's library refuses: the same Word.run arguments given to the library's own
 * Word.run (word-web-16.00.js in jsdom, test/word-double/library.ts) and to the double's.
 */
import { loadWordLibrary, LibraryVariant } from "../word-double/library";
import { WordDocumentModel, WordDouble } from "../word-double";
import { snapshotOf } from "../helpers/snapshots";

type Outcome = "its context" | "a new context" | "refused";
type Case = [string, (ctx: unknown, object: unknown, registration: unknown) => unknown[], Outcome];
const CASES: Case[] = [
  ["a batch alone", () => [], "a new context"],
  ["a request context", (ctx) => [ctx], "its context"],
  ["a client object", (_ctx, object) => [object], "its context"],
  ["an array of client objects of one context", (_ctx, object) => [[object, object]], "its context"],
  ["an empty array", () => [[]], "refused"],
  ["an event registration (EventHandlerResult)", (_c, _o, registration) => [registration], "refused"],
  // A plain object is Word.run's options ({ previousObjects, session }): its `context` means nothing.
  ["a plain object with a context", (ctx) => [{ context: ctx }], "a new context"],
  ["options with previousObjects", (_ctx, object) => [{ previousObjects: object }], "its context"],
];

async function outcome(run: (...args: unknown[]) => Promise<unknown>, args: unknown[], own: unknown) {
  try {
    const used = await run(...args, async (context: unknown) => context);
    return { result: used === own ? "its context" : "a new context" };
  } catch (err) {
    return { result: "refused", code: (err as { code?: string }).code };
  }
}

describe.each(["debug", "minified"] as LibraryVariant[])("Word.run's arguments (%s library)", (variant) => {
  const lib = loadWordLibrary(() => ({ ok: true, body: { Results: [] } }), variant);
  const Ext = lib.OfficeExtension as unknown as {
    EventHandlerResult: new (context: unknown, handlers: unknown, handler: unknown) => object;
  };

  test.each(CASES)("%s: the library and the double answer alike", async (_name, args, expected) => {
    const libraryContext = new lib.Word.RequestContext();
    const libraryArgs = args(
      libraryContext,
      libraryContext.document.body,
      new Ext.EventHandlerResult(libraryContext, {}, () => undefined),
    );
    const fromLibrary = await outcome(lib.Word.run as never, libraryArgs, libraryContext);

    const double = new WordDouble(WordDocumentModel.fromSnapshot(snapshotOf(["Tekst."])));
    const doubleContext = (await double.run(async (c) => c)) as unknown as Word.RequestContext;
    const registration = doubleContext.document.onParagraphChanged.add(async () => undefined);
    const doubleArgs = args(doubleContext, doubleContext.document.body, registration);
    const fromDouble = await outcome(double.run as never, doubleArgs, doubleContext);

    expect(fromLibrary.result).toBe(expected);
    expect(fromDouble).toEqual(fromLibrary);
    if (expected === "refused") expect(fromDouble.code).toBe("InvalidArgument");
  });
});
