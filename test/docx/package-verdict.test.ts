/**
 * The package is judged once, the same way, before any command uses it (issue 16): a deflate stream must end at
 * its declared size, entry names must be part names, local headers must agree with the directory, and every part
 * is checked (not only those a command reads), so check, adopt and publish give one verdict for one file.
 */
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { constants, deflateRawSync } from "zlib";
import { strToU8, unzipSync } from "fflate";
import { run } from "../helpers/cli";
import { readDocx } from "../../src/docx/reader";
import { isPartName } from "../../src/docx/zip";
import { fixtureBytes } from "../helpers/fixtures";
import { refusal } from "../helpers/refusal";
import { rawZip, smallDocx, type RawEntry } from "../helpers/raw-zip";

const P = "<w:p><w:r><w:t>Aanleiding</w:t></w:r></w:p>";

/** The nota fixture with its entries as they are, except those `change` replaces or adds. */
function notaWith(change: (parts: Record<string, Uint8Array>) => RawEntry[] | void): Uint8Array {
  const parts = unzipSync(fixtureBytes("example-nota.docx"));
  const extra = change(parts) ?? [];
  return rawZip([...Object.entries(parts).map(([name, data]) => ({ name, data })), ...extra]);
}

describe("a deflate stream that goes on past its declared size", () => {
  /** The document's real bytes, declared with their real size and CRC, then 5 GiB more of deflate. */
  function goesOn(gib: number): Uint8Array {
    const xml = strToU8(
      `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${P}</w:body></w:document>`,
    );
    const flush = { finishFlush: constants.Z_SYNC_FLUSH };
    const zeros = deflateRawSync(Buffer.alloc(1 << 20), { ...flush, level: 9 });
    const stream = Buffer.concat([
      deflateRawSync(xml, flush),
      ...Array.from({ length: gib * 1024 }, () => zeros),
      Buffer.from([0x03, 0x00]), // a final, empty block
    ]);
    return smallDocx(P, [], { data: xml, compressed: new Uint8Array(stream) });
  }

  test("5 GiB of deflate after the declared bytes (a 5 MB file): refused as longer than declared", () => {
    const bytes = goesOn(5);
    expect(bytes.length).toBeGreaterThan(5_000_000);
    expect(refusal(bytes)).toMatch(/het onderdeel word\/document\.xml is langer dan opgegeven/);
  });

  test("a stream that ends exactly at its declared size is read", () => {
    expect(refusal(goesOn(0))).toBe("read");
  });

  test("a stream cut short before its end: refused", () => {
    const xml = strToU8(
      `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${P}</w:body></w:document>`,
    );
    // Sync-flushed but never finished: every byte is there, the final block is not.
    const open = deflateRawSync(xml, { finishFlush: constants.Z_SYNC_FLUSH });
    expect(refusal(smallDocx(P, [], { data: xml, compressed: new Uint8Array(open) }))).toMatch(
      /korter of langer dan opgegeven/,
    );
  });
});

describe("entry names that are no part name are damage", () => {
  test.each([
    ["../evil.xml"],
    ["word/../../evil.xml"],
    ["word\\evil.xml"],
    ["word/evil\u0000.xml"],
    ["/etc/evil.xml"],
    ["C:/evil.xml"],
    ["c:evil.xml"],
    ["word/\u001b]0;pwned\u0007.xml"],
    ["word/evil\u0085.xml"],
    ["word//evil.xml"],
    ["word/./evil.xml"],
    ["word/evil."],
  ])("%j", (name) => {
    expect(isPartName(name)).toBe(false);
    const message = refusal(smallDocx(P, [{ name, data: strToU8("<x/>") }]));
    expect(message).toMatch(/heeft een naam die in een Word-document niet kan bestaan/);
    // eslint-disable-next-line no-control-regex -- what must not reach the terminal
    expect(message).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });

  test("the names Word writes are part names", () => {
    const names = Object.keys(unzipSync(fixtureBytes("example-nota.docx")));
    expect(names.every(isPartName)).toBe(true);
    expect(isPartName("[Content_Types].xml")).toBe(true);
    expect(isPartName("word/media/afbeelding%201.png")).toBe(true);
    expect(isPartName("word/média/é.png")).toBe(true);
  });

  test("a folder entry (some zip writers add one) is no part and no damage", () => {
    expect(refusal(smallDocx(P, [{ name: "word/media/", data: new Uint8Array(0), method: 0 }]))).toBe("read");
  });
});

test("a local header that names another part than the directory: damage", () => {
  expect(refusal(smallDocx(P, [], { localName: "word/documenX.xml" }))).toMatch(
    /de kop van het onderdeel word\/document\.xml zegt iets anders dan de inhoudsopgave/,
  );
});

