/**
 * The command line's files and terminal: inputs read under the README's rules, folders expanded, --out written
 * atomically, file-system errors in plain words, text from documents made safe for a terminal, and colour.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { MAX_FILE_MB as DOCX_MAX_FILE_MB } from "../docx/package";
import { translator, type Locale } from "../i18n";
import { UsageError } from "./args";
import { CLI_MESSAGES, type CliMessageId } from "./messages";

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Colour codes in the output: on a terminal unless NO_COLOR is set; --color / --no-color decide first. */
  color?: boolean;
}

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const escape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;

/**
 * Text from a document never reaches the terminal raw: control characters (escape sequences that set the title or
 * clear the screen) are shown as \uXXXX; line breaks and tabs stay. \uXXXX is also a valid escape inside a JSON
 * string (JSON output passes here too).
 */
export function safeText(text: string): string {
  return text.replace(CONTROL, escape);
}

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_OR_BREAK = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g;

/**
 * A file name (or any one-line value) as a message shows it: every control character escaped, line breaks and
 * tabs too, so that a newline in a name never splits a one-line message.
 */
export function safeName(name: string): string {
  return name.replace(CONTROL_OR_BREAK, escape);
}

/** The values of a message's parameters made one-line (file names, a user's values). */
export function safeParams<P extends Readonly<Record<string, unknown>>>(params: P): P {
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, typeof v === "string" ? safeName(v) : v]),
  ) as P;
}

const JSON_RAW = /[\u007F-\u009F\u2028\u2029]/g;

/**
 * JSON for a file: as JSON.stringify writes it, with DEL, the C1 controls (U+0080–U+009F: U+009B is the
 * terminal's CSI) and the line separators escaped too (\uXXXX, valid anywhere they can occur: inside strings).
 */
export function jsonText(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(JSON_RAW, escape);
}

