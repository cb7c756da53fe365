/**
 * The command table (src/cli/commands-table.ts) is the one place a command is declared: `nota --help` lists every
 * command in it, each command's help names every option it takes, and an option a command does not take is an
 * error that points at that command's help.
 */
import { COMMANDS, COMMAND_NAMES } from "../../src/cli/commands-table";
import { CLI_MESSAGES } from "../../src/cli/messages";
import { run, runWith } from "../helpers/cli";

describe.each(["nl", "en"] as const)("in %s", (lang) => {
  test("nota --help: one line per command of the table, in its order", async () => {
    const r = await runWith(["--help", "--lang", lang]);
    expect(r.code).toBe(0);
    const listed = r.out
      .split("\n")
      .map((line) => /^ {2}([a-z]+) /.exec(line)?.[1])
      .filter((name) => name && (COMMAND_NAMES as readonly string[]).includes(name));
    expect(listed).toEqual(COMMAND_NAMES);
  });

  test.each(COMMAND_NAMES)("nota %s --help names every option the command takes", async (name) => {
    const r = await runWith([name, "--help", "--lang", lang]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(CLI_MESSAGES[lang][COMMANDS[name].help]);
    for (const option of COMMANDS[name].options)
      expect({ option, named: r.out.includes(`--${option}`) }).toEqual({ option, named: true });
  });
});

test.each(COMMAND_NAMES)("an option %s does not take: refused, pointing at its help", async (name) => {
  const other = ["letter", "strict", "kind", "inventory", "quiet"].find(
    (o) => !(COMMANDS[name].options as readonly string[]).includes(o),
  )!;
  const r = await run(name, `--${other}`);
  expect(r.code).toBe(2);
  expect(r.err).toContain(`nota ${name} --help`);
});
