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

export type LibraryVariant = "debug" | "minified";

/** The package's dist folder, found by Node's resolution (from the sources and from the compiled bench alike). */
const DIST = dirname(require.resolve("@microsoft/office-js/dist/office.js"));
const FILES: Record<LibraryVariant, string> = {
  debug: "word-web-16.00.debug.js",
  minified: "word-web-16.00.js",
};

/** One request as the library sends it: the JSON body of a sync (Actions and ObjectPaths). */
export interface LibraryRequest {
  Actions?: unknown[];
  ObjectPaths?: Record<string, unknown>;
  [key: string]: unknown;
}

/** The body the library parses from a successful response ({ Results: [{ ActionId, Value }] }) or an error. */
export type LibraryResponse =
  | { ok: true; body: { Results: { ActionId: number; Value?: unknown }[]; [key: string]: unknown } }
  | { ok: false; code: string; message: string; location?: string };

export type Answer = (request: LibraryRequest) => LibraryResponse;

export interface LoadedLibrary {
  window: Window & typeof globalThis;
  Word: typeof Word;
  OfficeExtension: typeof OfficeExtension;
  /** Requests sent so far, and the bytes of each request and response as they crossed the seam. */
  traffic: { request: number; response: number; body: LibraryRequest }[];
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
  const Ext = window.OfficeExtension as unknown as typeof OfficeExtension & {
    SessionBase: new () => object;
    ClientRequestContext: { defaultRequestUrlAndHeaders: unknown };
  };
  const traffic: LoadedLibrary["traffic"] = [];
  const executor = {
    executeAsync(_customData: unknown, _flags: number, message: { Body: LibraryRequest }) {
      const requestText = JSON.stringify(message.Body);
      const body = JSON.parse(requestText) as LibraryRequest;
      const answered = answer(body);
      const response = answered.ok
        ? { HttpStatusCode: 200, ErrorCode: null, ErrorMessage: null, Headers: {}, Body: answered.body }
        : {
            // As Word answers a batch that failed: the error in the body (the library's
            // processRequestExecutorResponseMessage makes OfficeExtension.Error of it, with debugInfo).
            HttpStatusCode: 200,
            ErrorCode: null,
            ErrorMessage: null,
            Headers: {},
            Body: {
              Error: {
                Code: answered.code,
                Message: answered.message,
                Location: answered.location ?? "",
                HttpStatusCode: 500,
              },
            },
          };
      const responseText = JSON.stringify(answered.ok ? answered.body : response.Body);
      traffic.push({ request: byteLength(requestText), response: byteLength(responseText), body });
      // A copy, as a response that crossed a process boundary would be.
      return window.Promise.resolve(JSON.parse(JSON.stringify(response)));
    },
  };
  class Session extends (Ext.SessionBase as new () => object) {
    _resolveRequestUrlAndHeaderInfo() {
      return window.Promise.resolve({ url: "https://word-double.invalid/", headers: {} });
    }
    _createRequestExecutorOrNull() {
      return executor;
    }
  }
  Ext.ClientRequestContext.defaultRequestUrlAndHeaders = new Session();
  return {
    window,
    Word: window.Word as unknown as typeof Word,
    OfficeExtension: Ext,
    traffic,
    close: () => dom.window.close(),
  };
}

const byteLength = (text: string) => Buffer.byteLength(text, "utf8");

/**
 * A WordHost for the adapter whose Word is Microsoft's library in front of the double: Word.run and everything
 * the library does are Microsoft's; the answers are the double's.
 */
export function libraryHost(double: import("./office").WordDouble, variant: LibraryVariant = "debug") {
  // Loaded here, not at the top: host.ts imports this module's types.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a cycle of types only
  const { answerFrom } = require("./host") as typeof import("./host");
  const library = loadWordLibrary(answerFrom(double), variant);
  const host: import("../../src/word/adapter").WordHost = {
    run: library.Word.run as unknown as import("../../src/word/adapter").WordHost["run"],
    isSetSupported: double.isSetSupported,
    getFile: double.getFile,
    get platform() {
      return double.platform;
    },
  };
  return { host, library };
}
