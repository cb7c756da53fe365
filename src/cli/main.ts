/**
 * The `nota` command: check notas saved as .docx (files or folders), list a letter's emancipation passages, write
 * the template, adopt a nota made elsewhere, make the publication copy. The commands are a table
 * (src/cli/commands-table.ts: options, help, runner; each runner in its own module, `check`'s formats in
 * src/cli/formatters/); arguments by `util.parseArgs` (src/cli/args.ts), files and terminal by src/cli/io.ts.
 */
// A profile's patterns run on the linear-time engine (src/nota/safe-pattern.ts).
import "../nota/linear-engine";
import { translator } from "../i18n";
import { UsageError, parseCommandArgs, requestedLocale } from "./args";
import { COMMANDS, COMMAND_NAMES, isCommandName, usage } from "./commands-table";
import { Io, colourByDefault, debugTrace, safeParams, safeText, terminalText } from "./io";
import { CLI_MESSAGES } from "./messages";
import packageJson from "../../package.json";

export { safeText } from "./io";
export type { Io } from "./io";

const defaultIo: Io = {
  out: (text) => process.stdout.write(terminalText(text) + "\n"),
  err: (text) => process.stderr.write(terminalText(text) + "\n"),
  color: colourByDefault(process.stdout, process.env),
};

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
      io.out(usage(translator(CLI_MESSAGES, locale)));
      return command ? 0 : 2;
    }
    if (!isCommandName(command)) throw new UsageError("unknownCommand", { command }, true);
    const spec = COMMANDS[command];
    const o = parseCommandArgs(command, spec, rest, locale);
    locale = o.locale;
    const t = translator(CLI_MESSAGES, locale);
    if (o.help) {
      io.out(t(spec.help));
      return 0;
    }
    return await spec.run(o, io, t);
  } catch (err) {
    const t = translator(CLI_MESSAGES, locale);
    if (err instanceof UsageError) {
      io.err(`nota: ${safeText(t(err.id, safeParams(err.params)))}`);
      if (err.id === "unknownCommand") {
        const near = nearestCommand(String(err.params.command));
        io.err(near ? t("didYouMean", { command: near }) : usage(t));
      } else if (err.showHelp)
        io.err(err.params.command ? t("seeHelp", { command: err.params.command }) : usage(t));
      return 2;
    }
    // A fault of ours: one plain line, never a trace (NOTA_DEBUG=1 adds it).
    io.err(`nota: ${t("internalError")}`);
    debugTrace(err, io);
    return 2;
  }
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
