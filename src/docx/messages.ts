/**
 * Plain-language messages for a .docx that cannot be used, for the command line and the task pane: one catalogue,
 * filled straight from the DocxProblem's values (no text is taken apart again).
 */
import { catalogue, translator, type Locale } from "../i18n";
import {
  DocxError,
  type DocxErrorCode,
  type DocxProblem,
  type LimitKind,
  type PackageProblem,
  type TextElsewhere,
} from "./package";
import { MAX_ENTRIES, type ZipProblem } from "./zip";

/**
 * Every sentence: the code's own (to follow the file's name), what is wrong with a damaged zip
 * (`damage:…`, {entry}: the part concerned), the limit gone past (`limit:…`), and what an empty body's document
 * holds instead (`empty:…`, said in place of "is leeg").
 */
export type DocxMessageId =
  DocxErrorCode | `damage:${ZipProblem | PackageProblem}` | `limit:${LimitKind}` | `empty:${TextElsewhere}`;

export const DOCX_ERROR_MESSAGES = catalogue<DocxMessageId>(
  {
    "not-zip":
      "is geen .docx-bestand (geen geldig zip-bestand); sla het in Word op als Word-document (.docx)",
    "not-docx": "is geen Word-document (.docx); open het in Word en sla het op als Word-document",
    encrypted: "is beveiligd met een wachtwoord; sla het zonder wachtwoord op en probeer opnieuw",
    "legacy-doc": "is een oud Word 97-2003-bestand (.doc); sla het op als .docx",
    "too-large": "is te groot om veilig te lezen (meer dan {mb} MB uitgepakt); is het wel een nota?",
    xml: "is beschadigd: het onderdeel {part} is geen leesbare XML (rond regel {line}); open het in Word en sla het opnieuw op",
    empty: "is leeg",
    "file-too-large": "is groter dan {mb} MB; zo groot is geen nota of brief",
    damaged: "is beschadigd: {detail}; open het in Word en sla het opnieuw op",
    "not-word":
      "is niet door Word geschreven: het onderdeel {part} bevat een DOCTYPE- of entiteitsdeclaratie, die Word nooit schrijft. Open het in Word en sla het opnieuw op",
    limit: "gaat over een grens van de assistent: {detail}. Is het wel een nota?",
    "damage:no-end-record": "het zip-bestand is niet afgesloten",
    "damage:zip64-claim": "de inhoudsopgave belooft meer dan het bestand bevat",
    "damage:too-many-entries": `het bevat meer dan ${MAX_ENTRIES} onderdelen`,
    "damage:directory-outside": "de inhoudsopgave wijst buiten het bestand",
    "damage:count-mismatch": "de inhoudsopgave telt een ander aantal onderdelen dan er staan",
    "damage:duplicate-name": "het onderdeel {entry} staat er twee keer in",
    "damage:encrypted-entry": "het onderdeel {entry} is versleuteld",
    "damage:entry-outside": "het onderdeel {entry} wijst buiten het bestand",
    "damage:size-mismatch": "het onderdeel {entry} is korter of langer dan opgegeven",
    "damage:crc-mismatch": "het onderdeel {entry} is onderweg veranderd (het controlegetal klopt niet)",
    "damage:unsupported-method": "het onderdeel {entry} is ingepakt op een manier die Word niet gebruikt",
    "damage:too-large": "het is te groot",
    "damage:bad-name": "het onderdeel {entry} heeft een naam die in een Word-document niet kan bestaan",
    "damage:local-mismatch": "de kop van het onderdeel {entry} zegt iets anders dan de inhoudsopgave",
    "damage:stream-too-long": "het onderdeel {entry} is langer dan opgegeven",
    "damage:empty-part": "het onderdeel {entry} is leeg",
    "limit:depth": "elementen in {part} zijn dieper genest dan {n} niveaus",
    "limit:paragraphs": "meer dan {n} alinea's",
    "limit:text": "meer dan {n} tekens tekst",
    "limit:unit": "een alinea of ander blok in {part} met meer dan {n} elementen",
    "empty:deleted":
      "heeft geen tekst: alles erin is verwijderd met wijzigingen bijhouden; aanvaard of weiger de wijzigingen in Word en sla het op",
    "empty:headers": "heeft alleen tekst in de kop- en voetteksten, niet in het document zelf",
    "empty:notes": "heeft alleen tekst in voetnoten of eindnoten, niet in het document zelf",
    "empty:comments": "heeft alleen tekst in opmerkingen, niet in het document zelf",
    "empty:math": "heeft geen tekst, alleen formules",
    "empty:pictures": "heeft geen tekst, alleen afbeeldingen, grafieken of objecten",
  },
  {
    "not-zip": "is not a .docx file (not a valid zip); save it from Word as a Word document (.docx)",
    "not-docx": "is not a Word document (.docx); open it in Word and save it as a Word document",
    encrypted: "is protected with a password; save it without a password and try again",
    "legacy-doc": "is an old Word 97-2003 file (.doc); save it as .docx",
    "too-large": "is too large to read safely (more than {mb} MB unpacked); is it really a nota?",
    xml: "is damaged: the part {part} is not readable XML (around line {line}); open it in Word and save it again",
    empty: "is empty",
    "file-too-large": "is larger than {mb} MB; no nota or letter is that large",
    damaged: "is damaged: {detail}; open it in Word and save it again",
    "not-word":
      "was not written by Word: the part {part} holds a DOCTYPE or entity declaration, which Word never writes. Open it in Word and save it again",
    limit: "goes beyond a limit of the assistant: {detail}. Is it really a nota?",
    "damage:no-end-record": "the zip file is not closed",
    "damage:zip64-claim": "its table of contents promises more than the file holds",
    "damage:too-many-entries": `it holds more than ${MAX_ENTRIES} parts`,
    "damage:directory-outside": "its table of contents points outside the file",
    "damage:count-mismatch": "its table of contents counts a different number of parts than there are",
    "damage:duplicate-name": "the part {entry} is in it twice",
    "damage:encrypted-entry": "the part {entry} is encrypted",
    "damage:entry-outside": "the part {entry} points outside the file",
    "damage:size-mismatch": "the part {entry} is shorter or longer than declared",
    "damage:crc-mismatch": "the part {entry} has changed on the way (its checksum does not match)",
    "damage:unsupported-method": "the part {entry} is packed in a way Word does not use",
    "damage:too-large": "it is too large",
    "damage:bad-name": "the part {entry} has a name that cannot exist in a Word document",
    "damage:local-mismatch": "the header of the part {entry} says something else than the table of contents",
    "damage:stream-too-long": "the part {entry} is longer than declared",
    "damage:empty-part": "the part {entry} is empty",
    "limit:depth": "elements in {part} nest deeper than {n} levels",
    "limit:paragraphs": "more than {n} paragraphs",
    "limit:text": "more than {n} characters of text",
    "limit:unit": "a paragraph or other block in {part} with more than {n} elements",
    "empty:deleted":
      "has no text: everything in it is deleted with track changes; accept or reject the changes in Word and save it",
    "empty:headers": "has text only in its headers and footers, not in the document itself",
    "empty:notes": "has text only in footnotes or endnotes, not in the document itself",
    "empty:comments": "has text only in comments, not in the document itself",
    "empty:math": "has no text, only equations",
    "empty:pictures": "has no text, only pictures, charts or objects",
  },
);

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSHOWN = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * A part's name as a message shows it: control characters, line breaks and the like as \uXXXX (a name is the
 * zip's text, not ours: it must not move the cursor or split the line), and no longer than 120 characters.
 */
