/**
 * A seeded, bounded fuzz test over the zip layer, the XML layer, profiles and the command line's arguments
 * (issue 9). Every case goes through the `nota` command in this process and must: exit with 0, 1 or 2; print no
 * stack trace and no raw parser text; give the same verdict when run again on the same bytes (and files). The generators
 * are makers (no binary fixtures); the seed is printed so that a failure can be replayed (FUZZ_SEED=…).
 */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { strToU8, unzipSync, zipSync } from "fflate";
import { runWith } from "../helpers/cli";
import { fixtureBytes } from "../helpers/fixtures";
import { rng, type Random } from "../helpers/rng";

const SEED = Number(process.env.FUZZ_SEED ?? 20261129);
const CASES_PER_LAYER = Number(process.env.FUZZ_CASES ?? 60);

const BASE = fixtureBytes("example-nota.docx");
const BASE_PARTS = unzipSync(BASE);
const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const dir = mkdtempSync(path.join(tmpdir(), "nota-fuzz-"));

/** Zip layer: bytes of a valid .docx, damaged. */
function zipCase(r: Random): Uint8Array {
  const d = new Uint8Array(BASE);
  switch (r.int(6)) {
    case 0: // flipped bytes anywhere
      for (let i = r.int(8) + 1; i > 0; i--) d[r.int(d.length)] ^= 1 << r.int(8);
      return d;
    case 1: // cut short
      return d.slice(0, r.int(d.length));
    case 2: // a slice repeated
      return new Uint8Array([...d, ...d.slice(r.int(d.length))]);
    case 3: // random bytes with a zip signature
      return new Uint8Array([0x50, 0x4b, ...Array.from({ length: r.int(2000) }, () => r.int(256))]);
    case 4: // flipped bytes in the last kilobyte (the directory)
      for (let i = r.int(4) + 1; i > 0; i--) d[d.length - 1 - r.int(1024)] ^= 1 << r.int(8);
      return d;
    default:
      return new Uint8Array(0);
  }
}

const PIECES = [
  "<w:p>",
  "</w:p>",
  "<w:r><w:t>",
  "</w:t></w:r>",
  "<![CDATA[Aanleiding]]>",
  "&amp;",
  "&#x1B;",
  "&#xFFFF;",
  "<!DOCTYPE x>",
  '<w:sdt><w:sdtPr><w:tag w:val="nota:woo:5.1.2e"/></w:sdtPr><w:sdtContent>',
  "</w:sdtContent></w:sdt>",
  "Aan: MOCW (via SOCW)",
  "blz. 2, 6 en 7",
  "🎉",
  "\u0000",
  "<w:tbl><w:tr><w:tc>",
  "</w:tc></w:tr></w:tbl>",
];

/** XML layer: a valid package whose document.xml is built from pieces, or deep, or long. */
function xmlCase(r: Random): Uint8Array {
  let body: string;
  switch (r.int(4)) {
    case 0:
      body = Array.from({ length: r.int(60) }, () => r.pick(PIECES)).join("");
      break;
    case 1:
      body = `<w:p>${"<w:r>".repeat(r.int(2000))}</w:p>`;
      break;
    case 2:
      body = `<w:p><w:r><w:t>${"x ".repeat(r.int(200_000))}</w:t></w:r></w:p>`;
      break;
    default:
      body = "<w:p/>".repeat(r.int(20_000));
  }
  const files = {
    ...BASE_PARTS,
    "word/document.xml": strToU8(`<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`),
  };
  return zipSync(files);
}

const PROFILE_VALUES = [
  '"^(a+)+$"',
  '"\\\\d{8}"',
  "null",
  "42",
  "[]",
  "{}",
  '{"oficial":"SOCW"}',
  '{"fields":{"van":"5.1.2e"}}',
  '"\\u001b[2J"',
  '{"error":"x"}',
];
const PROFILE_KEYS = [
  "referencePattern",
  "emancipation",
  "severities",
  "woo",
  "officials",
  "typo",
  "directorates",
];

/** Profiles: small JSON objects of known and unknown keys, with and without a byte-order mark. */
function profileCase(r: Random): string {
  const entries = Array.from(
    { length: r.int(4) },
    () => `"${r.pick(PROFILE_KEYS)}": ${r.pick(PROFILE_VALUES)}`,
  );
  const json = `{${entries.join(", ")}}`;
  return r.int(3) === 0 ? `\uFEFF${json}` : r.int(5) === 0 ? json.slice(0, r.int(json.length)) : json;
}

const ARGS = [
  "--format",
  "json",
  "text",
  "xml",
  "--lang",
  "en",
  "nl",
  "--profile",
  "--letter",
  "--out",
  "--force",
  "--",
  "-x",
  "--help",
];

