/**
 * One OOXML toolkit for the reader, adopt and the publication copy: on/off values, attributes by local name, the
 * main part's name, part paths and the decoding of a part's bytes (UTF-8 or UTF-16, as OPC allows). Every caller
 * that reads a part through here agrees on what the part says.
 */
import { parseRelationships, parseXml, relsPartOf, resolveTarget } from "./package";

export { relsPartOf, resolveTarget };

/**
 * An ST_OnOff value: absent (the element alone) is on; "0", "false" and "off" are off, in any case. Anything
 * else ("1", "true", "on") is on.
 */
export function isOn(value: string | undefined): boolean {
  return value === undefined || !/^(0|false|off)$/i.test(value.trim());
}

/** An attribute's value by its local name, whatever its prefix (w:val, val, strict's w:val). */
export function attrByLocal(
  attributes: Record<string, { local: string; value: string }> | Iterable<{ local: string; value: string }>,
  local: string,
): string | undefined {
  if (Symbol.iterator in attributes) {
    for (const a of attributes as Iterable<{ local: string; value: string }>)
      if (a.local === local) return a.value;
    return undefined;
  }
  const record = attributes as Record<string, { local: string; value: string }>;
  for (const key in record) if (record[key].local === local) return record[key].value;
  return undefined;
}

const UTF8 = new TextDecoder("utf-8");
const UTF16LE = new TextDecoder("utf-16le");
const UTF16BE = new TextDecoder("utf-16be");

/** Which encoding a part's bytes are in: by byte-order mark, or (without one) by the bytes of "<" (UTF-16). */
export function partEncoding(bytes: Uint8Array): "utf-8" | "utf-16le" | "utf-16be" {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  if (bytes[0] === 0x3c && bytes[1] === 0x00) return "utf-16le";
  if (bytes[0] === 0x00 && bytes[1] === 0x3c) return "utf-16be";
  return "utf-8";
}

/** A part's text in whichever encoding it was written (the byte-order mark is not part of the text). */
export function decodePart(bytes: Uint8Array): string {
  const encoding = partEncoding(bytes);
  const text = (encoding === "utf-8" ? UTF8 : encoding === "utf-16le" ? UTF16LE : UTF16BE).decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * A part's text a megabyte at a time (memory: a large part's text never stands whole), decoded as decodePart
 * decodes it; a character split between two pieces is decoded whole in the second.
 */
export function* decodePartInPieces(bytes: Uint8Array): Generator<string> {
  const size = 1 << 15;
  function* slices() {
    for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
  }
  yield* decodeInPieces(slices(), partEncoding(bytes));
}

/** Text in `encoding` given as byte chunks in order, decoded a chunk at a time (a character may straddle two). */
export function* decodeInPieces(
  chunks: Iterable<Uint8Array>,
  encoding: ReturnType<typeof partEncoding> = "utf-8",
): Generator<string> {
  const decoder = new TextDecoder(encoding);
  let first = true;
  for (const chunk of chunks) {
    const text = decoder.decode(chunk, { stream: true });
    if (!text) continue;
    yield first && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    first = false;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

export const REL_TYPES = {
  officeDocument: /\/officeDocument$/,
  styles: /\/styles$/,
  numbering: /\/numbering$/,
  settings: /\/settings$/,
  fontTable: /\/fontTable$/,
  theme: /\/theme$/,
  header: /\/header$/,
  footer: /\/footer$/,
  footnotes: /\/footnotes$/,
  endnotes: /\/endnotes$/,
  image: /\/image$/,
  hyperlink: /\/hyperlink$/,
} as const;

/** The main document part's name ("word/document.xml") from the package's root relationships; undefined if none. */
export function mainPartName(rootRels: Uint8Array | undefined): string | undefined {
  if (!rootRels) return undefined;
  const rel = parseRelationships("_rels/.rels", decodePart(rootRels)).find(
    (r) => REL_TYPES.officeDocument.test(r.type) && !/^[a-z][\w+.-]*:/i.test(r.target),
  );
  return rel ? resolveTarget("", rel.target) : undefined;
}

/** A part's relationships (none when it has no .rels part), each with its target resolved to a part name. */
export function relationshipsOf(
  files: { get(name: string): Uint8Array | undefined },
  part: string,
): { id: string; type: string; target: string; part?: string; external: boolean }[] {
  const relsName = relsPartOf(part);
  const bytes = files.get(relsName);
  if (!bytes) return [];
  const out: { id: string; type: string; target: string; part?: string; external: boolean }[] = [];
  parseXml(relsName, decodePart(bytes), (p) =>
    p.on("opentag", (tag) => {
      if (tag.local !== "Relationship") return;
      const a = (n: string) => attrByLocal(tag.attributes, n) ?? "";
      const target = a("Target");
      const external = a("TargetMode") === "External" || /^[a-z][\w+.-]*:/i.test(target);
      out.push({
        id: a("Id"),
        type: a("Type"),
        target,
        external,
        part: external ? undefined : resolveTarget(part, target),
      });
    }),
  );
  return out;
}
