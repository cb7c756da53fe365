/**
 * The open document as .docx bytes through Office's common API (Document.getFileAsync, Compressed), done the way
 * Microsoft's notes and the office-js tracker say it must be:
 * - slices of 64 KB: the most that every Word takes (4 MB is the documented maximum, Office.GetFileOptions;
 *   Microsoft's own examples use 65536; the iPad's limit is 64 KB);
 * - `CompressedFile` checked first (Office.context.requirements.isSetSupported);
 * - one file open at a time ("No more than two documents are allowed to be in memory; otherwise the
 *   Document.getFileAsync operation will fail", Office.File), and `closeAsync` always, also after a failed
 *   slice: a file left open makes later reads on the web return a broken package (office-js #750);
 * - error 11001 ("A network problem has prevented retrieval of the file", office-js #6747, #6748) said as a
 *   sentence.
 */
import { NotaWordError } from "./errors";

/** The part of Office.context.document this needs (tests hand in the double's). */
export interface FileSource {
  getFileAsync(
    fileType: Office.FileType,
    options: Office.GetFileOptions,
    callback: (result: Office.AsyncResult<Office.File>) => void,
  ): void;
}

export const SLICE_SIZE = 64 * 1024;

// Office's enum values, written out so that this runs (and is tested) without office.js loaded.
const COMPRESSED = "compressed" as unknown as Office.FileType;
const SUCCEEDED = "succeeded" as unknown as Office.AsyncResultStatus;

/** Office's file errors that have their own sentence. */
const FILE_ERRORS: Record<number, "file-unavailable"> = { 11001: "file-unavailable" };

const failure = (error: Office.Error) =>
  new NotaWordError(FILE_ERRORS[error.code] ?? "general", String(error.code), error);

/** The file being read now: the next read starts when it has been closed. */
let current: Promise<unknown> = Promise.resolve();

export function readDocumentFile(
  source: FileSource,
  isSetSupported: (name: string, version: string) => boolean,
): Promise<Uint8Array> {
  if (!isSetSupported("CompressedFile", "1.1")) return Promise.reject(new NotaWordError("unsupported"));
  const read = current.then(
    () => readOnce(source),
    () => readOnce(source),
  );
  current = read.catch(() => undefined);
  return read;
}

function readOnce(source: FileSource): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    source.getFileAsync(COMPRESSED, { sliceSize: SLICE_SIZE }, (result) => {
      if (result.status !== SUCCEEDED) return reject(failure(result.error));
      const file = result.value;
      const slices: Uint8Array[] = [];
      // Closed whatever happened; the outcome is given only once Word says the file is closed.
      const close = (then: () => void) => file.closeAsync(() => then());
      const next = (i: number) => {
        if (i === file.sliceCount) return close(() => resolve(concat(slices)));
        file.getSliceAsync(i, (slice) => {
          if (slice.status !== SUCCEEDED) return close(() => reject(failure(slice.error)));
          slices.push(Uint8Array.from(slice.value.data as ArrayLike<number>));
          next(i + 1);
        });
      };
      next(0);
    });
  });
}

function concat(slices: Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(slices.reduce((n, s) => n + s.length, 0));
  let at = 0;
  for (const s of slices) {
    bytes.set(s, at);
    at += s.length;
  }
  return bytes;
}
