/**
 * The command line's arguments, parsed by Node's own `util.parseArgs` (strict: an option a command does not
 * know is an error), each command with its own options, as ESLint and Vale do it. Parse errors are turned into
 * our sentences by their `code`, never shown in Node's English.
 */
import { parseArgs as nodeParseArgs } from "util";
import type { Locale } from "../i18n";
import type { CliMessageId } from "./messages";
import type { CommandName } from "./commands-table";

export type { CommandName };

/** Every option of any command, as util.parseArgs takes it; which command takes which: src/cli/commands-table.ts. */
const OPTIONS = {
  letter: { type: "string" },
  profile: { type: "string" },
  kind: { type: "string" },
  out: { type: "string", short: "o" },
  force: { type: "boolean" },
  format: { type: "string", short: "f" },
  lang: { type: "string" },
  quiet: { type: "boolean", short: "q" },
  "max-warnings": { type: "string" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  help: { type: "boolean", short: "h" },
  strict: { type: "boolean" },
  inventory: { type: "string" },
} as const;

export type OptionName = keyof typeof OPTIONS;

/** What parsing needs to know of a command: its options (besides --help and --lang) and its formats. */
export interface CommandOptions {
  options: readonly OptionName[];
  formats: readonly Format[];
}

export type Format = "text" | "json" | "html";

export interface Options {
  command: CommandName;
  files: string[];
  help: boolean;
  /** --force: --out may replace an existing file. */
  force: boolean;
  letter?: string;
  profile?: string;
  /** template --kind: beslisnota, informatienota (the profile's kinds). */
  kind?: string;
  out?: string;
  format: Format;
  locale: Locale;
  quiet: boolean;
  maxWarnings?: number;
  /** --color / --no-color; undefined: decided by the terminal and NO_COLOR. */
  color?: boolean;
  /** publish --strict: nothing is written while personal data is left unmarked. */
  strict?: boolean;
  /** publish --inventory FILE.csv|FILE.json: the inventory list the copy's row is added to. */
  inventory?: string;
}

/** A mistake in how the command was called: a message id and its values; `showHelp`: point at --help. */
export class UsageError extends Error {
  constructor(
    readonly id: CliMessageId,
    readonly params: Record<string, string | number> = {},
    readonly showHelp = false,
  ) {
    super(id);
    this.name = "UsageError";
  }
}

/** The locale asked for before the arguments are parsed (so that parse errors are in it too). */
export function requestedLocale(argv: readonly string[], env: string | undefined): Locale {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const value = i < 0 ? env : argv[i].startsWith("--lang=") ? argv[i].slice(7) : argv[i + 1];
  return /^en/i.test(value ?? "") ? "en" : "nl";
}

/** The option Node's parser names in its error ("Unknown option '--frob'", "'-f, --format <value>'"): the long name. */
function optionNamed(err: Error): string {
  return /--[A-Za-z][\w-]*/.exec(err.message)?.[0] ?? /'(-[^'\s,]+)/.exec(err.message)?.[1] ?? "?";
}

export function parseCommandArgs(
  command: CommandName,
  spec: CommandOptions,
  args: string[],
  locale: Locale,
): Options {
  const allowed = Object.fromEntries(
    (["help", "lang", ...spec.options] as OptionName[]).map((name) => [name, OPTIONS[name]]),
  );
  let parsed: ReturnType<typeof nodeParseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = nodeParseArgs({ args, options: allowed, allowPositionals: true, strict: true }) as typeof parsed;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION")
      throw new UsageError("unknownOption", { option: optionNamed(err as Error), command }, true);
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE")
      throw new UsageError("missingValue", { option: optionNamed(err as Error), command }, true);
    throw err;
  }
  const v = parsed.values;
  const o: Options = {
    command,
    files: parsed.positionals,
    help: v.help === true,
    force: v.force === true,
    letter: v.letter,
    profile: v.profile,
    kind: v.kind,
    out: v.out,
    format: "text",
    locale,
    quiet: v.quiet === true,
  };
  if (v.lang !== undefined) {
    if (v.lang !== "nl" && v.lang !== "en") throw new UsageError("badLang", { value: v.lang, command }, true);
    o.locale = v.lang;
  }
  if (v.format !== undefined) {
    if (v.format !== "text" && v.format !== "json" && v.format !== "html")
      throw new UsageError("badFormat", { value: v.format, command }, true);
    if (!spec.formats.includes(v.format))
      throw new UsageError("formatNotHere", { value: v.format, command }, true);
    o.format = v.format;
  }
  if (v["max-warnings"] !== undefined) {
    if (!/^\d+$/.test(v["max-warnings"]))
      throw new UsageError("badMaxWarnings", { value: v["max-warnings"], command }, true);
    o.maxWarnings = Number(v["max-warnings"]);
  }
  if (v.strict) o.strict = true;
  if (v.inventory !== undefined) {
    if (!/\.(csv|json)$/i.test(v.inventory))
      throw new UsageError("badInventory", { value: v.inventory, command }, true);
    o.inventory = v.inventory;
  }
  if (v["no-color"]) o.color = false;
  else if (v.color) o.color = true;
  return o;
}
