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
    getFile,
  };
}

/** The whole document as .docx bytes: Office.context.document.getFileAsync (Compressed), slice by slice. */
function getFile(): Promise<Uint8Array> {
  const fail = (error: Office.Error) => Object.assign(new Error(error.message), { code: String(error.code) });
  return new Promise((resolve, reject) => {
    Office.context.document.getFileAsync(
      Office.FileType.Compressed,
      { sliceSize: 4 * 1024 * 1024 },
      (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) return reject(fail(result.error));
        const file = result.value;
        const slices: Uint8Array[] = [];
        const close = (then: () => void) => file.closeAsync(() => then());
        const next = (i: number) => {
          if (i === file.sliceCount) {
            const bytes = new Uint8Array(slices.reduce((n, s) => n + s.length, 0));
            let at = 0;
            for (const s of slices) {
              bytes.set(s, at);
              at += s.length;
            }
            return close(() => resolve(bytes));
          }
          file.getSliceAsync(i, (slice) => {
            if (slice.status !== Office.AsyncResultStatus.Succeeded)
              return close(() => reject(fail(slice.error)));
            slices.push(new Uint8Array(slice.value.data as number[]));
            next(i + 1);
          });
        };
        next(0);
      },
    );
  });
}
