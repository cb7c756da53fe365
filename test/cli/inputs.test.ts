/** The command line's input and output rules (issue 9): only regular files, bounded size, safe writes. */
import { execFileSync } from "child_process";
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
  copyFileSync,
  linkSync,
  promises as fs,
} from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { run } from "../helpers/cli";
import { fixturePath } from "../helpers/fixtures";

const dir = () => mkdtempSync(path.join(tmpdir(), "nota-inputs-"));

describe("inputs: only regular files, checked before reading", () => {
  test("a folder without .docx files: one line, exit 2", async () => {
    const r = await run("check", dir());
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/bevat geen \.docx-bestanden/);
  });

  test("a folder where one file is expected (passages): refused unread, exit 2", async () => {
    const r = await run("passages", dir());
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/is een map, geen bestand/);
  });

  test("a FIFO is not opened (it would hang)", async () => {
    const fifo = path.join(dir(), "pijp.docx");
    execFileSync("mkfifo", [fifo]);
    const r = await run("check", fifo);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/geen gewoon bestand/);
  });

  test("/dev/zero as a nota and as a profile: refused, not read", async () => {
    expect((await run("check", "/dev/zero")).err).toMatch(/geen gewoon bestand/);
    const r = await run("check", fixturePath("example-nota.docx"), "--profile", "/dev/zero");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/profiel \/dev\/zero: .*geen gewoon bestand/);
  });

  test("a sparse 1.5 GB file is refused by its size, before a byte is read", async () => {
    const big = path.join(dir(), "groot.docx");
    writeFileSync(big, "");
    truncateSync(big, 1_500_000_000);
    const r = await run("check", big);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/groter dan 50 MB/);
  });

  test("'--' ends the options: a file whose name starts with a dash", async () => {
    const d = dir();
    const odd = path.join(d, "-nota.docx");
    copyFileSync(fixturePath("example-nota.docx"), odd);
    const r = await run("check", "--", odd);
    expect(r.code).toBe(0);
  });
});

describe("profiles", () => {
  test("saved with a byte-order mark (as Notepad does): accepted", async () => {
    const file = path.join(dir(), "profiel.json");
    writeFileSync(file, '\uFEFF{ "severities": { "afstemming": "off" } }');
    expect((await run("check", fixturePath("example-nota.docx"), "--profile", file)).code).toBe(0);
  });

  test("an unknown key inside emancipation: refused with its path", async () => {
    const file = path.join(dir(), "profiel.json");
    writeFileSync(file, '{ "emancipation": { "oficial": "SOCW" } }');
    const r = await run("check", fixturePath("example-nota.docx"), "--profile", file);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/emancipation\.oficial is geen instelling; wel: official, possessive/);
    const en = await run("check", fixturePath("example-nota.docx"), "--profile", file, "--lang", "en");
    expect(en.err).toMatch(
      /profile .*: emancipation\.oficial is not a setting; settings: official, possessive/,
    );
  });

  test.each([
    [
      '{ "referencePattern": "^(\\\\d+)-\\\\1$" }',
      /kan de controle bij sommige teksten laten vastlopen \(een terugverwijzing zoals \\1\)/,
    ],
    ['{ "referencePattern": "(?<!x)\\\\d{8}" }', /\(een blik vooruit of achteruit zoals/],
    ['{ "severities": ', /is geen geldige JSON \(de tekst houdt te vroeg op\)/],
    [
      '{ "severities": { "afstemming": "loud" } }',
      /severities\.afstemming moet een van deze zijn: error, warning, info, off/,
    ],
    ['{ "woo": { "fields": { "van": "9.9" } } }', /woo\.fields\.van: "9\.9" is geen Woo-grond/],
  ])("%s: refused in Dutch, in plain words", async (json, sentence) => {
    const file = path.join(dir(), "profiel.json");
    writeFileSync(file, json);
    const r = await run("check", fixturePath("example-nota.docx"), "--profile", file);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(sentence);
  });
});

describe("--out: never over an existing file without --force, never half", () => {
  test("an existing file, or a link to one, is kept; --force replaces it", async () => {
    const d = dir();
    const out = path.join(d, "nota.docx");
    writeFileSync(out, "van de gebruiker");
    const r = await run("template", "--out", out);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/bestaat al; kies een andere naam of geef --force/);
    expect(readFileSync(out, "utf8")).toBe("van de gebruiker");
    const link = path.join(d, "link.docx");
    symlinkSync(out, link);
    expect((await run("template", "--out", link)).code).toBe(2);
    expect(readFileSync(out, "utf8")).toBe("van de gebruiker");
    expect((await run("template", "--out", out, "--force")).code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  });

  test("a folder that does not exist: one plain sentence, exit 2, no raw errno", async () => {
    const r = await run("template", "--out", path.join(dir(), "bestaat-niet", "nota.docx"));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/kon niet worden geschreven/);
    expect(r.err).not.toMatch(/ENOENT|errno/);
  });

  test("nothing is left behind when writing fails", async () => {
    const d = dir();
    mkdirSync(path.join(d, "map.docx"));
    const r = await run("template", "--out", path.join(d, "map.docx"), "--force");
    expect(r.code).toBe(2);
    expect(execFileSync("ls", ["-A", d]).toString().trim()).toBe("map.docx");
  });
});

