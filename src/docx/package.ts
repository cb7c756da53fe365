/**
 * The .docx container: a zip (OPC package). Reads only the parts the reader needs, with a cap on their
 * uncompressed size, and recognises the files that look like a .docx but are not one.
 */
import { NS } from "./namespaces";
import type { SaxesParser } from "saxes";
import { type ElementWatcher, MAX_XML_DEPTH, XmlRefusal, parseXmlSafely } from "../nota/xml-parse";
import { ZipError, readDirectory, readEntry, type ZipProblem } from "./zip";

/** What the package judge finds beyond the zip layer (the zip's own problems are ZipProblem). */
export type PackageProblem = "empty-part";

/** Where a document without text in its body holds text, if anywhere (for the sentence that says so). */
export type TextElsewhere = "deleted" | "headers" | "notes" | "comments" | "math" | "pictures";

/** The limits the reader enforces, named. */
export type LimitKind = "depth" | "paragraphs" | "text" | "unit";

/**
 * Why a .docx cannot be used, as data: a code and the values its sentence names (the sentences are in one
 * catalogue, src/docx/messages.ts). A plain object, so it crosses the letter worker's boundary as it is and the
 * command line and the pane say the same sentence from the same data.
 */
export type DocxProblem =
  | { readonly code: "not-zip" }
  /** `why`, for developers: no main document part, or not WordprocessingML's namespace. */
  | { readonly code: "not-docx"; readonly why?: "other-office" | "namespace" }
  | { readonly code: "encrypted"; readonly entry?: string }
  | { readonly code: "legacy-doc" }
  /** All entries together unpack to more than `mb` MB. */
  | { readonly code: "too-large"; readonly mb: number }
  /** The file itself is larger than `mb` MB (checked before it is read). */
  | { readonly code: "file-too-large"; readonly mb: number }
  /** Malformed XML in `part`, around `line` (when known). */
  | { readonly code: "xml"; readonly part: string; readonly line?: number }
  /** No text in the body; `elsewhere` says where there is some. */
  | { readonly code: "empty"; readonly elsewhere?: TextElsewhere }
  | { readonly code: "damaged"; readonly problem: ZipProblem | PackageProblem; readonly entry?: string }
  /** `part` holds a DOCTYPE or entity declaration. */
  | { readonly code: "not-word"; readonly part: string }
  /** Nesting deeper than `max` levels, or a block of more than `max` elements (MAX_UNIT_ELEMENTS), in `part`. */
  | { readonly code: "limit"; readonly limit: "depth" | "unit"; readonly max: number; readonly part: string }
  | { readonly code: "limit"; readonly limit: Exclude<LimitKind, "depth" | "unit">; readonly max: number };

export type DocxErrorCode = DocxProblem["code"];

export class DocxError extends Error {
  constructor(readonly problem: DocxProblem) {
    const { code, ...values } = problem;
    super(Object.keys(values).length ? `${code}: ${JSON.stringify(values)}` : code);
    this.name = "DocxError";
  }

  get code(): DocxErrorCode {
    return this.problem.code;
  }
}

/** The largest .docx read, in MB: checked before a byte of it is read (the command line's NOTA_MAX_MB overrides). */
export const MAX_FILE_MB = 50;

/** Default cap on the uncompressed size of the parts read: far above any real nota, far below a zip bomb. */
export const DEFAULT_MAX_UNCOMPRESSED = 128 * 1024 * 1024;

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(data: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => data[i] === b);
}