export function shownName(name: string): string {
  const safe = name.replace(UNSHOWN, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return safe.length > 120 ? `${safe.slice(0, 119)}…` : safe;
}

/** "is beveiligd met een wachtwoord; …" — to follow the file's name. */
export function describeDocxError(error: DocxError | DocxProblem, locale: Locale): string {
  const problem = error instanceof DocxError ? error.problem : error;
  const say = translator(DOCX_ERROR_MESSAGES, locale);
  switch (problem.code) {
    case "empty":
      return problem.elsewhere ? say(`empty:${problem.elsewhere}`) : say("empty");
    case "damaged": {
      const entry = problem.entry === undefined ? "?" : shownName(problem.entry);
      return say("damaged", { detail: say(`damage:${problem.problem}`, { entry }) });
    }
    case "limit": {
      const part = shownName("part" in problem ? problem.part : "?");
      return say("limit", { detail: say(`limit:${problem.limit}`, { n: problem.max, part }) });
    }
    case "xml":
      return say("xml", {
        part: shownName(problem.part),
        line: problem.line === undefined ? "?" : String(problem.line),
      });
    case "not-word":
      return say("not-word", { part: shownName(problem.part) });
    case "too-large":
    case "file-too-large":
      // As written, not formatted for the locale (the MB figure the sentence has always shown).
      return say(problem.code, { mb: String(problem.mb) });
    default:
      return say(problem.code);
  }
}
