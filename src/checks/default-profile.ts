/**
 * The built-in profile (OCW, 2024) as plain data, for the pane's first load: without the profile validator,
 * which only user-supplied profiles need. test/checks/profile.test.ts holds it (and every other built-in profile,
 * see builtin-profiles.ts) equal to what the validator makes of the same JSON, so the two can never drift apart.
 */
import ocw from "./profiles/ocw.json";
import { DEFAULT_FLAG_SENTENCE, DEFAULT_LEXICON } from "../nota/emancipation";
import type { Profile } from "./profile";
import { trustPatterns } from "../nota/safe-pattern";

/** A built-in profile's JSON: the lexicon is "default" (the one in src/nota/emancipation.ts), the sentence optional. */
export type ProfileJson = Omit<Profile, "emancipation"> & {
  emancipation: Omit<Profile["emancipation"], "lexicon" | "sentence"> & {
    lexicon: "default";
    sentence?: string;
  };
};

/** A built-in profile from its JSON, without the validator. */
export function profileFromJson(json: unknown): Profile {
  // "$schema" is for the editor that shows the profile (schemas/nota-profile.schema.json), no part of it.
  const { $schema: _schema, ...data } = json as ProfileJson & { $schema?: string };
  // A built-in reference pattern is the project's own: it runs on RegExp (a profile's own runs in linear time).
  trustPatterns([data.referencePattern]);
  return {
    ...data,
    // The sentence is the lexicon's own default (one copy, in src/nota/emancipation.ts) unless the JSON gives one.
    emancipation: {
      ...data.emancipation,
      sentence: data.emancipation.sentence ?? DEFAULT_FLAG_SENTENCE,
      lexicon: DEFAULT_LEXICON,
    },
  };
}

export const DEFAULT_PROFILE: Profile = profileFromJson(ocw);
