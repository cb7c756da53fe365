/**
 * The `nota` command run in this process, as every CLI test runs it: what it wrote to each stream, each message as
 * written and joined, and its exit code. (A child process of its own, with its memory read: test/helpers/child-cli.ts.)
 */
import { main } from "../../src/cli/main";

export interface CliResult {
  code: number;
  /** The standard output's messages, one per line. */
  out: string;
  /** The standard error's messages, one per line. */
  err: string;
  /** Both streams' messages in the order they were written, one per line. */
  all: string;
  /** Each message as written (one `io.out` / `io.err` call each). */
  messages: { out: string[]; err: string[] };
}

/** `nota ARGS` with the given terminal settings (`color` as --color / --no-color would set it). */
export async function runWith(
  args: readonly string[],
  options: { color?: boolean } = {},
): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const all: string[] = [];
  const code = await main([...args], {
    out: (t) => void (out.push(t), all.push(t)),
    err: (t) => void (err.push(t), all.push(t)),
    color: options.color,
  });
  return {
    code,
    out: out.join("\n"),
    err: err.join("\n"),
    all: all.join("\n"),
    messages: { out, err },
  };
}

/** `nota ARGS`, as on a pipe (no colour unless asked for). */
export const run = (...args: string[]): Promise<CliResult> => runWith(args);