/** "EncryptionInfo" in UTF-16LE: the stream an encrypted OOXML file keeps in its compound-file wrapper. */
function hasEncryptionInfo(data: Uint8Array): boolean {
  const needle = [..."EncryptionInfo"].flatMap((c) => [c.charCodeAt(0), 0]);
  const limit = Math.min(data.length - needle.length, 4 * 1024 * 1024);
  outer: for (let i = 0; i <= limit; i++) {
    for (let j = 0; j < needle.length; j++) if (data[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

export interface ZipParts {
  /** Part name (no leading slash) → bytes. */
  parts: Map<string, Uint8Array>;
  /** Every part name in the package. */
  names: string[];
}

/** The parts whose XML the judge reads: every `.xml` and `.rels` part (VML and the like are not XML enough). */
const isXmlPart = (name: string) => /\.(?:xml|rels)$/i.test(name);

/**
 * The package, judged once and the same way before any command uses it (check, adopt and publish all open it
 * here): the directory checked before anything is inflated; the unpacked sizes of all entries together under the
 * cap; then every entry inflated and matched against its CRC-32 (not only those a command reads); every XML part
 * non-empty and well-formed, every `.rels` a relationships part. `read` then hands out the parts asked for.
 */
export function openZip(
  data: Uint8Array,
  maxUncompressed = DEFAULT_MAX_UNCOMPRESSED,
): {
  names: string[];
  read: (wanted: (name: string) => boolean) => ZipParts;
} {
  if (data.length === 0) throw new DocxError({ code: "empty" });
  if (startsWith(data, CFB_MAGIC)) {
    throw new DocxError({ code: hasEncryptionInfo(data) ? "encrypted" : "legacy-doc" });
  }
  if (!(data[0] === 0x50 && data[1] === 0x4b)) throw new DocxError({ code: "not-zip" });
  const entries = zipChecked(() => readDirectory(data));
  const names = entries.map((e) => e.name);
  const total = entries.reduce((n, e) => n + e.size, 0);
  if (total > maxUncompressed)
    throw new DocxError({ code: "too-large", mb: Math.round(maxUncompressed / 1024 / 1024) });
  const parts = new Map<string, Uint8Array>();
  for (const e of entries)
    parts.set(
      e.name,
      zipChecked(() => readEntry(data, e)),
    );
  judgeParts(parts);
  return {
    names,
    read: (wanted) => ({ parts: new Map([...parts].filter(([name]) => wanted(name))), names }),
  };
}

/**
 * The XML of every part, judged: empty is damage; a DOCTYPE, too deep a nesting or malformed XML is refused as
 * the reader would refuse it. The main document is parsed by every command that reads the package (with the same
 * parser and the same verdict), so it is not parsed twice here.
 */
function judgeParts(parts: Map<string, Uint8Array>): void {
  const main = mainDocumentName(parts);
  for (const [name, bytes] of parts) {
    if (!isXmlPart(name)) continue;
    if (bytes.length === 0) throw new DocxError({ code: "damaged", problem: "empty-part", entry: name });
    if (name === main) continue;
    if (/\.rels$/i.test(name)) parseRelationships(name, partText(bytes));
    else parseXml(name, partText(bytes), () => undefined);
  }
}

/** The main document part the package's relationships name, when they name one. */
function mainDocumentName(parts: Map<string, Uint8Array>): string | undefined {
  const rels = parts.get("_rels/.rels");
  if (!rels || rels.length === 0) return undefined;
  const main = parseRelationships("_rels/.rels", partText(rels)).find((r) =>
    /\/officeDocument$/.test(r.type),
  );
  return main ? resolveTarget("", main.target) : undefined;
}

function zipChecked<T>(read: () => T): T {
  try {
    return read();
  } catch (err) {
    if (err instanceof ZipError) throw zipProblem(err);
    throw err;
  }
}

/** Every part of the package (for writers that copy it whole), judged as openZip judges it. */
export function readAllParts(
  data: Uint8Array,
  maxUncompressed = DEFAULT_MAX_UNCOMPRESSED,
): Record<string, Uint8Array> {
  return Object.fromEntries(openZip(data, maxUncompressed).read(() => true).parts);
}

function zipProblem(err: ZipError): DocxError {
  if (err.problem === "encrypted-entry") return new DocxError({ code: "encrypted", entry: err.entry });
  if (err.problem === "no-end-record") return new DocxError({ code: "not-zip" });
  return new DocxError({ code: "damaged", problem: err.problem, entry: err.entry });
}

const decoder = new TextDecoder("utf-8");

/** A part's text: UTF-8, or UTF-16 (which OPC allows) when it starts with that byte-order mark. */
export function partText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  return decoder.decode(bytes);
}

/** How deep elements may nest in a part (Word's own documents stay far below it). */
export const MAX_DEPTH = MAX_XML_DEPTH;

/**
 * How many elements one block may hold: a paragraph, or any other element that is not one of the containers
 * (BLOCK_CONTAINERS: the body, a table, its rows and cells, a control or custom XML around blocks, a note) and
 * stands in none but them. The publication copy is rebuilt a block at a time, and this bounds what it holds at
 * once; the most in 1,387 public Word-written files (Open-XML-SDK, Open-Xml-PowerTools, docx4j, mammoth.js) was
 * 6,712 (a paragraph holding an equation).
 */
export const MAX_UNIT_ELEMENTS = 200_000;

/** The WordprocessingML elements that contain blocks (the publication copy reads through them, block by block). */
export const BLOCK_CONTAINERS =
  /^(?:document|body|hdr|ftr|footnotes|endnotes|footnote|endnote|tbl|tr|tc|sdt|sdtContent|customXml)$/;

/** Counts the elements of each block (see MAX_UNIT_ELEMENTS) and refuses a block past the limit. */
function blockLimit(partName: string): ElementWatcher {
  /** The depth of the open block, and how many elements it holds so far. */
  let blockDepth = 0;
  let elements = 0;
  return {
    open(tag, depth) {
      if (blockDepth) {
        if (++elements > MAX_UNIT_ELEMENTS)
          throw new DocxError({ code: "limit", limit: "unit", max: MAX_UNIT_ELEMENTS, part: partName });
      } else if (depth > 1 && isW(tag.uri) && !BLOCK_CONTAINERS.test(tag.local)) {
        blockDepth = depth;
        elements = 1;
      }
    },
    close(depth) {
      if (depth === blockDepth) blockDepth = 0;
    },
  };
}

/**
 * Parses a part's XML with the one hardened parser (src/nota/xml-parse.ts), its refusals named for the part: a
 * DOCTYPE or entity declaration is "not-word" (refused before parsing); nesting deeper than MAX_DEPTH is "limit";
 * any other parse error is "xml" with the part and the line, never the parser's own text. A DocxError a handler
 * throws (a reader's limit) passes as it is.
 */
export function parseXml(
  partName: string,
  xml: string | Iterable<string>,
  setup: (parser: SaxesParser<{ xmlns: true }>) => void,
): void {
  try {
    parseXmlSafely(xml, setup, (err) => err instanceof DocxError, blockLimit(partName));
  } catch (err) {
    if (!(err instanceof XmlRefusal)) throw err;
    if (err.reason === "declaration") throw new DocxError({ code: "not-word", part: partName });
    if (err.reason === "depth")
      throw new DocxError({ code: "limit", limit: "depth", max: MAX_DEPTH, part: partName });
    throw new DocxError({ code: "xml", part: partName, line: err.line });
  }
}

export { NS };

export function isW(uri: string): boolean {
  return uri === NS.w || uri === NS.wStrict;
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
}

export function parseRelationships(partName: string, xml: string): Relationship[] {
  const rels: Relationship[] = [];
  parseXml(partName, xml, (p) =>
    p.on("opentag", (tag) => {
      if (tag.local !== "Relationship") return;
      const a = (n: string) => tag.attributes[n]?.value ?? "";
      rels.push({ id: a("Id"), type: a("Type"), target: a("Target") });
    }),
  );
  return rels;
}

/** Resolves a relationship target against the folder of the part that owns the relationships. */
export function resolveTarget(ownerPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const segments = ownerPart.split("/").slice(0, -1);
  for (const s of target.split("/")) {
    if (s === "..") segments.pop();
    else if (s !== ".") segments.push(s);
  }
  return segments.join("/");
}

export function relsPartOf(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}
