/**
 * The texts of the parts of the pane that load later (Controle's checklist, the emancipation helper, Afstemming's
 * statuses, help): a catalogue of their own, in those parts' chunks, so that the first load stays small. Dutch
 * first; English with exactly the same ids.
 */
import { catalogue, translator, type Translate } from "../i18n";
import { useServices } from "./services";

const nl = {
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
};

const en: Record<keyof typeof nl, string> = {
  headerFindings: "Header fields",
  ruleWhy: "Why?",
  ruleWhyLabel: "Why: {rule}",
  openField: "Open the field {field}",
  openAfstemming: "Go to Coordination",
  openHelper: "Go to the emancipation helper",
  fixAll: "Fix all: {rule} ({n})",
  fixed: "Fixed.",
  fixedAll: "{n, plural, one {# finding} other {# findings}} fixed.",
  fixNothingLeft: "There was nothing left to fix.",
  nextFinding: "Next finding",
  previousFinding: "Previous finding",
  findingPosition: "Finding {i} of {n}",
  readyTitle: "Ready to go up the line",
  readyClean: "No findings: the nota meets every rule.",
  readyWarnings:
    "No errors left; {n, plural, one {# warning or note} other {# warnings and notes}} still to look at.",
  notReadyTitle: "Not ready to go up the line yet",
  notReadyBody: "{n, plural, one {# error blocks it} other {# errors block it}}: {rules}.",
  commentsNone: "There are no comments from the assistant in the document.",
  editBefore: "Now",
  editAfter: "Becomes",
  editInserts: "Is inserted",
  helpTitle: "About the Nota assistant",
  helpBody:
    "Draft puts the standard nota in the document and guides you block by block; Check shows every rule the nota must meet, with its place and a fix; Coordination records with whom the nota was coordinated. The document's text never leaves your computer.",
  helpPage: "Full help",
  close: "Close",
  findInNota: "Search this nota",
  passagesInNota:
    "These passages are in the nota itself; the pages in the sentence refer to the letter. Choose the letter, or type in the letter's pages.",
  copySentence: "Copy the sentence",
  copySentenceHint: "This document is not a nota: copy the sentence and paste it into the nota's Aanleiding.",
  sentenceCopied: "The sentence is copied; paste it into the nota's Aanleiding.",
  statusAkkoord: "agreed",
  statusAkkoordOpmerkingen: "agreed with comments",
  statusNietAkkoord: "not agreed",
  statusGeenReactie: "no response",
  statusLoopt: "in progress",
  profileLabel: "Profile",
  profileInfer: "Infer from the nota",
  ignore: "Ignore",
  ignoreLabel: "Ignore: {rule}",
  ignoreReason: "Reason (optional)",
  ignoreConfirm: "Ignore the finding",
  ignored: "Ignored; this is now recorded in the document.",
  suppressedCount: "{n, plural, one {# finding} other {# findings}} ignored (recorded in the document).",
};

export const LATER_MESSAGES = catalogue(nl, en);
export type LaterMessageId = keyof typeof nl;

/** The translate function for these texts in the pane's locale. */
export function useLaterT(): Translate<LaterMessageId> {
  return translator(LATER_MESSAGES, useServices().locale);
}
