/**
 * The ribbon's function command "Nota invoegen": inserts the template without opening the pane. Into an empty
 * document it goes in place; otherwise a small dialog lets the person choose (new document, at the start, or
 * cancel) — existing text is never overwritten. Errors are shown in the same dialog, never swallowed.
 */
import { OfficeNotaDocument } from "../word/adapter";
import { officeHost } from "../word/office-host";
import { localeFor } from "../taskpane/messages";
import { DIALOG_PAGE, DialogAnswer } from "./choice-protocol";
import { runInsertCommand } from "./insert-command";

function openDialog(query: string): Promise<{ answer: DialogAnswer; close: () => void }> {
  return new Promise((resolve, reject) => {
    const url = new URL(DIALOG_PAGE, window.location.href);
    url.search = query;
    Office.context.ui.displayDialogAsync(
      url.toString(),
      { height: 30, width: 30, displayInIframe: true },
      (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) {
          reject(new Error(result.error.message));
          return;
        }
        const dialog = result.value;
        const close = () => dialog.close();
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
          const message = "message" in arg ? (arg.message as DialogAnswer) : "cancel";
          resolve({ answer: message, close });
        });
        dialog.addEventHandler(Office.EventType.DialogEventReceived, () =>
          resolve({ answer: "cancel", close: () => undefined }),
        );
      },
    );
  });
}

async function insertNota(event: Office.AddinCommands.Event): Promise<void> {
  const locale = localeFor(Office.context.displayLanguage);
  try {
    await runInsertCommand(
      new OfficeNotaDocument(officeHost()),
      {
        choose: async (canCreateDocument) => {
          const { answer, close } = await openDialog(
            `?mode=choose&lang=${locale}&newdoc=${canCreateDocument ? 1 : 0}`,
          );
          close();
          return answer;
        },
        showError: async (message) => {
          const { close } = await openDialog(
            `?mode=error&lang=${locale}&message=${encodeURIComponent(message)}`,
          );
          close();
        },
      },
      locale,
    );
  } finally {
    event.completed();
  }
}

void Office.onReady(() => {
  Office.actions.associate("insertNota", insertNota);
});
