/**
 * Reading what Word's getOoxml() returns: a flat OPC package (pkg:package) whose parts carry their XML inline.
 * The same namespace-aware parser as the .docx reader, so the pane and the command line read Word's own record
 * the same way.
 */
import type { SaxesTagNS } from "saxes";
import { DocxError, isW, parseXml } from "./package";

const PKG_NS = "http://schemas.microsoft.com/office/2006/xmlPackage";
const ON = (v: string | undefined) => v === undefined || !/^(0|false|off)$/i.test(v);
const attr = (tag: SaxesTagNS, local: string) =>
  Object.values(tag.attributes).find((a) => a.local === local)?.value;

/**
 * Calls `open` for every WordprocessingML element of the package's main document part (with its depth in the
 * whole package) and `close` with the depth of each element that closes; `open` returning true stops the walk.
 */
function walkDocumentPart(
  flatOpc: string,
  open: (tag: SaxesTagNS, depth: number) => boolean | void,
  close: (depth: number) => void = () => undefined,
): void {
  let inDocument = false;
  let partDepth = 0;
  let depth = 0;
  let done = false;
  parseXml("getOoxml", flatOpc, (parser) => {
    parser.on("opentag", (tag) => {
      depth++;
      if (done) return;
      if (tag.uri === PKG_NS && tag.local === "part") {
        inDocument = /^\/word\/document\d*\.xml$/i.test(attr(tag, "name") ?? "");
        partDepth = depth;
        return;
      }
      if (inDocument && isW(tag.uri) && open(tag, depth)) done = true;
    });
    parser.on("closetag", () => {
      if (!done && inDocument) close(depth);
      if (depth === partDepth) inDocument = false;
      depth--;
    });
  });
}

/**
 * Whether the outermost content control in the package's main document part shows its placeholder, as Word
 * records it (`w:showingPlcHdr` in its `w:sdtPr`). Undefined when the part holds no content control.
 */
export function controlShowsPlaceholder(flatOpc: string): boolean | undefined {
  let sdtDepth = -1;
  let showing: boolean | undefined;
  walkDocumentPart(flatOpc, (tag, depth) => {
    if (tag.local === "sdt" && sdtDepth < 0) {
      sdtDepth = depth;
      showing = false;
    } else if (sdtDepth >= 0 && depth === sdtDepth + 2 && tag.local === "showingPlcHdr") {
      showing = ON(attr(tag, "val"));
    } else if (sdtDepth >= 0 && depth === sdtDepth + 1 && tag.local === "sdtContent") {
      return true; // past the control's properties
    }
    return false;
  });
  return showing;
}

/** `read`, with a package that cannot be read counting as "not known" instead of failing. */
function orUndefined<T>(read: (flatOpc: string) => T): (flatOpc: string) => T | undefined {
  return (flatOpc) => {
    try {
      return read(flatOpc);
    } catch (err) {
      if (err instanceof DocxError) return undefined;
      throw err;
    }
  };
}

export const controlShowsPlaceholderOrUndefined = orUndefined(controlShowsPlaceholder);

/**
 * The sections of the package's main document part, in order (paragraph-level w:sectPr, then the body's), with
 * where each restarts its page numbering (w:pgNumType w:start; undefined: it goes on from the one before).
 */
export function sectionRestarts(flatOpc: string): (number | undefined)[] {
  const out: (number | undefined)[] = [];
  let sectPrDepth = -1;
  walkDocumentPart(
    flatOpc,
    (tag, depth) => {
      if (tag.local === "sectPr") {
        sectPrDepth = depth;
        out.push(undefined);
      } else if (tag.local === "pgNumType" && depth === sectPrDepth + 1) {
        const start = attr(tag, "start");
        if (start !== undefined && /^\d{1,6}$/.test(start)) out[out.length - 1] = Number(start);
      }
    },
    (depth) => {
      if (depth === sectPrDepth) sectPrDepth = -1;
    },
  );
  return out;
}

export const sectionRestartsOrUndefined = orUndefined(sectionRestarts);
