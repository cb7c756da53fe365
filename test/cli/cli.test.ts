import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { run } from "../helpers/cli";
import { fixturePath } from "../helpers/fixtures";
import { wordDocx } from "../helpers/word-saved";

describe("nota check", () => {
  test("the example nota passes: exit 0", async () => {
    const r = await run("check", fixturePath("example-nota.docx"));
    expect(r.code).toBe(0);
    expect(r.out).toContain("Geen bevindingen");
  });

  test("errors give exit 1, grouped by severity, in Dutch", async () => {
    const r = await run("check", fixturePath("header-table-bold.docx"));
    expect(r.code).toBe(1);
    expect(r.out).toMatch(
      /Fouten\n\s+✖ Het blok 'Informatie die niet openbaar gemaakt kan worden' ontbreekt\./,
    );
    expect(r.out).toMatch(/Waarschuwingen\n/);
    expect(r.out).toMatch(/1 fout, \d+ waarschuwingen/);
  });

  test("with the letter, the pages are compared", async () => {
    const r = await run(
      "check",
      fixturePath("numbered-label-lines.docx"),
      "--letter",
      fixturePath("letter.docx"),
    );
    expect(r.code).toBe(1);
    expect(r.out).toContain("De brief heeft ook emancipatiepassages op blz. 7");
  });

  test("JSON output has the documented shape", async () => {
    const r = await run("check", fixturePath("example-nota-no-flag.docx"), "--format", "json");
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    expect(json.files).toHaveLength(1);
    const [file] = json.files;
    expect(file.file).toBe(fixturePath("example-nota-no-flag.docx"));
    expect(file.blocks).toContainEqual({ id: "kernpunten", present: true, heading: "Kernpunten" });
    expect(file.blocks).toContainEqual({ id: "toelichting", present: false, heading: null });
    expect(file.findings).toContainEqual(
      expect.objectContaining({
        ruleId: "emancipation-flag",
        severity: "error",
        block: "aanleiding",
        paragraph: 1,
        messageId: "missing",
      }),
    );
  });

  test("English with --lang en", async () => {
    const r = await run("check", fixturePath("header-table-bold.docx"), "--lang", "en");
    expect(r.out).toContain("Errors");
    expect(r.out).toContain("is missing");
  });

  test("one unusable file among several: one line for it, the others still checked, exit 2", async () => {
    const r = await run(
      "check",
      fixturePath("encrypted.docx"),
      fixturePath("example-nota.docx"),
      fixturePath("zip-bomb.docx"),
    );
    expect(r.code).toBe(2);
    expect(r.out).toContain("Geen bevindingen");
    const lines = r.err.split("\n");
    expect(lines).toEqual([
      `${fixturePath("encrypted.docx")}: is beveiligd met een wachtwoord; sla het zonder wachtwoord op en probeer opnieuw`,
      expect.stringMatching(/zip-bomb\.docx: is te groot om veilig te lezen/),
    ]);
  });

  test.each([
    ["not-a-zip.docx", /geen \.docx-bestand/],
    ["zip-not-docx.docx", /geen Word-document/],
    ["broken-xml.docx", /is beschadigd/],
    ["legacy.doc.docx", /Word 97-2003/],
    ["empty.docx", /is leeg/],
    ["does-not-exist.docx", /bestand niet gevonden/],
  ])("%s: one line, no stack trace, exit 2", async (name, message) => {
    const r = await run("check", fixturePath(name));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err.split("\n")).toHaveLength(1);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  test("a document that is no nota says so", async () => {
    const r = await run("check", fixturePath("not-a-nota.docx"));
    expect(r.out).toContain("Dit document lijkt geen nota");
  });

  test("a profile file with a mistake: exit 2 and the key named", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "nota-"));
    const profile = path.join(dir, "profiel.json");
    writeFileSync(profile, '{"requiredBlocks": ["inleiding"]}');
    const r = await run("check", fixturePath("example-nota.docx"), "--profile", profile);
    expect(r.code).toBe(2);
    expect(r.err).toContain('requiredBlocks[0] "inleiding" is geen blok; wel: aanleiding');
  });

  test("a profile can switch a rule off", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "nota-"));
    const profile = path.join(dir, "profiel.json");
    writeFileSync(profile, '{"severities": {"required-block": "off"}}');
    const r = await run("check", fixturePath("header-table-bold.docx"), "--profile", profile);
    expect(r.code).toBe(0);
  });

  test("usage errors: exit 2", async () => {
    expect((await run("check")).code).toBe(2);
    expect((await run("check", "x.docx", "--format", "xml")).err).toContain(
      "--format is text, json of html, niet 'xml'",
    );
    expect((await run("frobnicate")).err).toContain("onbekende opdracht");
    // A typo gets the command it most likely meant, never "zie nota chek --help".
    const typo = await run("chek", "x.docx");
    expect(typo.err).toContain("bedoelt u 'nota check'?");
    expect(typo.err).not.toContain("nota chek --help");
  });

  test("text output names each finding's rule by its name, not its id", async () => {
    const r = await run("check", fixturePath("header-table-bold.docx"));
    expect(r.out).toContain("[Koppen van blokken]");
    expect(r.out).not.toContain("[heading-wording]");
    const en = await run("check", fixturePath("header-table-bold.docx"), "--lang", "en");
    expect(en.out).toContain("[Block headings]");
    expect((await run()).code).toBe(2);
    expect((await run("--help")).code).toBe(0);
  });
});

