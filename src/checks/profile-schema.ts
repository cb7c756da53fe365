/**
 * A profile file validated against the profile's JSON Schema (schemas/nota-profile.schema.json, shipped with the
 * package so that an editor validates a profile while it is typed), with Ajv; the validator's first error becomes
 * our sentence (a ProfileError id and the path in the profile). What a schema cannot say is checked here after it:
 * an unknown rule id, an unknown built-in profile, the terms over all topics, and every pattern on RE2.
 * Only the command line and Node load this module (Ajv compiles with `new Function`); the pane never does.
 */
import Ajv, { type ErrorObject } from "ajv";
import schema from "../../schemas/nota-profile.schema.json";
import { BlockId, FieldId } from "../nota/schema";
import { unsafePattern } from "../nota/safe-pattern";
import { LexiconError, compileLexicon } from "../nota/emancipation";
import { DEFAULT_PROFILE } from "./default-profile";
import { PROFILE_LIMITS, type Profile, copyProfile, plainMap } from "./profile";
import { ProfileError, type ProfileMessageId, UNSAFE_REASONS } from "./profile-messages";
import type { Severity } from "./types";

/** The profile's JSON Schema, as shipped. */
export const PROFILE_SCHEMA = schema;

type Json = unknown;
/** A node of the schema, as far as the error mapping reads it. */
interface Node {
  type?: string;
  enum?: string[];
  errorId?: ProfileMessageId;
  properties?: Record<string, Node>;
  items?: Node;
  $ref?: string;
}

let compiled: ReturnType<Ajv["compile"]> | undefined;
function validator() {
  if (!compiled) {
    // verbose gives each error its value and schema node, which the sentence is made from. (A length is counted
    // in characters, as the schema says: a character outside the BMP is one, not two.)
    const ajv = new Ajv({ allErrors: false, strict: true, verbose: true });
    ajv.addKeyword({ keyword: "errorId", schemaType: "string" });
    compiled = ajv.compile(schema);
  }
  return compiled;
}

const resolve = (node: Node | undefined): Node | undefined =>
  node?.$ref ? (schema.definitions as Record<string, Node>)[node.$ref.replace("#/definitions/", "")] : node;

/** "/kinds/0/id" in the data → "kinds[0].id" (a list's index in brackets, as our sentences write it). */
function pathOf(pointer: string, data: Json): string {
  let path = "";
  let at = data;
  for (const raw of pointer.split("/").slice(1)) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    path += Array.isArray(at) ? `[${key}]` : path ? `.${key}` : key;
    at = (at as Record<string, Json>)[key];
  }
  return path;
}

/** The sentence for a value that is not of its node's type (or is missing where the node is required). */
function typeError(node: Node | undefined, path: string): ProfileError {
  const n = resolve(node);
  if (n?.errorId) return new ProfileError(n.errorId, { path });
  if (!path) return new ProfileError("profileNotObject");
  if (n?.type === "string") return new ProfileError("notText", { path });
  if (n?.type === "array") {
    const items = resolve(n.items);
    return new ProfileError(items?.type === "string" ? "notTextList" : "notList", { path });
  }
  return new ProfileError("notObject", { path });
}

function profileErrorOf(e: ErrorObject, data: Json): ProfileError {
  const path = pathOf(e.instancePath, data);
  const node = e.parentSchema as Node | undefined;
  const value = e.data;
  const child = (key: string) => (path ? `${path}.${key}` : key);
  switch (e.keyword) {
    case "additionalProperties":
      return new ProfileError("unknownKey", {
        path: child(String(e.params.additionalProperty)),
        known: Object.keys(node?.properties ?? {}).join(", "),
      });
    case "required":
      return typeError(node?.properties?.[String(e.params.missingProperty)], child(e.params.missingProperty));
    case "maxLength":
      if (e.propertyName !== undefined)
        return new ProfileError("tooLong", {
          path: `${path}.${e.propertyName.slice(0, 40)}…`,
          n: e.propertyName.length,
          max: e.params.limit,
        });
      return new ProfileError("tooLong", { path, n: (value as string).length, max: e.params.limit });
    case "maxItems":
    case "maxProperties":
      return new ProfileError("tooMany", {
        path,
        n: Array.isArray(value) ? value.length : Object.keys(value as object).length,
        max: e.params.limit,
      });
    case "enum": {
      const known = (node?.enum ?? []).join(", ");
      if (e.propertyName !== undefined)
        return new ProfileError("notField", { path, value: e.propertyName, known });
      if (/^severities\./.test(path)) return new ProfileError("notSeverity", { path, known });
      if (/^woo\.fields\./.test(path)) return new ProfileError("notGround", { path, value: String(value) });
      return new ProfileError("notBlock", { path, value: String(value), known });
    }
    default:
      // "type", "const" (a lexicon that is a text but not "default"); a severity that is no text is no severity.
      if (/^severities\./.test(path))
        return new ProfileError("notSeverity", { path, known: (node?.enum ?? []).join(", ") });
      return typeError(node, path);
  }
}

