/** Plain-language messages for a .docx that cannot be read, for the command line and the task pane. */
import type { Locale } from "../checks/types";
import { DocxError, DocxErrorCode } from "./package";

export const DOCX_ERROR_MESSAGES: Record<Locale, Record<DocxErrorCode, string>> = {
  nl: {
    "not-zip":
      "is geen .docx-bestand (geen geldig zip-bestand); sla het in Word op als Word-document (.docx)",
    "not-docx": "is geen Word-document (.docx); open het in Word en sla het op als Word-document",
    encrypted: "is beveiligd met een wachtwoord; sla het zonder wachtwoord op en probeer opnieuw",
    "legacy-doc": "is een oud Word 97-2003-bestand (.doc); sla het op als .docx",
    "too-large": "is te groot om veilig te lezen (meer dan {detail} MB uitgepakt); is het wel een nota?",
    xml: "is beschadigd: de inhoud is niet te lezen ({detail}); open het in Word en sla het opnieuw op",
    empty: "is leeg",
  },
  en: {
    "not-zip": "is not a .docx file (not a valid zip); save it from Word as a Word document (.docx)",
    "not-docx": "is not a Word document (.docx); open it in Word and save it as a Word document",
    encrypted: "is protected with a password; save it without a password and try again",
    "legacy-doc": "is an old Word 97-2003 file (.doc); save it as .docx",
    "too-large": "is too large to read safely (more than {detail} MB unpacked); is it really a nota?",
    xml: "is damaged: its content cannot be read ({detail}); open it in Word and save it again",
    empty: "is empty",
  },
};

/** "is beveiligd met een wachtwoord; …" — to follow the file's name. */
export function describeDocxError(err: DocxError, locale: Locale): string {
  return DOCX_ERROR_MESSAGES[locale][err.code].replace("{detail}", err.detail ?? "?");
}
