/**
 * The texts of the parts of the pane that load later (each tab, the dialogs, the emancipation helper, help): a
 * catalogue in those parts' chunks, so that the first load carries only the frame's (messages.ts). Dutch here;
 * English is a chunk of its own (messages-later-en.ts), loaded before the first render in English, as the frame's.
 */
import { lazyCatalogue, translator, type Translate } from "../i18n";
import { useServices } from "./services";

export const nl = {
  // Drafter
  insertNota: "Nota invoegen",
  notaKind: "Soort nota",
  insertNotaHint: "Zet de standaardnota met kopgegevens, titel en alle blokken in het document.",
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
  remove: "Verwijderen",
  startEmpty:
    "Het document is leeg. Begin met 'Nota invoegen': de kopgegevens, de titel en alle blokken komen erin, met invulhulp.",
  // Controle, Afstemming, help
  headerFindings: "Kopgegevens",
  ruleWhy: "Waarom?",
  ruleWhyLabel: "Waarom: {rule}",
  openField: "Naar het veld {field}",
  openAfstemming: "Naar Afstemming",
  openHelper: "Naar de emancipatiehulp",
  fixAll: "Alles herstellen: {rule} ({n})",
  fixed: "Hersteld.",
  fixedAll: "{n, plural, one {# bevinding} other {# bevindingen}} hersteld.",
  fixNothingLeft: "Er was niets meer te herstellen.",
  nextFinding: "Volgende bevinding",
  previousFinding: "Vorige bevinding",
  findingPosition: "Bevinding {i} van {n}",
  readyTitle: "Klaar voor de lijn",
  readyClean: "Geen bevindingen: de nota voldoet aan alle regels.",
  readyWarnings:
    "Geen fouten meer; {n, plural, one {nog # waarschuwing of opmerking} other {nog # waarschuwingen en opmerkingen}} om na te kijken.",
  notReadyTitle: "Nog niet klaar voor de lijn",
  notReadyBody: "{n, plural, one {# fout blokkeert} other {# fouten blokkeren}}: {rules}.",
  commentsNone: "Er staan geen opmerkingen van de assistent in het document.",
  editBefore: "Nu",
  editAfter: "Wordt",
  editInserts: "Wordt ingevoegd",
  helpTitle: "Over de Nota-assistent",
  helpBody:
    "Opstellen zet de standaardnota in het document en leidt u blok voor blok; Controle toont elke regel waar de nota aan moet voldoen, met de plek en een herstel; Afstemming legt vast met wie de nota is afgestemd. De tekst van het document verlaat uw computer niet.",
  helpPage: "Uitgebreide hulp",
  close: "Sluiten",
  findInNota: "Zoeken in deze nota",
  passagesInNota:
    "Deze passages staan in de nota zelf; de bladzijden in de zin verwijzen naar de brief. Kies de brief, of vul de bladzijden van de brief in.",
  copySentence: "Zin kopiëren",
  copySentenceHint: "Dit document is geen nota: kopieer de zin en plak hem in de Aanleiding van de nota.",
  sentenceCopied: "De zin is gekopieerd; plak hem in de Aanleiding van de nota.",
  statusAkkoord: "akkoord",
  statusAkkoordOpmerkingen: "akkoord met opmerkingen",
  statusNietAkkoord: "niet akkoord",
  statusGeenReactie: "geen reactie",
  statusLoopt: "loopt",
  profileLabel: "Profiel",
  profileInfer: "Afleiden uit de nota",
  ignore: "Negeren",
  ignoreLabel: "Negeren: {rule}",
  ignoreReason: "Reden (optioneel)",
  ignoreConfirm: "Bevinding negeren",
  ignored: "Genegeerd; dat staat nu in het document.",
  suppressedCount:
    "{n, plural, one {# bevinding} other {# bevindingen}} genegeerd (vastgelegd in het document).",
  emancipation: "Emancipatie",
  emancipationIntro:
    "Zoek de passages over emancipatie in de brief en zet de zin met de bladzijden in de nota.",
  findInDocument: "Zoeken in dit document",
  chooseLetter: "Brief kiezen (.docx)",
  letterLoaded: "Brief: {name}",
  passagesNone: "Geen passages over emancipatie gevonden.",
  passagesFound: "{n, plural, one {# passage} other {# passages}} op {pages}",
  pagesUnknown:
    "Deze versie van Word geeft geen paginanummers (zoals Word op het web en Word 2016). Kies de brief als .docx of vul de bladzijden zelf in.",
  pagesFromBreaks: "De paginanummers komen uit pagina-einden in het bestand; controleer ze in Word.",
  pagesPhysical:
    "Dit zijn pagina's geteld vanaf de eerste pagina: Word gaf de paginanummering van de secties niet door. Begint de nummering ergens opnieuw, pas de nummers dan aan.",
  pagesInput: "Bladzijden",
  pagesInputHint: "Bijvoorbeeld: 2, 6 en 7",
  page: "blz. {n}",
  pageUnknown: "blz. ?",
  insertSentence: "Zin invoegen",
  sentenceInserted: "De zin staat in de Aanleiding.",
  sentenceUpdated: "De zin in de Aanleiding is bijgewerkt.",
  letterReading: "De brief wordt gelezen…",
  internal: "Intern afgestemd",
  external: "Extern afgestemd",
  addParty: "Toevoegen",
  partyName: "Naam",
  directoratePlaceholder: "Kies of typ een directie",
  externalPlaceholder: "Typ een partij",
  status: "Status",
  statusNone: "geen status",
  date: "Datum",
  removeParty: "{name} verwijderen",
  saveAfstemming: "Afstemming opslaan",
  afstemmingSaved: "De afstemming is opgeslagen in het document.",
  currentRecord: "Nu in het document",
  sourceRecord: "vastgelegd als gegevens en als tekst in de kop",
  sourceText: "alleen als tekst in de kop",
  sourceNone: "nog niets vastgelegd",
  recordDamaged:
    "De vastgelegde afstemming in dit document is beschadigd en niet te lezen; hierboven staat wat in de kop staat. Sla de afstemming opnieuw op om haar te herstellen.",
  recordUnsupported:
    "Deze versie van Word kan geen gegevens in het document bewaren (WordApi 1.4); de afstemming wordt alleen als tekst in de kop gezet.",
  nobody: "niemand",
  adoptHeading: "Nota koppelen",
  adoptIntro:
    "Deze nota komt niet uit het sjabloon. Koppel hem, dan werken invullen, naar een blok gaan en herstellen zoals bij een sjabloonnota. De tekst en de opmaak veranderen niet.",
  adoptButton: "Nota koppelen",
  adoptDialogTitle: "Deze onderdelen worden gekoppeld",
  adoptConfirm: "Koppelen",
  adoptDone: "{n, plural, one {# onderdeel} other {# onderdelen}} gekoppeld.",
  // Publication copy as a download (Word on the web)
  wooDownload: "Openbaarmakingsversie maken als bestand",
  wooDownloadHint:
    "Word op het web kan hier geen nieuw document openen. De assistent maakt de openbaarmakingsversie daarom als bestand (.docx) om te downloaden: alles wat hierboven staat vervangen door de grond, zonder opmerkingen, wijzigingen, verborgen tekst en documenteigenschappen. Dit document blijft zoals het is.",
  wooDownloadReady:
    "De openbaarmakingsversie is klaar ({summary}). Download het bestand met de koppeling hieronder.",
  wooDownloadReadyNothing:
    "De openbaarmakingsversie is klaar (niets gemarkeerd). Download het bestand met de koppeling hieronder.",
  wooDownloadLink: "Openbaarmakingsversie downloaden (.docx)",
  wooDownloadName: "openbaarmakingsversie.docx",
  wooDownloadStale:
    "Het document is veranderd sinds deze openbaarmakingsversie. Maak hem opnieuw, dan klopt hij met wat nu gemarkeerd is.",
};

export type LaterMessageId = keyof typeof nl;

export const LATER_MESSAGES = lazyCatalogue<LaterMessageId>(nl, () =>
  import("./messages-later-en").then((m) => m.en),
);

/** The translate function for these texts in the pane's locale. */
export function useLaterT(): Translate<LaterMessageId> {
  return translator(LATER_MESSAGES, useServices().locale);
}
