/**
 * The publication copy (openbaarmakingsversie) of a nota as a .docx: every Woo mark and every field the profile
 * withholds replaced by its ground ("5.1.2e"), and nothing of what was withheld left anywhere in the package.
 *
 * What goes, whatever it holds: comments, tracked deletions (insertions are accepted), hidden text, field codes
 * (their shown results stay), bookmarks, every content control's properties (its content stays), embedded
 * objects, revision ids, document properties beyond a bare core, custom XML parts (the afstemming record),
 * glossary, attached template, document variables. Then every remaining text and attribute is scrubbed of each
 * withheld text, and the result is searched once more: a copy in which a withheld text can still be found is
 * never written.
 */
import { strFromU8, strToU8, zipSync } from "fflate";
import { parseNota } from "../nota/parser";
import { FieldId, wooGroundOf } from "../nota/schema";
import { Withheld, conflictingParts, isWooGround, withheldParts } from "../nota/woo";
import { isW, readAllParts } from "./package";
import { readDocx } from "./reader";
import {
  XmlElement,
  append,
  element,
  findAll,
  isElement,
  parseTree,
  removeNode,
  replaceNode,
  serializeTree,
} from "./xml-tree";

export interface PublishOptions {
  /** Header fields withheld by routine (the profile's woo.fields). */
  fields: Partial<Record<FieldId, string>>;
  /** What stands where something was withheld; {code} is the ground. */
  replacement: string;
}

export type PublishRefusal = "overlap" | "unknown-ground" | "leak";

export class PublishError extends Error {
  constructor(
    readonly reason: PublishRefusal,
    readonly detail = "",
  ) {
    super(`${reason}${detail ? `: ${detail}` : ""}`);
    this.name = "PublishError";
  }
}

export interface PublishResult {
  bytes: Uint8Array;
  /** Per ground: how many parts were withheld, and where (paragraph numbers from 1, or the field). */
  withheld: { ground: string; count: number; places: string[] }[];
}

/** Texts shorter than this are replaced where they are marked, not searched for elsewhere (they are everywhere). */
const MIN_SECRET = 4;

const REMOVED_PARTS = [
  /^docProps\/custom\.xml$/,
  /^customXml\//,
  /^word\/comments[^/]*\.xml$/,
  /^word\/people\.xml$/,
  /^word\/embeddings\//,
  /^word\/glossary\//,
  /^word\/vbaProject\.bin$/,
  /^word\/vbaData\.xml$/,
  /^word\/_rels\/vbaProject\.bin\.rels$/,
  /^word\/attachedToolbars\.bin$/,
];
const TEXT_PARTS = /^word\/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$/;

const w = (e: XmlElement, local: string) => isW(e.uri) && e.local === local;
const valOf = (e: XmlElement, local: string) =>
  [...e.attributes.values()].find((a) => a.local === local)?.value;
const ON = (v: string | undefined) => v === undefined || !/^(0|false|off)$/i.test(v);

export function publishDocx(data: Uint8Array, options: PublishOptions): PublishResult {
  const snapshot = readDocx(data); // refuses what is not a readable .docx, with its limits
  const nota = parseNota(snapshot);
  const parts = withheldParts(nota, options.fields);
  const unknown = parts.find((p) => !isWooGround(p.ground));
  if (unknown) throw new PublishError("unknown-ground", unknown.ground);
  const conflicts = conflictingParts(parts);
  if (conflicts.length)
    throw new PublishError("overlap", `${conflicts[0][0].ground} / ${conflicts[0][1].ground}`);

  const replacement = (ground: string) => options.replacement.replace(/\{code\}/g, ground);
  const secrets = secretsOf(parts);
  const files = readAllParts(data);
  const removed = new Set(Object.keys(files).filter((name) => REMOVED_PARTS.some((re) => re.test(name))));
  for (const name of removed) delete files[name];

  // Withheld header fields: their values are replaced where they stand (a mark is replaced by its control).
  const fieldSecrets = parts.filter((p) => p.source.kind === "field");
  const vanishStyles = hiddenStyles(files["word/styles.xml"]);
  for (const name of Object.keys(files).filter((n) => TEXT_PARTS.test(n))) {
    const tree = parseTree(name, strFromU8(files[name]));
    cleanStory(tree, vanishStyles, replacement);
    scrub(tree, [...fieldSecrets.map((p) => ({ text: p.text, ground: p.ground })), ...secrets], replacement);
    files[name] = strToU8(serializeTree(tree));
  }
  files["docProps/core.xml"] = strToU8(BARE_CORE);
  if (files["docProps/app.xml"]) files["docProps/app.xml"] = strToU8(BARE_APP);
  if (files["word/settings.xml"])
    files["word/settings.xml"] = strToU8(cleanSettings(files["word/settings.xml"]));
  if (files["word/styles.xml"]) stripRsids(files, "word/styles.xml");
  dropDanglingReferences(files, removed);

  const bytes = zipSync(files, { level: 6 });
  verify(bytes, parts);
  return { bytes, withheld: summary(parts) };
}

