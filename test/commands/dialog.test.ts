/**
 * The command's dialog: Office's dialog errors told apart, 12007 retried until the previous dialog has gone,
 * nothing taken for a cancel, an answer in time for the function command's five minutes.
 */
import {
  COMMAND_LIMIT_MS,
  Clock,
  DialogError,
  DisplayDialog,
  RETRY_AFTER_MS,
  RETRY_FOR_MS,
  commandDeadline,
  openDialog,
} from "../../src/commands/dialog";
import { runInsertCommand } from "../../src/commands/insert-command";
import type { NotaDocument } from "../../src/word/types";

type Handler = (arg: { message?: string; error?: number }) => void;

/** A fake displayDialogAsync: fails with the given codes first, then opens a dialog whose events tests fire. */
function fakeDisplay(failures: number[] = []) {
  const handlers = new Map<string, Handler>();
  let closed = 0;
  let calls = 0;
  const display: DisplayDialog = (_url, _options, callback) => {
    calls++;
    const code = failures.shift();
    if (code !== undefined) {
      callback({
        status: "failed",
        error: { code, message: "x", name: "x" },
      } as unknown as Office.AsyncResult<Office.Dialog>);
      return;
    }
    const dialog = {
      addEventHandler: (type: string, handler: Handler) => handlers.set(type, handler),
      close: () => void closed++,
    };
    callback({ status: "succeeded", value: dialog } as unknown as Office.AsyncResult<Office.Dialog>);
  };
  const fire = (
    type: "dialogMessageReceived" | "dialogEventReceived",
    arg: { message?: string; error?: number },
  ) => setTimeout(() => handlers.get(type)!(arg), 0);
  return { display, fire, calls: () => calls, closed: () => closed };
}

/** A clock that moves only when waited on or advanced; `after` timers fire when their time comes. */
function fakeClock() {
  let now = 0;
  const timers: { at: number; then: () => void }[] = [];
  const waits: number[] = [];
  const clock: Clock = {
    now: () => now,
    wait: async (ms) => {
      waits.push(ms);
      now += ms;
    },
    after: (ms, then) => {
      const timer = { at: now + ms, then };
      timers.push(timer);
      return () => void timers.splice(timers.indexOf(timer), 1);
    },
  };
  const advance = (ms: number) => {
    now += ms;
    for (const t of timers.filter((t) => t.at <= now)) {
      timers.splice(timers.indexOf(t), 1);
      t.then();
    }
  };
  return { clock, waits, advance, pending: () => timers.length };
}
const noWait = fakeClock().clock;

test("the person's answer comes back", async () => {
  const f = fakeDisplay();
  const opened = openDialog(f.display, "choice.html", noWait);
  f.fire("dialogMessageReceived", { message: "start" });
  expect((await opened).answer).toBe("start");
});

test("closing the dialog (12006) is a cancel", async () => {
  const f = fakeDisplay();
  const opened = openDialog(f.display, "choice.html", noWait);
  f.fire("dialogEventReceived", { error: 12006 });
  expect((await opened).answer).toBe("cancel");
});

test.each([12002, 12003])("a page that cannot load (%i) is a failure, not a cancel", async (code) => {
  const f = fakeDisplay();
  const opened = openDialog(f.display, "choice.html", noWait);
  f.fire("dialogEventReceived", { error: code });
  await expect(opened).rejects.toMatchObject({ code });
  expect(f.closed()).toBe(1);
});

test("12007 (the previous dialog still closing): retried until it has gone, then it opens", async () => {
  const f = fakeDisplay([12007, 12007, 12007]);
  const time = fakeClock();
  const opened = openDialog(f.display, "choice.html", time.clock);
  await new Promise((r) => setTimeout(r, 0));
  f.fire("dialogMessageReceived", { message: "new-document" });
  expect((await opened).answer).toBe("new-document");
  expect(f.calls()).toBe(4);
  expect(time.waits).toEqual([RETRY_AFTER_MS, RETRY_AFTER_MS, RETRY_AFTER_MS]);
  expect(time.pending()).toBe(0);
});

test("12007 that does not go away: the failure is shown, not retried for ever", async () => {
  const f = fakeDisplay(Array.from({ length: 1000 }, () => 12007));
  await expect(openDialog(f.display, "choice.html", fakeClock().clock)).rejects.toMatchObject({
    code: 12007,
  });
  expect(f.calls()).toBe(Math.floor(RETRY_FOR_MS / RETRY_AFTER_MS) + 1);
});

test("no answer before the command's five minutes: the dialog is closed as a cancel, in time", async () => {
  const f = fakeDisplay();
  const time = fakeClock();
  const deadline = commandDeadline(time.clock);
  expect(deadline).toBeLessThan(COMMAND_LIMIT_MS);
  const opened = openDialog(f.display, "choice.html", time.clock, deadline);
  await new Promise((r) => setTimeout(r, 0));
  time.advance(deadline - 1);
  expect(f.closed()).toBe(0);
  time.advance(1);
  expect((await opened).answer).toBe("cancel");
  expect(f.closed()).toBe(1);
  // An answer after that changes nothing.
  f.fire("dialogMessageReceived", { message: "start" });
  await new Promise((r) => setTimeout(r, 5));
  expect(f.closed()).toBe(1);
});

test("a dialog failure reaches the person as a sentence in their language", async () => {
  const doc = {
    capabilities: { createDocument: true },
    isEmpty: async () => false,
  } as unknown as NotaDocument;
  const shown: string[] = [];
  const outcome = await runInsertCommand(
    doc,
    {
      choose: async () => {
        throw new DialogError(12003);
      },
      showError: async (m) => void shown.push(m),
    },
    "nl",
  );
  expect(outcome).toBe("failed");
  expect(shown).toEqual([expect.stringContaining("beveiligde verbinding (https)")]);
});
