/**
 * A seeded, bounded fuzz test over adopt, profiles, output paths and the report (issue 16). Every case runs the
 * command as it ships in a child process of its own (test/helpers/child-cli.ts), with its peak resident memory
 * and wall time held to the README's bounds, and must: exit with 0, 1 or 2; print no stack trace and no raw
 * control character; never change its input; and where adopt writes a copy, keep every paragraph's text. The
 * seed is printed so that a failure can be replayed (FUZZ_SEED=…).
 */
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync, existsSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { readDocx } from "../../src/docx/reader";
import { buildCli, runCli, type Measured } from "../helpers/child-cli";
import { fixtureBytes } from "../helpers/fixtures";
import { rng, type Random } from "../helpers/rng";

const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const CASES = Number(process.env.FUZZ_CASES ?? 10);
const BOUNDS = { residentMb: 512, seconds: 60 };

const dir = mkdtempSync(path.join(tmpdir(), "nota-fuzz-commands-"));
const built = path.join(dir, "cli");
const NOTA = fixtureBytes("example-nota.docx");
// eslint-disable-next-line no-control-regex -- what must never reach the terminal raw
const RAW = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
const STACK =
  /\n\s+at .+[:(]\d+:\d+\)?|TypeError|RangeError|ReferenceError|Maximum call stack|heap out of memory/;

const figures: Record<
  string,
  { cases: number; peakMb: number; slowest: number; exits: Record<number, number> }
> = {};

function held(layer: string, m: Measured, what: string): void {
  const f = (figures[layer] ??= { cases: 0, peakMb: 0, slowest: 0, exits: {} });
  f.cases++;
  f.peakMb = Math.max(f.peakMb, m.residentMb);
  f.slowest = Math.max(f.slowest, m.cpuSeconds);
  f.exits[m.code] = (f.exits[m.code] ?? 0) + 1;
  const text = `${m.out}\n${m.err}`;
  expect({ what, known: [0, 1, 2].includes(m.code) }).toEqual({ what, known: true });
  expect({ what, trace: STACK.test(text) }).toEqual({ what, trace: false });
  expect({ what, raw: RAW.test(text.replace(/\n/g, " ")) }).toEqual({ what, raw: false });
  expect({ what, memory: m.residentMb < BOUNDS.residentMb }).toEqual({ what, memory: true });
  expect({ what, time: m.cpuSeconds < BOUNDS.seconds }).toEqual({ what, time: true });
}

const PIECES = [
  "<w:p><w:r><w:t>Aanvullende alinea.</w:t></w:r></w:p>",
  '<w:sdt><w:sdtPr><w:tag w:val="nota:block:aanleiding"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>In een control.</w:t></w:r></w:p></w:sdtContent></w:sdt>',
  '<w:p><w:sdt><w:sdtPr><w:tag w:val="x"/></w:sdtPr><w:sdtContent><w:r><w:t>inline</w:t></w:r></w:sdtContent></w:sdt></w:p>',
  "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>cel</w:t></w:r></w:p></w:tc></w:tr></w:tbl>",
  '<w:p><w:ins w:id="1" w:author="a"><w:r><w:t>ingevoegd</w:t></w:r></w:ins><w:del w:id="2" w:author="a"><w:r><w:delText>weg</w:delText></w:r></w:del></w:p>',
  "<w:p><w:r><w:t>\u0085\u009b\u007f</w:t></w:r></w:p>",
  "<w:p/>",
  '<w:p><w:pPr><w:pStyle w:val="Heading3"/></w:pPr><w:r><w:t>Advies</w:t></w:r></w:p>',
];

/** A nota with pieces inserted at random paragraph ends, its namespace form changed now and then. */
function notaCase(r: Random): Uint8Array {
  const parts = unzipSync(NOTA);
  let xml = strFromU8(parts["word/document.xml"]);
  for (let i = r.int(12); i > 0; i--) {
    const ends = [...xml.matchAll(/<\/w:p>/g)].map((m) => m.index! + 6);
    const at = r.pick(ends.slice(1, -1));
    xml =
      xml.slice(0, at) + Array.from({ length: r.int(40) + 1 }, () => r.pick(PIECES)).join("") + xml.slice(at);
  }
  const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  if (r.int(3) === 0)
    xml = xml.replace(`xmlns:w="${W}"`, `xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"`);
  if (r.int(3) === 0)
    xml = xml.replace(`xmlns:w="${W}"`, `xmlns:w='${W}'`).replace("<w:document ", "<!-- > --><w:document ");
  parts["word/document.xml"] = strToU8(xml);
  return zipSync(parts);
}

const PATTERNS = [
  "^(a?a?)+$",
  "(a|aa)*b",
  "\\d*\\d*\\d*x",
  "^([a-z]+)*$",
  "(?<!x)y",
  "(a)\\1",
  "[",
  "x{1,5000}",
  "^\\d{8}$",
];
const PROFILE_KEYS = [
  "referencePattern",
  "referenceExample",
  "emancipation",
  "severities",
  "officials",
  "typo",
];
function profileCase(r: Random): string {
  const value = (key: string): unknown => {
    if (key === "referencePattern")
      return r.pick(PATTERNS) + (r.int(4) === 0 ? "a".repeat(r.int(20_000)) : "");
    if (key === "emancipation")
      return {
        lexicon: Array.from({ length: r.int(4) + 1 }, (_, i) => ({
          topic: r.pick(["t", "constructor", "__proto__", `t${i}`]),
          terms: [`/${r.pick(PATTERNS)}/`, r.pick(["vrouw*", "(?<n>x)", "/(?<n>a)/", "*gelijk*"])],
        })),
      };
    if (key === "severities")
      return { [r.pick(["afstemming", "toString", "x"])]: r.pick(["off", "info", "loud"]) };
    return r.pick(["x", 1, null, [], {}]);
  };
  const keys = Array.from({ length: r.int(3) + 1 }, () => r.pick(PROFILE_KEYS));
  return JSON.stringify(Object.fromEntries(keys.map((k) => [k, value(k)])));
}

