/** Errors from Office reach the caller typed, with a message that says what to do. Nothing is swallowed. */
import { translator, type Locale } from "../i18n";
import { WORD_ERROR_MESSAGES, WordErrorCode } from "./messages";

export class NotaWordError extends Error {
  constructor(
    readonly code: WordErrorCode,
    /** Office's own code (GeneralException, ItemNotFound, …) when the error came from Office. */
    readonly officeCode?: string,
    cause?: unknown,
  ) {
    super(translator(WORD_ERROR_MESSAGES, "nl")(code), { cause });
    this.name = "NotaWordError";
  }

  messageFor(locale: Locale): string {
    return translator(WORD_ERROR_MESSAGES, locale)(this.code);
  }
}

const OFFICE_CODES: Record<string, WordErrorCode> = {
  ItemNotFound: "not-found",
  InvalidObjectPath: "stale",
  NotAllowed: "not-allowed",
  AccessDenied: "not-allowed",
  ItemAlreadyExists: "general",
  EditModeRequired: "edit-mode",
  ApiNotFound: "unsupported",
  NotImplemented: "unsupported",
  RequestPayloadSizeLimitExceeded: "too-large",
  ResponsePayloadSizeLimitExceeded: "too-large",
  ServiceNotAvailable: "unavailable",
  Unavailable: "unavailable",
  GeneralException: "general",
  InvalidArgument: "general",
  SearchStringInvalidOrTooLong: "search-failed",
  SearchDialogIsOpen: "search-dialog-open",
};

/** Any error thrown inside a Word operation → NotaWordError (already typed ones pass through). */
export function toNotaWordError(err: unknown): NotaWordError {
  if (err instanceof NotaWordError) return err;
  const code =
    typeof err === "object" && err !== null && "code" in err
      ? String((err as { code: unknown }).code)
      : undefined;
  return new NotaWordError((code && OFFICE_CODES[code]) || "general", code, err);
}
