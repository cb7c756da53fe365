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

export interface Profile {
  id: string;
  name: string;
  requiredBlocks: BlockId[];
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

/** Unknown keys at any depth are refused with their path: a typo must not pass silently. */
function onlyKeys(o: Record<string, Json>, known: string[], path: string): void {
  for (const key of Object.keys(o))
    if (!known.includes(key))
      throw new ProfileError("unknownKey", { path: path ? `${path}.${key}` : key, known: known.join(", ") });
}

function expectString(v: Json, path: string): string {
  if (typeof v !== "string") throw new ProfileError("notText", { path });
  return v;
}

function expectStrings(v: Json, path: string): string[] {
  if (!Array.isArray(v)) throw new ProfileError("notTextList", { path });
  return v.map((x, i) => expectString(x, `${path}[${i}]`));
}

const SEVERITIES = ["error", "warning", "info", "off"];
const KNOWN_KEYS = [
  "$schema",
  "id",
  "name",
  "requiredBlocks",
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

/** Validates a parsed JSON value as a profile (laid over `base`); throws ProfileError naming the bad key. */
export function validateProfile(
  input: Json,
  base: Profile = DEFAULT_PROFILE,
  knownRuleIds?: string[],
): Profile {
  if (!isObject(input)) throw new ProfileError("profileNotObject");
  onlyKeys(input, KNOWN_KEYS, "");
  const p: Profile = JSON.parse(JSON.stringify(base)) as Profile; // plain JSON data; works in every webview
  if (input.id !== undefined) p.id = expectString(input.id, "id");
  if (input.name !== undefined) p.name = expectString(input.name, "name");
  if (input.requiredBlocks !== undefined) {
    p.requiredBlocks = expectStrings(input.requiredBlocks, "requiredBlocks").map((b, i) => {
      if (!(BLOCK_IDS as readonly string[]).includes(b)) {
        throw new ProfileError("notBlock", {
          path: `requiredBlocks[${i}]`,
          value: b,
          known: BLOCK_IDS.join(", "),
        });
      }
      return b as BlockId;
    });
  }
  if (input.severities !== undefined) {
    if (!isObject(input.severities)) throw new ProfileError("notObject", { path: "severities" });
    for (const [rule, sev] of Object.entries(input.severities)) {
      if (knownRuleIds && !knownRuleIds.includes(rule)) {
        throw new ProfileError("notRule", { value: rule, known: knownRuleIds.join(", ") });
      }
      if (typeof sev !== "string" || !SEVERITIES.includes(sev)) {
        throw new ProfileError("notSeverity", { path: `severities.${rule}`, known: SEVERITIES.join(", ") });
      }
      p.severities[rule] = sev as Severity | "off";
    }
  }
  if (input.purposes !== undefined) p.purposes = expectStrings(input.purposes, "purposes");
  if (input.officials !== undefined) p.officials = expectStrings(input.officials, "officials");
  if (input.officialTitles !== undefined) {
    if (!isObject(input.officialTitles)) throw new ProfileError("notObject", { path: "officialTitles" });
    p.officialTitles = Object.fromEntries(
      Object.entries(input.officialTitles).map(([code, titles]) => [
        code,
        expectStrings(titles, `officialTitles.${code}`),
      ]),
    );
  }
  if (input.referencePattern !== undefined) {
    p.referencePattern = expectString(input.referencePattern, "referencePattern");
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
    p.referenceExample = expectString(input.referenceExample, "referenceExample");
  if (input.emancipation !== undefined) {
    const e = input.emancipation;
    if (!isObject(e)) throw new ProfileError("notObject", { path: "emancipation" });
    onlyKeys(e, ["official", "possessive", "directorate", "sentence", "lexicon"], "emancipation");
    for (const key of ["official", "possessive", "directorate", "sentence"] as const) {
      if (e[key] !== undefined) p.emancipation[key] = expectString(e[key], `emancipation.${key}`);
    }
    if (e.lexicon !== undefined && e.lexicon !== "default") {
      if (!Array.isArray(e.lexicon)) throw new ProfileError("notLexicon", { path: "emancipation.lexicon" });
      p.emancipation.lexicon = e.lexicon.map((t, i) => {
        if (!isObject(t)) throw new ProfileError("notTopic", { path: `emancipation.lexicon[${i}]` });
        onlyKeys(t, ["topic", "terms"], `emancipation.lexicon[${i}]`);
        return {
          topic: expectString(t.topic, `emancipation.lexicon[${i}].topic`),
          terms: expectStrings(t.terms, `emancipation.lexicon[${i}].terms`),
        };
      });
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
    p.directorates = input.directorates.map((d, i) => {
      if (typeof d === "string") return { code: d, name: "" };
      if (!isObject(d)) throw new ProfileError("notDirectorate", { path: `directorates[${i}]` });
      onlyKeys(d, ["code", "name"], `directorates[${i}]`);
      return {
        code: expectString(d.code, `directorates[${i}].code`),
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
    if (w.replacement !== undefined) p.woo.replacement = expectString(w.replacement, "woo.replacement");
    if (w.fields !== undefined) {
      if (!isObject(w.fields)) throw new ProfileError("notObject", { path: "woo.fields" });
      const fields: Partial<Record<FieldId, string>> = {};
      for (const [field, ground] of Object.entries(w.fields)) {
        if (!(FIELD_IDS as readonly string[]).includes(field))
          throw new ProfileError("notField", { value: field, known: FIELD_IDS.join(", ") });
        const code = expectString(ground, `woo.fields.${field}`);
        if (!WOO_GROUNDS.some((g) => g.code === code))
          throw new ProfileError("notGround", { path: `woo.fields.${field}`, value: code });
        fields[field as FieldId] = code;
      }
      p.woo.fields = fields;
    }
  }
  return p;
}

/** Parses and validates profile JSON text. */
export function parseProfile(text: string, knownRuleIds?: string[]): Profile {
  let json: Json;
  try {
    // A byte-order mark (Notepad saves one) is no part of the JSON.
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (err) {
    // Where, not the JSON parser's own words.
    const at = /position (\d+)/.exec((err as Error).message)?.[1];
    throw at ? new ProfileError("notJson", { at: Number(at) + 1 }) : new ProfileError("notJsonEnd");
  }
  return validateProfile(json, DEFAULT_PROFILE, knownRuleIds);
}

/** What a profile is laid over when the built-in one is made from its JSON (see default-profile.ts). */
export const PROFILE_BASE: Profile = {
  id: "",
  name: "",
  requiredBlocks: [],
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
