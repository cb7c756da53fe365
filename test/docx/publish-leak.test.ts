/**
 * The leak test: every class of place a publication copy has leaked from, each with a marked secret, a copy of it in
 * another form and people nobody marked (test/docx/leak/cases.ts), and real Word files (test/fixtures/leak). No
 * secret in any part in any form (UTF-8, UTF-16, Latin-1, XML-unescaped, joined over runs, in the reading form);
 * the kept text word for word; every mark counted; every part valid against the schema.
 */
import { readFileSync } from "fs";
import * as path from "path";
import { strFromU8, unzipSync, zipSync } from "fflate";
import { publishDocx } from "../../src/docx/publish";
import { paragraphsOfXml, unescapeXml } from "../../src/docx/publication/verify";
import { readingOf } from "../../src/nota/woo";
import { validateAgainst } from "../helpers/xsd";
import { HEADER_LINES, docxPackage, heading, mark, p, r } from "./leak/build";
import { leakCases } from "./leak/cases";

const OPTIONS = { fields: { van: "5.1.2e" }, replacement: "{code}" } as const;

/** Every way a part's bytes can be read as text, each in the reading form. */
function readings(bytes: Uint8Array): string[] {
  const texts = [
    new TextDecoder("utf-8").decode(bytes),
    new TextDecoder("utf-16le").decode(bytes),
    new TextDecoder("utf-16le").decode(bytes.subarray(1)),
    new TextDecoder("latin1").decode(bytes),
  ];
  const xml = texts[0];
  return [...texts, unescapeXml(xml), [...paragraphsOfXml(xml)].join("\n")].map(readingOf);
}

function whereFound(parts: Record<string, Uint8Array>, needle: string): string[] {
  const form = readingOf(needle).trim();
  return Object.entries(parts).flatMap(([name, bytes]) =>
    readings(bytes).some((t) => t.includes(form)) ? [name] : [],
  );
}

/** The text of every story of the copy, paragraph by paragraph. */
function copyText(parts: Record<string, Uint8Array>): string[] {
  return Object.entries(parts)
    .filter(([n]) => /^word\/(document|header\d+|footer\d+|footnotes|endnotes)\.xml$/.test(n))
    .flatMap(([, b]) => [
      ...paragraphsOfXml(strFromU8(b).replace(/<w:instrText[^>]*>[^<]*<\/w:instrText>/g, "")),
    ]);
}

describe.each(leakCases().map((c) => [c.name, c] as const))("leak case %s", (_name, c) => {
  const result = publishDocx(c.docx, OPTIONS);
  const parts = unzipSync(result.bytes);
  const input = unzipSync(c.docx);

  test("the input does carry every secret and person (the test can fail)", () => {
    for (const s of [...c.secrets, ...c.people])
      expect({ s, in: whereFound(input, s).length > 0 }).toEqual({ s, in: true });
  });

  test("no secret and no person in any part of the copy, in any form", () => {
    const text = copyText(parts).join("\n");
    for (const s of c.secrets) expect({ s, found: whereFound(parts, s) }).toEqual({ s, found: [] });
    for (const person of c.people) {
      // A person named in the visible text stays there (and is listed for review); nowhere else.
      if (readingOf(text).includes(readingOf(person))) continue;
      expect({ person, found: whereFound(parts, person) }).toEqual({ person, found: [] });
    }
  });

  test("the text that was not withheld is there word for word", () => {
    const text = copyText(parts);
    for (const k of c.kept) expect({ k, found: text.some((t) => t.includes(k)) }).toEqual({ k, found: true });
  });

  test("the summary counts every mark; placeholders are listed", () => {
    expect(result.withheld.reduce((n, w) => n + w.count, 0)).toBe(c.marks);
    expect(result.placeholders.map((x) => x.kind).sort()).toEqual([...(c.placeholders ?? [])].sort());
  });

  test("nothing but the allowlisted parts; every relationship points at a part of the copy", () => {
    for (const name of Object.keys(parts))
      expect(name).toMatch(
        /^(\[Content_Types\]\.xml|_rels\/\.rels|docProps\/(core|app)\.xml|word\/(document|styles|numbering|settings|fontTable|footnotes|endnotes|header\d+|footer\d+)\.xml|word\/theme\/theme1\.xml|word\/media\/image\d+\.(png|jpeg)|word\/_rels\/[\w]+\.xml\.rels)$/,
      );
    for (const [name, bytes] of Object.entries(parts).filter(([n]) => n.endsWith(".rels"))) {
      const owner = name.replace(/_rels\/([^/]+)\.rels$/, "$1");
      const xml = strFromU8(bytes);
      const ids = [...xml.matchAll(/Id="([^"]+)"/g)].map((m) => m[1]);
      for (const m of xml.matchAll(/Target="([^"]+)"(?! TargetMode)/g)) {
        const target = owner.startsWith("word/") || name.startsWith("word/") ? `word/${m[1]}` : m[1];
        expect(Object.keys(parts)).toContain(target);
      }
      for (const m of xml.matchAll(/Target="([^"]+)" TargetMode="External"/g))
        expect(m[1]).toMatch(/^https?:\/\//);
      const used = [...strFromU8(parts[owner]).matchAll(/r:(?:id|embed)="([^"]+)"/g)].map((m) => m[1]);
      for (const id of used) expect(ids).toContain(id);
    }
  });

  test("every XML part of the copy validates against the WordprocessingML schema", async () => {
    for (const [name, bytes] of Object.entries(parts).filter(([n]) => /^word\/[^/]+\.xml$/.test(n))) {
      const errors = await validateAgainst("ooxml", "wml.xsd", strFromU8(bytes));
      expect({ name, errors }).toEqual({ name, errors: [] });
    }
  }, 180_000);
});

