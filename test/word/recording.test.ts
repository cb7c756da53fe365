/**
 * A recording of the traffic between Microsoft's library and a Word replays as a test: made here from the
 * double, it holds the format a real Word's recording will have (test/word-double/recording.ts).
 */
import { OfficeNotaDocument } from "../../src/word/adapter";
import { FLOOR_SETS, WordDocumentModel, WordDouble } from "../word-double";
import { RECORDING_FORMAT, Recording, ReplayMismatch, record, replay } from "../word-double/recording";
import { notaSnapshot } from "../helpers/snapshots";
import type { WordHost } from "../../src/word/adapter";

const readAndWrite = async (host: WordHost) => {
  const doc = new OfficeNotaDocument(host);
  const snapshot = await doc.readSnapshot();
  await doc.goTo({ paragraph: 1, text: snapshot.paragraphs[1].text });
  return snapshot;
};

test("a recording made from the double replays against the library and the adapter, minified as debug", async () => {
  const double = new WordDouble(WordDocumentModel.fromSnapshot(notaSnapshot()), FLOOR_SETS);
  let expected: unknown;
  const recording: Recording = JSON.parse(
    JSON.stringify(await record(double, async (host) => (expected = await readAndWrite(host)))),
  );
  expect(recording.format).toBe(RECORDING_FORMAT);
  expect(recording.exchanges.length).toBeGreaterThan(1);
  expect(recording.settings).toMatchObject({ platform: "desktop", sets: FLOOR_SETS });
  // The text in a recording is the synthetic nota's only.
  expect(await replay(recording, readAndWrite, "minified")).toEqual(expected);
});

test("a different operation does not replay: the request that differs is named", async () => {
  const double = new WordDouble(WordDocumentModel.fromSnapshot(notaSnapshot()), FLOOR_SETS);
  const recording = await record(double, readAndWrite);
  const error = await replay(recording, async (host) => new OfficeNotaDocument(host).isEmpty()).catch(
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ReplayMismatch);
  expect((error as ReplayMismatch).index).toBe(0);
});
