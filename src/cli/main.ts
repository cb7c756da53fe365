/**
 * The `nota` command: check notas saved as .docx (files or folders), list a letter's emancipation passages, write
 * the template, adopt a nota made elsewhere, make the publication copy. Arguments by `util.parseArgs` (src/cli/
 * args.ts), files and terminal by src/cli/io.ts, the coordinators' HTML report by src/cli/report-html.ts.
 */
import * as path from "path";
// A profile's patterns run on the linear-time engine (src/nota/safe-pattern.ts).
import "../nota/linear-engine";
import { promises as fs } from "fs";
import { checkNota, lexiconOf, summarize } from "../checks/engine";
import { DEFAULT_PROFILE, Profile, ProfileError, parseProfile } from "../checks/profile";
import { RULE_IDS } from "../checks/rules";
import { PERSONAL_DATA_KIND_NAMES } from "../nota/personal-data";
import { ruleName } from "../checks/rule-names";
import {
  PROFILES,
  chooseProfile,
  describeProfileChoice,
  profileById,
  type ProfileChoice,
} from "../checks/builtin-profiles";
import { parseNota } from "../nota/parser";
import { templateOptionsFor } from "../checks/kinds";
import { SEVERITIES, type Finding } from "../checks/types";
import { translator, type Locale, type Translate } from "../i18n";
import { buildFlagSentence, findPassages, passagePages, passageTopics } from "../nota/emancipation";
import { formatPageReferences } from "../nota/pages";
import { BLOCK_IDS, NOTA_SCHEMA } from "../nota/schema";
import type { DocumentSnapshot } from "../nota/snapshot";
import { DocxError } from "../docx/package";
import { describeDocxError } from "../docx/messages";
import { readUsableDocx } from "../docx/reader";
import {
  COMMANDS,
  COMMAND_NAMES,
  UsageError,
  parseCommandArgs,
  requestedLocale,
  type CommandName,
  type Options,
} from "./args";
import {
  Io,
  colourByDefault,
  expandFolders,
  painter,
  jsonText,
  readInput,
  refuseInput,
  safeName,
  safeParams,
  safeText,
  terminalText,
  writeOutput,
} from "./io";
import { CLI_MESSAGES, type CliMessageId } from "./messages";
import { describeEditShort, placeParts } from "./place";
import type { ReportEntry } from "./report-html";
import packageJson from "../../package.json";

export { safeText } from "./io";
export type { Io } from "./io";

const defaultIo: Io = {
  out: (text) => process.stdout.write(terminalText(text) + "\n"),
  err: (text) => process.stderr.write(terminalText(text) + "\n"),
  color: colourByDefault(process.stdout, process.env),
};

type T = Translate<CliMessageId>;

