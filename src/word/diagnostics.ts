/**
 * Diagnostics for a real Word (issue 17 §3): in a new, blank document, each probe does the one thing whose
 * outcome Microsoft does not document and the Word double therefore has as a switch (test/word-double/README.md),
 * and reads which way this Word went. Synthetic text only. The result, with the requirement sets and the
 * platform, is one JSON file to attach to an issue; `test/word/diagnostics.test.ts` holds every probe to the
 * double's own setting under both settings, so that a probe reads what it claims to.
 */
import type { WordHost } from "./adapter";
import { NotaWordError } from "./errors";

export const DIAGNOSTICS_FORMAT = "nota-assistent/word-diagnostics@1";
const TAG = "nota-diagnose";

/** What the probes found: a switch's name and the setting this Word has, or why it could not be probed. */
export type Findings = Record<string, string>;

export interface DiagnosticsReport {
  format: typeof DIAGNOSTICS_FORMAT;
  platform?: string;
  sets: Record<string, boolean>;
  findings: Findings;
}

const SETS: [string, string][] = [
  ["WordApi", "1.3"],
  ["WordApi", "1.4"],
  ["WordApi", "1.5"],
  ["WordApi", "1.6"],
  ["WordApi", "1.7"],
  ["WordApiDesktop", "1.2"],
  ["WordApiDesktop", "1.3"],
  ["CompressedFile", "1.1"],
];

type Probe = (host: WordHost) => Promise<string>;

/** A paragraph of synthetic text at the end of the body, wrapped in a control tagged `TAG`. */
async function controlledParagraph(host: WordHost, text: string): Promise<void> {
  await host.run(async (context) => {
    const p = context.document.body.insertParagraph(text, "End");
    const control = p.insertContentControl();
    control.tag = TAG;
    await context.sync();
  });
}

const PROBES: Record<string, Probe> = {
  /** Paragraph.insertParagraph "After" on a control's last paragraph: inside the control or outside it. */
  async edgeInsert(host) {
    await controlledParagraph(host, "Diagnose: rand");
    return host.run(async (context) => {
      const control = context.document.contentControls.getByTag(TAG).getFirst();
      const last = control.paragraphs.getFirst();
      const inserted = last.insertParagraph("Diagnose: erna", "After");
      const parent = inserted.parentContentControlOrNullObject.load("tag");
      await context.sync();
      return !parent.isNullObject && parent.tag === TAG ? "inside" : "outside";
    });
  },
  /** getByNamespace(...).items with nothing matching: [] or undefined. */
  async emptyScopedItems(host) {
    if (!host.isSetSupported("WordApi", "1.4")) return "not probed: no WordApi 1.4";
    return host.run(async (context) => {
      const parts = context.document.customXmlParts.getByNamespace("urn:nota-diagnose:none").load("items/id");
      await context.sync();
      return parts.items === undefined ? "undefined" : "array";
    });
  },
  /** ContentControl.text of a control that shows its placeholder: the placeholder's text or "". */
  async placeholderControlText(host) {
    await controlledParagraph(host, "Diagnose: leeg te maken");
    return host.run(async (context) => {
      const controls = context.document.contentControls.getByTag(TAG).load("items");
      await context.sync();
      const control = controls.items[controls.items.length - 1];
      control.insertText("", "Replace");
      control.load("text");
      await context.sync();
      return control.text === "" ? "empty" : "placeholder";
    });
  },
  /** context.sync() after the Word.run that made the context has ended. */
  async syncAfterRun(host) {
    const context = await host.run(async (c) => c);
    try {
      await context.sync();
      return "works";
    } catch {
      return "fails";
    }
  },
  /** Body.getOoxml() with the sections' w:sectPr, or without. */
  async bodyOoxmlSections(host) {
    return host.run(async (context) => {
      const ooxml = context.document.body.getOoxml();
      await context.sync();
      return ooxml.value.includes("<w:sectPr") ? "included" : "omitted";
    });
  },
  /** A non-breaking space typed as itself in search text: found or not. */
  async rawSpecialInSearch(host) {
    return host.run(async (context) => {
      const p = context.document.body.insertParagraph("Diagnose: artikel 5\u00a0lid 2", "End");
      const found = p.search("5\u00a0lid", { matchCase: true }).load("items");
      await context.sync();
      return (found.items ?? []).length ? "matches" : "misses";
    });
  },
  /** Reading a first-page header that the document does not have: none, or the batch fails. */
  async missingHeaderRead(host) {
    return host.run(async (context) => {
      context.document.sections.getFirst().getHeader("FirstPage").paragraphs.load("items/text");
      try {
        await context.sync();
        return "empty";
      } catch {
        return "throws";
      }
    });
  },
};

