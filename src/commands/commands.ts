/**
 * The ribbon's function command "Nota invoegen": inserts the template without opening the pane. Into an empty
 * document it goes in place; otherwise a small dialog lets the person choose (new document, at the start, or
 * cancel) — existing text is never overwritten. Errors are shown in the same dialog, never swallowed.
 */
import { OfficeNotaDocument } from "../word/adapter";
import { officeHost } from "../word/office-host";
import { localeFor } from "../i18n";
import { PANE_MESSAGES } from "../taskpane/messages";
import { DIALOG_PAGE } from "./choice-protocol";
import { commandDeadline, openDialog, realClock } from "./dialog";
import { runInsertCommand } from "./insert-command";

/** The dialog page with its query, opened with Office's Dialog API, answered before the command's `deadline`. */
function open(query: string, deadline: number) {
  const url = new URL(DIALOG_PAGE, window.location.href);
  url.search = query;
  return openDialog(
    (u, options, callback) => Office.context.ui.displayDialogAsync(u, options, callback),
    url.toString(),
    realClock,
    deadline,
  );
}

async function insertNota(event: Office.AddinCommands.Event): Promise<void> {
  // Office ends a function command after five minutes: every dialog of this one is answered before then.
  const deadline = commandDeadline();
  const locale = localeFor(Office.context.displayLanguage);
  try {
    await PANE_MESSAGES.load(locale);
    await runInsertCommand(
      new OfficeNotaDocument(officeHost(), locale),
      {
        choose: async (canCreateDocument) => {
          const { answer, close } = await open(
            `?mode=choose&lang=${locale}&newdoc=${canCreateDocument ? 1 : 0}`,
            deadline,
          );
          close();
          return answer;
        },
        showError: async (message) => {
          const { close } = await open(
            `?mode=error&lang=${locale}&message=${encodeURIComponent(message)}`,
            deadline,
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
