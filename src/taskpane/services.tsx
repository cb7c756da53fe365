/** What the pane's components get from their surroundings: the document, the texts, the profile. */
import { createContext, useContext } from "react";
import type { Locale } from "../i18n";
import type { Profile } from "../checks/profile";
import type { DocumentSnapshot } from "../nota/snapshot";
import type { NotaDocument } from "../word/types";
import { Translate, translator } from "./messages";

export interface PaneServices {
  document: NotaDocument;
  locale: Locale;
  t: Translate;
  profile: Profile;
  /** Reads a letter the person picked; rejects with a message that names what is wrong. */
  readLetter(file: File): Promise<DocumentSnapshot>;
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

/** A .docx the person picked, read in the browser with src/docx (loaded only when needed). */
export async function readLetterFile(file: File, locale: Locale): Promise<DocumentSnapshot> {
  const [{ readDocx }, { DocxError }, { describeDocxError }] = await Promise.all([
    import("../docx/reader"),
    import("../docx/package"),
    import("../docx/messages"),
  ]);
  const { MAX_FILE_MB } = await import("../docx/package");
  try {
    // The same limits and sentences as the command line: the size before a byte is read.
    if (file.size > MAX_FILE_MB * 1024 * 1024) throw new DocxError("file-too-large", String(MAX_FILE_MB));
    const snapshot = readDocx(await readFileBytes(file));
    if (!snapshot.paragraphs.some((p) => p.text.trim())) throw new DocxError("empty");
    return snapshot;
  } catch (err) {
    if (err instanceof DocxError) throw new Error(`${file.name} ${describeDocxError(err, locale)}`);
    throw err;
  }
}

/** The services for a document: the default profile, the browser's file reading and clipboard. */
export function createServices(document: NotaDocument, locale: Locale, profile: Profile): PaneServices {
  return {
    document,
    locale,
    t: translator(locale),
    profile,
    readLetter: (file) => readLetterFile(file, locale),
    copyText: copyToClipboard,
  };
}

export async function copyToClipboard(text: string): Promise<void> {
  if (!navigator.clipboard) throw new Error("no clipboard");
  await navigator.clipboard.writeText(text);
}
