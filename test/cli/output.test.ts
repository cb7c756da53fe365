/**
 * What reaches the terminal, the JSON file and the HTML report (issue 16): file names and part names escaped, a
 * newline in a name never splitting a one-line message, DEL and the C1 controls never raw.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { strToU8 } from "fflate";
import { run } from "../helpers/cli";
import { fixturePath } from "../helpers/fixtures";
import { smallDocx } from "../helpers/raw-zip";

const dir = () => mkdtempSync(path.join(tmpdir(), "nota-output-"));
// eslint-disable-next-line no-control-regex -- what must never be written raw
const RAW = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
/** A name with a line break, an escape sequence (clear the screen), DEL, NEL and CSI. */
const HOSTILE = "nota\nregel2\u001b[2J\u007f\u0085\u009b31m.docx";

test("a file name with a newline and escape sequences: one escaped line per message", async () => {
  const file = path.join(dir(), HOSTILE);
  writeFileSync(file, "geen zip");
  const r = await run("check", file);
  expect(r.code).toBe(2);
  expect(r.messages.err).toHaveLength(1);
  expect(r.messages.err[0]).not.toMatch(RAW);
  expect(r.messages.err[0]).not.toContain("\n");
  expect(r.messages.err[0]).toContain("nota\\u000aregel2\\u001b[2J\\u007f\\u0085\\u009b31m.docx");
  const passages = await run("passages", file);
  expect(passages.messages.err).toHaveLength(1);
  expect(passages.messages.err[0]).not.toContain("\n");
});

test("a zip entry name with an escape sequence: named escaped in the damage message", async () => {
  const file = path.join(dir(), "kapot.docx");
  writeFileSync(
    file,
    smallDocx("<w:p/>", [{ name: "word/\u001b]0;pwned\u0007.xml", data: strToU8("<x/>") }]),
  );
  for (const args of [
    ["check", file],
    ["adopt", file, "--out", path.join(dir(), "a.docx")],
  ]) {
    const r = await run(...args);
    expect(r.code).toBe(2);
    expect(r.err).not.toMatch(RAW);
    expect(r.err).toContain("word/\\u001b]0;pwned\\u0007.xml");
  }
});

test("adopt's and publish's lines: the --out name escaped, on one line", async () => {
  const d = dir();
  for (const command of ["adopt", "publish"]) {
    const r = await run(
      command,
      fixturePath("example-nota.docx"),
      "--out",
      path.join(d, `${command}\n${HOSTILE}`),
    );
    expect(r.code).toBe(0);
    expect(r.messages.out[0]).not.toMatch(RAW);
    expect(r.messages.out[0]).not.toContain("\n");
  }
});

test("an error about --out names it escaped, on one line", async () => {
  const d = dir();
  const out = path.join(d, HOSTILE);
  writeFileSync(out, "er al");
  const r = await run("template", "--out", out);
  expect(r.code).toBe(2);
  expect(r.messages.err[0]).not.toMatch(RAW);
  expect(r.messages.err[0]).not.toContain("\n");
});

describe("--format json --out and the HTML report: DEL and C1 controls never raw", () => {
  const d = dir();
  const file = path.join(d, HOSTILE);
  copyFileSync(fixturePath("example-nota.docx"), file);

  test("JSON: escaped, and read back as the same name", async () => {
    const out = path.join(d, "uit.json");
    const r = await run("check", file, "--format", "json", "--out", out);
    expect(r.code).not.toBe(2);
    const text = readFileSync(out, "utf8");
    expect(text).not.toMatch(RAW);
    expect(text).toContain("\\u0085\\u009b");
    expect(JSON.parse(text).files[0].file).toBe(file);
  });

  test("HTML: escaped where a name or text is shown", async () => {
    const out = path.join(d, "rapport.html");
    const r = await run("check", file, "--format", "html", "--out", out);
    expect(r.code).not.toBe(2);
    const html = readFileSync(out, "utf8");
    expect(html).not.toMatch(RAW);
    expect(html).toContain("regel2\\u001b[2J\\u007f\\u0085\\u009b31m.docx");
  });
});
