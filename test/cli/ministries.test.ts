/** The command line with other ministries' notas: the profile chosen or inferred and said, "geen nota" counted apart, suppressions honoured and listed. */
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { unzipSync, zipSync, strToU8 } from "fflate";
import { run } from "../helpers/cli";
import { afstemmingToXml } from "../../src/nota/afstemming";
import { fixturePath } from "../helpers/fixtures";

const ministry = (name: string) => path.join(__dirname, "..", "fixtures", "ministries", "docx", name);

/** A copy of a .docx with the afstemming record (and its suppressions) as a custom XML part, as Word keeps it. */
function withRecord(file: string, xml: string): string {
  const parts = unzipSync(new Uint8Array(readFileSync(file)));
  parts["customXml/item1.xml"] = strToU8(xml);
  const out = path.join(mkdtempSync(path.join(tmpdir(), "nota-")), path.basename(file));
  writeFileSync(out, zipSync(parts));
  return out;
}

describe("nota check with the ministries' profiles", () => {
  test("without --profile each nota's profile is inferred and said; no false missing field", async () => {
    const r = await run("check", ministry("bzk-tabs.docx"), ministry("az-beslisnota.docx"));
    expect(r.out).toContain(
      "Profiel Ministerie van Binnenlandse Zaken en Koninkrijksrelaties: afgeleid uit de geadresseerde (MBZK).",
    );
    expect(r.out).toContain(
      "Profiel Ministerie van Algemene Zaken: afgeleid uit de geadresseerde (de Minister-President).",
    );
    expect(r.out).not.toMatch(/ontbreekt|SOCW/);
    expect(r.code).toBe(0);
  });
  test("--profile bzk chooses a built-in one; a file may extend one", async () => {
    const r = await run("check", ministry("az-beslisnota.docx"), "--profile", "bzk");
    expect(r.out).toContain(
      "Profiel Ministerie van Binnenlandse Zaken en Koninkrijksrelaties (zelf gekozen).",
    );
    expect(r.out).toContain("Aan 'de Minister-President' noemt geen bekende bewindspersoon (MBZK, SBZK)");
    const dir = mkdtempSync(path.join(tmpdir(), "nota-"));
    const file = path.join(dir, "profiel.json");
    writeFileSync(
      file,
      '{"extends": "az", "referencePattern": "^\\\\d{8}$", "referenceExample": "12345678"}',
    );
    const f = await run("check", ministry("az-beslisnota.docx"), "--profile", file);
    expect(f.out).toContain("Kenmerk '4521870' heeft niet het verwachte formaat (zoals 12345678)");
  });
  test("NOTA_PROFILE is the organisation's setting: above the nota's own, below --profile", async () => {
    process.env.NOTA_PROFILE = "jenv";
    try {
      const r = await run("check", ministry("bzk-tabs.docx"));
      expect(r.out).toContain(
        "Profiel Ministerie van Justitie en Veiligheid (ingesteld door de organisatie).",
      );
      const c = await run("check", ministry("bzk-tabs.docx"), "--profile", "bzk");
      expect(c.out).toContain("(zelf gekozen)");
    } finally {
      delete process.env.NOTA_PROFILE;
    }
  });
  test("an unknown id is one sentence naming the built-in profiles", async () => {
    const r = await run("check", ministry("bzk-tabs.docx"), "--profile", "bzkk");
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      "nota: profiel bzkk: geen ingebouwd profiel (ocw, bzk, jenv, defensie, lvvn, az) en geen bestand",
    );
  });
  test("the negative cases still fail", async () => {
    const r = await run("check", ministry("az-negatives.docx"), ministry("az-datum-missing.docx"));
    expect(r.code).toBe(1);
    expect(r.out).toContain("Datum '31 november 2024' bestaat niet.");
    expect(r.out).toContain("Het veld Kenmerk is leeg");
    expect(r.out).toContain("Het veld Datum ontbreekt.");
  });
  test("a document that is no nota: one sentence, counted apart, no failure", async () => {
    const r = await run("check", fixturePath("not-a-nota.docx"), ministry("bzk-tabs.docx"));
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(/Het blok .* ontbreekt/);
    expect(r.out).toContain("1 nota gecontroleerd, 1 geen nota.");
    const j = await run(
      "check",
      fixturePath("not-a-nota.docx"),
      ministry("bzk-tabs.docx"),
      "--format",
      "json",
    );
    const json = JSON.parse(j.out);
    expect(json.counts).toEqual({ n: 1, notANota: 1, unusable: 0 });
    expect(json.files[0]).toMatchObject({ notANota: true, findings: [] });
    expect(json.files[1].profile).toMatchObject({ id: "bzk", reason: "official" });
  });
  test("suppressions in the document are honoured, listed with who and why, in text, JSON and the report", async () => {
    const file = withRecord(
      ministry("az-negatives.docx"),
      afstemmingToXml({
        internal: [],
        external: [],
        suppressions: [
          {
            ruleId: "header-fields",
            messageId: "referentieEmpty",
            place: "field:referentie",
            by: "J. de Vries",
            at: "2024-11-26",
            reason: "volgt uit het DMS",
          },
          { ruleId: "heading-wording" },
        ],
      }),
    );
    const r = await run("check", file);
    expect(r.out).not.toContain("▲ Het veld Kenmerk is leeg");
    expect(r.out).toContain(
      "geaccepteerd: Het veld Kenmerk is leeg: vul het nummer uit het documentsysteem in. [Kopgegevens] — J. de Vries: volgt uit het DMS",
    );
    expect(r.out).toContain("✖ Datum '31 november 2024' bestaat niet.");
    const j = JSON.parse((await run("check", file, "--format", "json")).out);
    expect(j.files[0].findings.map((f: { messageId: string }) => f.messageId)).toEqual(["datumInvalid"]);
    expect(j.files[0].suppressed).toHaveLength(3);
    const dir = mkdtempSync(path.join(tmpdir(), "nota-"));
    const out = path.join(dir, "rapport.html");
    await run("check", file, "--format", "html", "--out", out);
    const html = readFileSync(out, "utf8");
    expect(html).toContain("Geaccepteerd (niet meegeteld)");
    expect(html).toContain("door J. de Vries, op 2024-11-26");
    expect(html).toContain("volgt uit het DMS");
    expect(html).toContain("regel uit voor dit document");
    expect(html).toContain("profiel per nota afgeleid: Ministerie van Algemene Zaken");
  });
});
