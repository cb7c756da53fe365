/** What the pane's components get from their surroundings: the document, the texts, the profile. */
import { createContext, useContext } from "react";
import { PlainError, translator, type Locale } from "../i18n";
import type { Profile } from "../checks/profile";
import type { DocumentSnapshot } from "../nota/snapshot";
import type { DocxProblem } from "../docx/package";
import type { NotaDocument } from "../word/types";
import { PANE_MESSAGES, type Translate } from "./messages";

export interface PaneServices {
  document: NotaDocument;
  locale: Locale;
  t: Translate;
  profile: Profile;
  /** Reads a letter the person picked (off the main thread); rejects with a PlainError that names what is wrong. */
  readLetter(file: File, onProgress?: () => void): Promise<DocumentSnapshot>;
  /** Writes text to the clipboard; rejects when the browser refuses. */
  copyText(text: string): Promise<void>;
}

export const ServicesContext = createContext<PaneServices | null>(null);

export function useServices(): PaneServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error("useServices outside ServicesContext");
  return services;
}

/** A picked file's bytes (FileReader where Blob.arrayBuffer is missing, as in older webviews). */
export function readFileBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("the file cannot be read"));
    reader.readAsArrayBuffer(file);
  });
}

/**
 * A .docx the person picked, read off the main thread by the letter worker (src/taskpane/letter) under the same
 * limits and with the same sentences as the command line. `onProgress` is called when the reading starts.
 */
export async function readLetterFile(
  file: File,
  locale: Locale,
  onProgress?: () => void,
): Promise<DocumentSnapshot> {
  const [{ MAX_FILE_MB }, { describeDocxError }, { readLetterBytes }, { startLetterWorker }] =
    await Promise.all([
      import("../docx/package"),
      import("../docx/messages"),
      import("./letter/protocol"),
      import("./letter/start-worker"),
    ]);
  const refused = (problem: DocxProblem) =>
    new PlainError(`${file.name} ${describeDocxError(problem, locale)}`);
  // The size before a byte is read.
  if (file.size > MAX_FILE_MB * 1024 * 1024) throw refused({ code: "file-too-large", mb: MAX_FILE_MB });
  let bytes: Uint8Array;
  try {
    bytes = await readFileBytes(file);
  } catch (err) {
    throw new PlainError(translator(PANE_MESSAGES, locale)("fileUnreadable", { name: file.name }), {
      cause: err,
    });
  }
  const outcome = await readLetterBytes(bytes, startLetterWorker, onProgress);
  if (outcome.kind === "refused") throw refused(outcome.problem);
  if (outcome.kind === "failed") throw new PlainError(translator(PANE_MESSAGES, locale)("unexpectedError"));
  return outcome.snapshot;
}

/** The services for a document: the default profile, the browser's file reading and clipboard. */
export function createServices(document: NotaDocument, locale: Locale, profile: Profile): PaneServices {
  return {
    document,
    locale,
    t: translator(PANE_MESSAGES, locale),
    profile,
    readLetter: (file, onProgress) => readLetterFile(file, locale, onProgress),
    copyText: copyToClipboard,
  };
}

export async function copyToClipboard(text: string): Promise<void> {
  if (!navigator.clipboard) throw new Error("no clipboard");
  await navigator.clipboard.writeText(text);
}
