/**
 * The pane's English texts: loaded only when Word runs in English (loadMessages), so that Dutch users do not
 * download them. Registering on import keeps the catalogue typed: a missing or misspelt id is a compile error.
 */
import { registerMessages, type MessageId } from "./messages";

export const en: Record<MessageId, string> = {
  appTitle: "Nota assistant",
  tabDraft: "Draft",
  tabCheck: "Check",
  tabAfstemming: "Coordination",
  loading: "Reading the document…",
  loadingTab: "Loading the tab…",
  retry: "Try again",
  refresh: "Read again",
  errorTitle: "That did not work",
  fileUnreadable: "{name} could not be read. Is the file still there, and may you open it?",
  unexpectedError:
    "Something went wrong inside the Nota assistant itself (not in your document). Try again; if it happens again, report it to your administrators.",
  notInWord: "Open this page as an add-in in Word: on the Home tab, choose 'Nota assistant'.",
  insertNota: "Insert nota",
  notaKind: "Kind of nota",
  insertNotaHint: "Puts the standard nota with header, title and every block in the document.",
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
  inserted: "The nota is in the document.",
  insertedNew: "The nota is in a new document.",
  header: "Header",
  save: "Save",
  saved: "Saved",
  purpose: "Purpose",
  purposeChoose: "Choose the purpose",
  aan: "To (Aan)",
  via: "Via (optional)",
  van: "From (Van)",
  datum: "Date (Datum)",
  referentie: "Reference",
  bijlagen: "Attachments",
  bijlageAdd: "Add attachment",
  bijlageRemove: "Remove attachment {n}",
  bijlageName: "Attachment {n}",
  fieldsNeedHeader:
    "The assistant finds no header in this document. Choose 'Insert nota', or put the header (Aan, Datum, Referentie …) at the top of the document.",
  blocks: "Blocks",
  statusMissing: "missing",
  statusEmpty: "empty",
  statusFilled: "filled in",
  optional: "optional",
  words: "{n, plural, one {# word} other {# words}}",
  goTo: "Go to",
  goToBlock: "Go to {label}",
  addBlock: "Add block",
  runChecks: "Check",
  checking: "Checking…",
  noFindings: "No findings: the nota meets every rule.",
  notANota:
    "This document does not look like a nota: no header fields and no blocks were found. Choose 'Insert nota' under Draft to start from the template.",
  otherFindings: "Other",
  severityError: "Error",
  severityWarning: "Warning",
  severityInfo: "Note",
  applyFix: "Fix",
  fixWrites: "The fix writes: “{text}”",
  fixAddsBlock: "The fix adds the block '{label}'.",
  showSuggestion: "View suggestion",
  suggestionTitle: "Suggestion",
  wooHeading: "Publication (Woo)",
  wooIntro:
    "Select text in the document that must not be published, choose the ground and click 'Withhold'. {fields} is always left out.",
  wooGround: "Ground",
  wooMark: "Withhold",
  wooMarked: "Marked as withheld ({code}).",
  wooListLabel: "What is withheld",
  wooNone: "Nothing marked yet.",
  wooField: "field {field}",
  wooRemove: "Remove mark",
  wooRemoveLabel: "Remove mark: '{text}'",
  wooGoToLabel: "Go to '{text}'",
  wooRemoved: "Mark removed; the text is still there.",
  wooPublish: "Make publication copy",
  wooPublishHint:
    "A new document in which everything listed above is replaced by its ground, without comments, changes, hidden text and document properties. This document stays as it is.",
  wooPublished: "The publication copy is in a new document ({summary}).",
  wooPublishedNothing: "The publication copy is in a new document (nothing marked).",
  wooNeedsCreate:
    "This version of Word cannot create a new document; use 'nota publish' on the command line.",
  suggestionApply: "Apply",
  addComments: "Add comments",
  removeComments: "Remove comments",
  commentsAdded: "{n, plural, one {# comment} other {# comments}} added.",
  commentsRemoved: "{n, plural, one {# comment} other {# comments}} removed.",
  commentsUnsupported:
    "This version of Word cannot add comments (needs WordApi 1.4). Copy the report instead.",
  copyReport: "Copy report",
  copied: "Report copied.",
  copyFailed: "Copying failed; select the text below and copy it yourself.",
  autoCheck: "The check runs by itself after every edit.",
  manualCheck: "This version of Word does not report edits; choose 'Check' after editing.",
  liveFailed:
    "Word did not let the assistant know when the document changes; the check does not run by itself. Choose 'Check' after editing.",
  stale: "That place no longer exists; the check was run again.",
  remove: "Remove",
  // Findings: the next step
  // Drafter's start
  startEmpty:
    "The document is empty. Start with 'Insert nota': the header fields, the title and every block go in, with guidance.",
  // Help
  trackingChanges:
    "Track Changes is on: what the assistant writes becomes a revision you still have to accept. To turn it off: Review > Track Changes.",
  help: "Help and about",
  version: "Version {version}",
};

registerMessages("en", en);