/** The texts to search for everywhere: each withheld part, long enough not to be a common word piece. */
function secretsOf(parts: Withheld[]): { text: string; ground: string }[] {
  const seen = new Map<string, string>();
  for (const p of parts) {
    const text = p.text.trim();
    if (text.length >= MIN_SECRET && !seen.has(text)) seen.set(text, p.ground);
  }
  // Longest first, so that a text containing another is replaced whole.
  return [...seen].map(([text, ground]) => ({ text, ground })).sort((a, b) => b.text.length - a.text.length);
}

function summary(parts: Withheld[]): PublishResult["withheld"] {
  const byGround = new Map<string, { count: number; places: string[] }>();
  for (const p of parts) {
    const entry = byGround.get(p.ground) ?? { count: 0, places: [] };
    entry.count++;
    entry.places.push(p.source.kind === "field" ? p.source.field : `alinea ${p.paragraph + 1}`);
    byGround.set(p.ground, entry);
  }
  return [...byGround].map(([ground, e]) => ({ ground, ...e }));
}

/** Character styles that hide text (w:vanish), whose runs go like directly hidden ones. */
function hiddenStyles(styles: Uint8Array | undefined): Set<string> {
  const out = new Set<string>();
  if (!styles) return out;
  const tree = parseTree("word/styles.xml", strFromU8(styles));
  for (const style of findAll(tree, (e) => w(e, "style"))) {
    const id = valOf(style, "styleId");
    const vanish = findAll(style, (e) => w(e, "vanish"))[0];
    if (id && vanish && ON(valOf(vanish, "val"))) out.add(id);
  }
  return out;
}

/** A run that shows `text`, formatted like `like` (a run or a paragraph of the same part). */
function textRun(like: XmlElement, text: string): XmlElement {
  const t = element(like, "t");
  t.attributes.set("xml:space", {
    uri: "http://www.w3.org/XML/1998/namespace",
    local: "space",
    value: "preserve",
  });
  return append(element(like, "r"), append(t, { text }));
}

