/**
 * The profile: everything that differs per ministry or cabinet. JSON, validated on load with a clear error.
 * A profile file may give only what differs from the default: it is laid over the default `ocw` profile.
 */
import { DEFAULT_PROFILE } from "./default-profile";
import { BLOCK_IDS, BlockId, FIELD_IDS, FieldId } from "../nota/schema";
import { WOO_GROUNDS } from "../nota/woo";
import { unsafePattern } from "../nota/safe-pattern";
import {
  DEFAULT_FLAG_SENTENCE,
  DEFAULT_LEXICON,
  LexiconError,
  LexiconTopic,
  compileLexicon,
} from "../nota/emancipation";
import { ProfileError, UNSAFE_REASONS } from "./profile-messages";
import type { Severity } from "./types";

export interface Directorate {
  code: string;
  name: string;
}

/**
 * A kind of nota (beslisnota, informatienota): the purpose lines that make a nota this kind, and the blocks it
 * needs. A nota TER INFORMATIE asks no decision, so it needs no Geadviseerd besluit.
 */
export interface NotaKind {
  id: string;
  name: string;
  purposes: string[];
  requiredBlocks: BlockId[];
}

export interface Profile {
  id: string;
  name: string;
  /** The required blocks of a nota whose purpose names no kind (or that has no purpose line). */
  requiredBlocks: BlockId[];
  /** The kinds of nota and the blocks each needs; the first is the template's default. */
  kinds: NotaKind[];
  /** The label a field gets when the form adds it to a nota that lacks it ("Onze referentie"). */
  labels: Partial<Record<FieldId, string>>;
  /** Per rule id: a severity, or "off". */
  severities: Record<string, Severity | "off">;
  purposes: string[];
  officials: string[];
  /** Per official's code, the titles notas write out ("de Staatssecretaris van OCW"), first the one to write. */
  officialTitles: Record<string, string[]>;
  referencePattern: string;
  referenceExample?: string;
  emancipation: {
    official: string;
    possessive: string;
    directorate: string;
    sentence: string;
    lexicon: LexiconTopic[];
  };
  directorates: Directorate[];
  externalParties: string[];
  /** The publication copy (Woo): header fields withheld by default, and what replaces withheld text. */
  woo: {
    /** Field → ground, e.g. { "van": "5.1.2e" }. */
    fields: Partial<Record<FieldId, string>>;
    /** The text that stands where something was withheld; {code} is the ground ("5.1.2e"). */
    replacement: string;
  };
}

export { ProfileError } from "./profile-messages";

type Json = unknown;

function isObject(v: Json): v is Record<string, Json> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export { own } from "./own";

/** A map without a prototype, filled from entries (a "__proto__" entry is an own key like any other). */
function plainMap<V>(entries: Iterable<readonly [string, V]>): Record<string, V> {
  const map = Object.create(null) as Record<string, V>;
  for (const [key, value] of entries)
    Object.defineProperty(map, key, { value, enumerable: true, writable: true, configurable: true });
  return map;
}

/**
 * Every size in a profile has a limit, checked before the value is used (a 50,000-topic lexicon, a pattern of a
 * megabyte): past it the profile is refused with a sentence naming the limit.
 */
export const PROFILE_LIMITS = {
  /** Characters in one text (a name, a title, a sentence). */
  text: 2000,
  /** Characters in a pattern (referencePattern, a lexicon term). */
  pattern: 200,
  /** Entries in one list or map (officials, directorates, parties, titles, kinds). */
  list: 500,
  /** Lexicon topics, and terms over all topics. */
  topics: 100,
  terms: 1000,
} as const;

function limitLength(value: string, path: string, max: number): string {
  if (value.length > max) throw new ProfileError("tooLong", { path, n: value.length, max });
  return value;
}

function limitCount<T>(list: readonly T[], path: string, max: number = PROFILE_LIMITS.list): void {
  if (list.length > max) throw new ProfileError("tooMany", { path, n: list.length, max });
}

