/**
 * The zip container of a .docx, read with its directory checked before anything is inflated: the end record and
 * the central directory must agree, ZIP64 claims must fit the file's real size, names are unique (OPC forbids
 * duplicates), no entry is encrypted, every declared size is bounded, and every part that is read must match its
 * CRC-32. Whatever Word would call damaged is refused, the same way for every caller.
 *
 * A name is kept only when it is a valid OPC part name (allowlisted characters, no empty, `.` or `..` segment, no
 * leading slash, no drive letter, no backslash or control character); a local header must say what the central
 * directory says; a deflate stream is inflated in bounded steps and must end exactly at the declared size.
 */
import { Inflate } from "fflate";

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
  | "too-large"
  | "bad-name"
  | "local-mismatch"
  | "stream-too-long";

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

/**
 * The characters a part name's segment is made of (RFC 3987 ipchar, as OPC's part names use them, without `:`,
 * which would let a drive letter through): unreserved, sub-delims, `@`, percent escapes, non-ASCII letters, and
 * the brackets of `[Content_Types].xml`.
 */
const SEGMENT =
  /^(?:[A-Za-z0-9\-._~!$&'()*+,;=@[\]]|%[0-9A-Fa-f]{2}|[\u00A0-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF]|[\uD800-\uDBFF][\uDC00-\uDFFF])+$/;

/** Whether a zip entry's name is a valid part name (anything else cannot be part of a package). */
export function isPartName(name: string): boolean {
  if (name.length === 0 || name.length > 1024) return false;
  return name.split("/").every((segment) => SEGMENT.test(segment) && !segment.endsWith("."));
}

/** A folder entry ("word/", empty), which some zip writers add: no part, and not kept. */
const isFolderEntry = (e: ZipEntry) => e.name.endsWith("/") && e.size === 0 && e.compressedSize === 0;

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
  let folders = 0;
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
    if (isFolderEntry(entry)) {
      folders++;
      continue;
    }
    if (!isPartName(entry.name)) throw new ZipError("bad-name", entry.name);
    entries.push(entry);
    if (entries.length > MAX_ENTRIES) throw new ZipError("too-many-entries");
  }
  if (entries.length + folders !== count) throw new ZipError("count-mismatch");
  return entries;
}

/** Compressed bytes given to the inflater at a time: one step inflates to at most some 64 MB (1032:1). */
const STEP = 64 * 1024;

/**
 * Inflates a raw deflate stream into exactly `size` bytes, in bounded steps: as soon as it yields more than that,
 * or the compressed bytes end before the stream does, it is damage; whatever follows is never inflated.
 */
function inflateExactly(raw: Uint8Array, size: number, name: string): Uint8Array {
  const out = new Uint8Array(size);
  let produced = 0;
  let ended = false;
  let tooLong = false;
  const inflater = new Inflate((chunk, final) => {
    if (produced + chunk.length > size) tooLong = true;
    else out.set(chunk, produced);
    produced += chunk.length;
    if (final) ended = true;
  });
  try {
    for (let at = 0; at < raw.length && !ended && !tooLong; at += STEP) {
      inflater.push(raw.subarray(at, at + STEP), at + STEP >= raw.length);
    }
  } catch {
    throw new ZipError("size-mismatch", name);
  }
  if (tooLong) throw new ZipError("stream-too-long", name);
  if (!ended || produced !== size) throw new ZipError("size-mismatch", name);
  return out;
}

/** The local header must agree with the central directory: name, method, and (unless deferred) CRC and sizes. */
function checkLocalHeader(data: Uint8Array, entry: ZipEntry, nameLength: number): void {
  const local = entry.localOffset;
  const localName = decoder.decode(data.subarray(local + 30, local + 30 + nameLength));
  const flags = u16(data, local + 6);
  const same =
    localName === entry.name &&
    u16(data, local + 8) === entry.method &&
    (flags & 1) === (entry.flags & 1) &&
    // Bit 3: CRC and sizes follow the data (a streaming writer); the local fields are then zero.
    (flags & 8 ||
      (u32(data, local + 14) === entry.crc &&
        u32(data, local + 18) === entry.compressedSize &&
        u32(data, local + 22) === entry.size));
  if (!same) throw new ZipError("local-mismatch", entry.name);
}

/** One entry's bytes, inflated into exactly its declared size and checked against its CRC-32. */
export function readEntry(data: Uint8Array, entry: ZipEntry): Uint8Array {
  const local = entry.localOffset;
  if (u32(data, local) !== 0x04034b50) throw new ZipError("entry-outside", entry.name);
  const nameLength = u16(data, local + 26);
  const start = local + 30 + nameLength + u16(data, local + 28);
  if (start + entry.compressedSize > data.length) throw new ZipError("entry-outside", entry.name);
  checkLocalHeader(data, entry, nameLength);
  const raw = data.subarray(start, start + entry.compressedSize);
  let out: Uint8Array;
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw new ZipError("size-mismatch", entry.name);
    out = raw;
  } else if (entry.method === 8) {
    out = inflateExactly(raw, entry.size, entry.name);
  } else {
    throw new ZipError("unsupported-method", entry.name);
  }
  if (crc32(out) !== entry.crc) throw new ZipError("crc-mismatch", entry.name);
  return out;
}
