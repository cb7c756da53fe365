/**
 * A zip written byte by byte, so that a test can say what every header holds (a name no zip library would write,
 * a local header that disagrees with the directory, a method Word never uses, a deflate stream that goes on).
 */
import { deflateRawSync } from "zlib";
import { crc32 } from "../../src/docx/zip";

export interface RawEntry {
  name: string;
  /** The part's bytes as the directory declares them (size and CRC are taken from these). */
  data: Uint8Array;
  /** 0 stored, 8 deflate (default), or another method number with `compressed` given. */
  method?: number;
  /** The bytes written as the entry's data (default: `data` deflated, or as is when stored). */
  compressed?: Uint8Array;
  /** The name written in the local header (default: `name`). */
  localName?: string;
}

const enc = new TextEncoder();

function header(fields: [number, 2 | 4][]): Uint8Array {
  const out = new Uint8Array(fields.reduce((n, [, w]) => n + w, 0));
  let at = 0;
  for (const [v, w] of fields) {
    for (let i = 0; i < w; i++) out[at + i] = Math.floor(v / 2 ** (8 * i)) & 0xff;
    at += w;
  }
  return out;
}

export function rawZip(entries: RawEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const method = e.method ?? 8;
    const body = e.compressed ?? (method === 8 ? new Uint8Array(deflateRawSync(e.data)) : e.data);
    const crc = crc32(e.data);
    const name = enc.encode(e.name);
    const localName = enc.encode(e.localName ?? e.name);
    const common = (n: Uint8Array): [number, 2 | 4][] => [
      [20, 2],
      [0x0800, 2], // UTF-8 names
      [method, 2],
      [0, 2],
      [0x21, 2],
      [crc, 4],
      [body.length, 4],
      [e.data.length, 4],
      [n.length, 2],
      [0, 2],
    ];
    const local = header([[0x04034b50, 4], ...common(localName)]);
    chunks.push(local, localName, body);
    central.push(
      header([[0x02014b50, 4], [20, 2], ...common(name), [0, 2], [0, 2], [0, 2], [0, 4], [offset, 4]]),
      name,
    );
    offset += local.length + localName.length + body.length;
  }
  const dirSize = central.reduce((n, c) => n + c.length, 0);
  const end = header([
    [0x06054b50, 4],
    [0, 2],
    [0, 2],
    [entries.length, 2],
    [entries.length, 2],
    [dirSize, 4],
    [offset, 4],
    [0, 2],
  ]);
  const all = [...chunks, ...central, end];
  const out = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of all) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
export const CONTENT_TYPES =
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
export const ROOT_RELS =
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
export const documentXml = (body: string) =>
  `<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`;

/** The three entries of the smallest .docx, with `extra` entries after them. */
export function smallDocx(
  body: string,
  extra: RawEntry[] = [],
  document: Partial<RawEntry> = {},
): Uint8Array {
  return rawZip([
    { name: "[Content_Types].xml", data: enc.encode(CONTENT_TYPES) },
    { name: "_rels/.rels", data: enc.encode(ROOT_RELS) },
    { name: "word/document.xml", data: enc.encode(documentXml(body)), ...document },
    ...extra,
  ]);
}
