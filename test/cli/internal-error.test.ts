/**
 * A fault of ours (issue 20): one plain line, never a trace; NOTA_DEBUG=1 adds the stack for whoever files the
 * bug. The fault is made with a seam (a function of the engine or a command's runner that throws).
 */
import * as engine from "../../src/checks/engine";
import { COMMANDS } from "../../src/cli/commands-table";
import { fixturePath } from "../helpers/fixtures";
import { run } from "../helpers/cli";

const STACK = /\n\s+at .+:\d+:\d+/;

async function withDebug<T>(on: boolean, body: () => Promise<T>): Promise<T> {
  const before = process.env.NOTA_DEBUG;
  if (on) process.env.NOTA_DEBUG = "1";
  else delete process.env.NOTA_DEBUG;
  try {
    return await body();
  } finally {
    if (before === undefined) delete process.env.NOTA_DEBUG;
    else process.env.NOTA_DEBUG = before;
  }
}

test.each([false, true])(
  "a command that fails inside (NOTA_DEBUG=1: %s): one line, the stack only when asked",
  async (debug) => {
    const fault = jest.spyOn(COMMANDS.template, "run").mockRejectedValue(new Error("kapot van binnen"));
    try {
      const r = await withDebug(debug, () => run("template", "--out", "x.docx"));
      expect(r.code).toBe(2);
      expect(r.messages.err[0]).toMatch(/^nota: de assistent liep bij dit bestand vast/);
      expect(r.messages.err).toHaveLength(debug ? 2 : 1);
      expect(STACK.test(r.err)).toBe(debug);
      if (debug) expect(r.messages.err[1]).toMatch(/^Error: kapot van binnen\n\s+at /);
    } finally {
      fault.mockRestore();
    }
  },
);

test.each([false, true])(
  "a fault in one file's checks (NOTA_DEBUG=1: %s): that file's line, the others checked",
  async (debug) => {
    const real = engine.checkNota;
    let calls = 0;
    const fault = jest.spyOn(engine, "checkNota").mockImplementation((...args) => {
      if (++calls === 1) throw new TypeError("x is undefined");
      return real(...args);
    });
    try {
      const file = fixturePath("example-nota.docx");
      const r = await withDebug(debug, () => run("check", file, file));
      expect(r.code).toBe(2);
      expect(r.messages.err[0]).toMatch(/example-nota\.docx: de assistent liep bij dit bestand vast/);
      expect(STACK.test(r.err)).toBe(debug);
      expect(r.out).toContain("Geen bevindingen"); // the second file
    } finally {
      fault.mockRestore();
    }
  },
);
