/**
 * The built-in ministry profiles (OCW, BZK, JenV, Defensie, LVVN, AZ) and how one is chosen for a nota: the
 * person's choice, else the organisation's setting, else inferred from the nota itself (Aan: MBZK → BZK), else
 * the default (OCW). The choice carries its reason, which the pane, the command line and the report show.
 * Separate from default-profile.ts so that the pane's first load needs only the default.
 */
import az from "./profiles/az.json";
import bzk from "./profiles/bzk.json";
import defensie from "./profiles/defensie.json";
import jenv from "./profiles/jenv.json";
import lvvn from "./profiles/lvvn.json";
import { DEFAULT_PROFILE, profileFromJson } from "./default-profile";
import type { Profile } from "./profile";
import type { Nota } from "../nota/parser";
import { namesOfficial } from "./rules/util";
import { compilePattern } from "../nota/safe-pattern";
import { catalogue, translator, type Locale } from "../i18n";

/** Every built-in profile; the first (OCW) is the default. */
export const PROFILES: readonly Profile[] = [
  DEFAULT_PROFILE,
  ...[bzk, jenv, defensie, lvvn, az].map(profileFromJson),
];

/** A built-in profile by its id ("bzk"), case-insensitive; undefined for an id that is none. */
export function profileById(id: string): Profile | undefined {
  const key = id.trim().toLowerCase();
  return PROFILES.find((p) => p.id === key);
}

/** Why this profile: chosen by the person, set by the organisation, inferred from the nota, or the default. */
export type ProfileReason =
  | { kind: "chosen" }
  | { kind: "organisation" }
  /** Aan (or Via) names one of the profile's officials: `value` as written. */
  | { kind: "official"; value: string }
  /** The reference has the profile's own format. */
  | { kind: "reference"; value: string }
  | { kind: "none" };

export interface ProfileChoice {
  profile: Profile;
  reason: ProfileReason;
}

/** A pattern that says something about the ministry (not "any text"). */
const specific = (pattern: string) => !/^\^?(\\S)?\.\*\$?$/.test(pattern);

function matches(pattern: string, value: string): boolean {
  try {
    // A profile's own pattern runs in linear time (src/nota/safe-pattern.ts); where no such engine is registered
    // (the pane) only the built-in ones match.
    return compilePattern(pattern).test(value);
  } catch {
    return false;
  }
}

/**
 * The profile the nota itself points at: the ministry whose official Aan names (then Via), else the one whose
 * reference format the Referentie/Kenmerk has (only when exactly one specific format fits); the default otherwise.
 */
export function inferProfile(nota: Nota, profiles: readonly Profile[] = PROFILES): ProfileChoice {
  const addressing = nota.addressing;
  for (const text of [addressing?.toText, addressing?.viaText]) {
    if (!text?.trim()) continue;
    const found = profiles.find((p) => p.officials.some((code) => namesOfficial(text, code, p)));
    if (found) return { profile: found, reason: { kind: "official", value: text.trim() } };
  }
  const reference = nota.header.referentie?.value.trim();
  if (reference) {
    const fitting = profiles.filter(
      (p) => specific(p.referencePattern) && matches(p.referencePattern, reference),
    );
    if (fitting.length === 1) return { profile: fitting[0], reason: { kind: "reference", value: reference } };
  }
  return { profile: profiles[0] ?? DEFAULT_PROFILE, reason: { kind: "none" } };
}

export interface ChooseOptions {
  /** The person's choice (the pane's switch, `--profile`): a profile or a built-in id. */
  chosen?: Profile | string;
  /** The organisation's setting (the deployment fixes it): a profile or a built-in id. */
  organisation?: Profile | string;
  profiles?: readonly Profile[];
}

/** The profile for this nota and why: the person's choice, the organisation's, or inferred from the nota. */
export function chooseProfile(nota: Nota, options: ChooseOptions = {}): ProfileChoice {
  const profiles = options.profiles ?? PROFILES;
  const resolve = (p: Profile | string | undefined) =>
    typeof p === "string" ? profiles.find((q) => q.id === p.trim().toLowerCase()) : p;
  const chosen = resolve(options.chosen);
  if (chosen) return { profile: chosen, reason: { kind: "chosen" } };
  const organisation = resolve(options.organisation);
  if (organisation) return { profile: organisation, reason: { kind: "organisation" } };
  return inferProfile(nota, profiles);
}

export const PROFILE_CHOICE_MESSAGES = catalogue(
  {
    chosen: "Profiel {name} (zelf gekozen).",
    organisation: "Profiel {name} (ingesteld door de organisatie).",
    official: "Profiel {name}: afgeleid uit de geadresseerde ({value}).",
    reference: "Profiel {name}: afgeleid uit het kenmerk ({value}).",
    none: "Profiel {name}: standaard; de nota noemt geen bewindspersoon van een bekend ministerie.",
  },
  {
    chosen: "Profile {name} (chosen).",
    organisation: "Profile {name} (set by the organisation).",
    official: "Profile {name}: inferred from the addressee ({value}).",
    reference: "Profile {name}: inferred from the reference ({value}).",
    none: "Profile {name}: the default; the nota names no official of a known ministry.",
  },
);

/** The choice as one sentence: "Profiel Ministerie van BZK: afgeleid uit de geadresseerde (MBZK)." */
export function describeProfileChoice(choice: ProfileChoice, locale: Locale = "nl"): string {
  const { reason } = choice;
  const value = "value" in reason ? reason.value : "";
  return translator(PROFILE_CHOICE_MESSAGES, locale)(reason.kind, {
    name: choice.profile.name || choice.profile.id,
    value,
  });
}
