/**
 * The element tree the publication copy is rebuilt in: small nodes (prefix, local name, attributes, children),
 * read with the package's XML parser (its depth limit and its refusal of DOCTYPEs), and written back through
 * the allowlist. Reading already leaves out what the copy never holds: elements and attributes of namespaces it
 * does not write, and markup-compatibility content, resolved to its Fallback (the older rendition, in the
 * schema's vocabulary) with its Choice left out.
 */
import { decodeInPieces } from "../ooxml";
import { parseXml } from "../package";
import { MC, NAMESPACES, Prefix, XML_NS, attributeAllowed, elementAllowed, prefixOf } from "./allowlist";

export interface Attr {
  p: Prefix | "" | "xml";
  local: string;
  value: string;
}

export interface El {
  p: Prefix;
  local: string;
  attrs: Attr[];
  children: Node[];
  parent?: El;
  /** For a w:p: its number in the order the document reader counts paragraphs (from 0). */
  index?: number;
}

export interface Tx {
  text: string;
  parent?: El;
}

export type Node = El | Tx;

export const isEl = (n: Node): n is El => "local" in n;

export const is = (n: Node | undefined, p: Prefix, local: string): n is El =>
  !!n && isEl(n) && n.p === p && n.local === local;

export function attr(e: El, p: Attr["p"], local: string): string | undefined {
  for (const a of e.attrs) if (a.local === local && a.p === p) return a.value;
  return undefined;
}

export function setAttr(e: El, p: Attr["p"], local: string, value: string | undefined): void {
  const i = e.attrs.findIndex((a) => a.local === local && a.p === p);
  if (value === undefined) {
    if (i >= 0) e.attrs.splice(i, 1);
  } else if (i >= 0) e.attrs[i].value = value;
  else e.attrs.push({ p, local, value });
}

export function el(p: Prefix, local: string, attrs: Attr[] = [], children: Node[] = []): El {
  const e: El = { p, local, attrs, children };
  for (const c of children) c.parent = e;
  return e;
}

/** A w:r showing `text`, with a copy of `rPr` when given. */
export function textRun(text: string, rPr?: El): El {
  const t = el("w", "t", [{ p: "xml", local: "space", value: "preserve" }], [{ text }]);
  return el("w", "r", [], rPr ? [clone(rPr), t] : [t]);
}

export function clone(e: El): El {
  return el(
    e.p,
    e.local,
    e.attrs.map((a) => ({ ...a })),
    e.children.map((c) => (isEl(c) ? clone(c) : { text: c.text })),
  );
}

export function childrenNamed(e: El, p: Prefix, local: string): El[] {
  return e.children.filter((c): c is El => is(c, p, local));
}

export function firstChild(e: El, p: Prefix, local: string): El | undefined {
  for (const c of e.children) if (is(c, p, local)) return c;
  return undefined;
}

/** Every element below `root` in document order for which `match` holds (not below a match when `stop`). */
export function descendants(root: El, match: (e: El) => boolean, stop = false): El[] {
  const out: El[] = [];
  const stack: Node[] = [...root.children].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (!isEl(n)) continue;
    const hit = match(n);
    if (hit) out.push(n);
    if (!(hit && stop)) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return out;
}

/** Puts `nodes` where `n` stands (nothing: removes it). */
export function replace(n: Node, nodes: Node[] = []): void {
  const parent = n.parent;
  if (!parent) return;
  const i = parent.children.indexOf(n);
  if (i < 0) return;
  for (const x of nodes) x.parent = parent;
  parent.children.splice(i, 1, ...nodes);
}

/** Replaces `n` by its own children (a wrapper that goes, its content stays). */
export function unwrap(n: El, keep: (c: Node) => boolean = () => true): void {
  replace(n, n.children.filter(keep));
}

/**
 * The elements that hold text (a run's text, a field's code, a drawing's offset and alignment); text anywhere else
 * (whitespace that lays out the XML, or text a schema does not allow there) is not read.
 */
