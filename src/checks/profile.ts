/**
 * The profile: everything that differs per ministry or cabinet. JSON, validated on load with a clear error.
 * A profile file may give only what differs from the default: it is laid over the default `ocw` profile.
 */
import ocw from "./profiles/ocw.json";
import { BLOCK_IDS, BlockId, FIELD_IDS, FieldId } from "../nota/schema";
import { WOO_GROUNDS } from "../nota/woo";
import { unsafePattern } from "../nota/safe-pattern";
import { DEFAULT_FLAG_SENTENCE, DEFAULT_LEXICON, LexiconTopic, compileLexicon } from "../nota/emancipation";
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

export class ProfileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ProfileError";
  }
}

type Json = unknown;

function isObject(v: Json): v is Record<string, Json> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Unknown keys at any depth are refused with their path: a typo must not pass silently. */
function onlyKeys(o: Record<string, Json>, known: string[], path: string): void {
  for (const key of Object.keys(o))
    if (!known.includes(key))
      throw new ProfileError(`${path}.${key} is not a setting (settings: ${known.join(", ")})`);
}

function expectString(v: Json, path: string): string {
  if (typeof v !== "string") throw new ProfileError(`${path} must be a text`);
  return v;
}

function expectStrings(v: Json, path: string): string[] {
  if (!Array.isArray(v)) throw new ProfileError(`${path} must be a list of texts`);
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
  if (!isObject(input)) throw new ProfileError("a profile must be a JSON object");
  for (const key of Object.keys(input)) {
    if (!KNOWN_KEYS.includes(key))
      throw new ProfileError(`unknown key "${key}" (known: ${KNOWN_KEYS.slice(1).join(", ")})`);
  }
  const p: Profile = JSON.parse(JSON.stringify(base)) as Profile; // plain JSON data; works in every webview
  if (input.id !== undefined) p.id = expectString(input.id, "id");
  if (input.name !== undefined) p.name = expectString(input.name, "name");
  if (input.requiredBlocks !== undefined) {
    p.requiredBlocks = expectStrings(input.requiredBlocks, "requiredBlocks").map((b, i) => {
      if (!(BLOCK_IDS as readonly string[]).includes(b)) {
        throw new ProfileError(
          `requiredBlocks[${i}] "${b}" is not a block (blocks: ${BLOCK_IDS.join(", ")})`,
        );
      }
      return b as BlockId;
    });
  }
  if (input.severities !== undefined) {
    if (!isObject(input.severities))
      throw new ProfileError("severities must be an object of rule id → severity");
    for (const [rule, sev] of Object.entries(input.severities)) {
      if (knownRuleIds && !knownRuleIds.includes(rule)) {
        throw new ProfileError(`severities: "${rule}" is not a rule (rules: ${knownRuleIds.join(", ")})`);
      }
      if (typeof sev !== "string" || !SEVERITIES.includes(sev)) {
        throw new ProfileError(`severities.${rule} must be one of ${SEVERITIES.join(", ")}`);
      }
      p.severities[rule] = sev as Severity | "off";
    }
  }
  if (input.purposes !== undefined) p.purposes = expectStrings(input.purposes, "purposes");
  if (input.officials !== undefined) p.officials = expectStrings(input.officials, "officials");
  if (input.officialTitles !== undefined) {
    if (!isObject(input.officialTitles))
      throw new ProfileError("officialTitles must be an object of official → list of titles");
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
      throw new ProfileError(`referencePattern "${p.referencePattern}" is not a valid regular expression`);
    }
    const unsafe = unsafePattern(p.referencePattern);
    if (unsafe)
      throw new ProfileError(
        `referencePattern "${p.referencePattern}" could make the check hang on some texts (${unsafe}); write it without that`,
      );
  }
  if (input.referenceExample !== undefined)
    p.referenceExample = expectString(input.referenceExample, "referenceExample");
  if (input.emancipation !== undefined) {
    const e = input.emancipation;
    if (!isObject(e)) throw new ProfileError("emancipation must be an object");
    const known = ["official", "possessive", "directorate", "sentence", "lexicon"];
    for (const key of Object.keys(e))
      if (!known.includes(key))
        throw new ProfileError(`emancipation.${key} is not a setting (settings: ${known.join(", ")})`);
    for (const key of ["official", "possessive", "directorate", "sentence"] as const) {
      if (e[key] !== undefined) p.emancipation[key] = expectString(e[key], `emancipation.${key}`);
    }
    if (e.lexicon !== undefined && e.lexicon !== "default") {
      if (!Array.isArray(e.lexicon))
        throw new ProfileError('emancipation.lexicon must be "default" or a list');
      p.emancipation.lexicon = e.lexicon.map((t, i) => {
        if (!isObject(t)) throw new ProfileError(`emancipation.lexicon[${i}] must be { "topic", "terms" }`);
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
      throw new ProfileError(`emancipation.lexicon: ${(err as Error).message}`);
    }
  }
  if (input.directorates !== undefined) {
    if (!Array.isArray(input.directorates)) throw new ProfileError("directorates must be a list");
    p.directorates = input.directorates.map((d, i) => {
      if (typeof d === "string") return { code: d, name: "" };
      if (!isObject(d)) throw new ProfileError(`directorates[${i}] must be a text or { "code", "name" }`);
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
    if (!isObject(w)) throw new ProfileError("woo must be an object");
    for (const key of Object.keys(w))
      if (key !== "fields" && key !== "replacement") throw new ProfileError(`woo.${key} is not a setting`);
    if (w.replacement !== undefined) p.woo.replacement = expectString(w.replacement, "woo.replacement");
    if (w.fields !== undefined) {
      if (!isObject(w.fields)) throw new ProfileError("woo.fields must be an object of field → Woo ground");
      const fields: Partial<Record<FieldId, string>> = {};
      for (const [field, ground] of Object.entries(w.fields)) {
        if (!(FIELD_IDS as readonly string[]).includes(field))
          throw new ProfileError(
            `woo.fields: "${field}" is not a header field (fields: ${FIELD_IDS.join(", ")})`,
          );
        const code = expectString(ground, `woo.fields.${field}`);
        if (!WOO_GROUNDS.some((g) => g.code === code))
          throw new ProfileError(`woo.fields.${field}: "${code}" is not a Woo ground`);
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
    throw new ProfileError(
      `not valid JSON${at ? ` (around character ${Number(at) + 1})` : " (it ends too early)"}`,
    );
  }
  return validateProfile(json, DEFAULT_PROFILE, knownRuleIds);
}

const base: Profile = {
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

/** The default profile: OCW, 2024. */
export const DEFAULT_PROFILE: Profile = validateProfile(ocw, base);
