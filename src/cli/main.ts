/** The `nota` command: check notas saved as .docx, list a letter's emancipation passages, write the template. */
import { promises as fs } from "fs";
import * as path from "path";
import { checkNota, lexiconOf, summarize } from "../checks/engine";
import { DEFAULT_PROFILE, Profile, ProfileError, parseProfile } from "../checks/profile";
import { RULE_IDS } from "../checks/rules";
import type { Finding, Severity } from "../checks/types";
import { fill, type Locale } from "../i18n";
import { buildFlagSentence, findPassages, passagePages, passageTopics } from "../nota/emancipation";
import { formatPageReferences } from "../nota/pages";
import { blockSpec, BLOCK_IDS } from "../nota/schema";
import type { DocumentSnapshot } from "../nota/snapshot";
import { DocxError, MAX_FILE_MB as DOCX_MAX_FILE_MB } from "../docx/package";
import { describeDocxError } from "../docx/messages";
import { readDocx } from "../docx/reader";
import { CLI_MESSAGES, CliMessageId } from "./messages";

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

/**
 * Text from a document never reaches the terminal raw: control characters (escape sequences that set the title or
 * clear the screen) are shown as \uXXXX; line breaks and tabs stay.
 */
export function safeText(text: string): string {
  // \uXXXX: readable on a terminal, and a valid escape inside a JSON string (JSON output passes here too).
  return text.replace(
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

const defaultIo: Io = {
  out: (t) => process.stdout.write(safeText(t) + "\n"),
  err: (t) => process.stderr.write(safeText(t) + "\n"),
};

/** A mistake in how the command was called (with the usage text after it), or a refusal (without). */
class UsageError extends Error {
  constructor(
    message: string,
    readonly showUsage = false,
  ) {
    super(message);
  }
}

interface Options {
  files: string[];
  /** --force: --out may replace an existing file. */
  force: boolean;
  letter?: string;
  profile?: string;
  out?: string;
  format: "text" | "json";
  locale: Locale;
}

function parseArgs(args: string[], locale: Locale): Options {
  const t = (id: CliMessageId, data?: Record<string, string>) => fill(CLI_MESSAGES[locale][id], data);
  const o: Options = { files: [], format: "text", locale, force: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--") {
      // Everything after "--" is a file, even when it starts with "-".
      o.files.push(...args.slice(i + 1));
      break;
    }
    const value = () => {
      const v = args[++i];
      if (v === undefined) throw new UsageError(t("missingValue", { option: a }), true);
      return v;
    };
    if (a === "--letter") o.letter = value();
    else if (a === "--profile") o.profile = value();
    else if (a === "--out" || a === "-o") o.out = value();
    else if (a === "--force") o.force = true;
    else if (a === "--format") {
      const v = value();
      if (v !== "text" && v !== "json") throw new UsageError(t("badFormat", { value: v }), true);
      o.format = v;
    } else if (a === "--lang") {
      const v = value();
      if (v !== "nl" && v !== "en") throw new UsageError(t("badLang", { value: v }), true);
      o.locale = v;
    } else if (a.startsWith("-") && a !== "-") throw new UsageError(t("unknownOption", { option: a }), true);
    else o.files.push(a);
  }
  return o;
}

/** The largest input file read, in MB (NOTA_MAX_MB overrides): checked before a byte is read. */
export const MAX_FILE_MB =
  Number(process.env.NOTA_MAX_MB) > 0 ? Number(process.env.NOTA_MAX_MB) : DOCX_MAX_FILE_MB;

/**
 * Reads a file under the input rules: only a regular file (a directory, FIFO, device or socket is refused
 * without reading it), no larger than MAX_FILE_MB. A one-line message when it cannot be used.
 */
async function readInput(file: string, locale: Locale): Promise<{ data: Buffer } | { error: string }> {
  const t = CLI_MESSAGES[locale];
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) return { error: t.isDirectory };
    if (!stat.isFile()) return { error: t.notRegular };
    if (stat.size > MAX_FILE_MB * 1024 * 1024) return { error: fill(t.tooBig, { mb: String(MAX_FILE_MB) }) };
    return { data: await fs.readFile(file) };
  } catch (err) {
    return { error: errnoSentence(err, locale) };
  }
}