describe("what the copy says it did", () => {
  const cases = Object.fromEntries(leakCases().map((c) => [c.name, c]));

  test("marks outside the body are counted where they stand", () => {
    const { withheld } = publishDocx(cases["every-story"].docx, OPTIONS);
    const places = withheld.flatMap((w) => w.places);
    expect(places).toEqual(
      expect.arrayContaining([
        "voetnoot",
        "eindnoot",
        expect.stringMatching(/^koptekst \(word\/header3\.xml\)$/),
      ]),
    );
  });

  test("the auto-linked e-mail address that is marked is published: the link goes, its text stays", () => {
    const { bytes } = publishDocx(cases.links.docx, OPTIONS);
    const rels = strFromU8(unzipSync(bytes)["word/_rels/document.xml.rels"]);
    expect(rels).toContain("https://www.rijksoverheid.nl/");
    expect(rels).not.toMatch(/mailto|sharepoint|file:|intranet/);
  });

  test("a kept picture is carried, without its metadata; a marked one is not", () => {
    const parts = unzipSync(publishDocx(cases.pictures.docx, OPTIONS).bytes);
    const media = Object.keys(parts).filter((n) => n.startsWith("word/media/"));
    expect(media.sort()).toEqual(["word/media/image1.png", "word/media/image2.jpeg"]);
    const png = parts["word/media/image1.png"];
    const chunks: string[] = [];
    for (let at = 8; at < png.length;) {
      const length = (png[at] << 24) | (png[at + 1] << 16) | (png[at + 2] << 8) | png[at + 3];
      chunks.push(String.fromCharCode(...png.subarray(at + 4, at + 8)));
      at += 12 + length;
    }
    expect(chunks).toEqual(["IHDR", "IDAT", "IEND"]);
    const jpeg = parts["word/media/image2.jpeg"];
    const markers: number[] = [];
    for (let at = 2; jpeg[at + 1] !== 0xda; at += 2 + ((jpeg[at + 2] << 8) | jpeg[at + 3]))
      markers.push(jpeg[at + 1]);
    expect(markers.filter((m) => (m >= 0xe0 && m <= 0xef) || m === 0xfe)).toEqual([]);
  });

  test("a picture's name (often its file's) is not carried", () => {
    expect(strFromU8(unzipSync(cases.pictures.docx)["word/document.xml"])).toContain("IMG_5_Gijsbert.jpg");
    const doc = strFromU8(unzipSync(publishDocx(cases.pictures.docx, OPTIONS).bytes)["word/document.xml"]);
    expect(doc).not.toContain("Gijsbert");
    expect([...doc.matchAll(/<(?:wp:docPr|pic:cNvPr)\b[^>]*\bname="([^"]*)"/g)].map((m) => m[1])).toEqual([
      "Afbeelding 5",
      "Afbeelding 5",
      "Afbeelding 6",
      "Afbeelding 6",
    ]);
  });

  test("each placeholder is listed with the paragraph it stands in, in the document's order", () => {
    const { placeholders } = publishDocx(cases.objects.docx, OPTIONS);
    expect(placeholders.map((x) => x.place)).toEqual(["alinea 7", "alinea 8", "alinea 9", "alinea 10"]);
  });

  test("the margins stay measurements: a marked 1417 is replaced in the text only", () => {
    const doc = strFromU8(unzipSync(publishDocx(cases["not-over"].docx, OPTIONS).bytes)["word/document.xml"]);
    expect(doc).toContain('w:left="1417"');
  });

  test("publishing the copy again ends and changes no text", () => {
    for (const c of leakCases()) {
      const once = publishDocx(c.docx, OPTIONS);
      const twice = publishDocx(once.bytes, OPTIONS);
      expect(copyText(unzipSync(twice.bytes)).sort()).toEqual(copyText(unzipSync(once.bytes)).sort());
    }
  });

  test("a UTF-16 document.xml is published like its UTF-8 twin", () => {
    const input = unzipSync(cases.forms.docx);
    const xml = strFromU8(input["word/document.xml"]).replace('encoding="UTF-8"', 'encoding="UTF-16"');
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...[...xml].flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8]),
    ]);
    const twin = zipSync({ ...input, "word/document.xml": utf16 });
    expect(copyText(unzipSync(publishDocx(twin, OPTIONS).bytes))).toEqual(
      copyText(unzipSync(publishDocx(cases.forms.docx, OPTIONS).bytes)),
    );
  });

  test("personal data nobody marked is listed with its place; what is marked is not", () => {
    const docx = docxPackage({
      body:
        HEADER_LINES() +
        heading("Aanleiding") +
        p(r("Overleg met Piet Schrijver, bereikbaar op 070-1234567 en p.schrijver@minocw.nl.")) +
        p(r("Gemarkeerd: ") + mark("5.1.2e", r("06-12345678"))),
    });
    const { unmarked } = publishDocx(docx, OPTIONS);
    expect(unmarked.map((u) => [u.kind, u.text, u.place])).toEqual([
      ["name", "Piet Schrijver", "alinea 6"],
      ["phone", "070-1234567", "alinea 6"],
      ["email", "p.schrijver@minocw.nl", "alinea 6"],
    ]);
  });
});