/** The schema's first complaint about a value, as our sentence. */
function schemaError(input: Json): ProfileError | undefined {
  const validate = validator();
  if (validate(input)) return undefined;
  const errors = validate.errors ?? [];
  // A map's key that fails (a field that is no field) is reported as the key's own failure, then "propertyNames".
  const first = errors.find((e) => e.keyword !== "propertyNames" && e.keyword !== "if") ?? errors[0];
  return profileErrorOf(first, input);
}

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
  const invalid = schemaError(input);
  if (invalid) throw invalid;
  const given = input as ProfileFile;
  if (given.extends !== undefined) {
    const found = builtIn.find((b) => b.id === given.extends);
    if (!found)
      throw new ProfileError("notProfile", {
        value: given.extends,
        known: builtIn.map((b) => b.id).join(", "),
      });
    base = found;
  }
  const p = copyProfile(base);
  if (given.id !== undefined) p.id = given.id;
  if (given.name !== undefined) p.name = given.name;
  if (given.requiredBlocks !== undefined) {
    const blocks = given.requiredBlocks;
    // Without kinds of its own, the list holds for every kind too; a block a kind does without (an
    // informatienota's Geadviseerd besluit) it still does without.
    if (given.kinds === undefined)
      p.kinds = p.kinds.map((k) => ({
        ...k,
        requiredBlocks: blocks.filter((b) => k.requiredBlocks.includes(b) || !p.requiredBlocks.includes(b)),
      }));
    p.requiredBlocks = blocks;
  }
  if (given.kinds !== undefined)
    p.kinds = given.kinds.map((k) => ({
      id: k.id,
      name: k.name ?? "",
      purposes: k.purposes,
      requiredBlocks: k.requiredBlocks,
    }));
  if (given.labels !== undefined)
    p.labels = plainMap([...Object.entries(p.labels), ...Object.entries(given.labels)]);
  if (given.severities !== undefined) {
    for (const rule of Object.keys(given.severities))
      if (knownRuleIds && !knownRuleIds.includes(rule))
        throw new ProfileError("notRule", { value: rule, known: knownRuleIds.join(", ") });
    p.severities = plainMap([...Object.entries(p.severities), ...Object.entries(given.severities)]);
  }
  if (given.purposes !== undefined) p.purposes = given.purposes;
  if (given.officials !== undefined) p.officials = given.officials;
  if (given.officialTitles !== undefined) p.officialTitles = plainMap(Object.entries(given.officialTitles));
  if (given.referencePattern !== undefined) {
    const pattern = given.referencePattern;
    try {
      new RegExp(pattern);
    } catch {
      throw new ProfileError("notPattern", { path: "referencePattern", value: pattern });
    }
    const unsafe = unsafePattern(pattern);
    if (unsafe)
      throw new ProfileError("unsafePattern", {
        path: "referencePattern",
        value: pattern,
        reason: UNSAFE_REASONS[unsafe],
      });
    p.referencePattern = pattern;
  }
  if (given.referenceExample !== undefined) p.referenceExample = given.referenceExample;
  if (given.emancipation !== undefined) {
    const e = given.emancipation;
    for (const key of ["official", "possessive", "directorate", "sentence"] as const)
      if (e[key] !== undefined) p.emancipation[key] = e[key];
    if (e.lexicon !== undefined && e.lexicon !== "default") {
      p.emancipation.lexicon = e.lexicon.map((t) => ({ topic: t.topic, terms: t.terms }));
      const terms = p.emancipation.lexicon.reduce((n, t) => n + t.terms.length, 0);
      if (terms > PROFILE_LIMITS.terms)
        throw new ProfileError("tooMany", {
          path: "emancipation.lexicon (terms)",
          n: terms,
          max: PROFILE_LIMITS.terms,
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
  if (given.directorates !== undefined)
    p.directorates = given.directorates.map((d) =>
      typeof d === "string" ? { code: d, name: "" } : { code: d.code, name: d.name ?? "" },
    );
  if (given.externalParties !== undefined) p.externalParties = given.externalParties;
  if (given.woo !== undefined) {
    if (given.woo.replacement !== undefined) p.woo.replacement = given.woo.replacement;
    if (given.woo.fields !== undefined) p.woo.fields = plainMap(Object.entries(given.woo.fields));
  }
  return p;
}

/**
 * A profile file as the schema lets it be (every key optional; a lexicon may be "default", a directorate a text).
 * test/checks/profile-schema.test.ts holds its keys and the schema's equal.
 */
export interface ProfileFile {
  $schema?: string;
  extends?: string;
  id?: string;
  name?: string;
  requiredBlocks?: BlockId[];
  kinds?: { id: string; name?: string; purposes: string[]; requiredBlocks: BlockId[] }[];
  labels?: Partial<Record<FieldId, string>>;
  severities?: Record<string, Severity | "off">;
  purposes?: string[];
  officials?: string[];
  officialTitles?: Record<string, string[]>;
  referencePattern?: string;
  referenceExample?: string;
  emancipation?: {
    official?: string;
    possessive?: string;
    directorate?: string;
    sentence?: string;
    lexicon?: "default" | { topic: string; terms: string[] }[];
  };
  directorates?: (string | { code: string; name?: string })[];
  externalParties?: string[];
  woo?: { fields?: Partial<Record<FieldId, string>>; replacement?: string };
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
