/**
 * Opening the command's dialog with Office's Dialog API, with its failures told apart ("Use the Office dialog
 * API", error codes): 12006 means the person closed the dialog (a cancel); 12002 (page not found) and 12003
 * (not https) are failures to show; 12007 (a dialog of this add-in is still open) is retried once, after the
 * previous dialog has had time to close; 12009 means dialogs are blocked.
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
/** How long a closed dialog is given to go away before the one retry. */
export const RETRY_AFTER_MS = 600;

// Office's enum values, written out so that this runs (and is tested) without office.js loaded.
const SUCCEEDED = "succeeded" as unknown as Office.AsyncResultStatus;
const MESSAGE_RECEIVED = "dialogMessageReceived" as unknown as Office.EventType;
const EVENT_RECEIVED = "dialogEventReceived" as unknown as Office.EventType;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

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
  wait: (ms: number) => Promise<void> = sleep,
): Promise<{ answer: DialogAnswer; close: () => void }> {
  let dialog: Office.Dialog;
  try {
    dialog = await displayOnce(display, url);
  } catch (err) {
    if (!(err instanceof DialogError && err.code === ALREADY_OPEN)) throw err;
    await wait(RETRY_AFTER_MS);
    dialog = await displayOnce(display, url);
  }
  const close = () => dialog.close();
  return new Promise((resolve, reject) => {
    dialog.addEventHandler(MESSAGE_RECEIVED, (arg) => {
      const message = "message" in arg ? (arg.message as DialogAnswer) : "cancel";
      resolve({ answer: message, close });
    });
    dialog.addEventHandler(EVENT_RECEIVED, (arg) => {
      const code = "error" in arg ? Number(arg.error) : CLOSED_BY_USER;
      if (code === CLOSED_BY_USER) {
        resolve({ answer: "cancel", close: () => undefined });
        return;
      }
      close();
      reject(new DialogError(code));
    });
  });
}
