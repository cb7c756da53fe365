/** The command line's inputs as the commands use them: a .docx as a snapshot, a profile by id or file. */
import { promises as fs } from "fs";
import { DEFAULT_PROFILE, Profile, ProfileError } from "../checks/profile";
import { parseProfile } from "../checks/profile-schema";
import { RULE_IDS } from "../checks/rules";
import { PROFILES, profileById } from "../checks/builtin-profiles";
import type { Locale } from "../i18n";
import type { DocumentSnapshot } from "../nota/snapshot";
import { DocxError } from "../docx/package";
import { describeDocxError } from "../docx/messages";
import { readUsableDocx } from "../docx/reader";
import { UsageError } from "./args";
import { readInput } from "./io";

/** Reads a file into a snapshot; a one-line message (no stack) when it cannot be used. */
export async function loadDocx(
  file: string,
  locale: Locale,
): Promise<{ snapshot: DocumentSnapshot } | { error: string }> {
  const input = await readInput(file, locale);
  if ("error" in input) return input;
  try {
    return { snapshot: readUsableDocx(input.data) };
  } catch (err) {
    if (err instanceof DocxError) return { error: describeDocxError(err, locale) };
    throw err;
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.lstat(file);
    return true;
  } catch {
    return false;
  }
}

/** A built-in profile's id ("bzk") rather than a file name: no folder, no extension, and a profile of that id. */
function builtInProfile(value: string): Profile | undefined {
  return /[/\\.]/.test(value) ? undefined : profileById(value);
}

export async function loadProfile(file: string | undefined, locale: Locale): Promise<Profile> {
  if (!file) return DEFAULT_PROFILE;
  const builtIn = builtInProfile(file);
  if (builtIn) return builtIn;
  // The same rules as documents: a regular file, not too large.
  const input = await readInput(file, locale);
  if ("error" in input) {
    // "bzk" misspelt is more likely than a file of that name.
    if (!/[/\\.]/.test(file) && !(await exists(file)))
      throw new UsageError("profileUnknown", { file, known: PROFILES.map((p) => p.id).join(", ") });
    throw new UsageError("profileError", { file, detail: input.error });
  }
  try {
    return parseProfile(new TextDecoder().decode(input.data), [...RULE_IDS], PROFILES);
  } catch (err) {
    if (err instanceof ProfileError)
      throw new UsageError("profileError", { file, detail: err.messageFor(locale) });
    throw err;
  }
}
