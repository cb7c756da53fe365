/**
 * Connecting Microsoft's Word library to an answer function of ours, wherever the library was loaded: in jsdom
 * (./library.ts, for the tests and the bench) or in a browser page (the preview). No Node modules here.
 */
import { answerFrom } from "./host";
import type { WordDouble } from "./office";
import type { WordHost } from "../../src/word/adapter";

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

/** Requests sent, and the bytes of each request and response as they crossed the seam. */
export type Traffic = { request: number; response: number; body: LibraryRequest }[];

const byteLength = (text: string) => new TextEncoder().encode(text).length;

/**
 * Points a loaded library (its OfficeExtension, in jsdom here, or in a browser page such as the preview) at
 * `answer`: a session set as ClientRequestContext.defaultRequestUrlAndHeaders, whose request executor hands each
 * request to `answer` and its response back in the form the library parses. Returns the traffic measured.
 */
export function connectLibrary(
  ext: typeof OfficeExtension,
  answer: Answer,
  PromiseImpl: PromiseConstructor = Promise,
): Traffic {
  const Ext = ext as unknown as {
    SessionBase: new () => object;
    ClientRequestContext: { defaultRequestUrlAndHeaders: unknown };
  };
  const traffic: Traffic = [];
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
      return PromiseImpl.resolve(JSON.parse(JSON.stringify(response)));
    },
  };
  class Session extends Ext.SessionBase {
    _resolveRequestUrlAndHeaderInfo() {
      return PromiseImpl.resolve({ url: "https://word-double.invalid/", headers: {} });
    }
    _createRequestExecutorOrNull() {
      return executor;
    }
  }
  Ext.ClientRequestContext.defaultRequestUrlAndHeaders = new Session();
  return traffic;
}

/**
 * A WordHost whose Word is an already loaded library (`Word`, `OfficeExtension` of a page) in front of the
 * double: for the preview, one line — `new OfficeNotaDocument(connectedHost(double, Word, OfficeExtension))`.
 */
export function connectedHost(
  double: WordDouble,
  word: typeof Word,
  ext: typeof OfficeExtension,
): { host: WordHost; traffic: Traffic } {
  const traffic = connectLibrary(ext, answerFrom(double));
  const host: WordHost = {
    run: word.run as unknown as WordHost["run"],
    isSetSupported: double.isSetSupported,
    getFile: double.getFile,
    get platform() {
      return double.platform;
    },
  };
  return { host, traffic };
}
