/**
 * Afstemming (coordination): with whom the nota was coordinated, inside and outside the ministry.
 * The text form is what the header block shows: "DE (akkoord, 20 november 2024), OVO, PD&R".
 */
import { escapeXml } from "./xml-escape";
import { AFSTEMMING_NAMESPACE, type FieldId } from "./schema";
import type { Nota } from "./parser";
import type { SaxesTagNS } from "saxes";
import { parseXmlSafely } from "./xml-parse";
import { DutchDate, formatDutchDate, fromIsoDate, parseDutchDate, toIsoDate } from "./dates";

export const AFSTEMMING_STATUSES = [
  "akkoord",
  "akkoord met opmerkingen",
  "niet akkoord",
  "geen reactie",
  "loopt",
] as const;
export type AfstemmingStatus = (typeof AFSTEMMING_STATUSES)[number];

export interface AfstemmingParty {
  name: string;
  status?: AfstemmingStatus;
  date?: DutchDate;
}

export interface Afstemming {
  internal: AfstemmingParty[];
  external: AfstemmingParty[];
  /**
   * Findings a reviewer accepted ("Negeren") or rules switched off for this document. They ride in the same
   * custom XML part as the afstemming, so that whoever writes the afstemming keeps them (pass them back).
   */
  suppressions?: Suppression[];
}

/**
 * An accepted finding, or a rule switched off for this document. `ruleId` alone: the rule is off here;
 * with `messageId`: that message of the rule; with `place` (see placeKey in src/checks/suppressions.ts): only
 * the finding at that place. `by` (who), `at` (ISO date, "2024-11-26") and `reason` are for the report.
 */
export interface Suppression {
  ruleId: string;
  messageId?: string;
  place?: string;
  reason?: string;
  by?: string;
  at?: string;
}

const SUPPRESSION_KEYS = ["ruleId", "messageId", "place", "reason", "by", "at"] as const;
/** The record's attribute for each key. */
const SUPPRESSION_ATTRIBUTES: Record<(typeof SUPPRESSION_KEYS)[number], string> = {
  ruleId: "rule",
  messageId: "message",
  place: "place",
  reason: "reason",
  by: "by",
  at: "at",
};
/** Longest text kept from a record's attribute (a record is the document's, not ours). */
const MAX_ATTRIBUTE = 500;
/** Most suppressions read from one record. */
export const MAX_SUPPRESSIONS = 1000;

/** Two suppressions that mean the same finding (or the same rule switched off). */
export function sameSuppression(a: Suppression, b: Suppression): boolean {
  return (
    a.ruleId === b.ruleId &&
    (a.messageId ?? "") === (b.messageId ?? "") &&
    (a.place ?? "") === (b.place ?? "")
  );
}

export function emptyAfstemming(): Afstemming {
  return { internal: [], external: [] };
}

/** Splits on commas, semicolons and line breaks that stand outside parentheses. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of text) {
    if (ch === "(") depth++;
    if (ch === ")") depth = Math.max(0, depth - 1);
    if (depth === 0 && (ch === "," || ch === ";" || ch === "\n" || ch === "\v")) {
      parts.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

/** One party: "DE", "DE (akkoord)", "MBO Raad (akkoord, 20 november 2024)". */
export function parseParty(text: string): AfstemmingParty {
  const m = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(text.trim());
  if (!m) return { name: text.trim() };
  const party: AfstemmingParty = { name: m[1].trim() };
  let recognised = false;
  for (const piece of m[2].split(",").map((p) => p.trim())) {
    const status = AFSTEMMING_STATUSES.find((s) => s === piece.toLowerCase());
    const date = parseDutchDate(piece).date;
    if (status && !party.status) {
      party.status = status;
      recognised = true;
    } else if (date && !party.date) {
      party.date = date;
      recognised = true;
    }
  }
  // Parentheses that hold something else belong to the name: "Ministerie van SZW (directie X)".
  return recognised ? party : { name: text.trim() };
}

/** A list of parties from header text (one per line or comma-separated). "N.v.t." and "-" mean none. */
export function parseParties(text: string): AfstemmingParty[] {
  return splitTopLevel(text)
    .filter((p) => !/^(n\.?v\.?t\.?|geen|-|–)$/i.test(p))
    .map(parseParty);
}

export function formatParty(p: AfstemmingParty): string {
  const extra = [p.status, p.date ? formatDutchDate(p.date) : undefined].filter(Boolean);
  return extra.length ? `${p.name} (${extra.join(", ")})` : p.name;
}

