/**
 * Office.context.document's file API as the double's host gives it (getFileAsync, Compressed, in slices), with the
 * limits Microsoft documents and the tracker reports; see README.md ("The document as a file").
 */
import type { FileSource } from "../../src/word/file";
import type { WordDocumentModel } from "./model";
import { modelToDocx } from "./docx";

/** Office.GetFileOptions.sliceSize: "The maximum (and the default) is 4194304 (4MB)". */
export const MAX_SLICE = 4 * 1024 * 1024;

const ok = <T>(value: T) => ({ status: "succeeded", value }) as unknown as Office.AsyncResult<T>;
const failed = <T>(code: number, message: string) =>
  ({ status: "failed", error: { code, message, name: "Error" } }) as unknown as Office.AsyncResult<T>;

/** Office answers on a later turn, never inside the call. */
const later = (then: () => void): void => void setTimeout(then);

export class DoubleFileSource implements FileSource {
  /** The largest slice this Word hands out (the iPad: 64 KB); a larger sliceSize fails. */
  sliceLimit = MAX_SLICE;
  /** The next getFileAsync fails with this code (11001: "A network problem has prevented retrieval"). */
  failNextFile?: number;
  /** The slice with this index fails (once), with code 5001. */
  failSlice?: number;
  /** Files opened and not yet closed; the most at once; the slice sizes asked for. */
  open = 0;
  mostOpen = 0;
  readonly sliceSizes: number[] = [];

  constructor(
    private readonly model: () => WordDocumentModel,
    /** Word on the web: a file opened while another is still open gives broken slices (office-js #750). */
    private readonly web: () => boolean,
  ) {}

  getFileAsync(
    _fileType: Office.FileType,
    options: Office.GetFileOptions,
    callback: (result: Office.AsyncResult<Office.File>) => void,
  ): void {
    const size = options.sliceSize ?? MAX_SLICE;
    this.sliceSizes.push(size);
    const fail = this.failNextFile;
    this.failNextFile = undefined;
    if (fail) return later(() => callback(failed(fail, "A network problem has prevented retrieval.")));
    if (size > Math.min(MAX_SLICE, this.sliceLimit))
      return later(() => callback(failed(5001, "An internal error has occurred.")));
    // "No more than two documents are allowed to be in memory" (Office.File).
    if (this.open >= 2) return later(() => callback(failed(5001, "An internal error has occurred.")));
    const broken = this.web() && this.open > 0;
    let bytes = modelToDocx(this.model());
    if (broken) bytes = bytes.map((b, i) => (i % 97 === 0 ? b ^ 0xff : b));
    this.open++;
    this.mostOpen = Math.max(this.mostOpen, this.open);
    let closed = false;
    const sliceCount = Math.max(1, Math.ceil(bytes.length / size));
    const file = {
      size: bytes.length,
      sliceCount,
      getSliceAsync: (index: number, cb: (r: Office.AsyncResult<Office.Slice>) => void) => {
        later(() => {
          if (closed || index >= sliceCount) return cb(failed(5001, "An internal error has occurred."));
          if (this.failSlice === index) {
            this.failSlice = undefined;
            return cb(failed(5001, "An internal error has occurred."));
          }
          const data = Array.from(bytes.subarray(index * size, (index + 1) * size));
          cb(ok({ data, index, size: data.length } as Office.Slice));
        });
      },
      closeAsync: (cb?: (r: Office.AsyncResult<void>) => void) => {
        later(() => {
          if (!closed) this.open--;
          closed = true;
          cb?.(ok(undefined));
        });
      },
    } as unknown as Office.File;
    later(() => callback(ok(file)));
  }
}