/** A file system error in plain words (never the raw errno text). */
function errnoSentence(err: unknown, locale: Locale): string {
  const t = CLI_MESSAGES[locale];
  const code = (err as NodeJS.ErrnoException).code;
  const known: Partial<Record<string, CliMessageId>> = {
    ENOENT: "notFound",
    EACCES: "noPermission",
    EPERM: "noPermission",
    EISDIR: "isDirectory",
    ENOSPC: "diskFull",
    EROFS: "readOnly",
  };
  const id = code ? known[code] : undefined;
  return id ? t[id] : t.notReadableGeneric;
}

/** Reads a file into a snapshot; a one-line message (no stack) when it cannot be used. */
async function loadDocx(
  file: string,
  locale: Locale,
): Promise<{ snapshot: DocumentSnapshot } | { error: string }> {
  const input = await readInput(file, locale);
  if ("error" in input) return input;
  const data = input.data;
  try {
    const snapshot = readDocx(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    if (!snapshot.paragraphs.some((p) => p.text.trim()))
      return { error: describeDocxError(new DocxError("empty"), locale) };
    return { snapshot };
  } catch (err) {
    if (err instanceof DocxError) return { error: describeDocxError(err, locale) };
    throw err;
  }
}

async function loadProfile(file: string | undefined, locale: Locale): Promise<Profile> {
  if (!file) return DEFAULT_PROFILE;
  // The same rules as documents: a regular file, not too large.
  const input = await readInput(file, locale);
  if ("error" in input)
    throw new UsageError(fill(CLI_MESSAGES[locale].profileError, { file, detail: input.error }));
  const text = input.data.toString("utf8");
  try {
    return parseProfile(text, [...RULE_IDS]);
  } catch (err) {
    if (err instanceof ProfileError)
      throw new UsageError(fill(CLI_MESSAGES[locale].profileError, { file, detail: err.messageFor(locale) }));
    throw err;
  }
}

const SEVERITY_HEADING: Record<Severity, CliMessageId> = {
  error: "errors",
  warning: "warnings",
  info: "infos",
};
const SEVERITY_MARK: Record<Severity, string> = { error: "✖", warning: "▲", info: "·" };

function describePlace(f: Finding, snapshot: DocumentSnapshot, locale: Locale): string {
  const t = CLI_MESSAGES[locale];
  const parts: string[] = [];
  if (f.block)
    parts.push(
      fill(t.block, {
        label: locale === "nl" ? blockSpec(f.block).label : blockSpec(f.block).labelEn,
      }),
    );
  const p = f.paragraph !== undefined ? snapshot.paragraphs[f.paragraph] : undefined;
  if (p && p.story && p.story !== "body") parts.push(t.pageHeader);
  else if (p) {
    parts.push(fill(t.paragraph, { n: String(p.index + 1) }));
    if (p.page !== undefined && snapshot.pageSource !== "none")
      parts.push(fill(t.page, { n: String(p.page) }));
  }
  return parts.length ? `  (${parts.join(", ")})` : "";
}

async function runCheck(o: Options, io: Io): Promise<number> {
  const t = CLI_MESSAGES[o.locale];
  if (o.files.length === 0) throw new UsageError(t.noFiles, true);
  const profile = await loadProfile(o.profile, o.locale);
  let letter: DocumentSnapshot | undefined;
  if (o.letter) {
    const loaded = await loadDocx(o.letter, o.locale);
    if ("error" in loaded)
      throw new UsageError(fill(t.letterError, { file: o.letter, detail: loaded.error }));
    letter = loaded.snapshot;
  }
  let exit = 0;
  const json: unknown[] = [];
  for (const file of o.files) {
    const loaded = await loadDocx(file, o.locale);
    if ("error" in loaded) {
      exit = 2;
      io.err(`${file}: ${loaded.error}`);
      if (o.format === "json") json.push({ file, error: loaded.error });
      continue;
    }
    let result: ReturnType<typeof checkNota>;
    try {
      result = checkNota(loaded.snapshot, { profile, letter, locale: o.locale });
    } catch (err) {
      // An internal error in one file is that file's one line (and a JSON entry); the others are still checked.
      void err;
      exit = 2;
      io.err(`${file}: ${t.internalError}`);
      if (o.format === "json") json.push({ file, error: t.internalError });
      continue;
    }
    const { nota, findings } = result;
    if (findings.some((f) => f.severity === "error") && exit === 0) exit = 1;
    if (o.format === "json") {
      json.push({
        file,
        blocks: BLOCK_IDS.map((id) => ({
          id,
          present: nota.blocks[id] !== undefined,
          heading: nota.blocks[id]?.heading ?? null,
        })),
        findings,
      });
      continue;
    }
    io.out(file);
    const looksLikeNota = Object.keys(nota.header).length > 0 || Object.keys(nota.blocks).length > 0;
    if (!looksLikeNota) io.out(`  ${t.notANota}`);
    for (const severity of ["error", "warning", "info"] as Severity[]) {
      const group = findings.filter((f) => f.severity === severity);
      if (!group.length) continue;
      io.out(`  ${t[SEVERITY_HEADING[severity]]}`);
      for (const f of group) {
        io.out(
          `    ${SEVERITY_MARK[severity]} ${f.message}${describePlace(f, loaded.snapshot, o.locale)}  [${f.ruleId}]`,
        );
        if (f.fix) io.out(`        ${t.fix}: ${describeEditShort(f.fix)}`);
        for (const s of f.suggestions ?? []) io.out(`        ${t.suggestion}: ${s.message}`);
      }
    }
    io.out(`  ${summarize(findings, o.locale)}`);
    io.out("");
  }
  if (o.format === "json") io.out(JSON.stringify({ files: json }, null, 2));
  return exit;
}

function describeEditShort(edit: NonNullable<Finding["fix"]>): string {
  switch (edit.kind) {
    case "insertBlock":
      return `+ ${blockSpec(edit.block).label}`;
    case "replaceText":
    case "insertParagraph":
      return `"${edit.text}"`;
    case "setField":
      return `${edit.field} = "${edit.value}"`;
  }
}

async function runPassages(o: Options, io: Io): Promise<number> {
  const t = CLI_MESSAGES[o.locale];
  if (o.files.length !== 1) throw new UsageError(t.oneFile, true);
  const profile = await loadProfile(o.profile, o.locale);
  const file = o.files[0];
  const loaded = await loadDocx(file, o.locale);
  if ("error" in loaded) {
    io.err(`${file}: ${loaded.error}`);
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
  io.out(file);
  if (!passages.length) {
    io.out(`  ${t.noPassages}`);
    return 0;
  }
  for (const p of passages) {
    const page = p.page !== undefined ? fill(t.page, { n: String(p.page) }) : "?";
    io.out(
      `  ${page.padEnd(8)} ${fill(t.paragraph, { n: String(p.paragraph + 1) }).padEnd(12)} [${p.topics.join(", ")}]`,
    );
    io.out(`           ${p.excerpt}`);
  }
  io.out("");
  io.out(`  ${fill(t.passagesFound, { n: passages.length, pages: formatPageReferences(pages) }, o.locale)}`);
  if (loaded.snapshot.pageSource === "breaks") io.out(`  ${t.pagesFromBreaks}`);
  io.out("");
  io.out(`  ${t.sentence}`);
  io.out(`  ${sentence}`);
  return 0;
}

/** Runs the command; resolves to the exit code. Never throws for bad input. */
export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const envLocale: Locale = /^en/i.test(process.env.NOTA_LANG ?? "") ? "en" : "nl";
  const langIndex = argv.indexOf("--lang");
  const locale: Locale = langIndex >= 0 && argv[langIndex + 1] === "en" ? "en" : envLocale;
  const [command, ...rest] = argv;
  try {
    if (!command || command === "--help" || command === "-h" || command === "help") {
      io.out(CLI_MESSAGES[locale].usage);
      return command ? 0 : 2;
    }
    const o = parseArgs(rest, locale);
    switch (command) {
      case "check":
        return await runCheck(o, io);
      case "passages":
        return await runPassages(o, io);
      case "template":
        return await runTemplate(o, io);
      case "adopt":
        return await runAdopt(o, io);
      case "publish":
        return await runPublish(o, io);
      default:
        throw new UsageError(fill(CLI_MESSAGES[locale].unknownCommand, { command }), true);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`nota: ${err.message}`);
      if (err.showUsage) io.err(CLI_MESSAGES[locale].usage);
      return 2;
    }
    io.err(`nota: ${(err as Error).message}`);
    return 2;
  }
}

