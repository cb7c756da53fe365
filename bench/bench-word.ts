/**
 * The Word side of `npm run bench`: readSnapshot + parse + checks through the adapter on the Word double, and
 * the template insertion. The double does not simulate the network round trip of a sync, so the figures are
 * the add-in's own work; the sync counts are what costs time in real Word.
 */
import { OfficeNotaDocument } from "../src/word/adapter";
import { checkNota } from "../src/checks/engine";
import { WordDocumentModel, WordDouble } from "../test/word-double";
import { syntheticDocumentXml, syntheticNota } from "./synthetic";
import { buildTemplateDocx } from "../src/docx/template-docx";
import { readDocumentXml } from "../src/docx/reader";
import type { Row } from "./bench";

const kb = (s: string) => Math.round(new TextEncoder().encode(s).length / 1024);
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

/** A template nota of about `size` paragraphs: the template's tagged controls, then the synthetic text. */
function templateNota(size: number): WordDocumentModel {
  const model = WordDocumentModel.fromDocx(buildTemplateDocx());
  const text = WordDocumentModel.fromSnapshot(syntheticNota(size - model.paragraphs.length));
  model.paragraphs.push(...text.paragraphs);
  return model;
}

export async function wordRows(): Promise<{ rows: Row[]; syncs: string[] }> {
  const rows: Row[] = [];
  const syncs: string[] = [];
  for (const size of [1_000, 10_000]) {
    for (const [kind, model] of [
      ["free-form", WordDocumentModel.fromSnapshot(syntheticNota(size))],
      ["template", templateNota(size)],
    ] as const) {
      const double = new WordDouble(model);
      const doc = new OfficeNotaDocument(double);
      const before = double.syncCount;
      await doc.readSnapshot();
      syncs.push(
        `readSnapshot, ${kind} nota, ${size.toLocaleString("en")} paragraphs: ${double.syncCount - before} syncs`,
      );
      rows.push({
        what: `Word double: readSnapshot, ${kind}`,
        size,
        ms: await time(() => doc.readSnapshot().then(() => undefined), 11),
      });
    }
    const double = new WordDouble(WordDocumentModel.fromSnapshot(syntheticNota(size)));
    const doc = new OfficeNotaDocument(double);
    const ms = await time(async () => {
      checkNota(await doc.readSnapshot());
    }, 11);
    rows.push({ what: "Word double: readSnapshot + parse + checks", size, ms });
    // The road not taken: Word's OOXML of the whole body as the one source, read by src/docx. What it costs
    // here is the parse; what Word would send is its size (the proxies send only the properties loaded).
    const xml = syntheticDocumentXml(syntheticNota(size));
    rows.push({
      what: "body OOXML → src/docx reader (parse only)",
      size,
      ms: await time(async () => void readDocumentXml(xml), 11),
    });
    const loaded = syntheticNota(size).paragraphs.map((p) => ({
      text: p.text,
      style: p.style?.name ?? "Normal",
      styleBuiltIn: p.style?.builtIn ?? "Normal",
      outlineLevel: p.outlineLevel ?? 10,
      isListItem: p.isListItem,
      tableNestingLevel: p.tableDepth,
      font: { bold: p.bold ?? false },
    }));
    syncs.push(
      `payload at ${size.toLocaleString("en")} paragraphs: paragraph properties as JSON ${kb(JSON.stringify(loaded))} KB; ` +
        `the body's document.xml alone ${kb(xml)} KB (Word's getOoxml adds styles, numbering, fonts, theme)`,
    );
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

/**
 * Reading a nota through Microsoft's own library (word-web-16.00.js in jsdom) with the double behind it: the
 * requests and responses as they cross the library's seam, counted and measured in bytes.
 */
export async function librarySeamLines(): Promise<string[]> {
  const { libraryHost } = await import("../test/word-double/library");
  const { FLOOR_SETS } = await import("../test/word-double");
  const lines: string[] = [];
  for (const size of [1_000, 10_000, 30_000]) {
    const double = new WordDouble(WordDocumentModel.fromSnapshot(syntheticNota(size)), FLOOR_SETS);
    const { host, library } = libraryHost(double, "minified");
    await new OfficeNotaDocument(host).readSnapshot();
    const t = library.traffic;
    const sum = (k: "request" | "response") => t.reduce((n, x) => n + x[k], 0);
    const most = (k: "request" | "response") => Math.max(...t.map((x) => x[k]));
    lines.push(
      `library seam, readSnapshot at ${size.toLocaleString("en")} paragraphs: ${t.length} syncs; ` +
        `requests ${Math.round(sum("request") / 1024)} KB (largest ${Math.round(most("request") / 1024)} KB), ` +
        `responses ${Math.round(sum("response") / 1024)} KB (largest ${Math.round(most("response") / 1024)} KB; ` +
        `Office on the web's limit 5 MB)`,
    );
    library.close();
  }
  return lines;
}
