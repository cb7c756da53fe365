/**
 * What the ribbon's "Nota invoegen" does, without Office: into an empty document in place; otherwise the
 * person chooses (new document, at the start, or cancel); a failure is shown, never swallowed.
 */
import { translator, type Locale } from "../i18n";
import type { NotaDocument } from "../word/types";
import { toNotaWordError } from "../word/errors";
import type { DialogAnswer } from "./choice-protocol";
import { DialogError } from "./dialog";
import { PANE_MESSAGES } from "../taskpane/messages";

export interface CommandUi {
  /** Asks where the nota goes; `canCreateDocument` off greys out the new-document choice. */
  choose(canCreateDocument: boolean): Promise<DialogAnswer>;
  /** Shows a failure. */
  showError(message: string): Promise<void>;
}

export type InsertOutcome = "inserted" | "new-document" | "cancelled" | "failed";

export async function runInsertCommand(
  doc: NotaDocument,
  ui: CommandUi,
  locale: Locale,
): Promise<InsertOutcome> {
  try {
    if (await doc.isEmpty()) {
      await doc.insertTemplate({}, "start");
      return "inserted";
    }
    const answer = await ui.choose(doc.capabilities.createDocument);
    if (answer === "cancel") return "cancelled";
    await doc.insertTemplate({}, answer);
    return answer === "start" ? "inserted" : "new-document";
  } catch (err) {
    const message =
      err instanceof DialogError
        ? translator(PANE_MESSAGES, locale)(err.messageId, { code: err.code })
        : toNotaWordError(err).messageFor(locale);
    await ui.showError(message).catch((shown: unknown) => {
      // Not even the error dialog opens (the page cannot load): the console is the last place left.
      console.error(`Nota-assistent: ${message}`, shown);
    });
    return "failed";
  }
}