const NAME_BITS = [
  "nota",
  "\n",
  "\u001b[2J",
  "\u0085",
  "\u009b",
  "\u007f",
  " ",
  "é",
  "..",
  "-",
  "x".repeat(120),
];

describe(`fuzz over the commands, each case in a child process (seed ${SEED}, ${CASES} cases a layer)`, () => {
  const r = rng(SEED);
  beforeAll(() => buildCli(built), 180_000);
  jest.setTimeout(10 * 60_000);

  test("adopt: a copy with the same texts, or a sentence; adopting the copy again wraps nothing", () => {
    for (let i = 0; i < CASES; i++) {
      const file = path.join(dir, `adopt-${i}.docx`);
      const out = path.join(dir, `adopt-${i}-out.docx`);
      const bytes = notaCase(r);
      writeFileSync(file, bytes);
      const m = runCli(built, ["adopt", file, "--out", out]);
      held("adopt", m, `adopt case ${i}`);
      expect(readFileSync(file).equals(Buffer.from(bytes))).toBe(true);
      if (m.code !== 0) continue;
      const texts = (b: Uint8Array) => readDocx(b).paragraphs.map((p) => p.text);
      const copy = new Uint8Array(readFileSync(out));
      expect({ i, same: JSON.stringify(texts(copy)) === JSON.stringify(texts(bytes)) }).toEqual({
        i,
        same: true,
      });
      const again = runCli(built, ["adopt", out, "--out", `${out}.again.docx`]);
      held("adopt", again, `adopt case ${i}, again`);
      expect(again.out).toMatch(/Niets te koppelen/);
    }
  });

  test("profiles: loaded or refused with a sentence, the check within bounds", () => {
    const nota = path.join(dir, "nota.docx");
    writeFileSync(nota, NOTA);
    for (let i = 0; i < CASES; i++) {
      const file = path.join(dir, `profile-${i}.json`);
      writeFileSync(file, profileCase(r));
      const m = runCli(built, ["check", nota, "--profile", file, "--format", r.pick(["text", "json"])]);
      held("profiles", m, `profile case ${i}: ${readFileSync(file, "utf8").slice(0, 200)}`);
      if (m.code === 2) expect(m.err).toMatch(/profiel/);
    }
  });

  test("output paths: odd names, links to the input, long names; the input never replaced", () => {
    for (let i = 0; i < CASES; i++) {
      const d = path.join(dir, `paths-${i}`);
      mkdirSync(d);
      const input = path.join(d, "in.docx");
      writeFileSync(input, NOTA);
      const kind = r.int(4);
      let out: string;
      if (kind === 0) {
        symlinkSync(d, path.join(d, "link"));
        out = path.join(d, "link", "in.docx");
      } else if (kind === 1) {
        out = path.join("/proc/self/cwd", path.relative(d, input));
      } else {
        out = path.join(
          d,
          Array.from({ length: r.int(4) + 1 }, () => r.pick(NAME_BITS))
            .join("")
            .slice(0, 250),
        );
      }
      const command = r.pick(["adopt", "publish", "check"]);
      const args =
        command === "check"
          ? ["check", input, "--format", "json", "--out", out, "--force"]
          : [command, input, "--out", out, "--force"];
      const m = runCli(built, args, { cwd: d });
      held("output paths", m, `paths case ${i}: ${JSON.stringify(args)}`);
      expect(readFileSync(input).equals(Buffer.from(NOTA))).toBe(true);
      if (kind < 2) expect(m.err).toMatch(/--out is het invoerbestand zelf/);
      else if (m.code !== 2) expect(existsSync(out)).toBe(true);
    }
  });

  test("the report: hostile names and texts, no raw control character in the page", () => {
    for (let i = 0; i < CASES; i++) {
      const d = path.join(dir, `report-${i}`);
      mkdirSync(d);
      const files = Array.from({ length: r.int(3) + 1 }, (_, j) => {
        const name = path.join(
          d,
          `${j}${Array.from({ length: r.int(4) }, () => r.pick(NAME_BITS.slice(0, 8))).join("")}.docx`,
        );
        writeFileSync(name, r.int(4) === 0 ? strToU8("geen zip") : notaCase(r));
        return name;
      });
      const out = path.join(d, "rapport.html");
      const m = runCli(built, ["check", ...files, "--format", "html", "--out", out]);
      held("report", m, `report case ${i}`);
      const html = readFileSync(out, "utf8");
      expect({ i, raw: RAW.test(html.replace(/[\n\t\r]/g, " ")) }).toEqual({ i, raw: false });
    }
  });

  afterAll(() => console.log(`fuzz over the commands, seed ${SEED}: ${JSON.stringify(figures)}`));
});
