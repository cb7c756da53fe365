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
 * The members the adapter uses from each requirement set above the manifest's floor (WordApi 1.3), by the
 * class that has them in Microsoft's API reference (learn.microsoft.com/javascript/api/word). A set counts as
 * the library's only when every member listed for it, and for each lower version of it, is in the loaded
 * library. The npm library 1.1.110 has none of WordApi 1.4's custom XML parts, 1.6's paragraph events or
 * tracked changes, or WordApiDesktop's pages and page setup (it has comments and getReviewedText only under
 * their preview name, WordApiOnline 1.1).
 */
const SET_MEMBERS: Record<string, Record<string, [cls: string, member: string][]>> = {
  WordApi: {
    "1.4": [
      ["Document", "customXmlParts"],
      ["Document", "changeTrackingMode"],
      ["Body", "getComments"],
      ["Range", "insertComment"],
      ["Paragraph", "getReviewedText"],
    ],
    "1.6": [
      ["Document", "onParagraphChanged"],
      ["Document", "onParagraphAdded"],
      ["Document", "onParagraphDeleted"],
      ["Body", "getTrackedChanges"],
    ],
  },
  WordApiDesktop: {
    "1.2": [["Range", "pages"]],
    "1.3": [["Section", "pageSetup"]],
  },
};

/** Whether the loaded library has every member the adapter uses of `name` up to `version` (see SET_MEMBERS). */
export function libraryHasSet(word: typeof Word, name: string, version: string): boolean {
  const classes = word as unknown as Record<string, { prototype?: object } | undefined>;
  return Object.entries(SET_MEMBERS[name] ?? {})
    .filter(([v]) => Number(v) <= Number(version))
    .every(([, members]) =>
      members.every(([cls, member]) => {
        const prototype = classes[cls]?.prototype;
        return !!prototype && member in prototype;
      }),
    );
}

/**
 * The adapter's host when `word` (a loaded library) stands in front of the double: Word.run is the library's;
 * a requirement set is supported where the double has it and the library has its members, as in Word, where
 * the host's sets and its library's APIs go together. The file API (getFileAsync) is Office's common API,
 * not the Word library's: the double's.
 */
export function hostOver(double: WordDouble, word: typeof Word): WordHost {
  return {
    run: word.run as unknown as WordHost["run"],
    isSetSupported: (name, version) =>
      double.isSetSupported(name, version) && libraryHasSet(word, name, version),
    getFile: double.getFile,
    get platform() {
      return double.platform;
    },
  };
}

/**
 * A WordHost whose Word is an already loaded library (`Word`, `OfficeExtension` of a page) in front of the
 * double: for the preview, one line — `new OfficeNotaDocument(connectedHost(double, Word, OfficeExtension).host)`.
 */
export function connectedHost(
  double: WordDouble,
  word: typeof Word,
  ext: typeof OfficeExtension,
): { host: WordHost; traffic: Traffic } {
  const traffic = connectLibrary(ext, answerFrom(double));
  return { host: hostOver(double, word), traffic };
}