async function runTemplate(o: Options, io: Io): Promise<number> {
  const t = CLI_MESSAGES[o.locale];
  if (!o.out) throw new UsageError(t.outRequired, true);
  const { buildTemplateDocx } = await import("../docx/template-docx");
  await writeOutput(o, buildTemplateDocx({ locale: o.locale }));
  io.out(fill(t.templateWritten, { file: path.resolve(o.out) }));
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
  const t = CLI_MESSAGES[o.locale];
  if (o.files.length !== 1) throw new UsageError(t.oneFile, true);
  if (!o.out) throw new UsageError(t.outRequired, true);
  const file = o.files[0];
  if (path.resolve(o.out) === path.resolve(file)) throw new UsageError(t.outIsInput);
  const input = await readInput(file, o.locale);
  if ("error" in input) {
    io.err(`${file}: ${input.error}`);
    return 2;
  }
  let result: R;
  try {
    result = transform(new Uint8Array(input.data.buffer, input.data.byteOffset, input.data.byteLength));
  } catch (err) {
    const sentence = refusal(err);
    if (sentence) {
      io.err(`${file}: ${sentence}`);
      return 1;
    }
    if (err instanceof DocxError) {
      io.err(`${file}: ${describeDocxError(err, o.locale)}`);
      return 2;
    }
    throw err;
  }
  await writeOutput(o, result.bytes);
  return result;
}

