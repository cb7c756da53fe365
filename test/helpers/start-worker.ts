/**
 * Jest's stand-in for src/taskpane/letter/start-worker.ts: a "worker" that runs the real `respond` in this
 * process, asynchronously, with every message passed through a structured clone (V8's serializer, as a worker's
 * postMessage does) — so what crosses the boundary must be cloneable, as in the browser.
 */
import { deserialize, serialize } from "v8";
import { respond, type LetterWorker } from "../../src/taskpane/letter/protocol";

const clone = <T>(value: T): T => deserialize(serialize(value)) as T;

export const workerLog = { started: 0 };

export function startLetterWorker(): LetterWorker {
  workerLog.started++;
  const worker: LetterWorker = {
    onmessage: null,
    onerror: null,
    postMessage(message) {
      const bytes = clone(message);
      setTimeout(() => void respond(bytes, (r) => worker.onmessage?.({ data: clone(r) } as MessageEvent)), 0);
    },
    terminate() {
      worker.onmessage = null;
    },
  };
  return worker;
}
