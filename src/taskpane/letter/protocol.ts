/**
 * Reading a letter the person picked, off the pane's main thread: the messages between the pane and the letter
 * worker, the worker's side (`respond`) and the pane's side (`readLetterBytes`). A 50 MB letter takes seconds to
 * unpack and read; in a worker the pane stays responsive and shows progress. Where no worker can be started (an
 * old webview, a test), the same `respond` runs in the page, after the progress has been painted.
 */
import type { DocxProblem } from "../../docx/package";
import type { DocumentSnapshot } from "../../nota/snapshot";

export type LetterResponse =
  | { kind: "progress"; stage: "reading" }
  | { kind: "done"; snapshot: DocumentSnapshot }
  /** The .docx was refused (damaged, too large, no Word document …): the DocxError's problem, as data. */
  | { kind: "refused"; problem: DocxProblem }
  /** A fault in the reader itself. */
  | { kind: "failed" };

/** The worker's side: reads the bytes and posts the outcome; never throws. */
export async function respond(bytes: Uint8Array, post: (response: LetterResponse) => void): Promise<void> {
  post({ kind: "progress", stage: "reading" });
  try {
    const [{ readUsableDocx }, { DocxError }] = await Promise.all([
      import("../../docx/reader"),
      import("../../docx/package"),
    ]);
    try {
      const snapshot = readUsableDocx(bytes);
      post({ kind: "done", snapshot });
    } catch (err) {
      if (err instanceof DocxError) post({ kind: "refused", problem: err.problem });
      else throw err;
    }
  } catch (err) {
    console.error("Nota-assistent: reading the letter failed", err);
    post({ kind: "failed" });
  }
}

/** The smallest part of a Worker the pane uses. */
export interface LetterWorker {
  postMessage(message: Uint8Array): void;
  onmessage: ((event: MessageEvent<LetterResponse>) => void) | null;
  onerror: ((event: Event) => void) | null;
  terminate(): void;
}

/**
 * The pane's side: the outcome of reading `bytes`, from a worker when `startWorker` gives one, else in the page.
 * `onProgress` is called when the reading starts (the pane shows progress only when it lasts past 300 ms).
 */
export function readLetterBytes(
  bytes: Uint8Array,
  startWorker: () => LetterWorker | undefined,
  onProgress: () => void = () => undefined,
): Promise<Exclude<LetterResponse, { kind: "progress" }>> {
  return new Promise((resolve) => {
    const settle = (response: LetterResponse) => {
      if (response.kind === "progress") onProgress();
      else resolve(response);
    };
    let worker: LetterWorker | undefined;
    try {
      worker = startWorker();
    } catch {
      worker = undefined; // a CSP or webview that refuses workers: read in the page
    }
    if (!worker) {
      // Let the page paint first; then read here.
      setTimeout(() => void respond(bytes, settle), 0);
      return;
    }
    const w = worker;
    w.onmessage = (event) => {
      if (event.data.kind !== "progress") w.terminate();
      settle(event.data);
    };
    w.onerror = () => {
      // The worker's script did not load (or crashed): read in the page instead, nothing lost.
      w.terminate();
      void respond(bytes, settle);
    };
    // Copied, not transferred: should the worker fail to start, the page still has the bytes to read itself.
    w.postMessage(bytes);
  });
}