export function formatParties(parties: readonly AfstemmingParty[]): string {
  return parties.map(formatParty).join(", ");
}

/** Trims names, drops empty entries and later duplicates (same name, case-insensitive). */
export function normalizeAfstemming(a: Afstemming): Afstemming {
  const clean = (list: AfstemmingParty[]) => {
    const seen = new Set<string>();
    const out: AfstemmingParty[] = [];
    for (const p of list) {
      const name = p.name.trim();
      const key = name.toLowerCase();
      if (!name || seen.has(key)) continue;
      seen.add(key);
      out.push({ ...p, name });
    }
    return out;
  };
  const result: Afstemming = { internal: clean(a.internal), external: clean(a.external) };
  if (a.suppressions) {
    const kept: Suppression[] = [];
    for (const sup of a.suppressions) {
      if (!sup.ruleId.trim() || kept.some((k) => sameSuppression(k, sup))) continue;
      kept.push(sup);
    }
    result.suppressions = kept;
  }
  return result;
}

export { AFSTEMMING_NAMESPACE };

/** The custom XML part's text (read back by afstemmingFromXml). */
export function afstemmingToXml(a: Afstemming): string {
  const party = (kind: string, p: AfstemmingParty) => {
    const attrs = [`name="${escapeXml(p.name)}"`];
    if (p.status) attrs.push(`status="${escapeXml(p.status)}"`);
    if (p.date) {
      attrs.push(`date="${toIsoDate(p.date)}"`);
    }
    return `<${kind} ${attrs.join(" ")}/>`;
  };
  const suppression = (sup: Suppression) =>
    `<suppression ${SUPPRESSION_KEYS.filter((k) => sup[k] !== undefined && sup[k] !== "")
      .map((k) => `${SUPPRESSION_ATTRIBUTES[k]}="${escapeXml(sup[k]!)}"`)
      .join(" ")}/>`;
  return (
    `<afstemming xmlns="${AFSTEMMING_NAMESPACE}">` +
    a.internal.map((p) => party("internal", p)).join("") +
    a.external.map((p) => party("external", p)).join("") +
    (a.suppressions ?? []).map(suppression).join("") +
    `</afstemming>`
  );
}

/** A custom XML part that is not a record of ours. */
class NotARecord extends Error {}

/**
 * Reads the custom XML part back, with the hardened parser (the part is the document's, not ours). Throws an
 * Error with a plain message when the XML is not a record of ours (XmlRefusal when it is no XML Word writes).
 */
export function afstemmingFromXml(xml: string): Afstemming {
  const result = emptyAfstemming();
  let rootSeen = false;
  const onTag = (tag: SaxesTagNS) => {
    if (!rootSeen) {
      rootSeen = true;
      if (tag.local !== "afstemming" || tag.uri !== AFSTEMMING_NAMESPACE) {
        throw new NotARecord("not an afstemming record");
      }
      return;
    }
    if (tag.uri !== AFSTEMMING_NAMESPACE) return;
    const attr = (name: string) => {
      const a = tag.attributes[name];
      return typeof a === "string" ? a : a?.value;
    };
    if (tag.local === "suppression") {
      const list = (result.suppressions ??= []);
      const ruleId = attr("rule")?.trim();
      if (!ruleId || list.length >= MAX_SUPPRESSIONS) return;
      const sup: Suppression = { ruleId: ruleId.slice(0, MAX_ATTRIBUTE) };
      for (const key of SUPPRESSION_KEYS.slice(1)) {
        const value = attr(SUPPRESSION_ATTRIBUTES[key]);
        if (value) sup[key] = value.slice(0, MAX_ATTRIBUTE);
      }
      list.push(sup);
      return;
    }
    if (tag.local !== "internal" && tag.local !== "external") return;
    const name = attr("name")?.trim();
    if (!name) return;
    const party: AfstemmingParty = { name };
    const status = AFSTEMMING_STATUSES.find((s) => s === attr("status"));
    if (status) party.status = status;
    const date = fromIsoDate(attr("date") ?? "");
    if (date) party.date = date;
    result[tag.local].push(party);
  };
  parseXmlSafely(
    xml,
    (parser) => parser.on("opentag", onTag),
    (err) => err instanceof NotARecord,
  );
  if (!rootSeen) throw new NotARecord("empty afstemming record");
  return result;
}

