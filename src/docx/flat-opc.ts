/**
 * Reading what Word's getOoxml() returns: a flat OPC package (pkg:package) whose parts carry their XML inline.
 * The same namespace-aware parser as the .docx reader, so the pane and the command line read Word's own record
 * the same way.
 */
import { DocxError, isW, parseXml } from "./package";

const PKG_NS = "http://schemas.microsoft.com/office/2006/xmlPackage";
const ON = (v: string | undefined) => v === undefined || !/^(0|false|off)$/i.test(v);

/**
 * Whether the outermost content control in the package's main document part shows its placeholder, as Word
 * records it (`w:showingPlcHdr` in its `w:sdtPr`). Undefined when the part holds no content control.
 */
export function controlShowsPlaceholder(flatOpc: string): boolean | undefined {
  let inDocument = false;
  let partDepth = 0;
  let depth = 0;
  // Depth of the first w:sdt and of its w:sdtPr; the answer once its sdtPr has closed.
  let sdtDepth = -1;
  let inSdtPr = false;
  let showing: boolean | undefined;
  let done = false;
  parseXml("getOoxml", flatOpc, (parser) => {
    parser.on("opentag", (tag) => {
      depth++;
      if (done) return;
      if (tag.uri === PKG_NS && tag.local === "part") {
        const name = Object.values(tag.attributes).find((a) => a.local === "name")?.value ?? "";
        inDocument = /^\/word\/document\d*\.xml$/i.test(name);
        partDepth = depth;
        return;
      }
      if (!inDocument || !isW(tag.uri)) return;
      if (tag.local === "sdt" && sdtDepth < 0) {
        sdtDepth = depth;
        showing = false;
      } else if (tag.local === "sdtPr" && depth === sdtDepth + 1) {
        inSdtPr = true;
      } else if (inSdtPr && depth === sdtDepth + 2 && tag.local === "showingPlcHdr") {
        const val = Object.values(tag.attributes).find((a) => a.local === "val")?.value;
        showing = ON(val);
      }
    });
    parser.on("closetag", () => {
      if (inSdtPr && depth === sdtDepth + 1) {
        inSdtPr = false;
        done = true;
      }
      if (depth === partDepth) inDocument = false;
      depth--;
    });
  });
  return showing;
}

/** Like controlShowsPlaceholder, but a package that cannot be read counts as "not known" instead of failing. */
export function controlShowsPlaceholderOrUndefined(flatOpc: string): boolean | undefined {
  try {
    return controlShowsPlaceholder(flatOpc);
  } catch (err) {
    if (err instanceof DocxError) return undefined;
    throw err;
  }
}

/**
 * The sections of the package's main document part, in order (paragraph-level w:sectPr, then the body's), with
 * where each restarts its page numbering (w:pgNumType w:start; undefined: it goes on from the one before).
 */
export function sectionRestarts(flatOpc: string): (number | undefined)[] {
  const out: (number | undefined)[] = [];
  let inDocument = false;
  let partDepth = 0;
  let depth = 0;
  let sectPrDepth = -1;
  parseXml("getOoxml", flatOpc, (parser) => {
    parser.on("opentag", (tag) => {
      depth++;
      if (tag.uri === PKG_NS && tag.local === "part") {
        const name = Object.values(tag.attributes).find((a) => a.local === "name")?.value ?? "";
        inDocument = /^\/word\/document\d*\.xml$/i.test(name);
        partDepth = depth;
        return;
      }
      if (!inDocument || !isW(tag.uri)) return;
      if (tag.local === "sectPr") {
        sectPrDepth = depth;
        out.push(undefined);
      } else if (tag.local === "pgNumType" && depth === sectPrDepth + 1) {
        const start = Object.values(tag.attributes).find((a) => a.local === "start")?.value;
        if (start !== undefined && /^\d{1,6}$/.test(start)) out[out.length - 1] = Number(start);
      }
    });
    parser.on("closetag", () => {
      if (depth === sectPrDepth) sectPrDepth = -1;
      if (depth === partDepth) inDocument = false;
      depth--;
    });
  });
  return out;
}
