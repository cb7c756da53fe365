/**
 * The English texts of the pane's frame (messages.ts): a chunk of their own, loaded only when Word runs in English
 * (`PANE_MESSAGES.load("en")`), so that Dutch users do not download them. Typed: a missing or misspelt id is a
 * compile error.
 */
import type { MessageId } from "./messages";

export const en: Readonly<Record<MessageId, string>> = {
  appTitle: "Nota assistant",
  tabDraft: "Draft",
  tabCheck: "Check",
  tabAfstemming: "Coordination",
  loading: "Reading the document…",
  loadingTab: "Loading the tab…",
  partFailed:
    "This part of the Nota assistant could not be loaded or shown. Try again; if that does not work, close the pane and open it again.",
  retry: "Try again",
  refresh: "Read again",
  errorTitle: "That did not work",
  fileUnreadable: "{name} could not be read. Is the file still there, and may you open it?",
  unexpectedError:
    "Something went wrong inside the Nota assistant itself (not in your document). Try again; if it happens again, report it to your administrators.",
  notInWord: "Open this page as an add-in in Word: on the Home tab, choose 'Nota assistant'.",
  insertChoiceTitle: "The document is not empty",
  insertChoiceBody: "The nota is never put over existing text. Where do you want it?",
  dialogNotFound:
    "The Nota-assistent window could not be loaded (page not found). Ask your administrator to reinstall the add-in.",
  dialogNotHttps:
    "The Nota-assistent window is not served over a secure connection (https). Ask your administrator to fix this.",
  dialogAlreadyOpen:
    "Another Nota-assistent window is still open. Close it, then choose 'Insert nota' again.",
  dialogBlocked: "Word or the browser blocks the Nota-assistent window. Allow pop-ups and try again.",
  dialogFailed: "The Nota-assistent window could not be opened (error code {code}). Please try again.",
  insertNewDocument: "In a new document",
  insertAtStart: "At the start of this document",
  cancel: "Cancel",
  // Help
  trackingChanges:
    "Track Changes is on: what the assistant writes becomes a revision you still have to accept. To turn it off: Review > Track Changes.",
  help: "Help and about",
  version: "Version {version}",
};
