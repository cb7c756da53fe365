/**
 * The pane's document before the adapter's chunk has arrived (src/taskpane/lazy-document.ts): what Word can do is
 * known at once; each call loads the adapter once and goes to it, with its arguments, under its own name.
 */
import { LazyNotaDocument } from "../../src/taskpane/lazy-document";
import { detectCapabilities } from "../../src/word/capabilities";
import { OfficeNotaDocument } from "../../src/word/adapter";
import type { NotaDocument } from "../../src/word/types";
import { ALL_SETS, WordDocumentModel, WordDouble } from "../word-double";
import { fixtureBytes } from "../helpers/fixtures";

const double = () => new WordDouble(WordDocumentModel.fromDocx(fixtureBytes("example-nota.docx")), ALL_SETS);

test("capabilities before the adapter has loaded; the adapter loads at the first call, once", async () => {
  const word = double();
  const load = jest.fn(async () => new OfficeNotaDocument(word));
  const lazy = new LazyNotaDocument(detectCapabilities(word), load);
  expect(lazy.capabilities).toEqual(new OfficeNotaDocument(word).capabilities);
  expect(load).not.toHaveBeenCalled();
  const [snapshot, empty] = await Promise.all([lazy.readSnapshot(), lazy.isEmpty()]);
  expect(load).toHaveBeenCalledTimes(1);
  expect(snapshot).toEqual(await new OfficeNotaDocument(word).readSnapshot());
  expect(empty).toBe(false);
  expect(await lazy.countReviewComments()).toBe(0);
  expect(load).toHaveBeenCalledTimes(1);
});

test("a failed load is reported to the call, and the next call loads again", async () => {
  const word = double();
  const load = jest
    .fn<Promise<NotaDocument>, []>()
    .mockRejectedValueOnce(new Error("chunk failed"))
    .mockImplementation(async () => new OfficeNotaDocument(word));
  const lazy = new LazyNotaDocument(detectCapabilities(word), load);
  await expect(lazy.readSnapshot()).rejects.toThrow("chunk failed");
  expect((await lazy.readSnapshot()).paragraphs.length).toBeGreaterThan(0);
  expect(load).toHaveBeenCalledTimes(2);
});

test("every method goes to the adapter's method of the same name, with its arguments and the adapter as this", async () => {
  const calls: { name: string; args: unknown[]; self: unknown }[] = [];
  const real = new Proxy({} as NotaDocument, {
    // Not a thenable (a promise resolving to it would call its "then").
    get: (_, name) =>
      name === "then"
        ? undefined
        : function (this: unknown, ...args: unknown[]) {
            calls.push({ name: String(name), args, self: this });
            return Promise.resolve(String(name));
          },
  });
  const lazy = new LazyNotaDocument(detectCapabilities(double()), async () => real);
  const methods = Object.keys(lazy).filter(
    (k) => k !== "load" && typeof (lazy as unknown as Record<string, unknown>)[k] === "function", // not its loader
  );
  // Each is one of the adapter's methods.
  const prototype = OfficeNotaDocument.prototype;
  const adapterMethods = Object.getOwnPropertyNames(prototype).filter(
    (k) => k !== "constructor" && typeof Object.getOwnPropertyDescriptor(prototype, k)?.value === "function",
  );
  for (const name of methods) expect(adapterMethods).toContain(name);
  expect(methods.length).toBeGreaterThanOrEqual(20);
  for (const name of methods) {
    const method = (lazy as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[name];
    await expect(method(name, 7)).resolves.toBe(name);
    const call = calls.at(-1)!;
    expect([call.name, call.args]).toEqual([name, [name, 7]]);
    expect(call.self).toBe(real);
  }
});