/**
 * The nota's afstemming: the structured record (custom XML part) when the document has one, otherwise what
 * the header block's text says. `source` tells which.
 */
export function afstemmingOf(nota: Nota): AfstemmingRead {
  const part = nota.snapshot.customXmlParts.find((p) => p.namespace === AFSTEMMING_NAMESPACE);
  let damaged = false;
  if (part) {
    try {
      const record = afstemmingFromXml(part.xml);
      // A record with no parties says nothing about them (one written for its suppressions): the text does.
      if (record.internal.length || record.external.length) return { afstemming: record, source: "record" };
      const fromText = afstemmingFromText(nota);
      const afstemming = { ...fromText.afstemming, suppressions: record.suppressions };
      return { afstemming, source: fromText.source === "none" ? "record" : fromText.source };
    } catch {
      // A damaged record: fall back to the visible text, which is always written alongside it, and say so.
      damaged = true;
    }
  }
  const fromText = afstemmingFromText(nota);
  return damaged ? { ...fromText, damagedRecord: true } : fromText;
}

/**
 * The suppressions the document's record holds ([] without a record, or when it cannot be read). Reads the
 * snapshot, not the nota, so that the engine and every front end take them from the same place.
 */
export function suppressionsOf(snapshot: Pick<Nota["snapshot"], "customXmlParts">): Suppression[] {
  const part = snapshot.customXmlParts.find((p) => p.namespace === AFSTEMMING_NAMESPACE);
  if (!part) return [];
  try {
    return afstemmingFromXml(part.xml).suppressions ?? [];
  } catch {
    return [];
  }
}

/** What writing an afstemming changes; src/word carries it out (the fields through the planner's planFields). */
export interface AfstemmingWrite {
  /** The header fields to write, with their text. */
  fields: Partial<Record<Extract<FieldId, "intern-afgestemd" | "extern-afgestemd">, string>>;
  /** The record that takes the place of the document's custom XML parts in `namespace`; absent when the
   * document can hold none (the header's text is then the record). */
  record?: { namespace: string; xml: string };
}

/**
 * What writing `afstemming` into the nota changes: the record, and the header text beside it so that
 * "vastgelegd als gegevens en als tekst in de kop" holds for both. A field the nota has is rewritten; one it
 * lacks is added (in the nota's own layout) when there is someone to name in it. The record holds the accepted
 * findings too: an afstemming that says nothing of them (the afstemming form's) keeps the document's, so that
 * writing the parties never drops a reviewer's "Negeren". `canHoldRecord`: the document takes custom XML parts
 * (WordApi 1.4). Undefined when there is nowhere to write it.
 */
export function afstemmingWrite(
  afstemming: Afstemming,
  nota: Nota,
  canHoldRecord: boolean,
): AfstemmingWrite | undefined {
  const clean = normalizeAfstemming({
    ...afstemming,
    suppressions: afstemming.suppressions ?? afstemmingOf(nota).afstemming.suppressions,
  });
  const fields: AfstemmingWrite["fields"] = {};
  const hasHeader = Object.keys(nota.header).length > 0;
  if (nota.header["intern-afgestemd"] || (hasHeader && clean.internal.length))
    fields["intern-afgestemd"] = formatParties(clean.internal);
  if (nota.header["extern-afgestemd"] || (hasHeader && clean.external.length))
    fields["extern-afgestemd"] = formatParties(clean.external);
  // Only accepted findings to keep ("Negeren") and nowhere in the header to write: the record alone.
  const recordOnly = !Object.keys(fields).length && !!clean.suppressions?.length && canHoldRecord;
  if (!Object.keys(fields).length && !recordOnly) return undefined;
  return canHoldRecord
    ? { fields, record: { namespace: AFSTEMMING_NAMESPACE, xml: afstemmingToXml(clean) } }
    : { fields };
}

export interface AfstemmingRead {
  afstemming: Afstemming;
  source: "record" | "text" | "none";
  /** The document holds a record of ours that cannot be read; what is shown comes from the header's text. */
  damagedRecord?: boolean;
}

function afstemmingFromText(nota: Nota): AfstemmingRead {
  const internal = nota.header["intern-afgestemd"];
  const external = nota.header["extern-afgestemd"];
  if (!internal && !external) return { afstemming: { internal: [], external: [] }, source: "none" };
  return {
    afstemming: {
      internal: parseParties(internal?.value ?? ""),
      external: parseParties(external?.value ?? ""),
    },
    source: "text",
  };
}