/** Everything in a story (body, header, note) that is not the text a reader of the copy sees. */
function cleanStory(root: XmlElement, vanishStyles: Set<string>, replacement: (g: string) => string): void {
  // Woo marks: the control and all it holds become the ground, inline or as a paragraph.
  for (const sdt of findAll(root, (e) => w(e, "sdt"))) {
    const tag = findAll(sdt, (e) => w(e, "tag"))[0];
    const value = tag ? valOf(tag, "val") : undefined;
    const ground = value === undefined ? undefined : wooGroundOf(value);
    if (ground === undefined || !sdt.parent) continue;
    const text = replacement(ground);
    const inline = findAll(sdt, (e) => w(e, "p")).length === 0;
    replaceNode(sdt, [inline ? textRun(sdt, text) : append(element(sdt, "p"), textRun(sdt, text))]);
  }
  // Tracked changes: deletions go, insertions stay as ordinary text, property changes go.
  for (const e of findAll(root, (x) => isW(x.uri) && /^(del|moveFrom)$/.test(x.local))) removeNode(e);
  for (const e of findAll(
    root,
    (x) => isW(x.uri) && /^(ins|moveTo)$/.test(x.local) && x.parent?.local !== "rPr",
  ))
    replaceNode(e, e.children);
  for (const e of findAll(
    root,
    (x) => isW(x.uri) && /(PrChange|^numberingChange|RangeStart|RangeEnd)$/.test(x.local),
  ))
    removeNode(e);
  // Comments, bookmarks, proofing marks, permissions.
  for (const e of findAll(
    root,
    (x) =>
      isW(x.uri) &&
      /^(commentReference|annotationRef|bookmarkStart|bookmarkEnd|proofErr|permStart|permEnd)$/.test(x.local),
  ))
    removeNode(e);
  // Hidden text, directly or through its character style.
  for (const run of findAll(root, (e) => w(e, "r"))) {
    const rPr = run.children.find((c) => isElement(c) && w(c, "rPr")) as XmlElement | undefined;
    const vanish = rPr && findAll(rPr, (e) => w(e, "vanish") || w(e, "specVanish"))[0];
    const style = rPr && findAll(rPr, (e) => w(e, "rStyle"))[0];
    if ((vanish && ON(valOf(vanish, "val"))) || (style && vanishStyles.has(valOf(style, "val") ?? "")))
      removeNode(run);
  }
  // Fields: the code goes, the shown result stays.
  for (const run of findAll(root, (e) => w(e, "r")))
    if (findAll(run, (e) => w(e, "fldChar") || w(e, "instrText") || w(e, "delInstrText")).length)
      removeNode(run);
  for (const e of findAll(
    root,
    (x) => w(x, "fldSimple") || w(x, "hyperlink") || w(x, "smartTag") || w(x, "customXml"),
  ))
    replaceNode(
      e,
      e.children.filter((c) => !(isElement(c) && /Pr$/.test(c.local))),
    );
  // Content controls: their properties (tag, title, data binding) go, their content stays.
  for (const sdt of findAll(root, (e) => w(e, "sdt"))) {
    const content = sdt.children.find((c) => isElement(c) && w(c, "sdtContent")) as XmlElement | undefined;
    replaceNode(sdt, content ? content.children : []);
  }
  // Embedded objects and imported content.
  for (const e of findAll(
    root,
    (x) => (isW(x.uri) && /^(object|altChunk|subDoc)$/.test(x.local)) || x.local === "OLEObject",
  ))
    removeNode(e);
  stripRsidAttributes(root);
}

function stripRsidAttributes(root: XmlElement): void {
  const walk = (e: XmlElement) => {
    for (const [k, a] of [...e.attributes]) if (/^rsid/.test(a.local)) e.attributes.delete(k);
    e.children.filter(isElement).forEach(walk);
  };
  walk(root);
}

function stripRsids(files: Record<string, Uint8Array>, name: string): void {
  const tree = parseTree(name, strFromU8(files[name]));
  stripRsidAttributes(tree);
  files[name] = strToU8(serializeTree(tree));
}

/** Replaces every occurrence of each secret: across the runs of a paragraph, and in every attribute value. */
function scrub(
  root: XmlElement,
  secrets: { text: string; ground: string }[],
  replacement: (g: string) => string,
): void {
  if (!secrets.length) return;
  for (const p of findAll(root, (e) => w(e, "p"))) {
    const nodes = findAll(p, (e) => w(e, "t")).flatMap((t) =>
      t.children.filter((c): c is { text: string } => !isElement(c)),
    );
    for (const secret of secrets) replaceAcross(nodes, secret.text, replacement(secret.ground));
  }
  const walk = (e: XmlElement) => {
    for (const a of e.attributes.values())
      for (const secret of secrets)
        if (a.value.includes(secret.text))
          a.value = a.value.split(secret.text).join(replacement(secret.ground));
    e.children.forEach((c) => {
      if (isElement(c)) walk(c);
      else
        for (const secret of secrets)
          if (c.text.includes(secret.text))
            c.text = c.text.split(secret.text).join(replacement(secret.ground));
    });
  };
  walk(root);
}

