/** The task pane's texts, Dutch first. Components take every string from here. */
import { fill } from "../i18n";
import type { Locale, Translate as I18nTranslate } from "../i18n";

export const nl = {
  appTitle: "Nota-assistent",
  tabDraft: "Opstellen",
  tabCheck: "Controle",
  tabAfstemming: "Afstemming",
  loading: "Document wordt gelezen…",
  loadingTab: "Het tabblad wordt geladen…",
  retry: "Opnieuw proberen",
  refresh: "Opnieuw inlezen",
  errorTitle: "Dat lukte niet",
  fileUnreadable: "{name} kon niet worden gelezen. Staat het bestand nog op die plek, en mag u het openen?",
  unexpectedError:
    "Er ging iets mis in de Nota-assistent zelf (niet in uw document). Probeer het opnieuw; gebeurt het weer, meld het dan aan de beheerders.",
  notInWord: "Open deze pagina als invoegtoepassing in Word: kies op het tabblad Start 'Nota-assistent'.",
  // Drafter
  insertNota: "Nota invoegen",
  notaKind: "Soort nota",
  insertNotaHint: "Zet de standaardnota met kopgegevens, titel en alle blokken in het document.",
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
  inserted: "De nota staat in het document.",
  insertedNew: "De nota staat in een nieuw document.",
  header: "Kopgegevens",
  save: "Opslaan",
  saved: "Opgeslagen",
  purpose: "Doel",
  purposeChoose: "Kies het doel",
  aan: "Aan",
  via: "Via (optioneel)",
  van: "Van",
  datum: "Datum",
  referentie: "Referentie",
  bijlagen: "Bijlagen",
  bijlageAdd: "Bijlage toevoegen",
  bijlageRemove: "Bijlage {n} verwijderen",
  bijlageName: "Bijlage {n}",
  fieldsNeedHeader:
    "De assistent herkent geen kopgegevens in dit document. Kies 'Nota invoegen', of zet de kop (Aan, Datum, Referentie …) bovenaan het document.",
  blocks: "Blokken",
  statusMissing: "ontbreekt",
  statusEmpty: "leeg",
  statusFilled: "ingevuld",
  optional: "optioneel",
  words: "{n, plural, one {# woord} other {# woorden}}",
  goTo: "Ga naar",
  goToBlock: "Ga naar {label}",
  addBlock: "Blok toevoegen",
  // Reviewer
  runChecks: "Controleren",
  checking: "Bezig met controleren…",
  noFindings: "Geen bevindingen: de nota voldoet aan alle regels.",
  notANota:
    "Dit document lijkt geen nota: er zijn geen kopgegevens en geen blokken gevonden. Kies bij Opstellen 'Nota invoegen' om met het sjabloon te beginnen.",
  otherFindings: "Overig",
  severityError: "Fout",
  severityWarning: "Waarschuwing",
  severityInfo: "Opmerking",
  applyFix: "Herstellen",
  fixWrites: "Herstellen schrijft: “{text}”",
  fixAddsBlock: "Herstellen voegt het blok '{label}' toe.",
  showSuggestion: "Voorstel bekijken",
  suggestionTitle: "Voorstel",
  wooHeading: "Openbaarmaking (Woo)",
  wooIntro:
    "Selecteer in het document tekst die niet openbaar mag worden, kies de grond en klik 'Niet openbaar maken'. {fields} wordt altijd weggelaten.",
  wooGround: "Grond",
  wooMark: "Niet openbaar maken",
  wooMarked: "Gemarkeerd als niet openbaar ({code}).",
  wooListLabel: "Wat niet openbaar wordt",
  wooNone: "Nog niets gemarkeerd.",
  wooField: "veld {field}",
  wooRemove: "Markering verwijderen",
  wooRemoveLabel: "Markering verwijderen: '{text}'",
  wooGoToLabel: "Ga naar '{text}'",
  wooRemoved: "Markering verwijderd; de tekst staat er nog.",
  wooPublish: "Openbaarmakingsversie maken",
  wooPublishHint:
    "Een nieuw document waarin alles wat hierboven staat is vervangen door de grond, zonder opmerkingen, wijzigingen, verborgen tekst en documenteigenschappen. Dit document blijft zoals het is.",
  wooPublished: "De openbaarmakingsversie staat in een nieuw document ({summary}).",
  wooPublishedNothing: "De openbaarmakingsversie staat in een nieuw document (niets gemarkeerd).",
  wooNeedsCreate:
    "Deze versie van Word kan geen nieuw document maken; gebruik 'nota publish' op de opdrachtregel.",
  suggestionApply: "Toepassen",
  addComments: "Opmerkingen plaatsen",
  removeComments: "Opmerkingen verwijderen",
  commentsAdded: "{n, plural, one {# opmerking} other {# opmerkingen}} geplaatst.",
  commentsRemoved: "{n, plural, one {# opmerking} other {# opmerkingen}} verwijderd.",
  commentsUnsupported:
    "Deze versie van Word kan geen opmerkingen plaatsen (WordApi 1.4 nodig). Kopieer het rapport in plaats daarvan.",
  copyReport: "Rapport kopiëren",
  copied: "Rapport gekopieerd.",
  copyFailed: "Kopiëren lukte niet; selecteer de tekst hieronder en kopieer die zelf.",
  autoCheck: "De controle loopt vanzelf na elke wijziging.",
  manualCheck: "Deze versie van Word meldt geen wijzigingen; kies 'Controleren' na het bewerken.",
  liveFailed:
    "Word liet de assistent niet weten wanneer het document verandert; de controle loopt niet vanzelf. Kies 'Controleren' na het bewerken.",
  stale: "Deze plek bestaat niet meer; de controle is opnieuw uitgevoerd.",
  // Emancipation
  // Coordinator
  remove: "Verwijderen",
  // Findings: the next step
  // Drafter's start
  startEmpty:
    "Het document is leeg. Begin met 'Nota invoegen': de kopgegevens, de titel en alle blokken komen erin, met invulhulp.",
  // Help
  trackingChanges:
    "Wijzigingen bijhouden staat aan: wat de assistent schrijft, wordt een revisie die u nog moet accepteren. Uitzetten: Controleren > Wijzigingen bijhouden.",
  help: "Help en info",
  version: "Versie {version}",
};

export type MessageId = keyof typeof nl;

/** The catalogues loaded so far: Dutch always; English once loadMessages("en") has run. */
const loaded: Partial<Record<Locale, Readonly<Record<MessageId, string>>>> = { nl };

export function registerMessages(locale: Locale, messages: Readonly<Record<MessageId, string>>): void {
  loaded[locale] = messages;
}

/** Loads the catalogue for a locale (English is a chunk of its own); call before the first render. */
export async function loadMessages(locale: Locale): Promise<void> {
  if (!loaded[locale]) await import("./messages-en");
}

export type Translate = I18nTranslate<MessageId>;

/**
 * The pane's translate function for a locale (the one filler: `fill` in src/i18n). Until English is loaded,
 * English asks get Dutch rather than nothing.
 */
export function translator(locale: Locale): Translate {
  return (id, params) => fill((loaded[locale] ?? nl)[id], params, locale);
}
