/**
 * The publication copy (openbaarmakingsversie) of a nota as a .docx, rebuilt rather than cleaned: a new package
 * holding only the parts a published nota needs (main document, styles, numbering, settings, font table, theme,
 * headers, footers, footnotes, endnotes, kept pictures), each written through the allowlist of its vocabulary,
 * with fresh relationships, part names, content types and document properties. In every story revisions are
 * accepted, fields show their results, hidden text goes and every mark becomes its ground; then every withheld
 * text is found as a reader reads it and replaced. The copy is read back before it is returned: a copy in which
 * a withheld text can still be found is never written.
 */
import { strToU8, zipSync } from "fflate";
import { parseNota } from "../nota/parser";
import { type FieldId, wooGroundOf } from "../nota/schema";
import { PersonalDataKind, findPersonalData } from "../nota/personal-data";
import {
  Withheld,
  conflictingParts,
  findReadings,
  isWooGround,
  readingForm,
  readingText,
  withheldParts,
} from "../nota/woo";
import { BLOCK_CONTAINERS, openZip } from "./package";
import { REL_TYPES, decodePart, decodePartInPieces, mainPartName, relationshipsOf } from "./ooxml";
import { readDocx } from "./reader";
import { SETTINGS_KEPT } from "./publication/allowlist";
import { stripPicture } from "./publication/images";
import {
  FoundMark,
  enclosingIndex,
  Replacer,
  inFieldCode,
  newFieldState,
  acceptRevisions,
  hiddenStylesOf,
  isTextAttribute,
  piecesOf,
  removeHidden,
  replaceInPieces,
  replaceInString,
  replaceMarks,
  replaceRange,
  blockGroundParagraph,
  groundParagraph,
  visibleText,
  showFields,
  unwrapContainers,
} from "./publication/story";
import { PLACEHOLDER_TEXTS, PlaceholderKind, STORY_NAMES, type StoryNameId } from "./publication/texts";
import { translator, type Translate } from "../i18n";
import {
  Attr,
  El,
  attr,
  clone,
  descendants,
  el,
  firstChild,
  is,
  isEl,
  parsePart,
  replace,
  serializePart,
  setAttr,
  startTag,
  unwrap,
  utf8Pieces,
  utf8Sink,
  writeAllowed,
  writeRaw,
} from "./publication/tree";
import { findLeak, unescapeXml } from "./publication/verify";

export interface PublishOptions {
  /** Header fields withheld by routine (the profile's woo.fields). */
  fields: Partial<Record<FieldId, string>>;
  /** What stands where something was withheld; {code} is the ground. */
  replacement: string;
  /** The language of the sentences the copy shows in place of what it cannot carry (default Dutch). */
  copyLocale?: "nl" | "en";
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
  /** Per ground: how many parts were withheld, and where (paragraph numbers from 1, the field, or the story). */
  withheld: { ground: string; count: number; places: string[] }[];
  /** What the copy shows a placeholder sentence for (a chart, an embedded object, a picture it cannot strip). */
  placeholders: { kind: PlaceholderKind; place: string }[];
  /** What looks like personal data and is in the copy because nobody marked it, with its place. */
  unmarked: { kind: PersonalDataKind; text: string; place: string }[];
}

/** Texts shorter than this are replaced where they are marked, not searched for elsewhere (they are everywhere). */
const MIN_SECRET = 4;

const CT = "application/vnd.openxmlformats-officedocument.wordprocessingml";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

type StoryKind = "document" | "header" | "footer" | "footnotes" | "endnotes";
interface Story {
  source: string;
  kind: StoryKind;
  out: string;
  /** The story as its first reading wrote it (UTF-8), to be read a second time. */
  raw: Uint8Array[];
  /** The document reader reads this part (the body, the first page's header). */
  read: boolean;
}

const isNotes = (kind: StoryKind) => kind === "footnotes" || kind === "endnotes";