const TEXT_HOLDERS: Partial<Record<Prefix, Set<string>>> = {
  w: new Set(["t", "instrText", "delText", "delInstrText"]),
  m: new Set(["t"]),
  wp: new Set(["posOffset", "align"]),
};

export interface ParsedPart {
  root: El;
  /** How many paragraphs the document reader counts in this part (w:p outside mc:Fallback). */
  readerParagraphs: number;
}

/**
 * Parses a part into the tree: only the copy's namespaces, markup compatibility resolved to the Fallback.
 * Paragraphs get the number the document reader gives them (it reads mc:Choice and skips mc:Fallback).
 */
export interface ParseOptions {
  /** The part read as a stream: a spine of containers, each of whose children is handed over as it closes. */
  stream?: StreamHandlers;
  /** Paragraph numbers are read from the attribute writeRaw wrote (a part read a second time). */
  numbered?: boolean;
}

/**
 * A part read as a stream (memory: a part can be 128 MB of markup). The root is a spine element; `spine` says
 * which of a spine's children are spines too (the body, a table, a control around blocks). A spine is announced
 * with `open` when it opens (its attributes, no children) and `close` when it closes; every other child of a
 * spine is built as a tree, handed to `unit` as it closes (its `parent` still the spine) and let go of.
 */
export interface StreamHandlers {
  spine(parent: El, p: Prefix, local: string): boolean;
  open(e: El, isRoot: boolean): void;
  unit(e: El): void;
  close(e: El): void;
}

/** The attribute that carries a paragraph's reader number between the two readings of a block. */
const INDEX_ATTRIBUTE = "nota-reader-index";

export function parsePart(
  name: string,
  xml: string | Iterable<string>,
  options: ParseOptions = {},
): ParsedPart {
  const top: El = { p: "w", local: "#root", attrs: [], children: [] };
  const stream = options.stream;
  const spines = new Set<El>([top]);
  let streamRoot: El | undefined;
  let current = top;
  /** Depth below an element that is left out; whether paragraphs there are counted by the reader. */
  let skip = 0;
  let skipCounts = true;
  /** Open mc elements kept transparent (AlternateContent, Fallback): their closetags pop nothing. */
  const frames: ("el" | "mc" | "fallback")[] = [];
  let fallbackDepth = 0;
  let counter = 0;
  /**
   * Memory (a block can hold millions of elements): one string per element name, not one per element, and
   * arrays cut to their length when an element closes (an array V8 grows by push keeps room for 17 or more).
   */
  const names = new Map<string, string>();
  const intern = (s: string) => {
    const known = names.get(s);
    if (known !== undefined) return known;
    // Built from its character codes: a name first met in a piece of text with a character past Latin-1 would
    // otherwise be stored as two bytes a character, and so would every string it is joined into (memory).
    const copy = String.fromCharCode(...Array.from(s, (c) => c.charCodeAt(0)));
    names.set(copy, copy);
    return copy;
  };
  parseXml(name, xml, (parser) => {
    parser.on("opentag", (tag) => {
      if (skip) {
        skip++;
        if (skipCounts && tag.local === "p" && prefixOf(tag.uri) === "w") counter++;
        if (tag.uri === MC && tag.local === "Fallback") {
          // Paragraphs in a Fallback inside skipped content are not counted either; approximate by stopping.
          skipCounts = false;
        }
        return;
      }
      if (tag.uri === MC) {
        if (tag.local === "AlternateContent") frames.push("mc");
        else if (tag.local === "Fallback") {
          frames.push("fallback");
          fallbackDepth++;
        } else {
          // mc:Choice (the newer rendition) and anything else of markup compatibility: left out.
          skip = 1;
          skipCounts = fallbackDepth === 0 && tag.local === "Choice";
        }
        return;
      }
      const p = prefixOf(tag.uri);
      if (!p) {
        skip = 1;
        skipCounts = fallbackDepth === 0;
        return;
      }
      const attrs: Attr[] = [];
      let index: number | undefined;
      for (const key in tag.attributes) {
        const a = tag.attributes[key];
        const ap = a.uri === "" ? "" : a.uri === XML_NS ? "xml" : prefixOf(a.uri);
        if (ap === undefined) continue;
        if (ap === "" && a.local === INDEX_ATTRIBUTE) {
          if (options.numbered && /^\d+$/.test(a.value)) index = Number(a.value);
          continue;
        }
        attrs.push({ p: ap, local: intern(a.local), value: own(a.value) });
      }
      const e: El = {
        p,
        local: intern(tag.local),
        attrs: attrs.length ? attrs.slice() : attrs,
        children: [],
        parent: current,
      };
      if (p === "w" && tag.local === "p") {
        if (options.numbered) e.index = index;
        else if (fallbackDepth === 0) e.index = counter++;
      }
      if (stream && spines.has(current) && (current === top || stream.spine(current, p, e.local))) {
        spines.add(e);
        if (current === top) streamRoot = e;
        stream.open(e, current === top);
      } else current.children.push(e);
      current = e;
      frames.push("el");
    });
    parser.on("closetag", () => {
      if (skip) {
        skip--;
        if (!skip) skipCounts = true;
        return;
      }
      const frame = frames.pop();
      if (frame === "el") {
        const closed = current;
        current = current.parent ?? top;
        if (stream && spines.has(closed)) {
          spines.delete(closed);
          stream.close(closed);
        } else {
          if (closed.children.length) closed.children = closed.children.slice();
          if (stream && spines.has(current)) {
            current.children.pop();
            stream.unit(closed);
          }
        }
      } else if (frame === "fallback") fallbackDepth--;
    });
    const onText = (text: string) => {
      if (skip || current === top) return;
      if (!TEXT_HOLDERS[current.p]?.has(current.local)) return;
      current.children.push({ text: own(text), parent: current });
    };
    parser.on("text", onText);
    parser.on("cdata", onText);
  });
  const root = streamRoot ?? top.children.find(isEl);
  if (!root) throw new Error(`${name}: no root element`);
  root.parent = undefined;
  return { root, readerParagraphs: counter };
}

