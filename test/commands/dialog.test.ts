/** The command's dialog: Office's dialog errors told apart, 12007 retried once, nothing taken for a cancel. */
import { DialogError, DisplayDialog, openDialog } from "../../src/commands/dialog";
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

const noWait = async () => undefined;

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

test("12007 (the previous dialog still closing): retried once after a wait, then it opens", async () => {
  const f = fakeDisplay([12007]);
  const waits: number[] = [];
  const opened = openDialog(f.display, "choice.html", async (ms) => void waits.push(ms));
  await new Promise((r) => setTimeout(r, 0));
  f.fire("dialogMessageReceived", { message: "new-document" });
  expect((await opened).answer).toBe("new-document");
  expect(f.calls()).toBe(2);
  expect(waits).toHaveLength(1);
});

test("12007 twice: the failure is shown, not retried for ever", async () => {
  const f = fakeDisplay([12007, 12007]);
  await expect(openDialog(f.display, "choice.html", noWait)).rejects.toMatchObject({ code: 12007 });
  expect(f.calls()).toBe(2);
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
