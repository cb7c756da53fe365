/**
 * The texts of the pane's frame (its tabs, loading and errors, the footer) and of the ribbon command's dialogs:
 * the first load's only catalogue. Dutch is in the code; English is a chunk of its own, loaded before the first
 * render in English (`PANE_MESSAGES.load`). Every tab's and dialog's texts load with them (messages-later.ts).
 */
import { lazyCatalogue, type Translate as I18nTranslate } from "../i18n";

export const nl = {
  appTitle: "Nota-assistent",
  tabDraft: "Opstellen",
  tabCheck: "Controle",
  tabAfstemming: "Afstemming",
  loading: "Document wordt gelezen…",
  loadingTab: "Het tabblad wordt geladen…",
  partFailed:
    "Dit deel van de Nota-assistent kon niet worden geladen of getoond. Probeer het opnieuw; lukt het niet, sluit het venster en open het opnieuw.",
  retry: "Opnieuw proberen",
  refresh: "Opnieuw inlezen",
  errorTitle: "Dat lukte niet",
  fileUnreadable: "{name} kon niet worden gelezen. Staat het bestand nog op die plek, en mag u het openen?",
  unexpectedError:
    "Er ging iets mis in de Nota-assistent zelf (niet in uw document). Probeer het opnieuw; gebeurt het weer, meld het dan aan de beheerders.",
  notInWord: "Open deze pagina als invoegtoepassing in Word: kies op het tabblad Start 'Nota-assistent'.",
  insertChoiceTitle: "Het document is niet leeg",
  insertChoiceBody: "De nota wordt nooit over bestaande tekst heen gezet. Waar wilt u hem hebben?",
  dialogNotFound:
    "Het venster van de Nota-assistent kon niet worden geladen (pagina niet gevonden). Vraag uw beheerder de invoegtoepassing opnieuw te installeren.",
  dialogNotHttps:
    "Het venster van de Nota-assistent wordt niet via een beveiligde verbinding (https) aangeboden. Vraag uw beheerder dit te herstellen.",
  dialogAlreadyOpen:
    "Er staat nog een venster van de Nota-assistent open. Sluit dat venster en kies daarna opnieuw 'Nota invoegen'.",
  dialogBlocked:
    "Word of de browser blokkeert het venster van de Nota-assistent. Sta pop-upvensters toe en probeer het opnieuw.",
  dialogFailed:
    "Het venster van de Nota-assistent kon niet worden geopend (foutcode {code}). Probeer het opnieuw.",
  insertNewDocument: "In een nieuw document",
  insertAtStart: "Aan het begin van dit document",
  cancel: "Annuleren",
  // Help
  trackingChanges:
    "Wijzigingen bijhouden staat aan: wat de assistent schrijft, wordt een revisie die u nog moet accepteren. Uitzetten: Controleren > Wijzigingen bijhouden.",
  help: "Help en info",
  version: "Versie {version}",
};

export type MessageId = keyof typeof nl;

export const PANE_MESSAGES = lazyCatalogue<MessageId>(nl, () => import("./messages-en").then((m) => m.en));

/** The translate function over these texts, `translator(PANE_MESSAGES, locale)` (src/i18n). */
export type Translate = I18nTranslate<MessageId>;
