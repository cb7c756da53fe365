/**
 * Microsoft's own Word JavaScript library (`@microsoft/office-js`, dist/word-web-16.00.js: OfficeExtension and
 * Word, as Word on the web loads them) in a jsdom window of its own, with its request executor pointed at a
 * function of ours instead of Word. What the library decides before a request leaves it — `Word.run`'s
 * arguments, `load`/`sync`, `PropertyNotLoaded`, the request's JSON — is then Microsoft's, not our claim.
 *
 * The seam is the library's own: a session (OfficeExtension.SessionBase) set as
 * `ClientRequestContext.defaultRequestUrlAndHeaders`, whose `_createRequestExecutorOrNull` gives the executor
 * every `context.sync()` sends its request body through (ClientRequestContext.syncPrivate).
 */
import { readFileSync } from "fs";
import { dirname, join } from "path";
import { JSDOM } from "jsdom";
import { Answer, Traffic, connectLibrary, hostOver } from "./connect";
import { answerFrom } from "./host";
import type { WordDouble } from "./office";
import type { WordHost } from "../../src/word/adapter";

export type { Answer, LibraryRequest, LibraryResponse, Traffic } from "./connect";

export type LibraryVariant = "debug" | "minified";

/** The package's dist folder, found by Node's resolution (from the sources and from the compiled bench alike). */
const DIST = dirname(require.resolve("@microsoft/office-js/dist/office.js"));
const FILES: Record<LibraryVariant, string> = {
  debug: "word-web-16.00.debug.js",
  minified: "word-web-16.00.js",
};

export interface LoadedLibrary {
  window: Window & typeof globalThis;
  Word: typeof Word;
  OfficeExtension: typeof OfficeExtension;
  /** Requests sent so far, and the bytes of each request and response as they crossed the seam. */
  traffic: Traffic;
  /**
   * Points the already loaded library at another double (a new session for the contexts Word.run makes from
   * now on): one library for many tests, since loading it takes a while. Returns that double's host.
   */
  attach(double: WordDouble): { host: WordHost; traffic: Traffic };
  /** Closes the window (and with it the library's timers). */
  close(): void;
}

const sources = new Map<LibraryVariant, string>();

export function loadWordLibrary(answer: Answer, variant: LibraryVariant = "debug"): LoadedLibrary {
  const dom = new JSDOM("<!doctype html><html><head></head><body></body></html>", {
    runScripts: "outside-only",
    url: "https://localhost/taskpane.html",
  });
  const window = dom.window as unknown as Window & typeof globalThis & Record<string, unknown>;
  if (!sources.has(variant)) sources.set(variant, readFileSync(join(DIST, FILES[variant]), "utf8"));
  (window as unknown as { eval(code: string): void }).eval(sources.get(variant)!);
  const traffic = connectLibrary(
    window.OfficeExtension as unknown as typeof OfficeExtension,
    answer,
    window.Promise,
  );

  const ext = window.OfficeExtension as unknown as typeof OfficeExtension;
  const word = window.Word as unknown as typeof Word;
  return {
    window,
    Word: word,
    OfficeExtension: ext,
    traffic,
    attach: (double) => ({
      host: hostOver(double, word),
      traffic: connectLibrary(ext, answerFrom(double), window.Promise),
    }),
    close: () => dom.window.close(),
  };
}

/**
 * A WordHost for the adapter whose Word is Microsoft's library (in jsdom) in front of the double: Word.run and
 * everything the library does are Microsoft's; the answers are the double's.
 */
export function libraryHost(double: WordDouble, variant: LibraryVariant = "debug") {
  const library = loadWordLibrary(answerFrom(double), variant);
  return { host: hostOver(double, library.Word), library };
}
