/**
 * The one hardened XML parser (saxes, namespace-aware; pure JS, so it runs in Node, the pane and the letter
 * worker alike). Every reader of XML that is not ours goes through here: the .docx layer (src/docx/package.ts's
 * parseXml, which names the part in its DocxError) and the afstemming record Word hands the pane.
 *
 * A DOCTYPE or entity declaration is refused before parsing (Word never writes one, and nothing outside the text is
 * ever read); nesting deeper than MAX_XML_DEPTH is refused; any other parse error is refused with its line, never
 * with the parser's own text.
 */
import { SaxesParser } from "saxes";

/** How deep elements may nest (Word's own documents stay far below it). */
export const MAX_XML_DEPTH = 256;

export type XmlRefusalReason = "declaration" | "depth" | "malformed";

export class XmlRefusal extends Error {
  constructor(
    readonly reason: XmlRefusalReason,
    /** The line the parser had reached. */
    readonly line: number,
  ) {
    super(`${reason} (line ${line})`);
    this.name = "XmlRefusal";
  }
}

const DECLARATION = /<!DOCTYPE|<!ENTITY/i;

/** Told of every element as it opens and closes, with its depth, before the caller's handlers (a limit of its own). */
export interface ElementWatcher {
  open(tag: { local: string; uri: string }, depth: number): void;
  close(depth: number): void;
}

/**
 * Parses `xml` (one text, or its pieces in order) with the handlers `setup` registers. Throws XmlRefusal; an error a handler throws for which
 * `passes(err)` holds (the caller's own verdict, such as a limit) reaches the caller as it is.
 */
export function parseXmlSafely(
  xml: string | Iterable<string>,
  setup: (parser: SaxesParser<{ xmlns: true }>) => void,
  passes: (err: unknown) => boolean = () => false,
  watch?: ElementWatcher,
): void {
  const pieces = typeof xml === "string" ? [xml] : xml;
  const parser = new SaxesParser({ xmlns: true });
  // Depth is counted by handlers of our own, whatever the caller registers (saxes keeps one handler per event:
  // the caller's opentag and closetag are called from ours).
  let depth = 0;
  type Handler = (tag: never) => void;
  let open: Handler | undefined;
  let close: Handler | undefined;
  const on = parser.on.bind(parser) as (name: string, handler: (...args: never[]) => void) => void;
  (parser as unknown as { on: typeof on }).on = (name, handler) => {
    if (name === "opentag") open = handler as Handler;
    else if (name === "closetag") close = handler as Handler;
    else on(name, handler);
  };
  setup(parser);
  on("opentag", ((tag: { local: string; uri: string }) => {
    if (++depth > MAX_XML_DEPTH) throw new XmlRefusal("depth", parser.line);
    watch?.open(tag, depth);
    open?.(tag as never);
  }) as never);
  on("closetag", ((tag: never) => {
    watch?.close(depth);
    depth--;
    close?.(tag);
  }) as never);
  try {
    // Read a piece at a time; a declaration split between two pieces is seen with the end of the one before.
    let tail = "";
    for (const piece of pieces) {
      if (DECLARATION.test(tail + piece.slice(0, 16)) || DECLARATION.test(piece))
        throw new XmlRefusal("declaration", parser.line);
      tail = piece.slice(-16);
      parser.write(piece);
    }
    parser.close();
  } catch (err) {
    if (err instanceof XmlRefusal || passes(err)) throw err;
    throw new XmlRefusal("malformed", parser.line);
  }
}
