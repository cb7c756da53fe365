/**
 * `nota check`: validate the options, load what every file is checked with (profile, letter), check each file,
 * and hand each outcome to the formatter of --format (src/cli/formatters/).
 */
import { DEFAULT_PROFILE } from "../checks/profile";
import { chooseProfile, describeProfileChoice } from "../checks/builtin-profiles";
import { checkNota } from "../checks/engine";
import type { Finding } from "../checks/types";
import type { Translate } from "../i18n";
import { parseNota } from "../nota/parser";
import type { DocumentSnapshot } from "../nota/snapshot";
import { UsageError, type Options } from "./args";
import { FORMATTERS, type CheckedFile } from "./formatters";
import { type Io, debugTrace, expandFolders, painter, safeName, safeText } from "./io";
import { loadDocx, loadProfile } from "./load";
import type { CliMessageId } from "./messages";

type T = Translate<CliMessageId>;

/** The options that do not go together. */
function validate(o: Options): void {
  if (o.files.length === 0) throw new UsageError("noFiles", { command: "check" }, true);
  if (o.format === "html" && !o.out) throw new UsageError("htmlNeedsOut", { command: "check" }, true);
  // Text goes to the terminal; --out is for json and html.
  if (o.format === "text" && o.out) throw new UsageError("textNoOut", { command: "check" }, true);
}

/** What every file is checked with: the person's profile, the organisation's, and the letter. */
async function loadShared(o: Options) {
  // --profile: the person's choice for every file; without it, each nota's own (inferred, with the reason).
  const chosen = o.profile ? await loadProfile(o.profile, o.locale) : undefined;
  // NOTA_PROFILE: the organisation's setting (a deployment fixes it), below the person's --profile.
  const setting = process.env.NOTA_PROFILE?.trim();
  const organisation = setting ? await loadProfile(setting, o.locale) : undefined;
  let letter: DocumentSnapshot | undefined;
  if (o.letter) {
    const loaded = await loadDocx(o.letter, o.locale);
    if ("error" in loaded) throw new UsageError("letterError", { file: o.letter, detail: loaded.error });
    letter = loaded.snapshot;
  }
  return { chosen, organisation, letter };
}

/** One file checked, or the fault when the checks failed inside (a fault of ours: that file's one line). */
function checkFile(
  file: string,
  snapshot: DocumentSnapshot,
  o: Options,
  shared: Awaited<ReturnType<typeof loadShared>>,
): CheckedFile | { fault: unknown } {
  try {
    const parsed = parseNota(snapshot);
    const choice = chooseProfile(parsed, shared);
    const result = checkNota(parsed, { profile: choice.profile, letter: shared.letter, locale: o.locale });
    // --quiet: errors only, in every format.
    const findings: Finding[] = o.quiet
      ? result.findings.filter((f) => f.severity === "error")
      : result.findings;
    return {
      file,
      snapshot,
      result,
      findings,
      choice,
      profileSentence: describeProfileChoice(choice, o.locale),
    };
  } catch (fault) {
    return { fault };
  }
}

export async function runCheck(o: Options, io: Io, t: T): Promise<number> {
  validate(o);
  const paint = painter(o.color ?? io.color ?? false);
  const shared = await loadShared(o);
  const files = await expandFolders(o.files);
  // What --out may never replace: every input (the notas, the letter, the profile).
  const inputs = [
    ...files.map((f) => f.file),
    ...(o.letter ? [o.letter] : []),
    ...(o.profile ? [o.profile] : []),
  ];
  const formatter = FORMATTERS[o.format]({
    o,
    io,
    t,
    paint,
    locale: o.locale,
    profile: shared.chosen ?? shared.organisation ?? DEFAULT_PROFILE,
    profileChosen: (shared.chosen ?? shared.organisation) !== undefined,
    letter: shared.letter,
    inputs,
  });
  let exit = 0;
  let warnings = 0;
  const counted = { n: 0, notANota: 0, unusable: 0 };
  const unusable = (file: string, error: string, shown: string) => {
    exit = 2;
    counted.unusable++;
    io.err(`${paint("file", safeName(file))}: ${shown}`);
    formatter.unusable({ file, error });
  };
  for (const { file, emptyFolder } of files) {
    const loaded = emptyFolder ? { error: t("folderEmpty") } : await loadDocx(file, o.locale);
    if ("error" in loaded) {
      unusable(file, loaded.error, safeText(loaded.error));
      continue;
    }
    const checked = checkFile(file, loaded.snapshot, o, shared);
    if ("fault" in checked) {
      // An internal error in one file is that file's one line (and a JSON entry); the others are still checked.
      unusable(file, t("internalError"), t("internalError"));
      debugTrace(checked.fault, io);
      continue;
    }
    // A document that is no nota is counted apart: one sentence, not a failing nota.
    if (checked.result.notANota) counted.notANota++;
    else counted.n++;
    warnings += checked.result.findings.filter((f) => f.severity === "warning").length;
    if (checked.findings.some((f) => f.severity === "error") && exit === 0) exit = 1;
    formatter.checked(checked);
  }
  await formatter.finish(counted);
  if (o.maxWarnings !== undefined && warnings > o.maxWarnings) {
    io.err(`nota: ${t("tooManyWarnings", { n: warnings, max: o.maxWarnings })}`);
    if (exit === 0) exit = 1;
  }
  return exit;
}