/** What a story's first reading keeps of a mark around blocks, rows or cells while it reads through it. */
interface MarkMode {
  code: string;
  /** Where it stands: among paragraphs, among a table's rows, among a row's cells. */
  context: Context;
  texts: string[];
  paragraph?: number;
  /** Its first paragraph (the ground looks like it) and the last section break it held. */
  like?: El;
  sectPr?: El;
  /** Its ground has been written (in its first cell). */
  shown: boolean;
}
/** What a container's blocks are: paragraphs and tables, a table's rows, a row's cells. */
type Context = "body" | "tbl" | "tr";
/** A container written as it is: a part's root, the body, a table, a row, a cell, a note. */
interface Written {
  kind: "written";
  context: Context;
  /** A row's or cell's start tag, held with its properties until they say it was not deleted. */
  start?: string;
  held: El[];
  /** Deleted with Track Changes (or inside what was): nothing of it is written. */
  dropped: boolean;
  /** A row or cell of a mark (whose content becomes the ground), and the cell's first paragraph. */
  cells?: MarkMode;
  like?: El;
}
/** How each container of a story's first reading is read (see StreamHandlers). */
type Mode =
  | Written
  /** A control among blocks, until its content says whether it is a mark. */
  | { kind: "control"; context: Context; sdtPr?: El }
  /** A control's content or custom XML that is no mark: its blocks stay, its wrapping goes. */
  | { kind: "transparent"; context: Context }
  /** A mark's content, and what stands in it: read, never written. */
  | { kind: "mark" | "swallowed"; context: Context; mark: MarkMode };

/** Which children of a container are containers too (read through), by what it is. */
function spineIn(m: Mode, local: string): boolean {
  if (m.kind === "control") return local === "sdtContent";
  if (m.kind === "swallowed" || (m.kind === "written" && m.dropped)) return BLOCK_CONTAINERS.test(local);
  if (m.kind === "mark" && m.mark.context === "tbl") return local === "tr";
  if (m.kind === "mark" && m.mark.context === "tr") return local === "tc";
  return BLOCK_CONTAINERS.test(local) && !/^(document|hdr|ftr|footnotes|endnotes)$/.test(local);
}

interface OutRel {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/**
 * A link the copy may keep: http(s) only, not into someone's personal OneDrive, and with no withheld text or
 * personal data in its target, read as written, percent-decoded, and with its separators read as spaces.
 */
function linkIsSafe(target: string, needles: string[], people: string[]): boolean {
  if (!/^https?:\/\/[^\s]+$/i.test(target)) return false;
  if (/-my\.sharepoint\.com|\/personal\/|onedrive\.live\.com|1drv\.ms/i.test(target)) return false;
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // not percent-encoded: read as written
  }
  return [target, decoded, linkReading(decoded)].every(
    (form) =>
      !findReadings(readingText([form]).text, needles).length && !findPersonalData(form, people).length,
  );
}

