/**
 * The command line's commands, one entry each (as Vale's `Actions`): the options it takes, its formats, its line
 * in `nota --help`, its own help and the function that runs it. main.ts dispatches through this table and the
 * general help is made from it, so a command is added here and in its own module (and its texts in messages.ts).
 */
import type { Translate } from "../i18n";
import { runAdopt } from "./adopt";
import type { CommandOptions, Options } from "./args";
import { runCheck } from "./check";
import type { Io } from "./io";
import type { CliMessageId } from "./messages";
import { runPassages } from "./passages";
import { runPublish } from "./publish";
import { runTemplate } from "./template";

export interface Command extends CommandOptions {
  /** What to type ("check BESTAND.docx|MAP…") and what it does: the command's line in `nota --help`. */
  synopsis: CliMessageId;
  summary: CliMessageId;
  /** `nota COMMAND --help`. */
  help: CliMessageId;
  /** Runs the command with its parsed options; resolves to the exit code. */
  run(o: Options, io: Io, t: Translate<CliMessageId>): Promise<number>;
}

export const COMMANDS = {
  check: {
    options: ["letter", "profile", "out", "force", "format", "quiet", "max-warnings", "color", "no-color"],
    formats: ["text", "json", "html"],
    synopsis: "synopsisCheck",
    summary: "summaryCheck",
    help: "helpCheck",
    run: runCheck,
  },
  passages: {
    options: ["profile", "format"],
    formats: ["text", "json"],
    synopsis: "synopsisPassages",
    summary: "summaryPassages",
    help: "helpPassages",
    run: runPassages,
  },
  template: {
    options: ["out", "force", "profile", "kind"],
    formats: [],
    synopsis: "synopsisTemplate",
    summary: "summaryTemplate",
    help: "helpTemplate",
    run: runTemplate,
  },
  adopt: {
    options: ["out", "force"],
    formats: [],
    synopsis: "synopsisAdopt",
    summary: "summaryAdopt",
    help: "helpAdopt",
    run: runAdopt,
  },
  publish: {
    options: ["profile", "out", "force", "strict", "inventory"],
    formats: [],
    synopsis: "synopsisPublish",
    summary: "summaryPublish",
    help: "helpPublish",
    run: runPublish,
  },
} as const satisfies Record<string, Command>;

export type CommandName = keyof typeof COMMANDS;
export const COMMAND_NAMES = Object.keys(COMMANDS) as CommandName[];

export function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(COMMANDS, name);
}

/** `nota --help`: the head, one line per command of the table (their synopses in one column), the tail. */
export function usage(t: Translate<CliMessageId>): string {
  const commands: readonly Command[] = COMMAND_NAMES.map((name) => COMMANDS[name]);
  const width = Math.max(...commands.map((c) => t(c.synopsis).length)) + 1;
  const lines = commands.map((c) => `  ${t(c.synopsis).padEnd(width)}${t(c.summary)}`);
  return [t("usageHead"), ...lines, "", t("usageTail")].join("\n");
}
