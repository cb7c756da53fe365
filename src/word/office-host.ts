/** The real host: Word.run (also going on with an object's request context) and the requirement-set check. */
import type { WordHost } from "./adapter";

export function officeHost(): WordHost {
  return {
    run: <T>(
      first: ((context: Word.RequestContext) => Promise<T>) | Word.RequestContext,
      second?: (context: Word.RequestContext) => Promise<T>,
    ): Promise<T> =>
      typeof first === "function"
        ? Word.run(first)
        : // The library takes a request context here (ClientRequestContext._runBatchCommon; held by
          // test/word/library.test.ts); @types/office-js lists only client objects.
          Word.run(first as unknown as OfficeExtension.ClientObject, second!),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    // The file reader loads with the publication copy, not with the pane.
    getFile: () =>
      import("./file").then(({ readDocumentFile }) =>
        readDocumentFile(Office.context.document, (name, version) =>
          Office.context.requirements.isSetSupported(name, version),
        ),
      ),
    platform: Office.context.platform === Office.PlatformType.OfficeOnline ? "web" : "desktop",
  };
}
