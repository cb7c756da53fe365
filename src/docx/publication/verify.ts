/**
 * The copy read back as a reader (and a curious one) would read it, independently of how it was built: every
 * part decoded (UTF-8 or UTF-16), its XML unescaped, searched whole (attributes and single texts) and paragraph
 * by paragraph (text split over runs, breaks and tabs), in the reading form, for every withheld text. A binary
 * part must be a picture whose metadata is verifiably gone. The first hit names the part.
 */
import { decodePart } from "../ooxml";
import { findReadings, readingOf } from "../../nota/woo";
import { isStripped } from "./images";

const ENTITY = /&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi;
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function unescapeXml(s: string): string {
  return s.replace(ENTITY, (_m, e: string) => {
    if (e[0] !== "#") return NAMED[e.toLowerCase()];
    const code = e[1].toLowerCase() === "x" ? parseInt(e.slice(2), 16) : Number(e.slice(1));
    return code <= 0x10ffff ? String.fromCodePoint(code) : "";
  });
}

/** Text and text-like elements, tabs and breaks, paragraph ends: in the order they stand. */
const READ =
  /<(?:\w+:)?(t|instrText)\b[^>]*>([^<]*)<\/(?:\w+:)?\1>|<(?:\w+:)?(tab|br|cr|noBreakHyphen)\b[^>]*\/>|<\/(?:\w+:)?p>/g;

/** The paragraphs of a part as a reader reads them, from the XML text alone (one by one: memory). */
export function* paragraphsOfXml(xml: string): Generator<string> {
  let current = "";
  for (const m of xml.matchAll(READ)) {
    if (m[1]) current += unescapeXml(m[2]);
    else if (m[3]) current += m[3] === "noBreakHyphen" ? "-" : " ";
    else {
      yield current;
      current = "";
    }
  }
  if (current) yield current;
}

/**
 * Attribute values that are measurements, numbers, colours or ids ("1417", "12pt", "FF0000", "00D1E2F3"): they
 * cannot hold a name, and a withheld number that happens to equal a margin is not in the copy's text.
 */
const MEASURE = /="-?[\d.]+(?:pt|cm|mm|in|pc|pi|emu|%|ch)?"|="[0-9A-Fa-f]{6,8}"/g;

/** A long XML text in slices of about a megabyte, cut after a ">" and overlapping by `overlap` characters. */
function* slicesOf(xml: string, overlap: number): Generator<string> {
  const size = 1 << 15;
  if (xml.length <= size) return yield xml;
  for (let start = 0; start < xml.length;) {
    let end = Math.min(xml.length, start + size);
    if (end < xml.length) {
      const cut = xml.indexOf(">", end);
      end = cut < 0 ? xml.length : cut + 1;
    }
    const from = Math.max(0, start - overlap);
    const back = xml.lastIndexOf(">", from);
    yield xml.slice(from > 0 && back >= 0 ? back + 1 : from, end);
    start = end;
  }
}

/** The first part of the copy where a needle (a reading form) is still found; undefined when none. */
export function findLeak(files: Record<string, Uint8Array>, needles: readonly string[]): string | undefined {
  // Slices overlap by more than any needle can take (a character reads as at most a few, an entity is ≤ 10).
  const overlap = 16 * Math.max(0, ...needles.map((n) => n.length)) + 64;
  for (const [name, bytes] of Object.entries(files)) {
    if (!/\.(xml|rels)$/.test(name)) {
      if (!isStripped(bytes)) return name;
      continue;
    }
    const xml = decodePart(bytes);
    if (!needles.length) continue;
    for (const slice of slicesOf(xml, overlap))
      if (findReadings(readingOf(unescapeXml(slice.replace(MEASURE, '=""'))), needles).length) return name;
    for (const p of paragraphsOfXml(xml)) if (findReadings(readingOf(p), needles).length) return name;
  }
  return undefined;
}
