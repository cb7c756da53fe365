/**
 * Opening the command's dialog with Office's Dialog API, with its failures told apart ("Use the Office dialog
 * API", error codes): 12006 means the person closed the dialog (a cancel); 12002 (page not found) and 12003
 * (not https) are failures to show; 12007 (a dialog of this add-in is still open) is retried, after a wait,
 * until the previous dialog has closed (for a few seconds at most); 12009 means dialogs are blocked.
 *
 * A function command has five minutes before Office ends it ("Add-in commands": a function command that does
 * not call event.completed() within 5 minutes is stopped), dialog included: the dialog is closed, as a cancel,
 * before that limit, so that event.completed() always comes in time.
 */
import type { MessageId } from "../taskpane/messages";
import type { DialogAnswer } from "./choice-protocol";

/** Office.context.ui.displayDialogAsync, handed in (tests give a fake). */
export type DisplayDialog = (
  url: string,
  options: Office.DialogOptions,
  callback: (result: Office.AsyncResult<Office.Dialog>) => void,
) => void;

export class DialogError extends Error {
  constructor(readonly code: number) {
    super(`Office dialog error ${code}`);
    this.name = "DialogError";
  }

  /** The catalogue message for this failure. */
  get messageId(): MessageId {
    const ids: Record<number, MessageId> = {
      12002: "dialogNotFound",
      12003: "dialogNotHttps",
      12007: "dialogAlreadyOpen",
      12009: "dialogBlocked",
    };
    return ids[this.code] ?? "dialogFailed";
  }
}

const CLOSED_BY_USER = 12006;
const ALREADY_OPEN = 12007;
/** How long a closed dialog is given to go away before each retry. */
export const RETRY_AFTER_MS = 600;
/** How long 12007 is retried: a closed dialog goes away in moments; one still open after this is not ours to wait for. */
export const RETRY_FOR_MS = 10_000;
/** Office's limit for a function command, and the margin kept below it for closing and completing. */
export const COMMAND_LIMIT_MS = 5 * 60_000;
export const COMMAND_MARGIN_MS = 30_000;

// Office's enum values, written out so that this runs (and is tested) without office.js loaded.
const SUCCEEDED = "succeeded" as unknown as Office.AsyncResultStatus;
const MESSAGE_RECEIVED = "dialogMessageReceived" as unknown as Office.EventType;
const EVENT_RECEIVED = "dialogEventReceived" as unknown as Office.EventType;

/** Time, handed in (tests give a fake). */
export interface Clock {
  now(): number;
  wait(ms: number): Promise<void>;
  /** Calls `then` after `ms` unless cancelled. */
  after(ms: number, then: () => void): () => void;
}

export const realClock: Clock = {
  now: () => Date.now(),
  wait: (ms) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
  after: (ms, then) => {
    const timer = setTimeout(then, ms);
    return () => clearTimeout(timer);
  },
};

/** When a command started now must have its answer: Office's five minutes less the margin. */
export const commandDeadline = (clock: Clock = realClock) =>
  clock.now() + COMMAND_LIMIT_MS - COMMAND_MARGIN_MS;

function displayOnce(display: DisplayDialog, url: string): Promise<Office.Dialog> {
  return new Promise((resolve, reject) =>
    display(url, { height: 30, width: 30, displayInIframe: true }, (result) => {
      if (result.status === SUCCEEDED) resolve(result.value);
      else reject(new DialogError(Number(result.error.code)));
    }),
  );
}

export async function openDialog(
  display: DisplayDialog,
  url: string,
  clock: Clock = realClock,
  deadline: number = commandDeadline(clock),
): Promise<{ answer: DialogAnswer; close: () => void }> {
  const retryUntil = Math.min(clock.now() + RETRY_FOR_MS, deadline);
  let dialog: Office.Dialog | undefined;
  while (!dialog) {
    try {
      dialog = await displayOnce(display, url);
    } catch (err) {
      const retry = err instanceof DialogError && err.code === ALREADY_OPEN;
      if (!retry || clock.now() + RETRY_AFTER_MS > retryUntil) throw err;
      await clock.wait(RETRY_AFTER_MS);
    }
  }
  const opened = dialog;
  const close = () => opened.close();
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (then: () => void) => {
      if (settled) return;
      settled = true;
      cancelTimeout();
      then();
    };
    // Not answered before the command's limit: closed, as a cancel (nothing is inserted).
    const cancelTimeout = clock.after(Math.max(0, deadline - clock.now()), () =>
      settle(() => {
        close();
        resolve({ answer: "cancel", close: () => undefined });
      }),
    );
    opened.addEventHandler(MESSAGE_RECEIVED, (arg) => {
      const message = "message" in arg ? (arg.message as DialogAnswer) : "cancel";
      settle(() => resolve({ answer: message, close }));
    });
    opened.addEventHandler(EVENT_RECEIVED, (arg) => {
      const code = "error" in arg ? Number(arg.error) : CLOSED_BY_USER;
      settle(() => {
        if (code === CLOSED_BY_USER) {
          resolve({ answer: "cancel", close: () => undefined });
          return;
        }
        close();
        reject(new DialogError(code));
      });
    });
  });
}
