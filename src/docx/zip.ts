/**
 * The zip container of a .docx, read with its directory checked before anything is inflated: the end record and
 * the central directory must agree, ZIP64 claims must fit the file's real size, names are unique (OPC forbids
 * duplicates), no entry is encrypted, every declared size is bounded, and every part that is read must match its
 * CRC-32. Whatever Word would call damaged is refused, the same way for every caller.
 */
import { inflateSync } from "fflate";

export type ZipProblem =
  | "no-end-record"
  | "zip64-claim"
  | "too-many-entries"
  | "directory-outside"
  | "count-mismatch"
  | "duplicate-name"
  | "encrypted-entry"
  | "entry-outside"
  | "size-mismatch"
  | "crc-mismatch"
  | "unsupported-method"
  | "too-large";

export class ZipError extends Error {
  constructor(
    readonly problem: ZipProblem,
    /** The entry concerned, when there is one. */
    readonly entry?: string,
  ) {
    super(entry ? `${problem}: ${entry}` : problem);
    this.name = "ZipError";
  }
}

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** The most entries a .docx is read with (a real one has a few dozen). */
export const MAX_ENTRIES = 10_000;

const u16 = (d: Uint8Array, o: number) => d[o] | (d[o + 1] << 8);
const u32 = (d: Uint8Array, o: number) => (d[o] | (d[o + 1] << 8) | (d[o + 2] << 16)) + d[o + 3] * 0x1000000;

let CRC_TABLE: Uint32Array | undefined;
export function crc32(data: Uint8Array): number {
  if (!CRC_TABLE) {
    CRC_TABLE = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      CRC_TABLE[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const decoder = new TextDecoder("utf-8");

/** The central directory, checked; no entry is inflated. */
export function readDirectory(data: Uint8Array): ZipEntry[] {
  // The end record: in the last 64 KB + 22 bytes (its comment is at most 65,535 bytes).
  let end = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--) {
    if (u32(data, i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new ZipError("no-end-record");
  const count = u16(data, end + 10);
  const dirSize = u32(data, end + 12);
  const dirOffset = u32(data, end + 16);
  // ZIP64: the fields say "see the ZIP64 record"; its claims must fit the real file.
  if (count === 0xffff || dirSize === 0xffffffff || dirOffset === 0xffffffff) {
    const locator = end - 20;
    if (locator < 0 || u32(data, locator) !== 0x07064b50) throw new ZipError("zip64-claim");
    const recordOffset = u32(data, locator + 8) + u32(data, locator + 12) * 0x100000000;
    if (recordOffset + 56 > data.length || u32(data, recordOffset) !== 0x06064b50)
      throw new ZipError("zip64-claim");
    const entries64 = u32(data, recordOffset + 32) + u32(data, recordOffset + 36) * 0x100000000;
    if (entries64 > MAX_ENTRIES) throw new ZipError("too-many-entries");
    throw new ZipError("zip64-claim"); // a .docx is never this large: refused rather than trusted
  }
  if (count > MAX_ENTRIES) throw new ZipError("too-many-entries");
  if (dirOffset + dirSize > end) throw new ZipError("directory-outside");
  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  let at = dirOffset;
  while (at + 46 <= dirOffset + dirSize && u32(data, at) === 0x02014b50) {
    const nameLength = u16(data, at + 28);
    const extraLength = u16(data, at + 30);
    const commentLength = u16(data, at + 32);
    const entry: ZipEntry = {
      flags: u16(data, at + 8),
      method: u16(data, at + 10),
      crc: u32(data, at + 16),
      compressedSize: u32(data, at + 20),
      size: u32(data, at + 24),
      localOffset: u32(data, at + 42),
      name: decoder.decode(data.subarray(at + 46, at + 46 + nameLength)),
    };
    at += 46 + nameLength + extraLength + commentLength;
    const key = entry.name.toLowerCase(); // OPC part names compare without case
    if (seen.has(key)) throw new ZipError("duplicate-name", entry.name);
    seen.add(key);
    if (entry.flags & 1) throw new ZipError("encrypted-entry", entry.name);
    if (entry.localOffset + 30 > dirOffset) throw new ZipError("entry-outside", entry.name);
    entries.push(entry);
    if (entries.length > MAX_ENTRIES) throw new ZipError("too-many-entries");
  }
  if (entries.length !== count) throw new ZipError("count-mismatch");
  return entries;
}

/** One entry's bytes, inflated into exactly its declared size and checked against its CRC-32. */
export function readEntry(data: Uint8Array, entry: ZipEntry): Uint8Array {
  const local = entry.localOffset;
  if (u32(data, local) !== 0x04034b50) throw new ZipError("entry-outside", entry.name);
  const start = local + 30 + u16(data, local + 26) + u16(data, local + 28);
  if (start + entry.compressedSize > data.length) throw new ZipError("entry-outside", entry.name);
  const raw = data.subarray(start, start + entry.compressedSize);
  let out: Uint8Array;
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw new ZipError("size-mismatch", entry.name);
    out = raw;
  } else if (entry.method === 8) {
    try {
      out = inflateSync(raw, { out: new Uint8Array(entry.size) });
    } catch {
      throw new ZipError("size-mismatch", entry.name);
    }
    if (out.length !== entry.size) throw new ZipError("size-mismatch", entry.name);
  } else {
    throw new ZipError("unsupported-method", entry.name);
  }
  if (crc32(out) !== entry.crc) throw new ZipError("crc-mismatch", entry.name);
  return out;
}
