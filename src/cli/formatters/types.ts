/**
 * How `nota check` shows what it found: one formatter per `--format` (text, json, html), as ESLint's
 * formatters. The command hands each file's outcome to the formatter as it comes, then asks it to finish.
 */
import type { ProfileChoice } from "../../checks/builtin-profiles";
import type { checkNota } from "../../checks/engine";
import type { Profile } from "../../checks/profile";
import type { Finding } from "../../checks/types";
import type { Locale, Translate } from "../../i18n";
import type { DocumentSnapshot } from "../../nota/snapshot";
import type { Options } from "../args";
import type { Io, painter } from "../io";
import type { CliMessageId } from "../messages";

/** One file checked: what the checks found, with what --quiet leaves of it. */
export interface CheckedFile {
  file: string;
  snapshot: DocumentSnapshot;
  result: ReturnType<typeof checkNota>;
  /** The findings shown (--quiet: the errors only). */
  findings: Finding[];
  choice: ProfileChoice;
  /** The sentence saying which profile was used, and why. */
  profileSentence: string;
}

/** A file that could not be used, and its one sentence (already printed on standard error). */
export interface UnusableFile {
  file: string;
  error: string;
}

export type CheckCounts = {
  n: number;
  notANota: number;
  unusable: number;
};

/** What a formatter works with: the options, the terminal, the messages, and what the command loaded. */
export interface FormatContext {
  o: Options;
  io: Io;
  t: Translate<CliMessageId>;
  paint: ReturnType<typeof painter>;
  locale: Locale;
  /** The profile for the report's overview: the one chosen, the organisation's, or the default. */
  profile: Profile;
  /** A profile was chosen for every file (--profile or NOTA_PROFILE). */
  profileChosen: boolean;
  letter?: DocumentSnapshot;
  /** What --out may never replace: every input. */
  inputs: readonly string[];
}

export interface CheckFormatter {
  checked(entry: CheckedFile): void;
  unusable(entry: UnusableFile): void;
  /** After the last file. */
  finish(counts: CheckCounts): Promise<void>;
}
