/**
 * npm run bench: parse + all checks of synthetic notas (with their letter), and reading .docx files, at
 * 1,000, 10,000 and 100,000 paragraphs. Prints ms per run (median after warm-up) and paragraphs per second.
 * Target: parse + all checks of 10,000 paragraphs under 50 ms, cost growing linearly with size.
 */
import { cpus } from "os";
import { checkNota } from "../src/checks/engine";
import { parseNota } from "../src/nota/parser";
import { readDocx } from "../src/docx/reader";
import { writeDocx } from "../src/docx/writer";
import { TEMPLATE_STYLES_XML } from "../src/docx/ooxml-template";
import { syntheticDocumentXml, syntheticLetter, syntheticNota } from "./synthetic";
import { librarySeamLines, wordRows } from "./bench-word";

const SIZES = [1_000, 10_000, 100_000];

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Runs `fn` until warm, then `runs` times; returns the median in ms. */
export function measure(fn: () => void, runs: number, warmup = 3): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(times);
}

export interface Row {
  what: string;
  size: number;
  ms: number;
}

export function printTable(rows: Row[]): void {
  const header = ["what", "paragraphs", "ms (median)", "paragraphs/s", "µs/paragraph"];
  const lines = rows.map((r) => [
    r.what,
    r.size.toLocaleString("en"),
    r.ms.toFixed(2),
    Math.round((r.size / r.ms) * 1000).toLocaleString("en"),
    ((r.ms * 1000) / r.size).toFixed(2),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  console.log(fmt(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const l of lines) console.log(fmt(l));
}

/** Growth from the smallest to the largest size, per paragraph: about 1 means linear. */
export function growth(rows: Row[], what: string): string {
  const r = rows.filter((x) => x.what === what);
  const first = r[0];
  const last = r[r.length - 1];
  return (last.ms / last.size / (first.ms / first.size)).toFixed(2);
}

/** Size in bytes of the generated .docx per paragraph count. */
export const docxSizes = new Map<number, number>();

export function coreRows(): Row[] {
  const rows: Row[] = [];
  for (const size of SIZES) {
    const nota = syntheticNota(size);
    const letter = syntheticLetter(size);
    const runs = size >= 100_000 ? 7 : 21;
    rows.push({ what: "parse", size, ms: measure(() => parseNota(nota), runs) });
    rows.push({ what: "parse + checks", size, ms: measure(() => checkNota(nota), runs) });
    const unrouted = syntheticNota(size, { routed: false });
    rows.push({ what: "parse + checks, nota searched", size, ms: measure(() => checkNota(unrouted), runs) });
    rows.push({
      what: "parse + checks + letter",
      size,
      // A new letter object each run: the engine caches a letter's passages, and this row counts finding them.
      ms: measure(() => checkNota(nota, { letter: { ...letter } }), runs),
    });
    const docx = writeDocx({ documentXml: syntheticDocumentXml(nota), stylesXml: TEMPLATE_STYLES_XML });
    docxSizes.set(size, docx.length);
    rows.push({ what: "read .docx", size, ms: measure(() => readDocx(docx), size >= 100_000 ? 5 : 11, 2) });
  }
  return rows;
}

async function main() {
  console.log(`Node ${process.version}, ${cpus().length} cores (${cpus()[0].model})\n`);
  const rows = coreRows();
  const word = await wordRows();
  rows.push(...word.rows);
  printTable(rows);
  console.log("");
  console.log(
    `.docx sizes: ${[...docxSizes].map(([n, bytes]) => `${n.toLocaleString("en")} paragraphs = ${Math.round(bytes / 1024)} KB`).join(", ")}`,
  );
  for (const what of [
    "parse",
    "parse + checks",
    "parse + checks, nota searched",
    "parse + checks + letter",
    "read .docx",
  ]) {
    console.log(`${what}: cost per paragraph at 100,000 ÷ at 1,000 = ${growth(rows, what)} (1 = linear)`);
  }
  for (const [what, limit] of [
    ["parse + checks", 50],
    ["parse + checks, nota searched", 20],
  ] as const) {
    const target = rows.find((r) => r.what === what && r.size === 10_000)!;
    console.log(`\n${what}, 10,000 paragraphs: ${target.ms.toFixed(1)} ms (target: < ${limit} ms)`);
  }
  for (const line of word.syncs) console.log(line);
  for (const line of await librarySeamLines()) console.log(line);
}

if (require.main === module) void main();
