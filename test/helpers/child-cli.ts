/**
 * The `nota` command as it ships, compiled into a folder of the test and run in a child process of its own per
 * case: its exit, its output, its wall time, its processor time and its own peak resident memory (VmHWM, Linux's
 * high-water mark; getrusage's maxRSS would carry the forking parent's over exec).
 *
 * The bounds tests hold the processor time (user + system, all of the child's threads) to the README's seconds, not
 * the wall time: on CI's loaded 2-core machine the wall time of the same work was seen to grow from 15 to 41 s with
 * the load, a limit the test could miss while the command did nothing wrong. The processor time is the work itself;
 * a command that spins is caught by it, one that waits forever by the wall-clock timeout (a hang, reported as such).
 */
import { execFileSync, spawnSync } from "child_process";
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..");

/** Compiles the command with the project's own settings into `folder`. */
export function buildCli(folder: string): void {
  execFileSync(
    process.execPath,
    [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json", "--outDir", folder],
    { cwd: ROOT, stdio: "inherit" },
  );
}

export interface Measured {
  code: number;
  /** Wall time, reported beside the figures. */
  seconds: number;
  /** Processor time (user + system) of the child, the figure the bounds hold. */
  cpuSeconds: number;
  residentMb: number;
  out: string;
  err: string;
}

/** Runs `nota ARGS` from the compiled folder in a child process; `heapMb` caps V8's heap like a small machine. */
export function runCli(
  built: string,
  args: string[],
  options: { heapMb?: number; cwd?: string; timeoutSeconds?: number } = {},
): Measured {
  const script = `
    const { main } = require(${JSON.stringify(path.join(built, "src", "cli", "main.js"))});
    const out = [], err = [];
    const started = process.hrtime.bigint();
    main(${JSON.stringify(args)}, { out: (t) => out.push(t), err: (t) => err.push(t) }).then((code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const cpu = process.cpuUsage();
      const cpuSeconds = (cpu.user + cpu.system) / 1e6;
      const hwm = /VmHWM:[^0-9]*([0-9]+)/.exec(require("fs").readFileSync("/proc/self/status", "utf8"));
      process.stdout.write(JSON.stringify({ code, seconds, cpuSeconds, residentMb: Number(hwm[1]) / 1024, out: out.join("\\n"), err: err.join("\\n") }));
    });`;
  const child = spawnSync(
    process.execPath,
    [...(options.heapMb ? [`--max-old-space-size=${options.heapMb}`] : []), "-e", script],
    {
      encoding: "utf8",
      timeout: (options.timeoutSeconds ?? 300) * 1000,
      maxBuffer: 64 * 1024 * 1024,
      cwd: options.cwd,
      // The compiled command lives in a temporary folder; its packages are the project's.
      env: { ...process.env, NODE_PATH: path.join(ROOT, "node_modules") },
    },
  );
  // Past the time given: a hang, measured as such (the caller's bound then fails with the case's name).
  if (child.error && /ETIMEDOUT/.test(String(child.error)))
    return { code: -1, seconds: Infinity, cpuSeconds: Infinity, residentMb: 0, out: "", err: "timed out" };
  if (child.status !== 0)
    throw new Error(`the child ended with ${child.status} (${child.signal}): ${child.stderr.slice(0, 500)}`);
  return JSON.parse(child.stdout) as Measured;
}