/** Command line: a command and a few arguments, some of them files. */
function argsCase(r: Random, file: string): string[] {
  const command = r.pick(["check", "passages", "adopt", "publish", "template", "nonsense"]);
  const args = Array.from({ length: r.int(5) }, () => (r.int(3) === 0 ? file : r.pick(ARGS)));
  return [command, ...args];
}

const STACK =
  /\n\s+at .+[:(]\d+:\d+\)?|^\s*at Object\.|TypeError|RangeError|ReferenceError|Maximum call stack/m;
const PARSER_TEXT =
  /unexpected|close tag|undefined entity|text data outside|saxes|invalid character|\d+:\d+: |\[object Object\]|\bundefined\b|\bE[A-Z]{3,}\b/;
/** "null" is JSON's own word; in text output it is a leak of a missing value. */
const NULL_IN_TEXT = /\bnull\b/;

/** One case: through the command twice; the same verdict, a known exit, no trace, no parser text. */
let slowest = { ms: 0, args: [] as string[] };
async function exercise(args: string[], between: () => void = () => undefined) {
  const started = performance.now();
  const first = await runWith(args);
  const ms = performance.now() - started;
  if (ms > slowest.ms) slowest = { ms, args };
  between();
  const second = await runWith(args);
  expect({ args, known: [0, 1, 2].includes(first.code) }).toEqual({ args, known: true });
  expect({ args, trace: STACK.test(first.all) }).toEqual({ args, trace: false });
  expect({ args, parser: PARSER_TEXT.test(first.all) }).toEqual({ args, parser: false });
  if (!args.includes("json"))
    expect({ args, nullText: NULL_IN_TEXT.test(first.all) }).toEqual({ args, nullText: false });
  // Same bytes, same verdict (the temporary file name of --out aside).
  expect(second.code).toBe(first.code);
  return first.code;
}

const verdicts: Record<string, Record<number, number>> = {};
let peakRss = 0;
const count = (layer: string, code: number) => {
  verdicts[layer] ??= {};
  verdicts[layer][code] = (verdicts[layer][code] ?? 0) + 1;
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};

describe(`fuzz (seed ${SEED}, ${CASES_PER_LAYER} cases a layer)`, () => {
  const r = rng(SEED);

  // Bounded: each layer well within a minute on this machine (the figures are printed below).
  jest.setTimeout(40_000);

  test("zip layer: check, check --letter and passages agree", async () => {
    for (let i = 0; i < CASES_PER_LAYER; i++) {
      const file = path.join(dir, `zip-${i}.docx`);
      writeFileSync(file, zipCase(r));
      const check = await exercise(["check", file]);
      const passages = await exercise(["passages", file]);
      const letter = await exercise(["check", path.join(dir, "..", "..", "x"), "--letter", file]);
      count("zip", check);
      // A file is usable or not, whatever the role (a missing nota makes --letter's run 2 anyway).
      expect(passages === 2).toBe(check === 2);
      void letter;
    }
  });

  test("XML layer", async () => {
    for (let i = 0; i < CASES_PER_LAYER; i++) {
      const file = path.join(dir, `xml-${i}.docx`);
      writeFileSync(file, xmlCase(r));
      count("xml", await exercise(["check", file, "--format", "json"]));
    }
  });

  test("profiles", async () => {
    for (let i = 0; i < CASES_PER_LAYER; i++) {
      const file = path.join(dir, `profile-${i}.json`);
      writeFileSync(file, profileCase(r));
      count(
        "profile",
        await exercise([
          "check",
          path.join(__dirname, "..", "fixtures", "docx", "example-nota.docx"),
          "--profile",
          file,
        ]),
      );
    }
  });

  test("command-line arguments", async () => {
    const nota = path.join(__dirname, "..", "fixtures", "docx", "example-nota.docx");
    for (let i = 0; i < CASES_PER_LAYER; i++) {
      const out = path.join(dir, `out-${i}`);
      const args = argsCase(r, nota).map((a) => (a === "--out" ? `--out=${out}` : a));
      // What the first run wrote is taken away: the second run meets the same situation.
      count("args", await exercise(args, () => rmSync(out, { force: true })));
    }
  });

  afterAll(() => {
    // The figures for the closing note: cases per verdict, and the largest resident memory seen.
    console.log(
      `fuzz seed ${SEED}: verdicts ${JSON.stringify(verdicts)}; peak RSS ${Math.round(peakRss / 1024 / 1024)} MB; ` +
        `slowest case ${Math.round(slowest.ms)} ms (${slowest.args.map((a) => path.basename(a)).join(" ")})`,
    );
  });
});
