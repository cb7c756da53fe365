/**
 * Starts the letter worker, in webpack's syntax (a chunk of its own, same origin, allowed by the pane's CSP
 * `default-src 'self'`). Jest maps this module to test/helpers/start-worker.ts (CommonJS cannot hold import.meta).
 */
import type { LetterWorker } from "./protocol";

export function startLetterWorker(): LetterWorker | undefined {
  if (typeof Worker === "undefined") return undefined;
  return new Worker(new URL("./letter.worker.ts", import.meta.url), { name: "nota-letter" }) as LetterWorker;
}
