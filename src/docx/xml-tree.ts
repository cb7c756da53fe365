/**
 * A small element tree over saxes, for writers that change a part's structure (the publication copy): parse,
 * change nodes, serialize. Names and namespace declarations are kept exactly as written; text is escaped on
 * output; comments and processing instructions other than the XML declaration are dropped.
 */
import { escapeXml, escapeXmlAttribute } from "../nota/xml-escape";
import { parseXml } from "./package";

export interface XmlElement {
  /** The qualified name as written ("w:p"). */
  name: string;
  /** Namespace URI and local name, as the parser resolved them. */
  uri: string;
  local: string;
  /** Attributes by qualified name, in document order (xmlns declarations included). */
  attributes: Map<string, { uri: string; local: string; value: string }>;
  children: XmlNode[];
  parent?: XmlElement;
}

export type XmlNode = XmlElement | { text: string; parent?: XmlElement };

export const isElement = (n: XmlNode): n is XmlElement => "name" in n;

export function parseTree(partName: string, xml: string): XmlElement {
  const root: XmlElement = { name: "#root", uri: "", local: "#root", attributes: new Map(), children: [] };
  let current = root;
  parseXml(partName, xml, (parser) => {
    parser.on("opentag", (tag) => {
      const el: XmlElement = {
        name: tag.name,
        uri: tag.uri,
        local: tag.local,
        attributes: new Map(
          Object.entries(tag.attributes).map(([k, a]) => [k, { uri: a.uri, local: a.local, value: a.value }]),
        ),
        children: [],
        parent: current,
      };
      current.children.push(el);
      current = el;
    });
    parser.on("closetag", () => {
      current = current.parent ?? root;
    });
    parser.on("text", (text) => current !== root && current.children.push({ text, parent: current }));
    parser.on("cdata", (text) => current !== root && current.children.push({ text, parent: current }));
  });
  const top = root.children.find(isElement);
  if (!top) throw new Error(`${partName}: no root element`);
  top.parent = undefined;
  return top;
}

const escapeText = escapeXml;
const escapeAttr = escapeXmlAttribute;

export function serializeTree(root: XmlElement): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'];
  const write = (n: XmlNode) => {
    if (!isElement(n)) {
      out.push(escapeText(n.text));
      return;
    }
    out.push(`<${n.name}`);
    for (const [k, a] of n.attributes) out.push(` ${k}="${escapeAttr(a.value)}"`);
    if (!n.children.length) {
      out.push("/>");
      return;
    }
    out.push(">");
    n.children.forEach(write);
    out.push(`</${n.name}>`);
  };
  write(root);
  return out.join("");
}

/** Every element below `root` (depth first, document order) for which `match` holds. */
export function findAll(root: XmlElement, match: (e: XmlElement) => boolean): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      if (!isElement(c)) continue;
      if (match(c)) found.push(c);
      walk(c);
    }
  };
  walk(root);
  return found;
}

export function removeNode(n: XmlNode): void {
  const list = n.parent?.children;
  if (list) list.splice(list.indexOf(n), 1);
}

/** Puts `nodes` where `n` stands. */
export function replaceNode(n: XmlNode, nodes: XmlNode[]): void {
  const parent = n.parent;
  if (!parent) return;
  for (const x of nodes) x.parent = parent;
  parent.children.splice(parent.children.indexOf(n), 1, ...nodes);
}

/** A new element in the same namespace (and with the same prefix) as `like`. */
export function element(like: XmlElement, local: string, attrs: Record<string, string> = {}): XmlElement {
  const prefix = like.name.includes(":") ? like.name.slice(0, like.name.indexOf(":") + 1) : "";
  return {
    name: `${prefix}${local}`,
    uri: like.uri,
    local,
    attributes: new Map(
      Object.entries(attrs).map(([k, v]) => [`${prefix}${k}`, { uri: like.uri, local: k, value: v }]),
    ),
    children: [],
  };
}

export function append(parent: XmlElement, ...nodes: XmlNode[]): XmlElement {
  for (const n of nodes) {
    n.parent = parent;
    parent.children.push(n);
  }
  return parent;
}
