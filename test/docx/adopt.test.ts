/** `nota adopt`: the parts wrapped in our tags, in place; the text, the layout and the verdicts unchanged. */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { SaxesParser } from "saxes";
import { isPartName } from "../../src/docx/zip";
import { AdoptError, adoptDocx } from "../../src/docx/adopt";
import { readDocx } from "../../src/docx/reader";
import { checkNota } from "../../src/checks/engine";
import { parseNota } from "../../src/nota/parser";
import { TAGS } from "../../src/nota/schema";
import { fixtureBytes } from "../helpers/fixtures";
import { validateAgainst } from "../helpers/xsd";

const NOTAS = [
  "example-nota.docx",
  "example-nota-no-flag.docx",
  "header-table-bold.docx",
  "numbered-label-lines.docx",
  "header-in-page-header.docx",
];
const texts = (bytes: Uint8Array) => readDocx(bytes).paragraphs.map((p) => p.text);
/** Findings that do not depend on tags: a rule's verdict on the nota itself. */
const verdicts = (bytes: Uint8Array) =>
  checkNota(readDocx(bytes))
    .findings.map((f) => `${f.ruleId}:${f.messageId}:${f.paragraph ?? ""}`)
    .sort();

describe.each(NOTAS)("%s", (name) => {
  const original = fixtureBytes(name);
  const adopted = adoptDocx(original);

  test("not one character of text changes", () => {
    expect(texts(adopted.bytes)).toEqual(texts(original));
  });

  test("the recognised parts are tagged as the template tags them", () => {
    const nota = parseNota(readDocx(adopted.bytes));
    for (const item of adopted.wrapped) {
      if (item.part.kind === "block") expect(nota.blocks[item.part.id as "aanleiding"]).toBeDefined();
      if (item.part.kind === "field") expect(nota.header[item.part.id]?.tagged).toBe(true);
    }
    expect(
      nota.blocks.aanleiding?.content.every((i) =>
        nota.snapshot.paragraphs[i].contentControlTags.includes(TAGS.block("aanleiding")),
      ),
    ).toBe(true);
  });

  test("the header reads the same values", () => {
    const before = parseNota(readDocx(original)).header;
    const after = parseNota(readDocx(adopted.bytes)).header;
    for (const [id, field] of Object.entries(before)) expect(after[id as "aan"]?.value).toBe(field.value);
  });

  test("the checks give the same findings", () => {
    expect(verdicts(adopted.bytes)).toEqual(verdicts(original));
  });

  test("document.xml still validates against the WordprocessingML schema (where the original did)", async () => {
    const doc = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)["word/document.xml"]);
    const before = await validateAgainst("ooxml", "wml.xsd", doc(original));
    const after = await validateAgainst("ooxml", "wml.xsd", doc(adopted.bytes));
    expect(after.length).toBeLessThanOrEqual(before.length);
  });

  test("adopting an adopted nota changes nothing", () => {
    const again = adoptDocx(adopted.bytes);
    expect(again.wrapped).toEqual([]);
    expect(strFromU8(unzipSync(again.bytes)["word/document.xml"])).toBe(
      strFromU8(unzipSync(adopted.bytes)["word/document.xml"]),
    );
  });
});

test("every part of the package other than document.xml is written back unchanged", () => {
  const original = unzipSync(fixtureBytes("example-nota.docx"));
  const adopted = unzipSync(adoptDocx(fixtureBytes("example-nota.docx")).bytes);
  expect(Object.keys(adopted).sort()).toEqual(Object.keys(original).sort());
  for (const name of Object.keys(original))
    if (name !== "word/document.xml") expect(adopted[name]).toEqual(original[name]);
});

test.each([
  ["letter.docx", "no-blocks"],
  ["not-a-nota.docx", "no-blocks"],
])("%s is refused (%s)", (name, reason) => {
  expect(() => adoptDocx(fixtureBytes(name))).toThrow(expect.objectContaining({ reason }));
  expect(() => adoptDocx(fixtureBytes(name))).toThrow(AdoptError);
});

describe("adopt on documents Word and others write differently (issue 16)", () => {
  const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  const STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
  /** The nota fixture with its document.xml changed by `change`, rewritten whole. */
  const withDocument = (change: (xml: string) => string) => {
    const parts = unzipSync(fixtureBytes("example-nota.docx"));
    parts["word/document.xml"] = strToU8(change(strFromU8(parts["word/document.xml"])));
    return zipSync(parts);
  };
  /** The namespace of every sdt element in the adopted document, as the XML parser sees it. */
  const sdtNamespaces = (bytes: Uint8Array) => {
    const uris = new Set<string>();
    const parser = new SaxesParser({ xmlns: true });
    parser.on("opentag", (tag) => void (tag.local === "sdt" && uris.add(tag.uri)));
    parser.write(strFromU8(unzipSync(bytes)["word/document.xml"])).close();
    return [...uris];
  };
  const holds = (input: Uint8Array, namespace: string) => {
    const adopted = adoptDocx(input);
    expect(adopted.wrapped.length).toBeGreaterThan(3);
    expect(texts(adopted.bytes)).toEqual(texts(input));
    expect(sdtNamespaces(adopted.bytes)).toEqual([namespace]);
    expect(adoptDocx(adopted.bytes).wrapped).toEqual([]); // idempotent on its own output
  };

  test("a Strict document gets its controls in the Strict namespace", () => {
    holds(
      withDocument((xml) => xml.replace(`xmlns:w="${W}"`, `xmlns:w="${STRICT}"`)),
      STRICT,
    );
  });

  test("single-quoted xmlns:w, a '>' in a root attribute, a comment before the root that names another prefix", () => {
    holds(
      withDocument((xml) =>
        xml
          .replace(`xmlns:w="${W}"`, `xmlns:w='${W}'`)
          .replace("<w:document ", `<!-- <w:document xmlns:q="${W}"> --><w:document xmlns:x="urn:a>b" `),
      ),
      W,
    );
  });

  test("WordprocessingML as the default namespace only: the controls declare a prefix of their own", () => {
    const input = withDocument((xml) =>
      xml.replace(`xmlns:w="${W}"`, `xmlns="${W}" xmlns:w="${W}"`).replace(/<(\/?)w:/g, "<$1"),
    );
    // The root binds w: too, so the fixture keeps its w:val attributes; a root without it is below.
    holds(input, W);
    const bare = adoptDocx(
      withDocument((xml) =>
        xml
          .replace(`xmlns:w="${W}"`, `xmlns="${W}" xmlns:notaw="urn:other" xmlns:ww="${W}"`)
          .replace(/<(\/?)w:/g, "<$1")
          .replace(/ w:/g, " ww:"),
      ),
    );
    expect(sdtNamespaces(bare.bytes)).toEqual([W]);
  });

  test("a block of 130,000 paragraphs is adopted, not a stack overflow", () => {
    const input = withDocument((xml) => {
      const at = xml.indexOf("<w:p>", xml.indexOf("Aanleiding"));
      const end = xml.indexOf("</w:p>", at) + "</w:p>".length;
      return (
        xml.slice(0, end) +
        "<w:p><w:r><w:t>Nog een alinea.</w:t></w:r></w:p>".repeat(130_000) +
        xml.slice(end)
      );
    });
    const adopted = adoptDocx(input);
    expect(adopted.wrapped.map((i) => i.tag)).toContain(TAGS.block("aanleiding"));
  });

  test("the output's entry names are the input's, every one a part name", () => {
    const names = Object.keys(unzipSync(adoptDocx(fixtureBytes("example-nota.docx")).bytes));
    expect(names.every(isPartName)).toBe(true);
  });
});
