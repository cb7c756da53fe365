/**
 * Pictures carried into the copy without what they say about themselves: JPEG without its APPn and COM segments
 * (Exif with the camera owner and XPAuthor, XMP, the embedded thumbnail, ICC profiles), PNG without any chunk
 * but the ones the picture needs (no tEXt, zTXt, iTXt, eXIf, tIME, iCCP). Written at the byte level, from the
 * formats' own structure; a file whose structure is not exactly that is not carried (undefined).
 */

export type PictureFormat = "png" | "jpeg";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** The PNG chunks a picture needs to be drawn as it was: header, palette, data, transparency, colour, size. */
const PNG_KEPT = new Set([
  "IHDR",
  "PLTE",
  "IDAT",
  "IEND",
  "tRNS",
  "gAMA",
  "cHRM",
  "sRGB",
  "sBIT",
  "pHYs",
  "bKGD",
]);

export function pictureFormat(bytes: Uint8Array): PictureFormat | undefined {
  if (PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return "png";
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "jpeg";
  return undefined;
}

export function stripPicture(bytes: Uint8Array): { format: PictureFormat; bytes: Uint8Array } | undefined {
  const format = pictureFormat(bytes);
  if (format === "png") {
    const out = stripPng(bytes);
    return out && { format, bytes: out };
  }
  if (format === "jpeg") {
    const out = stripJpeg(bytes);
    return out && { format, bytes: out };
  }
  return undefined;
}

/** A picture is carried as it is only when stripping it again changes nothing (the copy's own check). */
export function isStripped(bytes: Uint8Array): boolean {
  const again = stripPicture(bytes);
  return !!again && again.bytes.length === bytes.length && again.bytes.every((b, i) => b === bytes[i]);
}

function concat(pieces: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function stripPng(bytes: Uint8Array): Uint8Array | undefined {
  const pieces: Uint8Array[] = [bytes.subarray(0, 8)];
  let at = 8;
  let ended = false;
  while (at + 12 <= bytes.length) {
    const length = ((bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3]) >>> 0;
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    const end = at + 12 + length;
    if (!/^[A-Za-z]{4}$/.test(type) || end > bytes.length) return undefined;
    if (PNG_KEPT.has(type)) pieces.push(bytes.subarray(at, end));
    // An unknown critical chunk (upper-case first letter): the picture cannot be drawn without it.
    else if (type[0] === type[0].toUpperCase()) return undefined;
    at = end;
    if (type === "IEND") {
      ended = true;
      break;
    }
  }
  return ended && pieces.length > 2 ? concat(pieces) : undefined;
}

/** JPEG markers kept: frames (SOFn), Huffman and quantisation tables, restart interval, arithmetic coding. */
const JPEG_KEPT = (m: number) => (m >= 0xc0 && m <= 0xcf) || m === 0xdb || m === 0xdd || m === 0xdc;

function stripJpeg(bytes: Uint8Array): Uint8Array | undefined {
  const pieces: Uint8Array[] = [bytes.subarray(0, 2)];
  let at = 2;
  for (;;) {
    if (at + 2 > bytes.length || bytes[at] !== 0xff) return undefined;
    let marker = bytes[at + 1];
    while (marker === 0xff && at + 2 < bytes.length) marker = bytes[++at + 1]; // fill bytes
    if (marker === 0xd9) {
      pieces.push(bytes.subarray(at, at + 2));
      return concat(pieces);
    }
    if (at + 4 > bytes.length) return undefined;
    const length = (bytes[at + 2] << 8) | bytes[at + 3];
    const end = at + 2 + length;
    if (length < 2 || end > bytes.length) return undefined;
    const adobe =
      marker === 0xee && length === 14 && String.fromCharCode(...bytes.subarray(at + 4, at + 9)) === "Adobe";
    if (marker === 0xda) {
      // Start of scan: the header, then the entropy-coded data up to the next marker (not a stuffed 0xFF00 or
      // a restart marker).
      let scan = end;
      while (scan + 1 < bytes.length) {
        if (bytes[scan] === 0xff) {
          const next = bytes[scan + 1];
          if (next !== 0x00 && !(next >= 0xd0 && next <= 0xd7) && next !== 0xff) break;
        }
        scan++;
      }
      if (scan + 1 >= bytes.length) return undefined;
      pieces.push(bytes.subarray(at, scan));
      at = scan;
      continue;
    }
    if (JPEG_KEPT(marker) || adobe) pieces.push(bytes.subarray(at, end));
    else if (!((marker >= 0xe0 && marker <= 0xef) || marker === 0xfe)) return undefined;
    at = end;
  }
}