/** Reads a file into a snapshot; a one-line message (no stack) when it cannot be used. */
async function loadDocx(
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

async function loadProfile(file: string | undefined, locale: Locale): Promise<Profile> {
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

const SEVERITY_HEADING = { error: "errors", warning: "warnings", info: "infos" } as const;
const SEVERITY_MARK = { error: "✖", warning: "▲", info: "·" } as const;

async function runCheck(o: Options, io: Io, t: T): Promise<number> {
  if (o.files.length === 0) throw new UsageError("noFiles", { command: "check" }, true);
  if (o.format === "html" && !o.out) throw new UsageError("htmlNeedsOut", { command: "check" }, true);
  // Text goes to the terminal; --out is for json and html.
  if (o.format === "text" && o.out) throw new UsageError("textNoOut", { command: "check" }, true);
  const paint = painter(o.color ?? io.color ?? false);
  // --profile: the person's choice for every file; without it, each nota's own (inferred, with the reason).
  const chosen = o.profile ? await loadProfile(o.profile, o.locale) : undefined;
  // NOTA_PROFILE: the organisation's setting (a deployment fixes it), below the person's --profile.
  const setting = process.env.NOTA_PROFILE?.trim();
  const organisation = setting ? await loadProfile(setting, o.locale) : undefined;
  const profile = chosen ?? organisation ?? DEFAULT_PROFILE;
  let letter: DocumentSnapshot | undefined;
  if (o.letter) {
    const loaded = await loadDocx(o.letter, o.locale);
    if ("error" in loaded) throw new UsageError("letterError", { file: o.letter, detail: loaded.error });
    letter = loaded.snapshot;
  }
  // --quiet: errors only, in every format.
  const shown = (findings: Finding[]) =>
    o.quiet ? findings.filter((f) => f.severity === "error") : findings;
  let exit = 0;
  let warnings = 0;
  const counted = { n: 0, notANota: 0, unusable: 0 };
  // Kept only for the format that prints them at the end (the report keeps each snapshot: not for text).
  const json: unknown[] = [];
  const report: ReportEntry[] = [];
  const keep = (entry: ReportEntry, jsonEntry: unknown = entry) => {
    if (o.format === "json") json.push(jsonEntry);
    else if (o.format === "html") report.push(entry);
  };
  const files = await expandFolders(o.files);
  // What --out may never replace: every input (the notas, the letter, the profile).
  const inputs = [
    ...files.map((f) => f.file),
    ...(o.letter ? [o.letter] : []),
    ...(o.profile ? [o.profile] : []),
  ];
  for (const { file, emptyFolder } of files) {
    const loaded = emptyFolder ? { error: t("folderEmpty") } : await loadDocx(file, o.locale);
    if ("error" in loaded) {
      exit = 2;
      counted.unusable++;
      io.err(`${paint("file", safeName(file))}: ${safeText(loaded.error)}`);
      keep({ file, error: loaded.error });
      continue;
    }
    let result: ReturnType<typeof checkNota>;
    let choice: ProfileChoice;
    try {
      const parsed = parseNota(loaded.snapshot);
      choice = chooseProfile(parsed, { chosen, organisation });
      result = checkNota(parsed, { profile: choice.profile, letter, locale: o.locale });
    } catch {
      // An internal error in one file is that file's one line (and a JSON entry); the others are still checked.
      exit = 2;
      counted.unusable++;
      io.err(`${paint("file", safeName(file))}: ${t("internalError")}`);
      keep({ file, error: t("internalError") });
      continue;
    }
    const { nota } = result;
    const findings = shown(result.findings);
    const profileSentence = describeProfileChoice(choice, o.locale);
    // A document that is no nota is counted apart: one sentence, not a failing nota.
    if (result.notANota) counted.notANota++;
    else counted.n++;
    warnings += result.findings.filter((f) => f.severity === "warning").length;
    if (findings.some((f) => f.severity === "error") && exit === 0) exit = 1;
    keep(
      {
        file,
        checked: {
          nota,
          findings,
          snapshot: loaded.snapshot,
          profile: choice.profile,
          profileSentence,
          notANota: result.notANota,
          suppressed: result.suppressed,
        },
      },
      o.format === "json" && {
        file,
        profile: {
          id: choice.profile.id,
          name: choice.profile.name,
          reason: choice.reason.kind,
          sentence: profileSentence,
        },
        notANota: result.notANota,
        kind: result.kind?.id ?? null,
        blocks: BLOCK_IDS.map((id) => ({
          id,
          present: nota.blocks[id] !== undefined,
          heading: nota.blocks[id]?.heading ?? null,
        })),
        findings,
        suppressed: result.suppressed,
      },
    );
    if (o.format !== "text") continue;
    io.out(paint("file", safeName(file)));
    if (result.notANota) {
      io.out(`  ${t("notANota")}`);
      io.out("");
      continue;
    }
    io.out(`  ${paint("dim", safeText(profileSentence))}`);
    for (const severity of SEVERITIES) {
      const group = findings.filter((f) => f.severity === severity);
      if (!group.length) continue;
      io.out(`  ${paint(severity, t(SEVERITY_HEADING[severity]))}`);
      for (const f of group) {
        const place = placeParts(f, loaded.snapshot, o.locale);
        io.out(
          `    ${paint(severity, SEVERITY_MARK[severity])} ${safeText(f.message)}${place.length ? `  (${place.join(", ")})` : ""}  ${paint("dim", `[${ruleName(f.ruleId, o.locale)}]`)}`,
        );
        if (f.fix) io.out(`        ${t("fix")}: ${safeText(describeEditShort(f.fix))}`);
        for (const s of f.suggestions ?? []) io.out(`        ${t("suggestion")}: ${safeText(s.message)}`);
      }
    }
    for (const { finding, suppression } of result.suppressed) {
      const who =
        (suppression.by ? t("suppressedBy", { by: suppression.by }) : "") +
        (suppression.reason ? t("suppressedReason", { reason: suppression.reason }) : "");
      io.out(
        `  ${paint("dim", safeText(t("suppressedLine", { message: finding.message, rule: ruleName(finding.ruleId, o.locale), who })))}`,
      );
    }
    const summary = summarize(findings, o.locale);
    io.out(`  ${findings.length ? summary : paint("ok", summary)}`);
    io.out("");
  }
  if (o.format === "text" && (counted.n + counted.notANota + counted.unusable > 1 || counted.notANota))
    io.out(t("totals", counted));
  if (o.format === "json") {
    const text = jsonText({ files: json, counts: counted });
    if (o.out) await writeOutput(o.out, text + "\n", o.force, o.locale, inputs);
    else io.out(text);
  }
  if (o.format === "html") {
    const { htmlReport } = await import("./report-html");
    const lexicon = lexiconOf(profile);
    const html = htmlReport(report, {
      locale: o.locale,
      profile,
      profileChosen: (chosen ?? organisation) !== undefined,
      letterPassages: letter ? findPassages(letter, lexicon) : undefined,
      notaPassages: (e) =>
        e.checked ? findPassages(e.checked.snapshot, lexiconOf(e.checked.profile ?? profile)) : [],
      date: new Date(),
      command: ["nota", "check", ...o.files.map((f) => path.basename(f))].join(" "),
    });
    await writeOutput(o.out!, html, o.force, o.locale, inputs);
    io.out(t("reportWritten", { file: safeName(path.resolve(o.out!)) }));
  }
  if (o.maxWarnings !== undefined && warnings > o.maxWarnings) {
    io.err(`nota: ${t("tooManyWarnings", { n: warnings, max: o.maxWarnings })}`);
    if (exit === 0) exit = 1;
  }
  return exit;
}

async function runPassages(o: Options, io: Io, t: T): Promise<number> {
  if (o.files.length !== 1) throw new UsageError("oneFile", { command: "passages" }, true);
  const profile = await loadProfile(o.profile, o.locale);
  const file = o.files[0];
  const loaded = await loadDocx(file, o.locale);
  if ("error" in loaded) {
    io.err(`${safeName(file)}: ${loaded.error}`);
    return 2;
  }
  const lexicon = lexiconOf(profile);
  const passages = findPassages(loaded.snapshot, lexicon);
  const pages = passagePages(passages);
  const sentence = passages.length
    ? buildFlagSentence(profile.emancipation, passageTopics(passages, lexicon), pages)
    : undefined;
  if (o.format === "json") {
    io.out(
      JSON.stringify(
        { file, pageSource: loaded.snapshot.pageSource, passages, pages, sentence: sentence ?? null },
        null,
        2,
      ),
    );
    return 0;
  }
  io.out(safeName(file));
  if (!passages.length) {
    io.out(`  ${t("noPassages")}`);
    return 0;
  }
  for (const p of passages) {
    const page = p.page !== undefined ? t("page", { n: p.page }) : "?";
    io.out(
      `  ${page.padEnd(8)} ${t("paragraph", { n: p.paragraph + 1 }).padEnd(12)} [${p.topics.join(", ")}]`,
    );
    io.out(`           ${p.excerpt}`);
  }
  io.out("");
  io.out(`  ${t("passagesFound", { n: passages.length, pages: formatPageReferences(pages) })}`);
  if (loaded.snapshot.pageSource === "breaks") io.out(`  ${t("pagesFromBreaks")}`);
  io.out("");
  io.out(`  ${t("sentence")}`);
  io.out(`  ${sentence}`);
  return 0;
}

/** Runs the command; resolves to the exit code. Never throws for bad input. */
export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  let locale = requestedLocale(argv, process.env.NOTA_LANG);
  const [command, ...rest] = argv;
  try {
    if (command === "--version" || command === "-v") {
      io.out(packageJson.version);
      return 0;
    }
    if (!command || command === "--help" || command === "-h" || command === "help") {
      io.out(translator(CLI_MESSAGES, locale)("usage"));
      return command ? 0 : 2;
    }
    if (!(COMMAND_NAMES as readonly string[]).includes(command))
      throw new UsageError("unknownCommand", { command }, true);
    const o = parseCommandArgs(command as CommandName, rest, locale);
    locale = o.locale;
    const t = translator(CLI_MESSAGES, locale);
    if (o.help) {
      io.out(t(COMMANDS[o.command].help));
      return 0;
    }
    switch (o.command) {
      case "check":
        return await runCheck(o, io, t);
      case "passages":
        return await runPassages(o, io, t);
      case "template":
        return await runTemplate(o, io, t);
      case "adopt":
        return await runAdopt(o, io, t);
      case "publish":
        return await runPublish(o, io, t);
    }
  } catch (err) {
    const t = translator(CLI_MESSAGES, locale);
    if (err instanceof UsageError) {
      io.err(`nota: ${safeText(t(err.id, safeParams(err.params)))}`);
      if (err.id === "unknownCommand") {
        const near = nearestCommand(String(err.params.command));
        io.err(near ? t("didYouMean", { command: near }) : t("usage"));
      } else if (err.showHelp)
        io.err(err.params.command ? t("seeHelp", { command: err.params.command }) : t("usage"));
      return 2;
    }
    // A fault of ours: one plain line, never a trace.
    io.err(`nota: ${t("internalError")}`);
    return 2;
  }
}

async function runTemplate(o: Options, io: Io, t: T): Promise<number> {
  if (!o.out) throw new UsageError("outRequired", { command: "template" }, true);
  const profile = await loadProfile(o.profile, o.locale);
  if (o.kind !== undefined && !profile.kinds.some((k) => k.id === o.kind))
    throw new UsageError(
      "badKind",
      { value: o.kind, known: profile.kinds.map((k) => k.id).join(", "), command: "template" },
      true,
    );
  const { blocks, labels, purpose } = templateOptionsFor(profile, o.kind);
  const { buildTemplateDocx } = await import("../docx/template-docx");
  const values = purpose ? { purpose } : undefined;
  await writeOutput(
    o.out,
    buildTemplateDocx({ locale: o.locale, blocks, labels, values }),
    o.force,
    o.locale,
  );
  io.out(t("templateWritten", { file: safeName(path.resolve(o.out)) }));
  return 0;
}

/**
 * adopt and publish: one .docx in (read under the same rules as any input), another out (never over the input).
 * `refusal` turns the transform's own refusals into a sentence (exit 1); unusable input is exit 2.
 */
async function rewriteDocx<R extends { bytes: Uint8Array }>(
  o: Options,
  io: Io,
  transform: (data: Uint8Array) => R,
  refusal: (err: unknown) => string | undefined,
): Promise<R | number> {
  if (o.files.length !== 1) throw new UsageError("oneFile", { command: o.command }, true);
  if (!o.out) throw new UsageError("outRequired", { command: o.command }, true);
  const file = o.files[0];
  const inputs = [file, ...(o.profile ? [o.profile] : [])];
  await refuseInput(o.out, inputs);
  const input = await readInput(file, o.locale);
  if ("error" in input) {
    io.err(`${safeName(file)}: ${input.error}`);
    return 2;
  }
  let result: R;
  try {
    result = transform(input.data);
  } catch (err) {
    const sentence = refusal(err);
    if (sentence) {
      io.err(`${safeName(file)}: ${sentence}`);
      return 1;
    }
    if (err instanceof DocxError) {
      io.err(`${safeName(file)}: ${describeDocxError(err, o.locale)}`);
      return 2;
    }
    throw err;
  }
  await writeOutput(o.out, result.bytes, o.force, o.locale, inputs);
  return result;
}

async function runAdopt(o: Options, io: Io, t: T): Promise<number> {
  const { adoptDocx, AdoptError } = await import("../docx/adopt");
  const result = await rewriteDocx(o, io, adoptDocx, (err) =>
    err instanceof AdoptError ? t(err.reason === "no-blocks" ? "adoptNoBlocks" : "adoptNoHeader") : undefined,
  );
  if (typeof result === "number") return result;
  const n = result.wrapped.length;
  io.out(t(n ? "adoptWritten" : "adoptNothing", { n, file: safeName(path.resolve(o.out!)) }));
  for (const item of result.wrapped) io.out(`  + ${item.title}  [${item.tag}]`);
  if (result.skipped.length)
    io.out(`  ${t("adoptSkipped", { parts: result.skipped.map((i) => i.title).join(", ") })}`);
  return 0;
}

/**
 * Where text was withheld, in words and each place once: a field by its label ("veld Van"), a paragraph as
 * "alinea 21" in the output's language (the copy names places as a field id or "alinea N").
 */
function publishPlaces(places: readonly string[], t: T): string {
  const words = places.map((place) => {
    const paragraph = /^alinea (\d+)$/.exec(place);
    if (paragraph) return t("paragraph", { n: Number(paragraph[1]) });
    const field = NOTA_SCHEMA.fields.find((f) => f.id === place);
    return field ? t("field", { label: field.label || field.labelEn }) : place;
  });
  return [...new Set(words)].join(", ");
}

async function runPublish(o: Options, io: Io, t: T): Promise<number> {
  const profile = await loadProfile(o.profile, o.locale);
  const { publishDocx, PublishError } = await import("../docx/publish");
  const { InventoryError, inventoryWithRow, writeInventory } = await import("./inventory");
  const { inventoryRow } = await import("../nota/woo");
  const { parseNota } = await import("../nota/parser");
  const { readDocx } = await import("../docx/reader");
  const ids = { overlap: "publishOverlap", leak: "publishLeak", "unknown-ground": "publishUnknown" } as const;
  const placeholderKinds = {
    picture: "phPicture",
    chart: "phChart",
    diagram: "phDiagram",
    object: "phObject",
    control: "phControl",
    drawing: "phDrawing",
    imported: "phImported",
  } as const;
  const inventoryProblem = (err: unknown) => {
    if (!(err instanceof InventoryError)) throw err;
    const id =
      err.problem === "not-a-list"
        ? "inventoryNotList"
        : err.problem === "other-columns"
          ? "inventoryColumns"
          : "inventoryUnreadable";
    io.err(`nota: ${t(id, { file: o.inventory! })}`);
    return 2;
  };
  // The inventory list is checked before the copy is written: a list that cannot take the row stops both.
  if (o.inventory)
    try {
      await inventoryWithRow(o.inventory, inventoryRow("", "", "", []));
    } catch (err) {
      return inventoryProblem(err);
    }
  class StrictRefusal extends Error {}
  type Result = ReturnType<typeof publishDocx>;
  const printUnmarked = (r: Result) => {
    if (!r.unmarked.length) return;
    io.out(`  ${t("publishUnmarkedHeading", { n: r.unmarked.length })}`);
    for (const u of r.unmarked)
      io.out(
        `    ${t("publishUnmarked", { kind: PERSONAL_DATA_KIND_NAMES[u.kind], text: u.text, place: u.place })}`,
      );
  };
  const result = await rewriteDocx(
    o,
    io,
    (data) => {
      const r = publishDocx(data, profile.woo);
      if (o.strict && r.unmarked.length) {
        printUnmarked(r);
        throw new StrictRefusal(String(r.unmarked.length));
      }
      return r;
    },
    (err) =>
      err instanceof PublishError
        ? t(ids[err.reason], { detail: err.detail })
        : err instanceof StrictRefusal
          ? t("publishStrict", { n: Number(err.message) })
          : undefined,
  );
  if (typeof result === "number") return result;
  io.out(t("publishWritten", { file: safeName(path.resolve(o.out!)) }));
  if (!result.withheld.length) io.out(`  ${t("publishNothing")}`);
  for (const w of result.withheld)
    io.out(`  ${t("publishGround", { ground: w.ground, n: w.count, places: publishPlaces(w.places, t) })}`);
  for (const p of result.placeholders)
    io.out(`  ${t("publishPlaceholder", { kind: t(placeholderKinds[p.kind]), place: p.place })}`);
  printUnmarked(result);
  io.out(`  ${t("publishRemoved")}`);
  if (o.inventory) {
    // The row is read from the copy, so it can hold nothing the copy does not.
    const copy = parseNota(readDocx(result.bytes));
    const row = inventoryRow(
      path.basename(o.out!),
      copy.title?.text ?? "",
      copy.header.datum?.value ?? "",
      result.withheld.map((w) => w.ground),
    );
    try {
      await writeInventory(o.inventory, await inventoryWithRow(o.inventory, row));
    } catch (err) {
      return inventoryProblem(err);
    }
    io.out(`  ${t("publishInventory", { file: path.resolve(o.inventory) })}`);
  }
  return 0;
}

/** The command a mistyped one most likely meant (at most two letters off), as Git suggests; or undefined. */
export function nearestCommand(typed: string): string | undefined {
  const distance = (a: string, b: string) => {
    let row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const next = [i];
      for (let j = 1; j <= b.length; j++)
        next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      row = next;
    }
    return row[b.length];
  };
  const ranked = COMMAND_NAMES.map((c) => ({ c, d: distance(typed.toLowerCase(), c) })).sort(
    (x, y) => x.d - y.d,
  );
  return ranked[0] && ranked[0].d <= 2 ? ranked[0].c : undefined;
}
