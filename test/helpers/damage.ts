/**
 * Makers of damaged .docx files, from a valid one, at byte level: the cases a fuzz campaign found read as if fine
 * (issue 9). Kept as makers, not as binary fixtures.
 */
import { zipSync, unzipSync } from "fflate";

const u16 = (d: Uint8Array, o: number) => d[o] | (d[o + 1] << 8);
const u32 = (d: Uint8Array, o: number) => (d[o] | (d[o + 1] << 8) | (d[o + 2] << 16)) + d[o + 3] * 0x1000000;
const put16 = (d: Uint8Array, o: number, v: number) => {
  d[o] = v & 0xff;
  d[o + 1] = (v >> 8) & 0xff;
};
const put32 = (d: Uint8Array, o: number, v: number) => {
  for (let i = 0; i < 4; i++) d[o + i] = Math.floor(v / 2 ** (8 * i)) & 0xff;
};

function endRecord(d: Uint8Array): number {
  for (let i = d.length - 22; i >= 0; i--) if (u32(d, i) === 0x06054b50) return i;
  throw new Error("no end record");
}

/** Central directory entries: offset of each header, and its name. */
function directory(d: Uint8Array): { at: number; name: string; local: number }[] {
  const end = endRecord(d);
  const out: { at: number; name: string; local: number }[] = [];
  for (let at = u32(d, end + 16); u32(d, at) === 0x02014b50;) {
    const n = u16(d, at + 28);
    out.push({
      at,
      name: new TextDecoder().decode(d.subarray(at + 46, at + 46 + n)),
      local: u32(d, at + 42),
    });
    at += 46 + n + u16(d, at + 30) + u16(d, at + 32);
  }
  return out;
}

/** The same package with every entry stored (not compressed), so its bytes can be changed in place. */
export function stored(docx: Uint8Array): Uint8Array {
  return zipSync(unzipSync(docx), { level: 0 });
}

/** One byte of the stored document.xml changed: "Geadviseerd" becomes "Geadbiseerd", its CRC no longer matches. */
export function flippedByte(docx: Uint8Array): Uint8Array {
  const d = stored(docx);
  const text = new TextDecoder("latin1").decode(d);
  const at = text.indexOf("Geadviseerd");
  if (at < 0) throw new Error("no Geadviseerd");
  d[at + 4] = "b".charCodeAt(0);
  return d;
}

/** One byte flipped inside the compressed data of document.xml. */
export function flippedCompressed(docx: Uint8Array): Uint8Array {
  const d = new Uint8Array(docx);
  const entry = directory(d).find((e) => e.name === "word/document.xml")!;
  const start = entry.local + 30 + u16(d, entry.local + 26) + u16(d, entry.local + 28);
  d[start + 200] ^= 0x10;
  return d;
}

/** Two entries with the same name (OPC forbids it): docProps/core.xml renamed to word/document.xml. */
export function duplicateNames(docx: Uint8Array): Uint8Array {
  const d = new Uint8Array(docx);
  const entry = directory(d).find((e) => e.name === "docProps/core.xml");
  if (!entry) throw new Error("no docProps/core.xml");
  const name = new TextEncoder().encode("word/document.xml");
  d.set(name, entry.at + 46);
  d.set(name, entry.local + 30);
  return d;
}

/** document.xml declares a larger size than its data holds. */
export function declaredTooLarge(docx: Uint8Array): Uint8Array {
  const d = new Uint8Array(docx);
  const entry = directory(d).find((e) => e.name === "word/document.xml")!;
  put32(d, entry.at + 24, u32(d, entry.at + 24) + 1000);
  return d;
}

/** The end record counts one entry more than the directory holds. */
export function countMismatch(docx: Uint8Array): Uint8Array {
  const d = new Uint8Array(docx);
  const end = endRecord(d);
  put16(d, end + 8, u16(d, end + 8) + 1);
  put16(d, end + 10, u16(d, end + 10) + 1);
  return d;
}

/** A ZIP64 end record claiming 100 million entries, which the file cannot hold. */
export function zip64Claim(docx: Uint8Array): Uint8Array {
  const d = new Uint8Array(docx);
  const end = endRecord(d);
  const record = new Uint8Array(56);
  put32(record, 0, 0x06064b50);
  put32(record, 24, 100_000_000);
  put32(record, 32, 100_000_000);
  const locator = new Uint8Array(20);
  put32(locator, 0, 0x07064b50);
  put32(locator, 8, end);
  const tail = d.slice(end);
  put16(tail, 8, 0xffff);
  put16(tail, 10, 0xffff);
  const out = new Uint8Array(end + 56 + 20 + tail.length);
  out.set(d.subarray(0, end));
  out.set(record, end);
  out.set(locator, end + 56);
  out.set(tail, end + 76);
  return out;
}

/** An entry marked as encrypted (a zip with a password). */
export function encryptedEntry(docx: Uint8Array): Uint8Array {
  const d = new Uint8Array(docx);
  const entry = directory(d).find((e) => e.name === "word/document.xml")!;
  put16(d, entry.at + 8, u16(d, entry.at + 8) | 1);
  return d;
}
