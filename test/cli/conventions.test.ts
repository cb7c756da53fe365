/** The command line as people know it from ESLint and Vale: help, version, folders, colour, --quiet, --max-warnings. */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { runWith } from "../helpers/cli";
import { colourByDefault } from "../../src/cli/io";
import { fixturePath } from "../helpers/fixtures";
import packageJson from "../../package.json";

const run = (args: string[], color?: boolean) => runWith(args, { color });

const dir = () => mkdtempSync(path.join(tmpdir(), "nota-cli-"));
const RED = "\u001b[31m";

describe("help and version", () => {
  test.each([["--help"], ["-h"], ["help"]])("nota %s: the commands, exit 0", async (flag) => {
    const r = await run([flag]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Opdrachten:[\s\S]*check[\s\S]*passages[\s\S]*publish/);
  });

  test.each([
    ["check", /--max-warnings N/],
    ["passages", /emancipatiepassages van een brief/],
    ["template", /--out NOTA\.docx/],
    ["adopt", /Koppelt een nota van elders/],
    ["publish", /openbaarmakingsversie/],
  ])("nota %s --help (and -h): that command's help, exit 0", async (command, expected) => {
    for (const flag of ["--help", "-h"]) {
      const r = await run([command, flag]);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(expected);
    }
  });

  test("in English with --lang en", async () => {
    expect((await run(["check", "--help", "--lang", "en"])).out).toMatch(
      /Usage: nota check FILE\.docx\|FOLDER/,
    );
  });

  test("--version: the package's version", async () => {
    const r = await run(["--version"]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(packageJson.version);
  });

  test("an option the command does not know: our sentence and where to look, exit 2", async () => {
    const r = await run(["check", "x.docx", "--frob"]);
    expect(r.code).toBe(2);
    expect(r.err).toBe("nota: onbekende optie '--frob'\nzie nota check --help");
    // An option of another command is unknown here too (util.parseArgs, strict).
    expect((await run(["passages", "x.docx", "--letter", "y.docx"])).err).toMatch(
      /onbekende optie '--letter'/,
    );
  });

  test("an option without its value", async () => {
    const r = await run(["check", "x.docx", "--format"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^nota: optie --format heeft een waarde nodig/);
  });

  test("--opt=value and short options work as in other tools", async () => {
    const r = await run(["check", fixturePath("example-nota.docx"), "-f", "json"]);
    expect(JSON.parse(r.out).files).toHaveLength(1);
    const s = await run(["check", fixturePath("example-nota.docx"), "--format=json"]);
    expect(JSON.parse(s.out).files).toHaveLength(1);
  });
});

describe("folders", () => {
  test("every .docx in a folder and its subfolders, sorted; Word's ~$ owner files and other files skipped", async () => {
    const root = dir();
    mkdirSync(path.join(root, "a"));
    copyFileSync(fixturePath("example-nota.docx"), path.join(root, "b.docx"));
    copyFileSync(fixturePath("header-table-bold.docx"), path.join(root, "a", "c.docx"));
    writeFileSync(path.join(root, "~$b.docx"), "owner file");
    writeFileSync(path.join(root, "notes.txt"), "not a nota");
    const r = await run(["check", root, "--format", "json"]);
    const files = (JSON.parse(r.out) as { files: { file: string }[] }).files.map((f) =>
      path.relative(root, f.file),
    );
    expect(files).toEqual([path.join("a", "c.docx"), "b.docx"]);
    expect(r.code).toBe(1); // c.docx has an error
  });
});

describe("colour", () => {
  test("on a terminal: severities in colour; document text still escaped", async () => {
    const r = await run(["check", fixturePath("header-table-bold.docx")], true);
    expect(r.out).toContain(`${RED}Fouten\u001b[0m`);
    expect(r.out).toContain(`${RED}✖\u001b[0m`);
  });

  test("off when piped, with NO_COLOR, or with --no-color; on with --color", async () => {
    expect(colourByDefault({ isTTY: true }, {})).toBe(true);
    expect(colourByDefault({ isTTY: false }, {})).toBe(false);
    expect(colourByDefault({ isTTY: true }, { NO_COLOR: "1" })).toBe(false);
    // NO_COLOR that is empty does not count (no-color.org).
    expect(colourByDefault({ isTTY: true }, { NO_COLOR: "" })).toBe(true);
    expect(
      (await run(["check", fixturePath("header-table-bold.docx"), "--no-color"], true)).out,
    ).not.toContain("\u001b[");
    expect((await run(["check", fixturePath("header-table-bold.docx"), "--color"], false)).out).toContain(
      RED,
    );
  });
});

describe("--quiet and --max-warnings", () => {
  const warningsOnly = () => {
    const file = path.join(dir(), "profiel.json");
    writeFileSync(file, JSON.stringify({ severities: { "required-block": "off" } }));
    return file;
  };

  test("--quiet: errors only (text and JSON); the exit code is the same", async () => {
    const loud = await run(["check", fixturePath("header-table-bold.docx")]);
    const quiet = await run(["check", fixturePath("header-table-bold.docx"), "--quiet"]);
    expect(loud.out).toContain("Waarschuwingen");
    expect(quiet.out).not.toContain("Waarschuwingen");
    expect(quiet.out).toContain("Fouten");
    expect(quiet.code).toBe(loud.code);
    const json = JSON.parse(
      (await run(["check", fixturePath("header-table-bold.docx"), "-q", "-f", "json"])).out,
    );
    expect(json.files[0].findings.every((f: { severity: string }) => f.severity === "error")).toBe(true);
  });

  test("--max-warnings N: exit 1 past N warnings, with a sentence; 0 within", async () => {
    const profile = warningsOnly();
    const within = await run([
      "check",
      fixturePath("header-table-bold.docx"),
      "--profile",
      profile,
      "--max-warnings",
      "4",
    ]);
    expect(within.code).toBe(0);
    const past = await run([
      "check",
      fixturePath("header-table-bold.docx"),
      "--profile",
      profile,
      "--max-warnings",
      "3",
    ]);
    expect(past.code).toBe(1);
    expect(past.err).toBe("nota: 4 waarschuwingen; ten hoogste 3 toegestaan (--max-warnings)");
    expect((await run(["check", "x.docx", "--max-warnings", "veel"])).err).toMatch(/geheel getal/);
  });
});

describe("--format json --out", () => {
  test("writes the JSON to the file, not the screen", async () => {
    const out = path.join(dir(), "uitvoer.json");
    const r = await run(["check", fixturePath("example-nota.docx"), "-f", "json", "-o", out]);
    expect(r.code).toBe(0);
    expect(r.out).toBe("");
    expect(JSON.parse(readFileSync(out, "utf8")).files).toHaveLength(1);
  });
});
