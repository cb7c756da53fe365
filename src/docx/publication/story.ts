/**
 * A story (the body, a header, a footer, the notes) made into what a reader of the copy sees: revisions accepted,
 * fields shown as their results, hidden text gone, marks replaced by their ground; then every withheld text
 * found as a reader reads it and replaced in the text (never in a measurement or an id).
 */
import { isOn } from "../ooxml";
import { wooGroundOf } from "../../nota/schema";
import { ReadingText, findReadings, readingText } from "../../nota/woo";
import {
  El,
  Node,
  Tx,
  attr,
  childrenNamed,
  clone,
  descendants,
  el,
  firstChild,
  is,
  isEl,
  replace,
  textRun,
  unwrap,
} from "./tree";

/** Which styles hide their text (w:vanish), through basedOn; and whether the document's defaults do. */
export interface HiddenStyles {
  hides(styleId: string | undefined): boolean;
  byDefault: boolean;
}

export function hiddenStylesOf(styles: El | undefined): HiddenStyles {
  const own = new Map<string, { vanish?: boolean; basedOn?: string }>();
  let byDefault = false;
  if (styles) {
    for (const s of childrenNamed(styles, "w", "style")) {
      const id = attr(s, "w", "styleId");
      if (id === undefined) continue;
      const rPr = firstChild(s, "w", "rPr");
      const vanish = rPr && firstChild(rPr, "w", "vanish");
      const basedOn = firstChild(s, "w", "basedOn");
      own.set(id, {
        vanish: vanish ? isOn(attr(vanish, "w", "val")) : undefined,
        basedOn: basedOn ? attr(basedOn, "w", "val") : undefined,
      });
    }
    const defaults = firstChild(styles, "w", "docDefaults");
    const rPr = defaults && firstChild(firstChild(defaults, "w", "rPrDefault") ?? defaults, "w", "rPr");
    const vanish = rPr && firstChild(rPr, "w", "vanish");
    byDefault = !!vanish && isOn(attr(vanish, "w", "val"));
  }
  const memo = new Map<string, boolean>();
  const hides = (id: string | undefined): boolean => {
    if (id === undefined) return false;
    const known = memo.get(id);
    if (known !== undefined) return known;
    memo.set(id, false); // a basedOn loop ends here
    let result = false;
    const seen = new Set<string>();
    for (let s = own.get(id), cur = id; s && !seen.has(cur); cur = s.basedOn ?? "", s = own.get(cur)) {
      seen.add(cur);
      if (s.vanish !== undefined) {
        result = s.vanish;
        break;
      }
    }
    memo.set(id, result);
    return result;
  };
  return { hides, byDefault };
}

const PROPERTY = /Pr$/;

/**
 * Tracked changes accepted: inserted and moved-to content stays as ordinary content, deleted and moved-from
 * content goes, deleted rows and cells go; every revision marker on a paragraph mark, a run, a row, a cell, a
 * table or a section (and in styles) goes with its author and date.
 */
export function acceptRevisions(root: El): void {
  // Deleted rows and cells go first, whole (their markers are in their properties).
  for (const tr of descendants(root, (e) => is(e, "w", "tr"))) {
    const trPr = firstChild(tr, "w", "trPr");
    if (trPr && firstChild(trPr, "w", "del")) replace(tr);
  }
  for (const tc of descendants(root, (e) => is(e, "w", "tc"))) {
    const tcPr = firstChild(tc, "w", "tcPr");
    if (tcPr && firstChild(tcPr, "w", "cellDel")) replace(tc);
  }
  const walk = (e: El) => {
    const marker = PROPERTY.test(e.local);
    for (let i = 0; i < e.children.length; i++) {
      const c = e.children[i];
      if (!isEl(c)) continue;
      if (c.p === "w") {
        if (
          /^(del|moveFrom|delText|delInstrText)$/.test(c.local) ||
          (marker && /^(ins|moveTo)$/.test(c.local))
        ) {
          e.children.splice(i--, 1);
          continue;
        }
        if (/^(ins|moveTo)$/.test(c.local)) {
          e.children.splice(i, 1, ...c.children);
          for (const x of c.children) x.parent = e;
          i--;
          continue;
        }
        if (/(PrChange|PrExChange|^numberingChange|^cellIns|^cellMerge|RangeStart|RangeEnd)$/.test(c.local)) {
          e.children.splice(i--, 1);
          continue;
        }
      }
      walk(c);
    }
  };
  walk(root);
}