describe("--out is never one of the inputs: compared as files, not as names (issue 16)", () => {
  const nota = () => {
    const d = dir();
    const real = path.join(d, "echt");
    mkdirSync(real);
    const file = path.join(real, "nota.docx");
    copyFileSync(fixturePath("example-nota.docx"), file);
    return { d, real, file, bytes: readFileSync(file) };
  };
  const refused = (r: { code: number; err: string }) => {
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--out is het invoerbestand zelf/);
  };

  test.each(["adopt", "publish"])(
    "%s through a symlinked folder: refused, the input unchanged",
    async (command) => {
      const { d, file, bytes, real } = nota();
      const linked = path.join(d, "koppeling");
      symlinkSync(real, linked);
      refused(await run(command, file, "--out", path.join(linked, "nota.docx"), "--force"));
      expect(readFileSync(file).equals(bytes)).toBe(true);
    },
  );

  test.each(["adopt", "publish"])("%s to /proc/self/cwd/…: refused", async (command) => {
    const { file, bytes, real } = nota();
    // The input's own folder as the working directory, so that the path holds no ".." (which path.resolve would
    // fold away textually, "/proc/self/cwd/../x" → "/proc/self/x", wherever the clone happens to lie).
    const before = process.cwd();
    process.chdir(real);
    try {
      refused(await run(command, file, "--out", "/proc/self/cwd/nota.docx", "--force"));
    } finally {
      process.chdir(before);
    }
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  test.each(["adopt", "publish"])("%s to a hard link of the input: refused", async (command) => {
    const { d, file, bytes } = nota();
    const hard = path.join(d, "harde-koppeling.docx");
    linkSync(file, hard);
    refused(await run(command, file, "--out", hard, "--force"));
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  test("a symlink to the input as --out: refused", async () => {
    const { d, file, bytes } = nota();
    const link = path.join(d, "link.docx");
    symlinkSync(file, link);
    refused(await run("adopt", file, "--out", link, "--force"));
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  test.each([
    ["a symbolic link", symlinkSync],
    ["a hard link", linkSync],
  ])(
    "--out turned into %s to the input after the write, before the rename: refused by the second look",
    async (_kind, makeLink) => {
      const { d, file, bytes } = nota();
      const out = path.join(d, "uit.docx");
      writeFileSync(out, "van de gebruiker");
      // The seam: the moment the temporary file is written, someone swaps --out for a link to the input. The first
      // look (before writing) saw a different file; only the second (just before the rename) can see this one.
      const original = fs.writeFile;
      const swap = jest.spyOn(fs, "writeFile").mockImplementation(async (...args) => {
        await original(...args);
        await fs.rm(out);
        makeLink(file, out);
      });
      let r;
      try {
        r = await run("publish", file, "--out", out, "--force");
        expect(swap).toHaveBeenCalledTimes(1);
      } finally {
        swap.mockRestore();
      }
      refused(r);
      expect(readFileSync(file).equals(bytes)).toBe(true);
      expect(readFileSync(out).equals(bytes)).toBe(true); // the link still leads to the untouched input
      expect(execFileSync("ls", ["-A", d]).toString().split("\n").sort()).toEqual(["", "echt", "uit.docx"]);
    },
  );

  test("check --format json --out over a checked nota, the letter or the profile: refused", async () => {
    const { d, file, bytes, real } = nota();
    refused(await run("check", real, "--format", "json", "--out", file, "--force"));
    refused(
      await run(
        "check",
        file,
        "--format",
        "html",
        "--out",
        path.join(d, "echt", "..", "echt", "nota.docx"),
        "--force",
      ),
    );
    const letter = path.join(d, "brief.docx");
    copyFileSync(fixturePath("example-nota.docx"), letter);
    refused(await run("check", file, "--letter", letter, "--format", "json", "--out", letter, "--force"));
    const profile = path.join(d, "profiel.json");
    writeFileSync(profile, "{}");
    refused(await run("check", file, "--profile", profile, "--format", "json", "--out", profile, "--force"));
    expect(readFileSync(profile, "utf8")).toBe("{}");
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  test("a different file with the same name elsewhere is no input: written", async () => {
    const { d, file } = nota();
    const out = path.join(d, "nota.docx");
    const r = await run("adopt", file, "--out", out);
    expect(r.code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  });

  test("a 253-byte file name works where the system allows it (the temporary name is no longer)", async () => {
    const d = dir();
    const out = path.join(d, `${"n".repeat(248)}.docx`);
    const r = await run("template", "--out", out);
    expect(r.code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
    expect(execFileSync("ls", ["-A", d]).toString().trim()).toBe(path.basename(out));
  });
});