/** Our own colour codes, and nothing else, pass to the terminal (the text inside them is escaped already). */
// eslint-disable-next-line no-control-regex -- our own escape codes are what this matches
const OWN_COLOUR = /\u001b\[(?:0|2|4|31|32|33|36)m/g;

export function terminalText(text: string): string {
  let out = "";
  let last = 0;
  for (const m of text.matchAll(OWN_COLOUR)) {
    out += safeText(text.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + safeText(text.slice(last));
}

export type Colour = "error" | "warning" | "info" | "ok" | "file" | "dim";
const CODES: Record<Colour, [string, string]> = {
  error: ["\u001b[31m", "\u001b[0m"],
  warning: ["\u001b[33m", "\u001b[0m"],
  info: ["\u001b[36m", "\u001b[0m"],
  ok: ["\u001b[32m", "\u001b[0m"],
  file: ["\u001b[4m", "\u001b[0m"],
  dim: ["\u001b[2m", "\u001b[0m"],
};

/** Paints already-safe text when colour is on. */
export function painter(on: boolean): (colour: Colour, text: string) => string {
  return on ? (colour, text) => `${CODES[colour][0]}${text}${CODES[colour][1]}` : (_colour, text) => text;
}

/**
 * A fault of ours, for whoever files the bug: with NOTA_DEBUG=1 its stack follows the one-line message (escaped
 * like any text); without it, nothing more is said.
 */
export function debugTrace(err: unknown, io: Io, env: NodeJS.ProcessEnv = process.env): void {
  if (env.NOTA_DEBUG !== "1") return;
  io.err(safeText(err instanceof Error ? (err.stack ?? String(err)) : String(err)));
}

/** NO_COLOR (https://no-color.org): present and not empty turns colour off; only a terminal gets colour. */
export function colourByDefault(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  return stream.isTTY === true && !env.NO_COLOR;
}

/** The largest input file read, in MB (NOTA_MAX_MB overrides): checked before a byte is read. */
export const MAX_FILE_MB =
  Number(process.env.NOTA_MAX_MB) > 0 ? Number(process.env.NOTA_MAX_MB) : DOCX_MAX_FILE_MB;

/** A file system error in plain words (never the raw errno text). */
export function errnoSentence(err: unknown, locale: Locale): string {
  const t = translator(CLI_MESSAGES, locale);
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
  return t(id ?? "notReadableGeneric");
}

/**
 * Reads a file under the input rules: only a regular file (a directory, FIFO, device or socket is refused
 * without reading it), no larger than MAX_FILE_MB. A one-line message when it cannot be used.
 */
export async function readInput(
  file: string,
  locale: Locale,
): Promise<{ data: Uint8Array } | { error: string }> {
  const t = translator(CLI_MESSAGES, locale);
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) return { error: t("isDirectory") };
    if (!stat.isFile()) return { error: t("notRegular") };
    if (stat.size > MAX_FILE_MB * 1024 * 1024) return { error: t("tooBig", { mb: MAX_FILE_MB }) };
    const data = await fs.readFile(file);
    return { data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
  } catch (err) {
    return { error: errnoSentence(err, locale) };
  }
}

/** Word's owner files ("~$nota.docx", left while a document is open) are no documents. */
const isDocx = (name: string) => /\.docx$/i.test(name) && !name.startsWith("~$");

/**
 * The command's file arguments with every folder replaced by the .docx files in it and its subfolders, sorted
 * by path (the same order on every machine); a folder without any stays, to be reported as such.
 */
export async function expandFolders(
  args: readonly string[],
): Promise<{ file: string; emptyFolder?: true }[]> {
  const out: { file: string; emptyFolder?: true }[] = [];
  for (const arg of args) {
    const stat = await fs.stat(arg).catch(() => undefined);
    if (!stat?.isDirectory()) {
      out.push({ file: arg });
      continue;
    }
    const found: string[] = [];
    const walk = async (dir: string) => {
      const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
      for (const e of entries) {
        const full = path.join(dir, e.name);
        // Links are not followed (no loops, nothing outside the folder asked for).
        if (e.isDirectory()) await walk(full);
        else if (e.isFile() && isDocx(e.name)) found.push(full);
      }
    };
    await walk(arg);
    found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    if (found.length) out.push(...found.map((file) => ({ file })));
    else out.push({ file: arg, emptyFolder: true });
  }
  return out;
}

/** A file's identity (device and inode, links resolved); undefined when there is no such file. */
async function identity(file: string): Promise<string | undefined> {
  const stat = await fs.stat(file, { bigint: true }).catch(() => undefined);
  return stat ? `${stat.dev}:${stat.ino}` : undefined;
}

/**
 * Refuses a --out that is one of the inputs: compared as files (device and inode, after every link, `..` and
 * `/proc/self/cwd` is resolved by the system), not as path strings, so a symlinked folder or a hard link to the
 * input is the input too.
 */
export async function refuseInput(target: string, inputs: readonly string[]): Promise<void> {
  const out = await identity(target);
  if (out === undefined) return;
  for (const input of inputs) if ((await identity(input)) === out) throw new UsageError("outIsInput");
}

/** The longest file name most file systems allow, in bytes. */
const NAME_MAX = 255;

/**
 * The temporary file beside the target: `.NAME.PID.tmp` when that fits, otherwise a short name (never longer
 * than the target's own, so a target name the system allows always has a temporary one it allows too).
 */
function temporaryName(target: string): string {
  const base = path.basename(target);
  const long = `.${base}.${process.pid}.tmp`;
  const short = `.nota-${process.pid}.tmp`;
  const name = Buffer.byteLength(long) <= NAME_MAX ? long : short;
  return path.join(path.dirname(target), name);
}

/**
 * Writes --out: never over an existing file without --force, never over one of the `inputs` (checked before
 * writing and again just before the rename), never half (a temporary file beside it, then a rename), and a
 * failure as one plain sentence.
 */
export async function writeOutput(
  target: string,
  bytes: Uint8Array | string,
  force: boolean,
  locale: Locale,
  inputs: readonly string[] = [],
): Promise<void> {
  await refuseInput(target, inputs);
  const exists = await fs.lstat(target).then(
    () => true,
    () => false,
  );
  if (exists && !force) throw new UsageError("outExists", { file: target });
  const temporary = temporaryName(target);
  try {
    await fs.writeFile(temporary, bytes, { flag: "wx" });
  } catch (err) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw new UsageError("writeFailed", { file: target, detail: errnoSentence(err, locale) });
  }
  try {
    // The target may have changed since the first look (a link made meanwhile): looked at again, last.
    await refuseInput(target, inputs);
    await fs.rename(temporary, target);
  } catch (err) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    if (err instanceof UsageError) throw err;
    throw new UsageError("writeFailed", { file: target, detail: errnoSentence(err, locale) });
  }
}