/** Replaces `needle` in the text the nodes show together, wherever it spans them. */
function replaceAcross(nodes: { text: string }[], needle: string, by: string): void {
  for (;;) {
    const whole = nodes.map((n) => n.text).join("");
    const at = whole.indexOf(needle);
    if (at < 0) return;
    let offset = 0;
    let placed = false;
    for (const n of nodes) {
      const start = offset;
      const end = offset + n.text.length;
      offset = end;
      if (end <= at || start >= at + needle.length) continue;
      const from = Math.max(at, start) - start;
      const to = Math.min(at + needle.length, end) - start;
      n.text = n.text.slice(0, from) + (placed ? "" : by) + n.text.slice(to);
      placed = true;
    }
  }
}

const BARE_CORE =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
  'xmlns:dc="http://purl.org/dc/elements/1.1/"/>';
const BARE_APP =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"/>';

/** settings.xml without the attached template, revision ids, document variables or mail merge data. */
function cleanSettings(bytes: Uint8Array): string {
  const tree = parseTree("word/settings.xml", strFromU8(bytes));
  for (const e of findAll(
    tree,
    (x) =>
      isW(x.uri) &&
      /^(attachedTemplate|rsids|docVars|mailMerge|documentProtection|writeProtection)$/.test(x.local),
  ))
    removeNode(e);
  return serializeTree(tree);
}

/** Relationships and content types that pointed at removed parts (or outside the package) go too. */
function dropDanglingReferences(files: Record<string, Uint8Array>, removed: Set<string>): void {
  for (const name of Object.keys(files).filter((n) => n.endsWith(".rels"))) {
    const tree = parseTree(name, strFromU8(files[name]));
    const base = name.replace(/_rels\/[^/]*\.rels$/, "");
    for (const rel of findAll(tree, (e) => e.local === "Relationship")) {
      const target = valOf(rel, "Target") ?? "";
      const external = valOf(rel, "TargetMode") === "External";
      const type = valOf(rel, "Type") ?? "";
      const resolved = target.startsWith("/") ? target.slice(1) : normalize(base + target);
      const gone =
        removed.has(resolved) ||
        /\/(attachedTemplate|comments|people|customXml|vbaProject|glossaryDocument)/.test(type);
      // External links other than hyperlinks (templates, linked images, frames) carry paths and names.
      if (gone || (external && !/\/hyperlink$/.test(type))) removeNode(rel);
    }
    files[name] = strToU8(serializeTree(tree));
  }
  const types = parseTree("[Content_Types].xml", strFromU8(files["[Content_Types].xml"]));
  for (const o of findAll(types, (e) => e.local === "Override"))
    if (!files[(valOf(o, "PartName") ?? "").replace(/^\//, "")]) removeNode(o);
  files["[Content_Types].xml"] = strToU8(serializeTree(types));
}

function normalize(path: string): string {
  const out: string[] = [];
  for (const seg of path.split("/")) {
    if (seg === "..") out.pop();
    else if (seg && seg !== ".") out.push(seg);
  }
  return out.join("/");
}

/** The last line of defence: no withheld text anywhere in the copy, raw or unescaped, or in its text. */
function verify(bytes: Uint8Array, parts: Withheld[]): void {
  const files = readAllParts(bytes);
  const secrets = secretsOf(parts).map((s) => s.text);
  const unescape = (s: string) =>
    s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_m, e: string) =>
      e[0] === "#"
        ? String.fromCodePoint(e[1].toLowerCase() === "x" ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
        : ({ lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" } as Record<string, string>)[e.toLowerCase()],
    );
  for (const [name, data] of Object.entries(files)) {
    const raw = strFromU8(data);
    const text = unescape(raw);
    const found = secrets.find((s) => raw.includes(s) || text.includes(s));
    if (found) throw new PublishError("leak", name);
  }
  // Text split over runs in ways the raw search cannot see, in every story the reader reads.
  if (readDocx(bytes).paragraphs.some((p) => secrets.some((s) => p.text.includes(s))))
    throw new PublishError("leak", "text");
}