test("an LZMA entry (method 14): packed in a way Word does not use", () => {
  expect(
    refusal(
      smallDocx(P, [
        { name: "word/fontTable.xml", data: strToU8("<x/>"), method: 14, compressed: strToU8("xxxx") },
      ]),
    ),
  ).toMatch(/fontTable\.xml is ingepakt op een manier die Word niet gebruikt/);
});

describe("one verdict from check, adopt and publish, for parts only some of them read", () => {
  const badCrc = (parts: Record<string, Uint8Array>): RawEntry[] => {
    const data = parts["word/fontTable.xml"];
    delete parts["word/fontTable.xml"];
    // The data as written differs from the data the CRC was taken of (one byte).
    const changed = new Uint8Array(data);
    changed[changed.length - 3] ^= 1;
    return [{ name: "word/fontTable.xml", data, method: 0, compressed: changed }];
  };
  const CASES: [string, () => Uint8Array, RegExp][] = [
    ["a bad CRC in fontTable.xml", () => notaWith(badCrc), /fontTable\.xml is onderweg veranderd/],
    [
      "a zero-length styles.xml",
      () => notaWith((parts) => void (parts["word/styles.xml"] = new Uint8Array(0))),
      /het onderdeel word\/styles\.xml is leeg/,
    ],
    [
      "a zero-length [Content_Types].xml",
      () => notaWith((parts) => void (parts["[Content_Types].xml"] = new Uint8Array(0))),
      /het onderdeel \[Content_Types\]\.xml is leeg/,
    ],
    [
      "garbage in a .rels no command reads",
      () =>
        notaWith((parts) => void (parts["word/_rels/fontTable.xml.rels"] = strToU8("<Relationships><<<"))),
      /word\/_rels\/fontTable\.xml\.rels is geen leesbare XML/,
    ],
    [
      "an LZMA entry",
      () =>
        notaWith(() => [
          { name: "word/extra.bin", data: strToU8("x"), method: 14, compressed: strToU8("x") },
        ]),
      /word\/extra\.bin is ingepakt op een manier die Word niet gebruikt/,
    ],
  ];

  test.each(CASES)("%s", async (_name, make, sentence) => {
    const dir = mkdtempSync(path.join(tmpdir(), "nota-verdict-"));
    const file = path.join(dir, "kapot.docx");
    writeFileSync(file, make());
    const results = [
      await run("check", file),
      await run("adopt", file, "--out", path.join(dir, "a.docx")),
      await run("publish", file, "--out", path.join(dir, "p.docx")),
    ];
    expect(results.map((r) => r.code)).toEqual([2, 2, 2]);
    for (const r of results) expect(r.err).toMatch(sentence);
    const sentenceOf = (s: string) => s.slice(s.indexOf("is beschadigd"));
    expect(new Set(results.map((r) => sentenceOf(r.err))).size).toBe(1);
  });

  test("the same nota, rewritten whole by the same zip writer, is fine for all three", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "nota-verdict-"));
    const file = path.join(dir, "nota.docx");
    writeFileSync(
      file,
      notaWith(() => undefined),
    );
    expect((await run("check", file)).code).not.toBe(2);
    expect((await run("adopt", file, "--out", path.join(dir, "a.docx"))).code).toBe(0);
    expect((await run("publish", file, "--out", path.join(dir, "p.docx"))).code).toBe(0);
  });
});

describe("the depth counter, whatever handlers the caller registers", () => {
  test("more than 255 relationships are read, not refused as deep nesting", () => {
    const bytes = notaWith((parts) => {
      const rels = new TextDecoder().decode(parts["word/_rels/document.xml.rels"]);
      const more = Array.from(
        { length: 400 },
        (_, i) =>
          `<Relationship Id="rExtra${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/${i}" TargetMode="External"/>`,
      ).join("");
      parts["word/_rels/document.xml.rels"] = strToU8(
        rels.replace("</Relationships>", `${more}</Relationships>`),
      );
    });
    expect(readDocx(bytes).paragraphs.length).toBeGreaterThan(10);
  });

  test("a customXml part with more than 256 elements is read, not silently left out", () => {
    const items = Array.from({ length: 1000 }, (_, i) => `<v>${i}</v>`).join("");
    const bytes = notaWith(() => [
      { name: "customXml/item1.xml", data: strToU8(`<root xmlns="urn:example:nota">${items}</root>`) },
    ]);
    const parts = readDocx(bytes).customXmlParts;
    expect(parts.map((p) => p.namespace)).toContain("urn:example:nota");
  });
});