/** Fields whose code holds no data and whose result must stay live (a page number in a footer). */
const LIVE_FIELD = /^\s*(PAGE|NUMPAGES|SECTIONPAGES|SECTION)(\s+\\[*#]\s*("[^"]*"|\S+))*\s*$/i;
/** Fields that show (part of) their own code, and no result: "MACROBUTTON Name Klik hier", "GOTOBUTTON …". */
const SHOWS_CODE = /^\s*(MACROBUTTON|GOTOBUTTON)\s+\S+\s?([\s\S]*)$/i;

interface OpenField {
  code: string;
  codeRuns: El[];
  beginRun: El;
  separated: boolean;
  nested: boolean;
  live: boolean;
}

/** The fields still open where a part of a story ends (a story is read block by block). */
export interface FieldState {
  stack: OpenField[];
}

export const newFieldState = (): FieldState => ({ stack: [] });

/** A field's code is being read: the blocks holding it cannot be written yet. */
export const inFieldCode = (state: FieldState) => state.stack.some((f) => !f.separated);

/**
 * Fields as Word shows them: the result stays as plain runs, the code goes (with its nested fields); a field
 * without a result shows nothing, except MACROBUTTON/GOTOBUTTON, which show their display text. Page-number
 * fields stay live. Simple fields (w:fldSimple) likewise. `state` carries open fields from one block to the next;
 * `last` ends the story (an open field's code goes).
 */
export function showFields(root: El, state: FieldState = newFieldState(), last = true): void {
  const stack = state.stack;
  const remove = new Set<El>();
  const runs = descendants(root, (e) => is(e, "w", "r"));
  for (const r of runs) {
    const fldChar = firstChild(r, "w", "fldChar");
    const type = fldChar && attr(fldChar, "w", "fldCharType");
    if (type === "begin") {
      const nested = inFieldCode(state);
      for (const outer of stack) if (!outer.separated) outer.codeRuns.push(r);
      stack.push({ code: "", codeRuns: [r], beginRun: r, separated: false, nested, live: false });
      continue;
    }
    const top = stack[stack.length - 1];
    if (type === "separate" && top) {
      for (const f of stack) if (!f.separated) f.codeRuns.push(r);
      top.separated = true;
      top.live = LIVE_FIELD.test(top.code) && !top.nested;
      if (!top.live) for (const c of top.codeRuns) remove.add(c);
      continue;
    }
    if (type === "end" && top) {
      stack.pop();
      if (!top.separated) {
        for (const c of top.codeRuns) remove.add(c);
        remove.add(r);
        const shows = !top.nested && SHOWS_CODE.exec(top.code);
        if (shows && shows[2].trim() && r.parent) {
          const rPr = firstChild(top.beginRun, "w", "rPr");
          replace(r, [textRun(shows[2].replace(/\s+$/, ""), rPr), r]);
        }
      } else if (!top.live) remove.add(r);
      // The end of a field inside another's code goes with that code.
      for (const outer of stack) if (!outer.separated) outer.codeRuns.push(r);
      continue;
    }
    if (inFieldCode(state)) {
      const f = stack[stack.length - 1];
      if (!f.separated)
        f.code += descendants(r, (e) => is(e, "w", "instrText"))
          .flatMap((t) => t.children.filter((c): c is Tx => !isEl(c)).map((c) => c.text))
          .join("");
      for (const outer of stack) if (!outer.separated) outer.codeRuns.push(r);
    } else if (firstChild(r, "w", "instrText")) remove.add(r);
  }
  if (last) {
    for (const f of stack) if (!f.separated) for (const c of f.codeRuns) remove.add(c);
    stack.length = 0;
  }
  for (const r of remove) replace(r);
  for (const s of descendants(root, (e) => is(e, "w", "fldSimple"))) {
    const code = attr(s, "w", "instr") ?? "";
    if (LIVE_FIELD.test(code)) {
      s.attrs = s.attrs.filter((a) => a.local === "instr");
      continue;
    }
    const shows = SHOWS_CODE.exec(code);
    const results = s.children.filter((c) => isEl(c) && c.local !== "fldData");
    if (!results.length && shows && shows[2].trim()) replace(s, [textRun(shows[2].trim())]);
    else replace(s, results);
  }
}

/** Hidden text goes: runs hidden directly, by their character style or by their paragraph's style (basedOn). */
export function removeHidden(root: El, styles: HiddenStyles): void {
  const hiddenRun = (r: El, paragraphStyle: string | undefined) => {
    const rPr = firstChild(r, "w", "rPr") ?? firstChild(r, "m", "rPr");
    const wPr = is(rPr, "m", "rPr") ? undefined : rPr;
    const special = wPr && firstChild(wPr, "w", "specVanish");
    if (special && isOn(attr(special, "w", "val"))) return true;
    const direct = wPr && firstChild(wPr, "w", "vanish");
    if (direct) return isOn(attr(direct, "w", "val"));
    const rStyle = wPr && firstChild(wPr, "w", "rStyle");
    return (
      styles.byDefault || styles.hides(rStyle && attr(rStyle, "w", "val")) || styles.hides(paragraphStyle)
    );
  };
  for (const p of descendants(root, (e) => is(e, "w", "p"))) {
    const pPr = firstChild(p, "w", "pPr");
    const pStyle = pPr && firstChild(pPr, "w", "pStyle");
    const style = pStyle ? attr(pStyle, "w", "val") : undefined;
    const runs = descendants(p, (e) => is(e, "w", "r") || is(e, "w", "p"), true).filter((e) =>
      is(e, "w", "r"),
    );
    for (const r of runs) if (hiddenRun(r, style)) replace(r);
    // Math runs carry WordprocessingML run properties too.
    for (const r of descendants(p, (e) => is(e, "m", "r"))) {
      const rPr = firstChild(r, "w", "rPr");
      const vanish = rPr && firstChild(rPr, "w", "vanish");
      if (vanish && isOn(attr(vanish, "w", "val"))) replace(r);
    }
  }
  // A picture hidden in its properties (wp:docPr hidden) goes with its run's drawing.
  for (const d of descendants(root, (e) => is(e, "w", "drawing"))) {
    const pr = descendants(d, (e) => is(e, "wp", "docPr"))[0];
    if (pr && isOn(attr(pr, "", "hidden") ?? "0")) replace(d);
  }
}

/** The visible pieces of one paragraph (not of paragraphs nested in it, such as a text box's). */
export interface Piece {
  /** A text node, or the element that reads as one character (tab, break, non-breaking hyphen). */
  node: Tx | El;
  text: string;
}

export function piecesOf(p: El, as: "visible" | "reader" = "visible"): Piece[] {
  const out: Piece[] = [];
  const reader = as === "reader";
  const walk = (e: El) => {
    for (const c of e.children) {
      if (!isEl(c)) {
        if (e.local === "t" && (e.p === "w" || (e.p === "m" && !reader))) out.push({ node: c, text: c.text });
        continue;
      }
      if (c.p === "w") {
        if (c.local === "p" || c.local === "instrText" || c.local === "delText") continue;
        if (c.local === "tab" || c.local === "br" || c.local === "cr" || c.local === "ptab") {
          const type = attr(c, "w", "type");
          // The document reader reads a tab as a tab and a line break as a new line; a page break not at all.
          if (reader && (c.local === "ptab" || type === "page" || type === "column")) continue;
          if (e.local === "r") out.push({ node: c, text: reader ? (c.local === "tab" ? "\t" : "\n") : " " });
          continue;
        }
        if (c.local === "noBreakHyphen") {
          out.push({ node: c, text: "-" });
          continue;
        }
      }
      walk(c);
    }
  };
  walk(p);
  return out;
}

/** The text a reader sees in a paragraph. */
export function visibleText(p: El): string {
  return piecesOf(p)
    .map((x) => x.text)
    .join("");
}

export type MarkLevel = "inline" | "block" | "row" | "cell";

/** Where a control stands: in a paragraph, among paragraphs, among a table's rows, or among a row's cells. */
export function levelOf(sdt: El): MarkLevel {
  for (let e = sdt.parent; e; e = e.parent) {
    if (e.p !== "w") return "inline";
    switch (e.local) {
      case "p":
        return "inline";
      case "tbl":
        return "row";
      case "tr":
        return "cell";
      case "body":
      case "tc":
      case "txbxContent":
      case "hdr":
      case "ftr":
      case "footnote":
      case "endnote":
      case "comment":
        return "block";
      case "sdtContent":
        // Inside another control: where that one stands.
        return e.parent ? levelOf(e.parent) : "block";
    }
  }
  return "block";
}

export interface FoundMark {
  ground: string;
  text: string;
  /** The reader's number of the (first) paragraph it stands in, when the part is one the reader reads. */
  paragraph?: number;
}

/** A paragraph holding `text` with the look of `like` (its paragraph properties, its first run's). */
export function groundParagraph(text: string, like: El | undefined): El {
  const pPr = like && firstChild(like, "w", "pPr");
  const firstRun = like && descendants(like, (e) => is(e, "w", "r"))[0];
  const rPr = firstRun && firstChild(firstRun, "w", "rPr");
  const children: Node[] = [];
  if (pPr) children.push(clone(pPr));
  if (text) children.push(textRun(text, rPr));
  return el("w", "p", [], children);
}

/**
 * The paragraph that stands for a mark among blocks: the ground with the look of its first paragraph, and the last
 * section break the mark held (or none: a section break of `like`'s does not come along by itself).
 */
export function blockGroundParagraph(text: string, like: El | undefined, sectPr: El | undefined): El {
  const p = groundParagraph(text, like);
  let pPr = firstChild(p, "w", "pPr");
  if (pPr) pPr.children = pPr.children.filter((c) => !is(c, "w", "sectPr"));
  if (sectPr) {
    if (!pPr) {
      pPr = el("w", "pPr");
      p.children.unshift(pPr);
      pPr.parent = p;
    }
    pPr.children.push(sectPr);
    sectPr.parent = pPr;
  }
  return p;
}

const sdtTag = (sdt: El) => {
  const pr = firstChild(sdt, "w", "sdtPr");
  const tag = pr && firstChild(pr, "w", "tag");
  return tag ? attr(tag, "w", "val") : undefined;
};

/**
 * Every mark (a control tagged nota:woo:<ground>) becomes its ground, with all it held (text, pictures, note
 * references): in a paragraph as a run, among paragraphs as a paragraph, around rows or cells as the same rows
 * and cells with the ground in the first and nothing else (a table keeps its shape). Returns what was marked.
 */
export function replaceMarks(root: El, ground: (code: string) => string): FoundMark[] {
  const found: FoundMark[] = [];
  const marks = descendants(
    root,
    (e) => {
      if (!is(e, "w", "sdt")) return false;
      const tag = sdtTag(e);
      return tag !== undefined && wooGroundOf(tag) !== undefined;
    },
    true,
  );
  for (const sdt of marks) {
    const code = wooGroundOf(sdtTag(sdt)!)!;
    const content = firstChild(sdt, "w", "sdtContent") ?? el("w", "sdtContent");
    const paragraphs = descendants(content, (e) => is(e, "w", "p"));
    const text =
      paragraphs.length > 0
        ? paragraphs.map(visibleText).join("\n")
        : visibleText(el("w", "p", [], [content]));
    const paragraph = paragraphs.find((p) => p.index !== undefined)?.index ?? enclosingIndex(sdt);
    // Restores the content's parent (visibleText above wrapped it for reading only).
    content.parent = sdt;
    if (text.trim()) found.push({ ground: code, text, paragraph });
    const shown = ground(code);
    const level = levelOf(sdt);
    if (level === "inline") {
      const firstRun = descendants(content, (e) => is(e, "w", "r"))[0];
      replace(sdt, [textRun(shown, firstRun && firstChild(firstRun, "w", "rPr"))]);
    } else if (level === "block") {
      // A section break in the marked paragraphs stays (the copy keeps its sections).
      const sectPr = paragraphs
        .map((x) => firstChild(x, "w", "pPr"))
        .map((pPr) => pPr && firstChild(pPr, "w", "sectPr"))
        .filter((s): s is El => !!s)
        .pop();
      const p = blockGroundParagraph(shown, paragraphs[0], sectPr);
      replace(sdt, [p]);
    } else {
      const rows = level === "row" ? descendants(content, (e) => is(e, "w", "tr"), true) : [];
      const cells =
        level === "row"
          ? rows.flatMap((r) => descendants(r, (e) => is(e, "w", "tc"), true))
          : descendants(content, (e) => is(e, "w", "tc"), true);
      cells.forEach((tc, i) => {
        const firstP = descendants(tc, (e) => is(e, "w", "p"))[0];
        const tcPr = firstChild(tc, "w", "tcPr");
        tc.children = [];
        if (tcPr) tc.children.push(tcPr);
        const p = groundParagraph(i === 0 ? shown : "", firstP);
        tc.children.push(p);
        p.parent = tc;
      });
      replace(sdt, level === "row" ? rows : cells);
    }
  }
  return found;
}

/** The reader's number of the paragraph `e` stands in (or is), if it has one. */
export function enclosingIndex(e: El): number | undefined {
  for (let x: El | undefined = e; x; x = x.parent) if (x.index !== undefined) return x.index;
  return undefined;
}

/** Withheld texts to find (reading forms) and what stands in their place. */
export interface Replacer {
  needles: string[];
  by: string[];
}

/**
 * Replaces every match of the needles in the pieces (one paragraph), right to left: the ground goes into the
 * first text of the match, the rest of the matched text is taken out; a tab, break or hyphen inside goes.
 */
export function replaceInPieces(pieces: Piece[], reading: ReadingText, replacer: Replacer): number {
  const matches = findReadings(reading.text, replacer.needles);
  for (let k = matches.length - 1; k >= 0; k--) {
    const m = matches[k];
    const firstPiece = reading.piece[m.start];
    const lastPiece = reading.piece[m.end - 1];
    const from = reading.from[m.start];
    const to = reading.to[m.end - 1];
    let placed = false;
    for (let i = firstPiece; i <= lastPiece; i++) {
      const piece = pieces[i];
      const a = i === firstPiece ? from : 0;
      const b = i === lastPiece ? to : piece.text.length;
      if (isEl(piece.node)) {
        replace(piece.node);
        piece.text = "";
        continue;
      }
      const by = placed ? "" : replacer.by[m.needle];
      placed = true;
      piece.text = piece.text.slice(0, a) + by + piece.text.slice(b);
      (piece.node as Tx).text = piece.text;
    }
    if (!placed) {
      // The match held no text node (only breaks): the ground goes before the next text, if any.
      const next = pieces.slice(lastPiece + 1).find((x) => !isEl(x.node));
      if (next) {
        next.text = replacer.by[m.needle] + next.text;
        (next.node as Tx).text = next.text;
      }
    }
  }
  return matches.length;
}

/** The characters [start, end) of the pieces' joined text become `by` (in the first text piece of the range). */
export function replaceRange(pieces: Piece[], start: number, end: number, by: string): void {
  let at = 0;
  let placed = false;
  for (const piece of pieces) {
    const a = Math.max(start, at) - at;
    const b = Math.min(end, at + piece.text.length) - at;
    at += piece.text.length;
    if (b <= a && !(b === a && piece.text.length === 0)) continue;
    if (b <= a) continue;
    if (isEl(piece.node)) {
      replace(piece.node);
      continue;
    }
    piece.text = piece.text.slice(0, a) + (placed ? "" : by) + piece.text.slice(b);
    (piece.node as Tx).text = piece.text;
    placed = true;
  }
}

/** A string (an attribute that is text: alt text, a title) with every needle replaced. */
export function replaceInString(s: string, replacer: Replacer): string {
  const pieces: Piece[] = [{ node: { text: s }, text: s }];
  replaceInPieces(pieces, readingText([s]), replacer);
  return pieces[0].text;
}

/** Attributes that are text a reader can see or a screen reader reads: they are searched like text. */
export function isTextAttribute(e: El, a: { p: string; local: string }): boolean {
  if (e.p === "w")
    return (
      a.p === "w" && a.local === "val" && /^(tblCaption|tblDescription|name|aliases|lvlText)$/.test(e.local)
    );
  if (a.p === "" && /^(descr|title|name|alt|string)$/.test(a.local)) return true;
  return a.p === "o" && a.local === "title";
}

/** Untagged controls, custom XML and smart tags: their content stays, their properties go. */
export function unwrapContainers(root: El): void {
  for (const e of descendants(
    root,
    (x) => is(x, "w", "sdt") || is(x, "w", "customXml") || is(x, "w", "smartTag"),
  ).reverse()) {
    if (e.local === "sdt") {
      const content = firstChild(e, "w", "sdtContent");
      replace(e, content ? content.children : []);
    } else unwrap(e, (c) => !(isEl(c) && /Pr$/.test(c.local)));
  }
}
