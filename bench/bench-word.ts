/**
 * The Word side of `npm run bench`: readSnapshot + parse + checks through the adapter on the Word double, and
 * the template insertion. The double does not simulate the network round trip of a sync, so the figures are
 * the add-in's own work; the sync counts are what costs time in real Word.
 */
import { OfficeNotaDocument } from "../src/word/adapter";
import { checkNota } from "../src/checks/engine";
import { WordDocumentModel, WordDouble } from "../test/word-double";
import { syntheticNota } from "./synthetic";
import type { Row } from "./bench";

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];

async function time(fn: () => Promise<void>, runs: number, warmup = 2): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(times);
}

export async function wordRows(): Promise<{ rows: Row[]; syncs: string[] }> {
  const rows: Row[] = [];
  const syncs: string[] = [];
  for (const size of [1_000, 10_000]) {
    const double = new WordDouble(WordDocumentModel.fromSnapshot(syntheticNota(size)));
    const doc = new OfficeNotaDocument(double);
    const before = double.syncCount;
    await doc.readSnapshot();
    syncs.push(`readSnapshot at ${size.toLocaleString("en")} paragraphs: ${double.syncCount - before} syncs`);
    const ms = await time(async () => {
      checkNota(await doc.readSnapshot());
    }, 11);
    rows.push({ what: "Word double: readSnapshot + parse + checks", size, ms });
  }
  const empty = () =>
    WordDocumentModel.fromSnapshot({
      paragraphs: [],
      customXmlParts: [],
      properties: {},
      pageSource: "none",
    });
  let insertSyncs = 0;
  const ms = await time(async () => {
    const double = new WordDouble(empty());
    await new OfficeNotaDocument(double).insertTemplate({}, "start");
    insertSyncs = double.syncCount;
  }, 21);
  rows.push({ what: "Word double: insert template", size: 29, ms });
  syncs.push(`template insertion: ${insertSyncs} sync`);
  return { rows, syncs };
}