/** Runs every probe in this (blank) document; refuses a document with text. */
export async function runDiagnostics(
  host: WordHost,
  isEmpty: () => Promise<boolean>,
): Promise<DiagnosticsReport> {
  if (!(await isEmpty())) throw new NotaWordError("diagnostics-not-blank");
  const findings: Findings = {};
  for (const [name, probe] of Object.entries(PROBES)) {
    try {
      findings[name] = await probe(host);
    } catch (err) {
      findings[name] = `failed: ${(err as { code?: string }).code ?? (err as Error).message}`;
    }
  }
  return {
    format: DIAGNOSTICS_FORMAT,
    platform: host.platform,
    sets: Object.fromEntries(SETS.map(([n, v]) => [`${n} ${v}`, host.isSetSupported(n, v)])),
    findings,
  };
}

/** The recording format test/word-double/recording.ts replays: each request and the response it got. */
export const RECORDING_FORMAT = "nota-assistent/word-recording@1";

export interface TrafficRecording {
  format: typeof RECORDING_FORMAT;
  source: string;
  settings: { platform: string; sets: Record<string, number> };
  exchanges: { request: unknown; response: unknown }[];
}

interface Executor {
  executeAsync(
    customData: unknown,
    flags: number,
    message: { Body: unknown },
  ): Promise<{
    ErrorCode?: string | null;
    ErrorMessage?: string | null;
    Body?: { Error?: { Code: string; Message: string; Location?: string } } & Record<string, unknown>;
  }>;
}

/**
 * Records the library's traffic with this Word from now on: every request a `context.sync()` sends and the
 * response it gets, as the library's request executor sees them. This reaches into the library's internals
 * (ClientRequestContext's `_requestExecutor`, set on a context's first sync), which is why it lives only in the
 * diagnostics: the pane never calls it.
 */
export function recordTraffic(ext: typeof OfficeExtension): TrafficRecording["exchanges"] {
  const exchanges: TrafficRecording["exchanges"] = [];
  const prototype = (ext.ClientRequestContext as unknown as { prototype: object }).prototype;
  const wrap = (executor: Executor): Executor => ({
    executeAsync: (customData, flags, message) => {
      const request = JSON.parse(JSON.stringify(message.Body)) as unknown;
      return executor.executeAsync(customData, flags, message).then((response) => {
        const error = response.Body?.Error;
        exchanges.push({
          request,
          response: response.ErrorCode
            ? { ok: false, code: response.ErrorCode, message: response.ErrorMessage ?? "" }
            : error
              ? { ok: false, code: error.Code, message: error.Message, location: error.Location }
              : { ok: true, body: JSON.parse(JSON.stringify(response.Body ?? { Results: [] })) as unknown },
        });
        return response;
      });
    },
  });
  Object.defineProperty(prototype, "_requestExecutor", {
    configurable: true,
    get(this: { __recordedExecutor?: Executor }) {
      return this.__recordedExecutor;
    },
    set(this: { __recordedExecutor?: Executor }, executor: Executor | undefined) {
      this.__recordedExecutor = executor && wrap(executor);
    },
  });
  return exchanges;
}

/** The one file to attach to an issue: the probes' findings and the recorded traffic. */
export function diagnosticsFile(
  report: DiagnosticsReport,
  exchanges: TrafficRecording["exchanges"],
  source: string,
): string {
  const sets = Object.fromEntries(
    Object.entries(report.sets)
      .filter(([, on]) => on)
      .map(([key]) => key.split(" "))
      .reduce<[string, number][]>((acc, [name, version]) => {
        const known = acc.find(([n]) => n === name);
        if (known) known[1] = Math.max(known[1], Number(version));
        else acc.push([name, Number(version)]);
        return acc;
      }, []),
  );
  const recording: TrafficRecording = {
    format: RECORDING_FORMAT,
    source,
    settings: { platform: report.platform ?? "unknown", sets },
    exchanges,
  };
  return JSON.stringify({ report, recording }, null, 1);
}