/** Unknown keys at any depth are refused with their path: a typo must not pass silently. */
function onlyKeys(o: Record<string, Json>, known: string[], path: string): void {
  for (const key of Object.keys(o))
    if (!known.includes(key))
      throw new ProfileError("unknownKey", { path: path ? `${path}.${key}` : key, known: known.join(", ") });
}

function expectString(v: Json, path: string, max: number = PROFILE_LIMITS.text): string {
  if (typeof v !== "string") throw new ProfileError("notText", { path });
  return limitLength(v, path, max);
}

function expectStrings(v: Json, path: string): string[] {
  if (!Array.isArray(v)) throw new ProfileError("notTextList", { path });
  limitCount(v, path);
  return v.map((x, i) => expectString(x, `${path}[${i}]`));
}

function expectMap(v: Json, path: string): [string, Json][] {
  if (!isObject(v)) throw new ProfileError("notObject", { path });
  const entries = Object.entries(v);
  limitCount(entries, path);
  for (const [key] of entries) limitLength(key, `${path}.${key.slice(0, 40)}…`, PROFILE_LIMITS.text);
  return entries;
}

function expectBlocks(v: Json, path: string): BlockId[] {
  return expectStrings(v, path).map((b, i) => {
    if (!(BLOCK_IDS as readonly string[]).includes(b))
      throw new ProfileError("notBlock", { path: `${path}[${i}]`, value: b, known: BLOCK_IDS.join(", ") });
    return b as BlockId;
  });
}

const SEVERITIES = ["error", "warning", "info", "off"];
const KNOWN_KEYS = [
  "$schema",
  "id",
  "name",
  "extends",
  "requiredBlocks",
  "kinds",
  "labels",
  "severities",
  "purposes",
  "officials",
  "officialTitles",
  "referencePattern",
  "referenceExample",
  "emancipation",
  "directorates",
  "externalParties",
  "woo",
];

/**
 * Validates a parsed JSON value as a profile (laid over `base`); throws ProfileError naming the bad key.
 * `"extends": "bzk"` lays it over that one of the built-in profiles (`builtIn`, see profiles.ts) instead.
 */
