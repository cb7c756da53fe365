/**
 * Recordings of the traffic between Microsoft's library and a Word: every request the library sent and the
 * response it got, with the settings of that Word. Made here from the double (through test/word-double/host.ts);
 * the same format is what a diagnostics run in a real Word is to produce (issue 17 §3), so that a real Word's
 * answers replay as a test against the library and the adapter. Synthetic text only, never a document's.
 */
import type { Answer, LibraryRequest, LibraryResponse } from "./connect";
import { LibraryVariant, loadWordLibrary } from "./library";
import { answerFrom } from "./host";
import type { WordDouble } from "./office";
import type { WordHost } from "../../src/word/adapter";

export const RECORDING_FORMAT = "nota-assistent/word-recording@1";

export interface Recording {
  format: typeof RECORDING_FORMAT;
  /** Where it was made: "word-double", or the Word that answered (Office.context.diagnostics). */
  source: string;
  /** The requirement sets and platform of that Word, and (for the double) the switches it was set to. */
  settings: { platform: string; sets: Record<string, number>; behaviour?: Record<string, string> };
  exchanges: { request: LibraryRequest; response: LibraryResponse }[];
}

const hostOf = (library: ReturnType<typeof loadWordLibrary>, isSetSupported: WordHost["isSetSupported"]) =>
  ({
    run: library.Word.run as unknown as WordHost["run"],
    isSetSupported,
    getFile: () => Promise.reject(new Error("no file in a recording")),
  }) satisfies WordHost;

/** Runs `operation` with the adapter on Microsoft's library in front of the double, recording the traffic. */
export async function record(
  double: WordDouble,
  operation: (host: WordHost) => Promise<unknown>,
  variant: LibraryVariant = "debug",
): Promise<Recording> {
  const answer = answerFrom(double);
  const exchanges: Recording["exchanges"] = [];
  const recording: Answer = (request) => {
    const response = answer(request);
    exchanges.push({ request, response: JSON.parse(JSON.stringify(response)) as LibraryResponse });
    return response;
  };
  const library = loadWordLibrary(recording, variant);
  try {
    await operation(hostOf(library, double.isSetSupported));
  } finally {
    library.close();
  }
  return {
    format: RECORDING_FORMAT,
    source: "word-double",
    settings: {
      platform: double.platform,
      sets: { ...double.sets },
      behaviour: { ...double.behaviour } as unknown as Record<string, string>,
    },
    exchanges,
  };
}

export class ReplayMismatch extends Error {
  constructor(readonly index: number) {
    super(`request ${index} differs from the recording`);
  }
}

/**
 * Runs `operation` against the recorded answers: each request the library sends must be the recorded one
 * (else ReplayMismatch), and gets the recorded response.
 */
export async function replay<T>(
  recording: Recording,
  operation: (host: WordHost) => Promise<T>,
  variant: LibraryVariant = "debug",
): Promise<T> {
  if (recording.format !== RECORDING_FORMAT) throw new Error(`not a recording: ${String(recording.format)}`);
  let next = 0;
  let mismatch: ReplayMismatch | undefined;
  const answer: Answer = (request) => {
    const exchange = recording.exchanges[next];
    if (!exchange || JSON.stringify(exchange.request) !== JSON.stringify(request)) {
      mismatch ??= new ReplayMismatch(next);
      return { ok: false, code: "GeneralException", message: mismatch.message };
    }
    next++;
    return JSON.parse(JSON.stringify(exchange.response)) as LibraryResponse;
  };
  const library = loadWordLibrary(answer, variant);
  const sets = recording.settings.sets;
  try {
    const result = await operation(
      hostOf(library, (name, version) => (sets[name] ?? 0) >= Number(version)),
    ).catch((err: unknown) => {
      throw mismatch ?? err;
    });
    if (mismatch) throw mismatch;
    if (next !== recording.exchanges.length) throw new ReplayMismatch(next);
    return result;
  } finally {
    library.close();
  }
}
