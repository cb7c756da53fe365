/**
 * `nota adopt` for a .docx: wraps the parts a nota made elsewhere has (header values, title, block contents) in
 * the tagged content controls our template uses, in place, as Word would: block-level w:sdt around whole
 * paragraphs (or the tables they stand in). Not one character of text changes; every other part of the package
 * is written back as it was. Only the body is adopted (parts in a page header are left as they are).
 */
import { SaxesParser } from "saxes";
import { strFromU8, zipSync } from "fflate";
import { AdoptItem, AdoptRefusal, planAdoption } from "../nota/adopt";
import { parseNota } from "../nota/parser";
import { storyOf } from "../nota/snapshot";
import { escapeXml } from "./ooxml-template";
import { DocxError, NS, isW, parseRelationships, readAllParts, relsPartOf, resolveTarget } from "./package";
import { paragraphPositions, readDocx } from "./reader";

export class AdoptError extends Error {
  constructor(readonly reason: AdoptRefusal) {
    super(reason);
    this.name = "AdoptError";
  }
}

export interface AdoptResult {
  bytes: Uint8Array;
  wrapped: AdoptItem[];
  /** Parts that were recognised but not wrapped (in a page header, or not one run of body elements). */
  skipped: AdoptItem[];
}

/**
 * How the controls are written so that they are in the document's own WordprocessingML namespace (Transitional or
 * Strict): the prefix its root element binds to it ("w:" as Word writes it), read by the XML parser from the root
 * start tag itself (a comment before it, single quotes, a `>` inside an attribute value are all XML's business).
 * Where the namespace is only the default one, the controls declare a prefix of their own (`declare`), since
 * WordprocessingML's attributes must be in its namespace and an unprefixed attribute is in none.
 */
function wPrefixOf(xml: string): { prefix: string; declare: string } {
  let root: { uri: string; ns: Record<string, string> } | undefined;
  const parser = new SaxesParser({ xmlns: true });
  parser.on("opentag", (tag) => void (root ??= { uri: tag.uri, ns: tag.ns }));
  try {
    for (let at = 0; !root && at < xml.length; at += 64 * 1024) parser.write(xml.slice(at, at + 64 * 1024));
  } catch {
    throw new DocxError({ code: "xml", part: "document", line: parser.line });
  }
  const uri = root && isW(root.uri) ? root.uri : NS.w;
  const bound = root ? Object.entries(root.ns).find(([p, u]) => p !== "" && u === uri)?.[0] : undefined;
  if (bound) return { prefix: `${bound}:`, declare: "" };
  // A prefix the root does not use for anything else.
  let own = "notaw";
  while (root && own in root.ns) own += "x";
  return { prefix: `${own}:`, declare: ` xmlns:${own}="${uri}"` };
}

/** The plan and the body's paragraph texts; the snapshot itself is let go (a large one is most of the memory). */
function planOf(data: Uint8Array): { plan: ReturnType<typeof planAdoption>; texts: string[] } {
  const snapshot = readDocx(data); // refuses what is not a readable .docx, with its limits
  const plan = planAdoption(parseNota(snapshot));
  return { plan, texts: snapshot.paragraphs.filter((p) => storyOf(p) === "body").map((p) => p.text) };
}

export function adoptDocx(data: Uint8Array): AdoptResult {
  const { plan, texts } = planOf(data);
  if ("refused" in plan) throw new AdoptError(plan.refused);

  const files = readAllParts(data);
  const rels = parseRelationships("_rels/.rels", strFromU8(files["_rels/.rels"]));
  const main = resolveTarget("", rels.find((r) => /\/officeDocument$/.test(r.type))!.target);
  const xml = strFromU8(files[main]);
  files[main] = new Uint8Array(0); // let go of the packed-out bytes: the new part is made from `xml`
  const mainRels = files[relsPartOf(main)];
  const stylesRel = mainRels
    ? parseRelationships(relsPartOf(main), strFromU8(mainRels)).find((r) => /\/styles$/.test(r.type))
    : undefined;
  const stylesPart = stylesRel ? resolveTarget(main, stylesRel.target) : undefined;
  const positions = paragraphPositions(
    xml,
    stylesPart && files[stylesPart] ? strFromU8(files[stylesPart]) : "",
  );
  if (positions.length !== texts.length) throw new DocxError({ code: "xml", part: main });

  const { prefix: w, declare } = wPrefixOf(xml);
  const edits: { at: number; text: string }[] = [];
  const wrapped: AdoptItem[] = [];
  const skipped: AdoptItem[] = [];
  let id = 1_000_000 + Math.floor(Math.random() * 1_000_000_000);
  for (const item of plan.items) {
    const span = spanOf(item, positions, texts);
    if (!span) {
      skipped.push(item);
      continue;
    }
    const open =
      `<${w}sdt${declare}><${w}sdtPr><${w}alias ${w}val="${escapeXml(item.title)}"/><${w}tag ${w}val="${escapeXml(item.tag)}"/>` +
      `<${w}id ${w}val="${id++}"/></${w}sdtPr><${w}sdtContent>`;
    edits.push({ at: span[0], text: open }, { at: span[1], text: `</${w}sdtContent></${w}sdt>` });
    wrapped.push(item);
  }
  // In document order; at one offset a closing tag goes before an opening one. The new part is put together
  // from slices of the original text, each encoded on its own: never a string edited in place (a 48 MB part
  // edited two dozen times would be copied whole each time).
  edits.sort((a, b) => a.at - b.at || (a.text.startsWith("</") ? -1 : 1));
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  let last = 0;
  for (const e of edits) {
    chunks.push(encoder.encode(xml.slice(last, e.at)), encoder.encode(e.text));
    last = e.at;
  }
  chunks.push(encoder.encode(xml.slice(last)));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  chunks.length = 0;
  files[main] = out;
  return { bytes: zipSync(files, { level: 6 }), wrapped, skipped };
}

/**
 * The XML span to wrap: from the first paragraph's start to the last's end when they share a parent; otherwise
 * from the body child holding the first to the one holding the last, provided nothing else with text is inside.
 */
function spanOf(
  item: AdoptItem,
  positions: ReturnType<typeof paragraphPositions>,
  texts: string[],
): [number, number] | undefined {
  const a = positions[item.first];
  const b = positions[item.last];
  if (!a || !b || a.end < 0 || b.end < 0) return undefined;
  if (a.parent === b.parent && a.start <= b.start) return [a.start, b.end];
  if (a.topEnd < 0 || b.topEnd < 0 || a.top > b.top) return undefined;
  const outside = positions.some(
    (p, i) => p.top >= a.top && p.top <= b.top && (i < item.first || i > item.last) && texts[i].trim(),
  );
  return outside ? undefined : [a.top, b.topEnd];
}
