/**
 * The profile: everything that differs per ministry or cabinet. JSON, validated on load with a clear error
 * (profile-schema.ts, which only the command line loads). A profile file may give only what differs from the
 * default: it is laid over the default `ocw` profile.
 */
import { DEFAULT_PROFILE } from "./default-profile";
import type { BlockId, FieldId } from "../nota/schema";
import { DEFAULT_FLAG_SENTENCE, DEFAULT_LEXICON, LexiconTopic } from "../nota/emancipation";
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

/** A map without a prototype, filled from entries (a "__proto__" entry is an own key like any other). */
export function plainMap<V>(entries: Iterable<readonly [string, V]>): Record<string, V> {
  const map = Object.create(null) as Record<string, V>;
  for (const [key, value] of entries)
    Object.defineProperty(map, key, { value, enumerable: true, writable: true, configurable: true });
  return map;
}

export { own } from "./own";

/**
 * Every size in a profile has a limit (a 50,000-topic lexicon, a pattern of a megabyte): past it the profile is
 * refused with a sentence naming the limit. The limits are in the profile's schema
 * (schemas/nota-profile.schema.json); test/checks/profile-schema.test.ts holds the two equal.
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

/** A deep copy of a profile (plain JSON data; works in every webview), its maps without a prototype. */
export function copyProfile(base: Profile): Profile {
  const p = JSON.parse(JSON.stringify(base)) as Profile;
  p.severities = plainMap(Object.entries(p.severities));
  p.officialTitles = plainMap(Object.entries(p.officialTitles));
  p.labels = plainMap(Object.entries(p.labels ?? {}));
  p.woo.fields = plainMap(Object.entries(p.woo.fields)) as Partial<Record<FieldId, string>>;
  return p;
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