/**
 * A string of its own (memory): the parser hands out slices of the part's text, and V8 keeps a whole part (up to
 * 128 MB) alive for as long as any slice of it lives. Flattening a concatenation copies the characters.
 */
const own = (s: string) => (s.length < 13 ? s : (s + " ").slice(0, -1));

const escapeText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeAttr = (s: string) =>
  escapeText(s)
    .replace(/"/g, "&quot;")
    .replace(/\t/g, "&#9;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;");
/** Characters XML 1.0 cannot hold (a part may have carried them as references): left out. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Collects a writer's many small strings a few thousand at a time, each batch joined into one piece of `out`
 * (memory: a block of a million runs would otherwise keep ten million tiny strings alive until the end).
 */
/** Where a writer's text goes: an array of pieces, or anything else that takes strings (a UTF-8 encoder). */
export interface Sink {
  push(s: string): unknown;
}

function batched(out: Sink): { push: (s: string) => void; end: () => void } {
  let batch: string[] = [];
  const end = () => {
    if (batch.length) out.push(batch.join(""));
    batch = [];
  };
  return {
    push: (s) => {
      batch.push(s);
      if (batch.length >= 4096) end();
    },
    end,
  };
}

/** An attribute as the copy writes it (with its leading space). */
const attributeText = (a: Attr) =>
  ` ${a.p ? `${a.p}:` : ""}${a.local}="${escapeAttr(a.value.replace(NOT_XML, ""))}"`;

/**
 * A spine element's start tag (its end tag is `</p:local>`): with the namespace declarations for a part's root;
 * `raw` keeps every element (a part to be read again), otherwise the allowlist decides (undefined: not written).
 */
export function startTag(e: El, isRoot: boolean, raw: boolean): string | undefined {
  if (!raw && !elementAllowed(e.p, e.local)) return undefined;
  let tag = `<${e.p}:${e.local}${isRoot ? ROOT_DECLARATIONS : ""}`;
  for (const a of e.attrs) if (attributeAllowed(a.p, a.local)) tag += attributeText(a);
  return `${tag}>`;
}

/** Writes a block as it is (every element, only the allowed attributes, no declarations), with its paragraphs' reader numbers, to be read again. */
export function writeRaw(root: El, pieces: string[]): void {
  const out = batched(pieces);
  const write = (n: Node) => {
    if (!isEl(n)) {
      out.push(escapeText(n.text.replace(NOT_XML, "")));
      return;
    }
    out.push(`<${n.p}:${n.local}`);
    if (n.index !== undefined) out.push(` ${INDEX_ATTRIBUTE}="${n.index}"`);
    // Attributes the copy never writes are left out already (memory); every element stays for the second reading.
    for (const a of n.attrs) if (attributeAllowed(a.p, a.local)) out.push(attributeText(a));
    if (!n.children.length) {
      out.push("/>");
      return;
    }
    out.push(">");
    for (const c of n.children) write(c);
    out.push(`</${n.p}:${n.local}>`);
  };
  write(root);
  out.end();
}

/**
 * A part written as UTF-8 bytes as it goes (memory: the text of a large part never stands whole beside its
 * bytes, and V8 may hold even ASCII text at two bytes a character): pieces are joined and encoded a megabyte
 * at a time.
 */
export function utf8Sink(): Sink & { bytes(): Uint8Array; chunks(): Uint8Array[] } {
  const chunks: Uint8Array[] = [];
  let pending: string[] = [];
  let size = 0;
  const encode = () => {
    if (pending.length) chunks.push(encoder.encode(pending.join("")));
    pending = [];
    size = 0;
  };
  return {
    push(s: string) {
      pending.push(s);
      size += s.length;
      if (size >= 1 << 15) encode();
    },
    /** The bytes a megabyte or so at a time (the sink lets go of them). */
    chunks() {
      encode();
      return chunks.splice(0);
    },
    bytes() {
      encode();
      const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
      let at = 0;
      for (const c of chunks.splice(0)) {
        out.set(c, at);
        at += c.length;
      }
      return out;
    },
  };
}
const encoder = new TextEncoder();

/** The text of `chunks` (UTF-8), a chunk at a time, each let go of as it is read. */
export function utf8Pieces(chunks: Uint8Array[]): Generator<string> {
  function* released() {
    for (let i = 0; i < chunks.length; i++) {
      const chunk = chunks[i];
      chunks[i] = new Uint8Array(0);
      yield chunk;
    }
  }
  return decodeInPieces(released());
}

/** The namespace declarations of every part the copy writes. */
export const ROOT_DECLARATIONS = Object.entries(NAMESPACES)
  .map(([p, uri]) => ` xmlns:${p}="${uri}"`)
  .join("");

/** Writes the tree through the allowlist: a name the copy does not hold is left out with everything below it. */
export function serializePart(root: El): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'];
  writeAllowed(root, out, true);
  return out.join("");
}

/** Writes a node through the allowlist into `pieces` (`isRoot`: with the namespace declarations). */
export function writeAllowed(root: Node, pieces: Sink, isRoot = false): void {
  const out = batched(pieces);
  const write = (n: Node, isRoot: boolean) => {
    if (!isEl(n)) {
      out.push(escapeText(n.text.replace(NOT_XML, "")));
      return;
    }
    if (!elementAllowed(n.p, n.local)) return;
    out.push(`<${n.p}:${n.local}`);
    if (isRoot) out.push(ROOT_DECLARATIONS);
    for (const a of n.attrs) {
      if (attributeAllowed(a.p, a.local)) out.push(attributeText(a));
    }
    if (!n.children.length) {
      out.push("/>");
      return;
    }
    out.push(">");
    for (const c of n.children) write(c, false);
    out.push(`</${n.p}:${n.local}>`);
  };
  write(root, isRoot);
  out.end();
}