async function runAdopt(o: Options, io: Io): Promise<number> {
  const t = CLI_MESSAGES[o.locale];
  const { adoptDocx, AdoptError } = await import("../docx/adopt");
  const result = await rewriteDocx(o, io, adoptDocx, (err) =>
    err instanceof AdoptError ? (err.reason === "no-blocks" ? t.adoptNoBlocks : t.adoptNoHeader) : undefined,
  );
  if (typeof result === "number") return result;
  const n = result.wrapped.length;
  io.out(fill(n ? t.adoptWritten : t.adoptNothing, { n, file: path.resolve(o.out!) }, o.locale));
  for (const item of result.wrapped) io.out(`  + ${item.title}  [${item.tag}]`);
  if (result.skipped.length)
    io.out(`  ${fill(t.adoptSkipped, { parts: result.skipped.map((i) => i.title).join(", ") })}`);
  return 0;
}

async function runPublish(o: Options, io: Io): Promise<number> {
  const t = CLI_MESSAGES[o.locale];
  const profile = await loadProfile(o.profile, o.locale);
  const { publishDocx, PublishError } = await import("../docx/publish");
  const ids = { overlap: "publishOverlap", leak: "publishLeak", "unknown-ground": "publishUnknown" } as const;
  const result = await rewriteDocx(
    o,
    io,
    (data) => publishDocx(data, profile.woo),
    (err) => (err instanceof PublishError ? fill(t[ids[err.reason]], { detail: err.detail }) : undefined),
  );
  if (typeof result === "number") return result;
  io.out(fill(t.publishWritten, { file: path.resolve(o.out!) }));
  if (!result.withheld.length) io.out(`  ${t.publishNothing}`);
  for (const w of result.withheld)
    io.out(
      `  ${fill(t.publishGround, { ground: w.ground, n: w.count, places: w.places.join(", ") }, o.locale)}`,
    );
  io.out(`  ${t.publishRemoved}`);
  return 0;
}

/**
 * Writes --out: never over an existing file without --force, never half (a temporary file beside it, then a
 * rename), and a failure as one plain sentence.
 */
async function writeOutput(o: Options, bytes: Uint8Array): Promise<void> {
  const t = CLI_MESSAGES[o.locale];
  const target = o.out!;
  const exists = await fs.lstat(target).then(
    () => true,
    () => false,
  );
  if (exists && !o.force) throw new UsageError(fill(t.outExists, { file: target }));
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temporary, bytes, { flag: "wx" });
    await fs.rename(temporary, target);
  } catch (err) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw new UsageError(fill(t.writeFailed, { file: target, detail: errnoSentence(err, o.locale) }));
  }
}