export function validateProfile(
  input: Json,
  base: Profile = DEFAULT_PROFILE,
  knownRuleIds?: string[],
  builtIn: readonly Profile[] = [],
): Profile {
  if (!isObject(input)) throw new ProfileError("profileNotObject");
  onlyKeys(input, KNOWN_KEYS, "");
  if (input.extends !== undefined) {
    const id = expectString(input.extends, "extends", 40);
    const found = builtIn.find((b) => b.id === id);
    if (!found)
      throw new ProfileError("notProfile", { value: id, known: builtIn.map((b) => b.id).join(", ") });
    base = found;
  }
  const p = copyProfile(base);
  if (input.id !== undefined) p.id = expectString(input.id, "id", 40);
  if (input.name !== undefined) p.name = expectString(input.name, "name");
  if (input.requiredBlocks !== undefined) {
    const given = expectBlocks(input.requiredBlocks, "requiredBlocks");
    // Without kinds of its own, the list holds for every kind too; a block a kind does without (an
    // informatienota's Geadviseerd besluit) it still does without.
    if (input.kinds === undefined)
      p.kinds = p.kinds.map((k) => ({
        ...k,
        requiredBlocks: given.filter((b) => k.requiredBlocks.includes(b) || !p.requiredBlocks.includes(b)),
      }));
    p.requiredBlocks = given;
  }
  if (input.kinds !== undefined) {
    if (!Array.isArray(input.kinds)) throw new ProfileError("notList", { path: "kinds" });
    limitCount(input.kinds, "kinds", 20);
    p.kinds = input.kinds.map((k, i) => {
      const path = `kinds[${i}]`;
      if (!isObject(k)) throw new ProfileError("notKind", { path });
      onlyKeys(k, ["id", "name", "purposes", "requiredBlocks"], path);
      return {
        id: expectString(k.id, `${path}.id`, 40),
        name: k.name === undefined ? "" : expectString(k.name, `${path}.name`),
        purposes: expectStrings(k.purposes, `${path}.purposes`),
        requiredBlocks: expectBlocks(k.requiredBlocks, `${path}.requiredBlocks`),
      };
    });
  }
  if (input.labels !== undefined) {
    const labels: [string, string][] = [];
    for (const [field, label] of expectMap(input.labels, "labels")) {
      if (!(FIELD_IDS as readonly string[]).includes(field))
        throw new ProfileError("notField", { path: "labels", value: field, known: FIELD_IDS.join(", ") });
      labels.push([field, expectString(label, `labels.${field}`, 60)]);
    }
    p.labels = plainMap([...Object.entries(p.labels), ...labels]);
  }
  if (input.severities !== undefined) {
    const severities = Object.entries(p.severities);
    for (const [rule, sev] of expectMap(input.severities, "severities")) {
      if (knownRuleIds && !knownRuleIds.includes(rule)) {
        throw new ProfileError("notRule", { value: rule, known: knownRuleIds.join(", ") });
      }
      if (typeof sev !== "string" || !SEVERITIES.includes(sev)) {
        throw new ProfileError("notSeverity", { path: `severities.${rule}`, known: SEVERITIES.join(", ") });
      }
      severities.push([rule, sev as Severity | "off"]);
    }
    p.severities = plainMap(severities);
  }
  if (input.purposes !== undefined) p.purposes = expectStrings(input.purposes, "purposes");
  if (input.officials !== undefined) p.officials = expectStrings(input.officials, "officials");
  if (input.officialTitles !== undefined) {
    p.officialTitles = plainMap(
      expectMap(input.officialTitles, "officialTitles").map(
        ([code, titles]) => [code, expectStrings(titles, `officialTitles.${code}`)] as const,
      ),
    );
  }
  if (input.referencePattern !== undefined) {
    p.referencePattern = expectString(input.referencePattern, "referencePattern", PROFILE_LIMITS.pattern);
    try {
      new RegExp(p.referencePattern);
    } catch {
      throw new ProfileError("notPattern", { path: "referencePattern", value: p.referencePattern });
    }
    const unsafe = unsafePattern(p.referencePattern);
    if (unsafe)
      throw new ProfileError("unsafePattern", {
        path: "referencePattern",
        value: p.referencePattern,
        reason: UNSAFE_REASONS[unsafe],
      });
  }
  if (input.referenceExample !== undefined)
    p.referenceExample = expectString(input.referenceExample, "referenceExample", 200);
  if (input.emancipation !== undefined) {
    const e = input.emancipation;
    if (!isObject(e)) throw new ProfileError("notObject", { path: "emancipation" });
    onlyKeys(e, ["official", "possessive", "directorate", "sentence", "lexicon"], "emancipation");
    for (const key of ["official", "possessive", "directorate", "sentence"] as const) {
      if (e[key] !== undefined) p.emancipation[key] = expectString(e[key], `emancipation.${key}`);
    }
    if (e.lexicon !== undefined && e.lexicon !== "default") {
      if (!Array.isArray(e.lexicon)) throw new ProfileError("notLexicon", { path: "emancipation.lexicon" });
      limitCount(e.lexicon, "emancipation.lexicon", PROFILE_LIMITS.topics);
      p.emancipation.lexicon = e.lexicon.map((t, i) => {
        if (!isObject(t)) throw new ProfileError("notTopic", { path: `emancipation.lexicon[${i}]` });
        onlyKeys(t, ["topic", "terms"], `emancipation.lexicon[${i}]`);
        const terms = expectStrings(t.terms, `emancipation.lexicon[${i}].terms`);
        terms.forEach((term, j) =>
          limitLength(term, `emancipation.lexicon[${i}].terms[${j}]`, PROFILE_LIMITS.pattern),
        );
        return { topic: expectString(t.topic, `emancipation.lexicon[${i}].topic`, 200), terms };
      });
      limitCount(
        p.emancipation.lexicon.flatMap((t) => t.terms),
        "emancipation.lexicon (terms)",
        PROFILE_LIMITS.terms,
      );
    }
    try {
      compileLexicon(p.emancipation.lexicon);
    } catch (err) {
      if (!(err instanceof LexiconError)) throw err;
      const where = { path: "emancipation.lexicon", value: err.term, topic: err.topic };
      throw err.reason === "invalid"
        ? new ProfileError("badTerm", where)
        : new ProfileError("unsafeTerm", { ...where, reason: UNSAFE_REASONS[err.reason] });
    }
  }
  if (input.directorates !== undefined) {
    if (!Array.isArray(input.directorates)) throw new ProfileError("notList", { path: "directorates" });
    limitCount(input.directorates, "directorates");
    p.directorates = input.directorates.map((d, i) => {
      if (typeof d === "string") return { code: expectString(d, `directorates[${i}]`, 200), name: "" };
      if (!isObject(d)) throw new ProfileError("notDirectorate", { path: `directorates[${i}]` });
      onlyKeys(d, ["code", "name"], `directorates[${i}]`);
      return {
        code: expectString(d.code, `directorates[${i}].code`, 200),
        name: d.name === undefined ? "" : expectString(d.name, `directorates[${i}].name`),
      };
    });
  }
  if (input.externalParties !== undefined)
    p.externalParties = expectStrings(input.externalParties, "externalParties");
  if (input.woo !== undefined) {
    const w = input.woo;
    if (!isObject(w)) throw new ProfileError("notObject", { path: "woo" });
    onlyKeys(w, ["fields", "replacement"], "woo");
    if (w.replacement !== undefined) p.woo.replacement = expectString(w.replacement, "woo.replacement", 200);
    if (w.fields !== undefined) {
      const fields: [string, string][] = [];
      for (const [field, ground] of expectMap(w.fields, "woo.fields")) {
        if (!(FIELD_IDS as readonly string[]).includes(field))
          throw new ProfileError("notField", {
            path: "woo.fields",
            value: field,
            known: FIELD_IDS.join(", "),
          });
        const code = expectString(ground, `woo.fields.${field}`, 20);
        if (!WOO_GROUNDS.some((g) => g.code === code))
          throw new ProfileError("notGround", { path: `woo.fields.${field}`, value: code });
        fields.push([field, code]);
      }
      p.woo.fields = plainMap(fields) as Partial<Record<FieldId, string>>;
    }
  }
  return p;
}