describe("nota passages", () => {
  test("lists passages with page and topics, and the sentence", async () => {
    const r = await run("passages", fixturePath("letter.docx"));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/blz\. 2\s+alinea 4\s+\[vrouwen, lhbti\+\]/);
    expect(r.out).toContain("4 passages op blz. 2, 6 en 7.");
    expect(r.out).toContain("worden gevonden op blz. 2, 6 en 7.");
    expect(r.out).toContain("expliciete pagina-einden");
  });

  test("JSON", async () => {
    const json = JSON.parse((await run("passages", fixturePath("letter.docx"), "--format", "json")).out);
    expect(json.pages).toEqual([2, 6, 7]);
    expect(json.passages).toHaveLength(4);
  });

  test("a file without passages", async () => {
    const r = await run("passages", fixturePath("not-a-nota.docx"));
    expect(r.out).toContain("Geen emancipatiepassages gevonden.");
  });
});

describe("nota template", () => {
  test("writes a .docx that check reads back with every block present", async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), "nota-")), "nota.docx");
    expect((await run("template", "--out", out)).code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
    const json = JSON.parse((await run("check", out, "--format", "json")).out);
    expect(json.files[0].blocks.every((b: { present: boolean }) => b.present)).toBe(true);
  });
});

describe("nota adopt", () => {
  const dir = () => mkdtempSync(path.join(tmpdir(), "nota-adopt-"));

  test("writes the adopted nota and lists what it wrapped; check still finds every block", async () => {
    const out = path.join(dir(), "gekoppeld.docx");
    const r = await run("adopt", fixturePath("example-nota.docx"), "--out", out);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Gekoppeld: 12 onderdelen");
    expect(r.out).toContain("[nota:block:aanleiding]");
    expect((await run("check", out)).code).toBe(0);
  });

  test("a document that is no nota: exit 1, a sentence why, nothing written", async () => {
    const out = path.join(dir(), "x.docx");
    const r = await run("adopt", fixturePath("letter.docx"), "--out", out);
    expect(r.code).toBe(1);
    expect(r.err).toContain("geen nota: de assistent herkent geen blokken");
    expect(() => readFileSync(out)).toThrow();
  });

  test("never over the input itself; an unusable input is exit 2", async () => {
    const input = fixturePath("example-nota.docx");
    expect((await run("adopt", input, "--out", input)).code).toBe(2);
    expect(
      (await run("adopt", fixturePath("not-a-zip.docx"), "--out", path.join(dir(), "y.docx"))).code,
    ).toBe(2);
  });
});

describe("nota publish", () => {
  const dir = () => mkdtempSync(path.join(tmpdir(), "nota-publish-"));

  test("writes the copy and says per ground how often and where; the copy is still a nota", async () => {
    const out = path.join(dir(), "openbaar.docx");
    const r = await run("publish", fixturePath("example-nota.docx"), "--out", out);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Openbaarmakingsversie geschreven naar");
    expect(r.out).toContain("5.1.2e: 1 keer niet openbaar gemaakt (veld Van)");
    expect(readFileSync(out).length).toBeGreaterThan(0);
    expect((await run("check", out)).code).toBe(0);
  });

  test("overlapping marks: exit 1, a sentence, nothing written", async () => {
    const d = dir();
    const input = path.join(d, "nota.docx");
    const r = (t: string) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
    const sdt = (g: string, inner: string) =>
      `<w:sdt><w:sdtPr><w:tag w:val="nota:woo:${g}"/></w:sdtPr><w:sdtContent>${inner}</w:sdtContent></w:sdt>`;
    writeFileSync(
      input,
      wordDocx(
        `<w:p>${r("Aan: MOCW")}</w:p><w:p><w:pPr><w:pStyle w:val="Kop2"/></w:pPr>${r("Aanleiding")}</w:p>` +
          `<w:p>${sdt("5.1.2e", r("Jan ") + sdt("5.1.2d", r("Jansen")))}</w:p>`,
      ),
    );
    const out = path.join(d, "openbaar.docx");
    const result = await run("publish", input, "--out", out);
    expect(result.code).toBe(1);
    expect(result.err).toContain("twee markeringen overlappen");
    expect(() => readFileSync(out)).toThrow();
  });

  test("never over the input; an unusable input is exit 2", async () => {
    const input = fixturePath("example-nota.docx");
    expect((await run("publish", input, "--out", input)).code).toBe(2);
    expect(
      (await run("publish", fixturePath("not-a-zip.docx"), "--out", path.join(dir(), "y.docx"))).code,
    ).toBe(2);
  });
});