describe("real Word files (test/fixtures/leak)", () => {
  const dir = path.join(__dirname, "..", "fixtures", "leak");
  const files = [
    "HC031-Complicated-Document.docx",
    "WC052-SmartArt-Same-Mod.docx",
    "chart-Pie.docx",
    "Comment042.docx",
    "Headers.docx",
    "DOCPROP_builtin.docx",
  ];
  test.each(files)("%s: no author, comment, deleted text, thumbnail or metadata in the copy", (file) => {
    const data = new Uint8Array(readFileSync(path.join(dir, file)));
    const input = unzipSync(data);
    const { bytes } = publishDocx(data, OPTIONS);
    const parts = unzipSync(bytes);
    const inputXml = Object.entries(input)
      .filter(([n]) => /\.xml$/.test(n))
      .map(([, b]) => strFromU8(b))
      .join("\n");
    const visible = readingOf(copyText(parts).join("\n"));
    const authors = new Set(
      [
        ...inputXml.matchAll(
          /\b(?:w:author|w15:author)="([^"]+)"|<dc:creator>([^<]+)<|<cp:lastModifiedBy>([^<]+)</g,
        ),
      ]
        .map((m) => unescapeXml(m[1] ?? m[2] ?? m[3]).trim())
        .filter((a) => a.length >= 4 && !visible.includes(readingOf(a))),
    );
    const comments = input["word/comments.xml"]
      ? [...paragraphsOfXml(strFromU8(input["word/comments.xml"]))]
      : [];
    const deleted = [...inputXml.matchAll(/<w:delText[^>]*>([^<]{12,})<\/w:delText>/g)].map((m) =>
      unescapeXml(m[1]),
    );
    const gone = [...authors, ...comments, ...deleted]
      .map((s) => s.trim())
      .filter((s) => s.length >= 12 || authors.has(s))
      .filter((s) => !visible.includes(readingOf(s)));
    for (const s of gone) expect({ s, found: whereFound(parts, s) }).toEqual({ s, found: [] });
    expect(
      Object.keys(parts).filter((n) =>
        /thumbnail|comments|people|customXml|embeddings|charts|diagrams/.test(n),
      ),
    ).toEqual([]);
    // The copy still reads: as many paragraphs with text as the input's body shows (or fewer, where deleted).
    expect(copyText(parts).filter((t) => t.trim()).length).toBeGreaterThan(0);
  });
});