/** A deep copy of a profile (plain JSON data; works in every webview), its maps without a prototype. */
export function copyProfile(base: Profile): Profile {
  const p = JSON.parse(JSON.stringify(base)) as Profile;
  p.severities = plainMap(Object.entries(p.severities));
  p.officialTitles = plainMap(Object.entries(p.officialTitles));
  p.labels = plainMap(Object.entries(p.labels ?? {}));
  p.woo.fields = plainMap(Object.entries(p.woo.fields)) as Partial<Record<FieldId, string>>;
  return p;
}

/** Parses and validates profile JSON text. */
export function parseProfile(
  text: string,
  knownRuleIds?: string[],
  builtIn: readonly Profile[] = [],
): Profile {
  let json: Json;
  try {
    // A byte-order mark (Notepad saves one) is no part of the JSON.
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (err) {
    // Where, not the JSON parser's own words.
    const at = /position (\d+)/.exec((err as Error).message)?.[1];
    throw at ? new ProfileError("notJson", { at: Number(at) + 1 }) : new ProfileError("notJsonEnd");
  }
  return validateProfile(json, DEFAULT_PROFILE, knownRuleIds, builtIn);
}

/** What a profile is laid over when the built-in one is made from its JSON (see default-profile.ts). */
export const PROFILE_BASE: Profile = {
  id: "",
  name: "",
  requiredBlocks: [],
  kinds: [],
  labels: {},
  severities: {},
  purposes: [],
  officials: [],
  officialTitles: {},
  referencePattern: ".*",
  emancipation: {
    official: "",
    possessive: "",
    directorate: "",
    sentence: DEFAULT_FLAG_SENTENCE,
    lexicon: DEFAULT_LEXICON,
  },
  directorates: [],
  externalParties: [],
  woo: { fields: {}, replacement: "{code}" },
};

export { DEFAULT_PROFILE };
