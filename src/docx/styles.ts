/** styles.xml: style names, built-in ids, heading and outline levels, list and bold, through based-on chains. */
import { isW, parseXml } from "./package";

interface RawStyle {
  id: string;
  type: string;
  name?: string;
  basedOn?: string;
  outlineLvl?: number;
  numbered?: boolean;
  pageBreakBefore?: boolean;
  bold?: boolean;
  isDefault: boolean;
}

export interface ResolvedParagraphStyle {
  name?: string;
  builtIn?: string;
  /** 0-based outline level as OOXML writes it (0 = level 1); undefined for body text. */
  outlineLevel?: number;
  numbered: boolean;
  pageBreakBefore: boolean;
}

/** Built-in style names (as styles.xml writes them, in English whatever the UI language) → Word's built-in ids. */
const BUILT_IN: Record<string, string> = {
  normal: "Normal",
  title: "Title",
  subtitle: "Subtitle",
  "list paragraph": "ListParagraph",
  "list bullet": "ListBullet",
  "list number": "ListNumber",
  quote: "Quote",
  "table grid": "TableGrid",
};

function builtInId(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const lower = name.toLowerCase();
  const heading = /^heading (\d)$/.exec(lower);
  if (heading) return `Heading${heading[1]}`;
  return BUILT_IN[lower];
}

export class StyleSheet {
  private readonly cache = new Map<string, ResolvedParagraphStyle>();
  /** Bold per style id (paragraph and run): a long based-on chain is walked once, not per run. */
  private readonly boldCache = new Map<string, boolean | undefined>();
  private readonly defaultParagraph?: string;

  constructor(private readonly styles: Map<string, RawStyle>) {
    for (const s of styles.values()) if (s.isDefault && s.type === "paragraph") this.defaultParagraph = s.id;
  }

  /** Walks the based-on chain (with a guard against cycles) and returns the first value `pick` finds. */
  private inherit<T>(id: string | undefined, pick: (s: RawStyle) => T | undefined): T | undefined {
    const seen = new Set<string>();
    for (
      let s = id ? this.styles.get(id) : undefined;
      s && !seen.has(s.id);
      s = s.basedOn ? this.styles.get(s.basedOn) : undefined
    ) {
      seen.add(s.id);
      const v = pick(s);
      if (v !== undefined) return v;
    }
    return undefined;
  }

  paragraph(styleId: string | undefined): ResolvedParagraphStyle {
    const id = styleId && this.styles.has(styleId) ? styleId : this.defaultParagraph;
    const key = id ?? "";
    let resolved = this.cache.get(key);
    if (!resolved) {
      const own = id ? this.styles.get(id) : undefined;
      const headingLevel = this.inherit(id, (s) => {
        const m = /^heading (\d)$/i.exec(s.name ?? "");
        return m ? Number(m[1]) - 1 : undefined;
      });
      resolved = {
        name: own?.name,
        builtIn: builtInId(own?.name),
        outlineLevel: this.inherit(id, (s) => s.outlineLvl) ?? headingLevel,
        numbered: this.inherit(id, (s) => s.numbered) ?? false,
        pageBreakBefore: this.inherit(id, (s) => s.pageBreakBefore) ?? false,
      };
      this.cache.set(key, resolved);
    }
    return resolved;
  }

  paragraphBold(styleId: string | undefined): boolean | undefined {
    return this.bold(styleId && this.styles.has(styleId) ? styleId : this.defaultParagraph);
  }

  runBold(styleId: string | undefined): boolean | undefined {
    return this.bold(styleId);
  }

  private bold(id: string | undefined): boolean | undefined {
    if (id === undefined) return undefined;
    if (!this.boldCache.has(id))
      this.boldCache.set(
        id,
        this.inherit(id, (s) => s.bold),
      );
    return this.boldCache.get(id);
  }
}

export function parseStyles(partName: string, xml: string): StyleSheet {
  const styles = new Map<string, RawStyle>();
  if (!xml) return new StyleSheet(styles);
  let current: RawStyle | undefined;
  const path: string[] = [];
  parseXml(partName, xml, (p) => {
    p.on("opentag", (tag) => {
      const name = isW(tag.uri) ? tag.local : "";
      const parent = path[path.length - 1];
      path.push(name);
      const a = (local: string) => {
        for (const k in tag.attributes) if (tag.attributes[k].local === local) return tag.attributes[k].value;
        return undefined;
      };
      if (name === "style") {
        current = {
          id: a("styleId") ?? "",
          type: a("type") ?? "paragraph",
          isDefault: /^(1|true|on)$/i.test(a("default") ?? ""),
        };
        return;
      }
      if (!current) return;
      const val = a("val");
      if (name === "name" && parent === "style") current.name = val;
      else if (name === "basedOn") current.basedOn = val;
      else if (name === "outlineLvl" && parent === "pPr") current.outlineLvl = Number(val);
      else if (name === "numId" && path.includes("pPr")) current.numbered = val !== "0";
      else if (name === "pageBreakBefore" && parent === "pPr")
        current.pageBreakBefore = val === undefined || !/^(0|false|off)$/i.test(val);
      else if (name === "b" && parent === "rPr")
        current.bold = val === undefined || !/^(0|false|off)$/i.test(val);
    });
    p.on("closetag", () => {
      if (path.pop() === "style" && current) {
        if (current.id) styles.set(current.id, current);
        current = undefined;
      }
    });
  });
  return new StyleSheet(styles);
}