/** A piece of text that reads as a link target ("…/personal/jan_jansen_minocw_nl/…" as "personal jan jansen …"). */
function linkReading(decoded: string): string {
  return decoded.replace(/[_./+?=&#:%~-]+/g, " ");
}

/** What the nota withholds, read from its snapshot (which is let go as soon as this returns: memory). */
function withheldOf(data: Uint8Array, options: PublishOptions): Withheld[] {
  const snapshot = readDocx(data); // refuses what is not a readable .docx, with its limits
  const parts = withheldParts(parseNota(snapshot), options.fields);
  const unknown = parts.find((p) => !isWooGround(p.ground));
  if (unknown) throw new PublishError("unknown-ground", unknown.ground);
  const conflicts = conflictingParts(parts);
  if (conflicts.length)
    throw new PublishError("overlap", `${conflicts[0][0].ground} / ${conflicts[0][1].ground}`);
  return parts;
}

export function publishDocx(data: Uint8Array, options: PublishOptions): PublishResult {
  const parts = withheldOf(data, options);
  const locale = options.copyLocale ?? "nl";
  const names = translator(STORY_NAMES, locale);
  const placeholderText = translator(PLACEHOLDER_TEXTS, locale);
  const ground = (code: string) => options.replacement.replace(/\{code\}/g, code);

  const zip = openZip(data);
  const present = new Set(zip.names);
  const get = (name: string | undefined) =>
    name && present.has(name) ? zip.read((n) => n === name).parts.get(name) : undefined;
  const files = { get };
  const main = mainPartName(get("_rels/.rels"))!;
  const mainRels = relationshipsOf(files, main);
  const relPart = (type: RegExp) =>
    mainRels.find((r) => type.test(r.type) && r.part && present.has(r.part))?.part;
  const parse = (name: string) => parsePart(name, decodePart(get(name)!));

  // The people of the document (authors, revisers, commenters): looked for in the text, never carried.
  const people = new Set<string>();
  const core = get("docProps/core.xml");
  if (core)
    for (const m of decodePart(core).matchAll(/<(?:\w+:)?(creator|lastModifiedBy)>([^<]+)</g))
      people.add(unescapeXml(m[2]).trim());
  for (const r of mainRels.filter((x) => /\/(comments|people)$/.test(x.type) && x.part)) {
    const bytes = get(r.part);
    if (bytes)
      for (const m of decodePart(bytes).matchAll(/\bauthor="([^"]+)"/g)) people.add(unescapeXml(m[1]).trim());
  }
  const addAuthors = (root: El) => {
    for (const e of descendants(root, (x) => attr(x, "w", "author") !== undefined))
      people.add(attr(e, "w", "author")!);
  };

  const stylesPart = relPart(REL_TYPES.styles);
  const styles = stylesPart ? parse(stylesPart).root : undefined;
  const hidden = hiddenStylesOf(styles);
  const allMarks: FoundMark[] = [];
  const extraMarks: { mark: FoundMark; place: string }[] = [];
  const fieldParts = parts.filter((p) => p.source.kind === "field");

  /**
   * The first reading of a story, as a stream (see StreamHandlers): each block made into what a reader of the copy
   * sees (withheld field values, revisions, fields, hidden text, marks) and written as XML, to be read again once
   * every story's marks are known. The containers of blocks (BLOCK_CONTAINERS: tables, rows, cells, controls
   * around blocks) are read through, so that the copy holds one block at a time, however large a table or a
   * control: a control's own wrapping goes (the copy holds no controls); a row or cell deleted with Track Changes
   * goes whole; a mark around blocks, rows or cells becomes its ground once, and what it held is only read.
   */
  const firstPass = (name: string, located: Withheld[], offset: number) => {
    const raw = utf8Sink();
    const marks: FoundMark[] = [];
    const fields = newFieldState();
    const modes = new Map<El, Mode>();
    let pending: (El | string)[] = [];
    const emit = (x: El | string) => {
      pending.push(x);
      // A field's code can run over blocks: those holding it are written once it ends.
      if (inFieldCode(fields)) return;
      for (const y of pending)
        if (typeof y === "string") raw.push(y);
        else
          for (const c of y.children) {
            const piece: string[] = [];
            writeRaw(c as El, piece);
            raw.push(piece.join(""));
          }
      pending = [];
    };
    const read = (holder: El) => {
      if (name === main && !firstSectPr) {
        const found = descendants(holder, (e) => is(e, "w", "sectPr"))[0];
        if (found) firstSectPr = clone(found);
      }
      for (const part of located) {
        const p = descendants(holder, (e) => is(e, "w", "p") && e.index === part.paragraph - offset)[0];
        if (p) replaceRange(piecesOf(p, "reader"), part.start, part.end, ground(part.ground));
      }
      addAuthors(holder);
      acceptRevisions(holder);
      showFields(holder, fields, false);
      removeHidden(holder, hidden);
      return holder;
    };
    /** What a mark holds: read (its text is what the copy must not show anywhere), and not written. */
    const swallow = (mark: MarkMode, u: El, cell?: Written) => {
      for (const p of descendants(read(el("w", "body", [], [u])), (e) => is(e, "w", "p"))) {
        mark.texts.push(visibleText(p));
        mark.paragraph ??= p.index;
        mark.like ??= p;
        if (cell) cell.like ??= p;
        const sectPr = firstChild(firstChild(p, "w", "pPr") ?? p, "w", "sectPr");
        if (sectPr) mark.sectPr = sectPr;
      }
    };
    const start = (m: Written) => {
      if (m.start === undefined) return;
      emit(m.start);
      for (const h of m.held) emit(h);
      m.start = undefined;
      m.held = [];
    };
    const parsed = parsePart(name, decodePartInPieces(get(name)!), {
      stream: {
        spine: (parent, p, local) => p === "w" && spineIn(modes.get(parent)!, local),
        open: (e, isRoot) => {
          const parent = isRoot ? undefined : modes.get(e.parent!)!;
          const context = parent?.context ?? "body";
          const mark = parent && "mark" in parent ? parent.mark : undefined;
          // What opens in a row or cell comes after its properties: the row or cell starts (if it stays).
          if (parent?.kind === "written" && !parent.dropped) start(parent);
          if (parent?.kind === "written" && parent.dropped)
            modes.set(e, { kind: "written", context, held: [], dropped: true });
          else if (parent?.kind === "swallowed" || (parent?.kind === "mark" && mark!.context === "body"))
            modes.set(e, { kind: "swallowed", context, mark: mark! });
          else if (parent?.kind === "written" && parent.cells && context === "body")
            modes.set(e, { kind: "swallowed", context, mark: parent.cells });
          else if (e.local === "sdt") modes.set(e, { kind: "control", context });
          else if (e.local === "customXml" || e.local === "sdtContent") {
            const tag = parent?.kind === "control" && parent.sdtPr && firstChild(parent.sdtPr, "w", "tag");
            const code = tag && wooGroundOf(attr(tag, "w", "val") ?? "");
            modes.set(
              e,
              code
                ? { kind: "mark", context, mark: { code, context, texts: [], shown: false } }
                : { kind: "transparent", context },
            );
          } else {
            const cells =
              parent?.kind === "mark" ? mark : parent?.kind === "written" ? parent.cells : undefined;
            const m: Written = {
              kind: "written",
              context: e.local === "tbl" ? "tbl" : e.local === "tr" ? "tr" : "body",
              start: startTag(e, isRoot, true),
              held: [],
              dropped: false,
              cells,
            };
            modes.set(e, m);
            // A row or cell starts once its properties say it was not deleted.
            if (e.local !== "tr" && e.local !== "tc") start(m);
          }
        },
        unit: (u) => {
          const m = modes.get(u.parent!)!;
          switch (m.kind) {
            case "control":
              if (is(u, "w", "sdtPr")) m.sdtPr = u;
              return; // the control's own properties (sdtPr, sdtEndPr) go with it
            case "mark":
            case "swallowed":
              return swallow(m.mark, u);
            case "transparent":
              if (/Pr$/.test(u.local)) return; // customXmlPr
              break;
            case "written":
              if (m.dropped) return;
              if (m.start !== undefined && /Pr(Ex)?$/.test(u.local)) {
                if (firstChild(u, "w", u.local === "tcPr" ? "cellDel" : "del")) m.dropped = true;
                else m.held.push(read(el("w", m.context, [], [u])));
                return;
              }
              start(m);
              if (m.cells && m.context === "body") return swallow(m.cells, u, m);
          }
          const holder = read(el("w", m.context, [], [u]));
          marks.push(...replaceMarks(holder, ground));
          emit(holder);
        },
        close: (e) => {
          const m = modes.get(e)!;
          modes.delete(e);
          if (m.kind === "written" && !m.dropped) {
            start(m);
            if (m.cells && e.local === "tc") {
              // A marked cell holds the ground (the mark's first cell) or nothing.
              emit(el("w", "body", [], [groundParagraph(m.cells.shown ? "" : ground(m.cells.code), m.like)]));
              m.cells.shown = true;
            }
            emit(`</${e.p}:${e.local}>`);
          } else if (m.kind === "mark") {
            const mark = m.mark;
            const text = mark.texts.join("\n");
            if (text.trim()) marks.push({ ground: mark.code, text, paragraph: mark.paragraph });
            if (mark.context !== "body") return;
            // Among blocks: one paragraph with the ground, keeping the last section break it held.
            const p = blockGroundParagraph(ground(mark.code), mark.like, mark.sectPr);
            emit(el("w", "body", [], [p]));
          }
        },
      },
    });
    showFields(el("w", "body"), fields, true);
    emit("");
    allMarks.push(...marks);
    return { raw: raw.chunks(), marks, readerParagraphs: parsed.readerParagraphs };
  };

  // The body first: the reader's paragraph numbers and its first section (whose header the reader read).
  let firstSectPr: El | undefined;
  const document = firstPass(main, fieldParts, 0);

  // The other stories, in the order of the main part's relationships; fresh names.
  const stories: Story[] = [];
  const counters: Record<string, number> = {};
  for (const r of mainRels) {
    if (!r.part || !present.has(r.part) || r.part === main || stories.some((s) => s.source === r.part))
      continue;
    const kind = (["header", "footer", "footnotes", "endnotes"] as const).find((k) =>
      REL_TYPES[k].test(r.type),
    );
    if (!kind) continue;
    const n = (counters[kind] = (counters[kind] ?? 0) + 1);
    const out = kind === "header" || kind === "footer" ? `word/${kind}${n}.xml` : `word/${kind}.xml`;
    stories.push({ source: r.part, kind, out, raw: [], read: false });
  }
  // The header the reader read with the body (the first section's first-page or default header).
  if (firstSectPr) {
    const refs = descendants(firstSectPr, (e) => is(e, "w", "headerReference"));
    const titlePg = firstChild(firstSectPr, "w", "titlePg");
    const byType = (t: string) => refs.find((h) => (attr(h, "w", "type") ?? "default") === t);
    const ref = (titlePg && attr(titlePg, "w", "val") !== "0" && byType("first")) || byType("default");
    const part = ref && mainRels.find((r) => r.id === attr(ref, "r", "id"))?.part;
    const header = stories.find((s) => s.source === part && s.kind === "header");
    if (header) header.read = true;
  }
  for (const s of stories) {
    const located = s.read ? fieldParts.filter((f) => f.paragraph >= document.readerParagraphs) : [];
    const read = firstPass(s.source, located, document.readerParagraphs);
    s.raw = read.raw;
    if (!s.read) for (const mark of read.marks) extraMarks.push({ mark, place: storyPlace(s, names) });
  }

  // Every withheld text, searched for everywhere as a reader reads it.
  const replacer = replacerOf(parts, allMarks, ground);
  const unmarked: PublishResult["unmarked"] = [];
  const peopleList = [...people];
  let lastIndex: number | undefined;
  const secondReading = (root: El, kind: StoryKind, place: string) => {
    for (const p of descendants(root, (e) => is(e, "w", "p"))) {
      if (p.index !== undefined) lastIndex = p.index;
      const pieces = piecesOf(p);
      if (replacer.needles.length) replaceInPieces(pieces, readingText(pieces.map((x) => x.text)), replacer);
      const text = pieces.map((x) => x.text).join("");
      if (!text.trim()) continue;
      const where = kind === "document" && lastIndex !== undefined ? paragraphPlace(names, lastIndex) : place;
      for (const f of findPersonalData(text, peopleList))
        unmarked.push({ kind: f.kind, text: f.text, place: where });
    }
    scrubTextAttributes(root, replacer);
  };

  // The package: parts, pictures and relationships, all new.
  const out: Record<string, Uint8Array> = {};
  const overrides: [string, string][] = [];
  const placeholders: PublishResult["placeholders"] = [];
  const media = new Map<string, string>();
  const noteRefs = { footnotes: new Set<string>(), endnotes: new Set<string>() };
  const storyOut = new Map([
    [main, "word/document.xml"],
    ...stories.map((s) => [s.source, s.out] as [string, string]),
  ]);

  const finisher = (source: string, place: string) => {
    const srcRels = new Map(relationshipsOf(files, source).map((r) => [r.id, r]));
    const rels: OutRel[] = [];
    const rewritten = new WeakSet<Attr>();
    const add = (type: string, target: string, external = false) => {
      const id = `rId${rels.length + 1}`;
      rels.push({ id, type, target, external });
      return id;
    };
    const point = (e: El, local: "id" | "embed", id: string) => {
      setAttr(e, "r", local, id);
      rewritten.add(e.attrs.find((a) => a.p === "r" && a.local === local)!);
    };
    const placeholder = (e: El, kind: PlaceholderKind, block = false) => {
      const index = source === main ? enclosingIndex(e) : undefined;
      placeholders.push({
        kind,
        place: index !== undefined ? paragraphPlace(names, index) : place,
      });
      const t = el(
        "w",
        "t",
        [{ p: "xml", local: "space", value: "preserve" }],
        [{ text: placeholderText(kind) }],
      );
      replace(e, [
        block
          ? el("w", "p", [], [el("w", "r", [], [t])])
          : is(e.parent, "w", "r")
            ? t
            : el("w", "r", [], [t]),
      ]);
    };
    const image = (rid: string | undefined): string | undefined => {
      const rel = rid ? srcRels.get(rid) : undefined;
      if (!rel || rel.external || !rel.part || !REL_TYPES.image.test(rel.type)) return undefined;
      let name = media.get(rel.part);
      if (!name) {
        const bytes = get(rel.part);
        const stripped = bytes && stripPicture(bytes);
        if (!stripped) return undefined;
        name = `media/image${media.size + 1}.${stripped.format === "png" ? "png" : "jpeg"}`;
        media.set(rel.part, name);
        out[`word/${name}`] = stripped.bytes;
      }
      return add(`${REL}/image`, name);
    };
    const run = (root: El) => {
      unwrapContainers(root);
      for (const e of descendants(root, (x) => is(x, "w", "altChunk") || is(x, "w", "subDoc")))
        placeholder(e, "imported", !is(e.parent, "w", "p"));
      for (const e of descendants(root, (x) => is(x, "w", "object") || is(x, "w", "control"), true))
        placeholder(e, e.local === "object" ? "object" : "control");
      for (const d of descendants(root, (x) => is(x, "w", "drawing"), true)) {
        const data = descendants(d, (x) => is(x, "a", "graphicData"))[0];
        const uri = (data && attr(data, "", "uri")) ?? "";
        const blip = descendants(d, (x) => is(x, "a", "blip"))[0];
        if (/\/picture$/.test(uri) && blip) {
          const id = image(attr(blip, "r", "embed"));
          if (id) point(blip, "embed", id);
          else placeholder(d, "picture");
        } else placeholder(d, /\/chart/.test(uri) ? "chart" : /\/diagram/.test(uri) ? "diagram" : "drawing");
      }
      // A drawing's name is no text a reader sees (Word names it after the file it came from): a plain one.
      for (const e of descendants(root, (x) => is(x, "wp", "docPr") || is(x, "pic", "cNvPr")))
        setAttr(e, "", "name", `Afbeelding ${attr(e, "", "id") ?? ""}`.trim());
      for (const pict of descendants(root, (x) => is(x, "w", "pict"), true)) {
        if (descendants(pict, (x) => is(x, "o", "OLEObject") || is(x, "w", "control")).length) {
          placeholder(pict, "object");
          continue;
        }
        let failed = false;
        for (const e of descendants(pict, (x) => x.attrs.some((a) => a.p === "r" && a.local === "id"))) {
          const id = is(e, "v", "imagedata") || is(e, "v", "fill") ? image(attr(e, "r", "id")) : undefined;
          if (id) point(e, "id", id);
          else if (is(e, "v", "imagedata")) failed = true;
        }
        if (failed) placeholder(pict, "picture");
      }
      for (const h of descendants(root, (x) => is(x, "w", "hyperlink"))) {
        const rel = srcRels.get(attr(h, "r", "id") ?? "");
        if (rel?.external && linkIsSafe(rel.target, replacer.needles, peopleList))
          point(h, "id", add(`${REL}/hyperlink`, rel.target, true));
        else unwrap(h, (c) => isEl(c));
      }
      for (const ref of descendants(
        root,
        (x) => is(x, "w", "headerReference") || is(x, "w", "footerReference"),
      )) {
        const rel = srcRels.get(attr(ref, "r", "id") ?? "");
        const target = rel?.part && storyOut.get(rel.part);
        if (target)
          point(
            ref,
            "id",
            add(`${REL}/${ref.local === "headerReference" ? "header" : "footer"}`, target.slice(5)),
          );
        else replace(ref);
      }
      for (const r of descendants(
        root,
        (x) => is(x, "w", "footnoteReference") || is(x, "w", "endnoteReference"),
      ))
        noteRefs[r.local === "footnoteReference" ? "footnotes" : "endnotes"].add(attr(r, "w", "id") ?? "");
      // No reference the copy did not make itself.
      for (const e of descendants(root, (x) => x.attrs.some((a) => a.p === "r")))
        e.attrs = e.attrs.filter((a) => a.p !== "r" || rewritten.has(a));
    };
    return { run, rels };
  };

  /**
   * The second reading of a story, from the XML the first wrote, again as a stream: every withheld text replaced
   * wherever a reader reads it, what looks like personal data listed, pictures, links and references made anew,
   * and everything written through the allowlist. Notes whose reference went (in a mark, a deletion, hidden text)
   * go with it; of the main part only the body is written.
   */
  const secondPass = (source: string, raw: Uint8Array[], kind: StoryKind, place: string) => {
    const xml = utf8Sink();
    xml.push('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n');
    const finish = finisher(source, place);
    let dropped = 0;
    const noteGoes = (e: El) =>
      (kind === "footnotes" || kind === "endnotes") &&
      (e.local === "footnote" || e.local === "endnote") &&
      !/separator|continuation/i.test(attr(e, "w", "type") ?? "") &&
      !noteRefs[kind].has(attr(e, "w", "id") ?? "");
    parsePart(source, utf8Pieces(raw), {
      numbered: true,
      stream: {
        spine: (_parent, p, local) => p === "w" && /^(body|tbl|tr|tc|footnote|endnote)$/.test(local),
        open: (e, isRoot) => {
          // The main part's root as the copy's own (Transitional: no conformance="strict" carried over).
          if (isRoot && e.local === "document") e.attrs = [];
          const tag = dropped || noteGoes(e) ? undefined : startTag(e, isRoot, false);
          if (tag) xml.push(tag);
          else dropped++;
        },
        unit: (u) => {
          if (dropped || is(u.parent, "w", "document")) return;
          const container = u.parent!.local;
          const holder = el("w", container === "tbl" || container === "tr" ? container : "body", [], [u]);
          secondReading(holder, kind, place);
          finish.run(holder);
          for (const c of holder.children) writeAllowed(c, xml);
        },
        close: (e) => {
          if (dropped) dropped--;
          else xml.push(`</${e.p}:${e.local}>`);
        },
      },
    });
    return { bytes: xml.bytes(), rels: finish.rels };
  };

  const body = secondPass(main, document.raw, "document", names("document"));
  const written: { out: string; bytes: Uint8Array; rels: OutRel[]; type: string }[] = [
    { out: "word/document.xml", ...body, type: `${CT}.document.main+xml` },
  ];
  // The notes after every other story (their references are counted on the way).
  const order = [...stories].sort((a, b) => Number(isNotes(a.kind)) - Number(isNotes(b.kind)));
  for (const s of order) {
    const story = secondPass(s.source, s.raw, s.kind, storyPlace(s, names));
    s.raw = [];
    written.push({ out: s.out, ...story, type: `${CT}.${s.kind}+xml` });
  }
  const mainOut: OutRel[] = written[0].rels;
  const addMain = (type: string, target: string) =>
    mainOut.push({ id: `rId${mainOut.length + 1}`, type, target, external: false });
  // The main part names the notes, and every header and footer (those no section refers to are still parts).
  for (const s of stories)
    if (!mainOut.some((r) => r.target === s.out.slice(5)))
      addMain(`${REL}/${s.kind === "header" || s.kind === "footer" ? s.kind : s.kind}`, s.out.slice(5));

  const others: [RegExp, string, string, string][] = [
    [REL_TYPES.styles, "word/styles.xml", "styles", `${CT}.styles+xml`],
    [REL_TYPES.numbering, "word/numbering.xml", "numbering", `${CT}.numbering+xml`],
    [REL_TYPES.settings, "word/settings.xml", "settings", `${CT}.settings+xml`],
    [REL_TYPES.fontTable, "word/fontTable.xml", "fontTable", `${CT}.fontTable+xml`],
    [
      REL_TYPES.theme,
      "word/theme/theme1.xml",
      "theme",
      "application/vnd.openxmlformats-officedocument.theme+xml",
    ],
  ];
  for (const [type, name, relName, contentType] of others) {
    const source = relPart(type);
    if (!source) continue;
    const root = source === stylesPart && styles ? styles : parse(source).root;
    if (relName === "settings")
      root.children = root.children.filter(
        (c) => !isEl(c) || (c.p === "w" && SETTINGS_KEPT.has(c.local)) || is(c, "m", "mathPr"),
      );
    acceptRevisions(root);
    scrubTextAttributes(root, replacer);
    for (const e of descendants(root, (x) => x.attrs.some((a) => a.p === "r"))) {
      e.attrs = e.attrs.filter((a) => a.p !== "r");
      if (is(e, "a", "blip")) replace(e);
    }
    written.push({ out: name, bytes: strToU8(serializePart(root)), rels: [], type: contentType });
    addMain(`${REL}/${relName}`, name.slice(5));
  }

  for (const w of written) {
    out[w.out] = w.bytes;
    overrides.push([w.out, w.type]);
    if (w.rels.length) out[w.out.replace(/([^/]+)$/, "_rels/$1.rels")] = strToU8(relsXml(w.rels));
  }
  written.length = 0;
  out["docProps/core.xml"] = strToU8(BARE_CORE);
  out["docProps/app.xml"] = strToU8(BARE_APP);
  overrides.push(
    ["docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"],
    ["docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"],
  );
  out["_rels/.rels"] = strToU8(
    relsXml([
      { id: "rId1", type: `${REL}/officeDocument`, target: "word/document.xml", external: false },
      {
        id: "rId2",
        type: "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
        target: "docProps/core.xml",
        external: false,
      },
      { id: "rId3", type: `${REL}/extended-properties`, target: "docProps/app.xml", external: false },
    ]),
  );
  out["[Content_Types].xml"] = strToU8(contentTypes(overrides));

  const leak = findLeak(out, replacer.needles);
  if (leak) throw new PublishError("leak", leak);
  const bytes = zipSync(out, { level: 6 });
  const withheld = summary(parts, extraMarks, names);
  return { bytes, withheld, placeholders, unmarked };
}

type StoryNames = Translate<StoryNameId>;

/** "alinea 12": the paragraph's number as written, never formatted for the locale ("alinea 1234", not "1.234"). */
function paragraphPlace(names: StoryNames, index: number): string {
  return names("paragraph", { n: String(index + 1) });
}

function storyPlace(s: Story, names: StoryNames): string {
  const name = names(s.kind);
  return s.kind === "header" || s.kind === "footer" ? `${name} (${s.source})` : name;
}

/**
 * The withheld texts to search for: each mark's and withheld field's text (a mark of several paragraphs: each),
 * long enough not to be a piece of common words, and not one that its own ground already shows ("5.1.2e" withheld
 * as "5.1.2e" is already what the copy says: searching for it would find the ground itself).
 */
function replacerOf(parts: Withheld[], marks: FoundMark[], ground: (code: string) => string): Replacer {
  const texts = new Map<string, string>();
  const grounds = new Set(
    [...parts.map((p) => p.ground), ...marks.map((m) => m.ground)].map((g) => readingForm(ground(g))),
  );
  const consider = (text: string, code: string) => {
    for (const line of text.split("\n")) {
      const form = readingForm(line);
      if (form.replace(/[^\p{L}\p{N}]/gu, "").length < MIN_SECRET || texts.has(form)) continue;
      if ([...grounds].some((g) => findReadings(g, [form]).length)) continue;
      texts.set(form, ground(code));
    }
  };
  for (const p of parts) consider(p.text, p.ground);
  for (const m of marks) consider(m.text, m.ground);
  const sorted = [...texts].sort((a, b) => b[0].length - a[0].length);
  return { needles: sorted.map(([t]) => t), by: sorted.map(([, by]) => by) };
}

function scrubTextAttributes(root: El, replacer: Replacer): void {
  if (!replacer.needles.length) return;
  for (const e of descendants(root, (x) => x.attrs.length > 0))
    for (const a of e.attrs) if (isTextAttribute(e, a)) a.value = replaceInString(a.value, replacer);
}

function summary(
  parts: Withheld[],
  extra: { mark: FoundMark; place: string }[],
  names: StoryNames,
): PublishResult["withheld"] {
  const byGround = new Map<string, { count: number; places: string[] }>();
  const count = (code: string, place: string) => {
    const entry = byGround.get(code) ?? { count: 0, places: [] };
    entry.count++;
    entry.places.push(place);
    byGround.set(code, entry);
  };
  for (const p of parts)
    count(p.ground, p.source.kind === "field" ? p.source.field : paragraphPlace(names, p.paragraph));
  for (const { mark, place } of extra) count(mark.ground, place);
  return [...byGround].map(([ground, e]) => ({ ground, ...e }));
}

const xmlEscape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

function relsXml(rels: OutRel[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    rels
      .map(
        (r) =>
          `<Relationship Id="${r.id}" Type="${r.type}" Target="${xmlEscape(r.target)}"${r.external ? ' TargetMode="External"' : ""}/>`,
      )
      .join("") +
    "</Relationships>"
  );
}

function contentTypes(overrides: [string, string][]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Default Extension="png" ContentType="image/png"/>' +
    '<Default Extension="jpeg" ContentType="image/jpeg"/>' +
    overrides.map(([name, type]) => `<Override PartName="/${name}" ContentType="${type}"/>`).join("") +
    "</Types>"
  );
}

const BARE_CORE =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
  'xmlns:dc="http://purl.org/dc/elements/1.1/"/>';
const BARE_APP =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"/>';
