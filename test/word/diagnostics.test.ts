/**
 * The diagnostics a real Word runs (src/word/diagnostics.ts), held to the double: under either setting of every
 * switch they probe, they read the setting the double has; their traffic through Microsoft's library records and
 * replays in the recording format.
 */
import { OfficeNotaDocument, WordHost } from "../../src/word/adapter";
import {
  DIAGNOSTICS_FORMAT,
  diagnosticsFile,
  recordTraffic,
  runDiagnostics,
} from "../../src/word/diagnostics";
import { loadWordLibrary } from "../word-double/library";
import { answerFrom } from "../word-double/host";
import { ALL_SETS, BEHAVIOURS, FLOOR_SETS, WordDocumentModel, WordDouble } from "../word-double";
import { Recording, record, replay } from "../word-double/recording";
import { snapshotOf } from "../helpers/snapshots";

const blank = () => WordDocumentModel.fromSnapshot(snapshotOf([]));

test.each(["a", "b"] as const)("behaviour %s: every probe reads the double's own setting", async (mode) => {
  const double = new WordDouble(blank(), ALL_SETS, BEHAVIOURS[mode]);
  const doc = new OfficeNotaDocument(double);
  const report = await runDiagnostics(double, () => doc.isEmpty());
  expect(report.format).toBe(DIAGNOSTICS_FORMAT);
  for (const [name, found] of Object.entries(report.findings))
    expect([name, found]).toEqual([name, BEHAVIOURS[mode][name as keyof (typeof BEHAVIOURS)["a"]]]);
  expect(Object.keys(report.findings).length).toBeGreaterThanOrEqual(7);
  expect(report.sets).toMatchObject({ "WordApi 1.6": true, "WordApi 1.7": false });
});

test("a document with text is refused: the diagnostics write into it", async () => {
  const double = new WordDouble(WordDocumentModel.fromSnapshot(snapshotOf(["Een echte nota."])));
  const doc = new OfficeNotaDocument(double);
  await expect(runDiagnostics(double, () => doc.isEmpty())).rejects.toMatchObject({
    code: "diagnostics-not-blank",
  });
  expect(double.model.paragraphs.map((p) => p.text)).toEqual(["Een echte nota."]);
});

test("the diagnostics' traffic through Microsoft's library records and replays", async () => {
  const double = new WordDouble(blank(), FLOOR_SETS);
  const diagnose = (host: Parameters<typeof runDiagnostics>[0]) =>
    runDiagnostics(host, () => new OfficeNotaDocument(host).isEmpty());
  let expected: unknown;
  const recording = await record(double, async (host) => (expected = (await diagnose(host)).findings));
  const replayed = await replay(
    JSON.parse(JSON.stringify(recording)),
    async (host) => (await diagnose(host)).findings,
  );
  expect(replayed).toEqual(expected);
});

test("the page's own recorder (recordTraffic) writes a file whose recording replays", async () => {
  const double = new WordDouble(blank(), FLOOR_SETS);
  const library = loadWordLibrary(answerFrom(double));
  const exchanges = recordTraffic(library.OfficeExtension);
  const host: WordHost = {
    run: library.Word.run as unknown as WordHost["run"],
    isSetSupported: double.isSetSupported,
    getFile: double.getFile,
  };
  const report = await runDiagnostics(host, () => new OfficeNotaDocument(host).isEmpty());
  library.close();
  const file = JSON.parse(diagnosticsFile(report, exchanges, "word-double")) as {
    report: typeof report;
    recording: Recording;
  };
  expect(file.recording.exchanges.length).toBeGreaterThan(5);
  const replayed = await replay(
    file.recording,
    async (h) => (await runDiagnostics(h, () => new OfficeNotaDocument(h).isEmpty())).findings,
  );
  expect(replayed).toEqual(file.report.findings);
});
