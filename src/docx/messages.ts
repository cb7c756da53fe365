/** Plain-language messages for a .docx that cannot be read, for the command line and the task pane. */
import { fill, type Catalogue, type Locale } from "../i18n";
import { DocxError, DocxErrorCode, type PackageProblem } from "./package";
import { MAX_ENTRIES, ZipProblem } from "./zip";
import type { TextElsewhere } from "./reader";

export const DOCX_ERROR_MESSAGES: Catalogue<DocxErrorCode> = {
  nl: {
    "not-zip":
      "is geen .docx-bestand (geen geldig zip-bestand); sla het in Word op als Word-document (.docx)",
    "not-docx": "is geen Word-document (.docx); open het in Word en sla het op als Word-document",
    encrypted: "is beveiligd met een wachtwoord; sla het zonder wachtwoord op en probeer opnieuw",
    "legacy-doc": "is een oud Word 97-2003-bestand (.doc); sla het op als .docx",
    "too-large": "is te groot om veilig te lezen (meer dan {detail} MB uitgepakt); is het wel een nota?",
    xml: "is beschadigd: het onderdeel {part} is geen leesbare XML (rond regel {line}); open het in Word en sla het opnieuw op",
    empty: "is leeg",
    "file-too-large": "is groter dan {detail} MB; zo groot is geen nota of brief",
    damaged: "is beschadigd: {detail}; open het in Word en sla het opnieuw op",
    "not-word":
      "is niet door Word geschreven: het onderdeel {part} bevat een DOCTYPE- of entiteitsdeclaratie, die Word nooit schrijft. Open het in Word en sla het opnieuw op",
    limit: "gaat over een grens van de assistent: {detail}. Is het wel een nota?",
  },
  en: {
    "not-zip": "is not a .docx file (not a valid zip); save it from Word as a Word document (.docx)",
    "not-docx": "is not a Word document (.docx); open it in Word and save it as a Word document",
    encrypted: "is protected with a password; save it without a password and try again",
    "legacy-doc": "is an old Word 97-2003 file (.doc); save it as .docx",
    "too-large": "is too large to read safely (more than {detail} MB unpacked); is it really a nota?",
    xml: "is damaged: the part {part} is not readable XML (around line {line}); open it in Word and save it again",
    empty: "is empty",
    "file-too-large": "is larger than {detail} MB; no nota or letter is that large",
    damaged: "is damaged: {detail}; open it in Word and save it again",
    "not-word":
      "was not written by Word: the part {part} holds a DOCTYPE or entity declaration, which Word never writes. Open it in Word and save it again",
    limit: "goes beyond a limit of the assistant: {detail}. Is it really a nota?",
  },
};

/** What is wrong with a damaged zip, in plain words ({entry}: the part concerned). */
const ZIP_DAMAGE: Catalogue<ZipProblem | PackageProblem> = {
  nl: {
    "no-end-record": "het zip-bestand is niet afgesloten",
    "zip64-claim": "de inhoudsopgave belooft meer dan het bestand bevat",
    "too-many-entries": `het bevat meer dan ${MAX_ENTRIES} onderdelen`,
    "directory-outside": "de inhoudsopgave wijst buiten het bestand",
    "count-mismatch": "de inhoudsopgave telt een ander aantal onderdelen dan er staan",
    "duplicate-name": "het onderdeel {entry} staat er twee keer in",
    "encrypted-entry": "het onderdeel {entry} is versleuteld",
    "entry-outside": "het onderdeel {entry} wijst buiten het bestand",
    "size-mismatch": "het onderdeel {entry} is korter of langer dan opgegeven",
    "crc-mismatch": "het onderdeel {entry} is onderweg veranderd (het controlegetal klopt niet)",
    "unsupported-method": "het onderdeel {entry} is ingepakt op een manier die Word niet gebruikt",
    "too-large": "het is te groot",
    "bad-name": "het onderdeel {entry} heeft een naam die in een Word-document niet kan bestaan",
    "local-mismatch": "de kop van het onderdeel {entry} zegt iets anders dan de inhoudsopgave",
    "stream-too-long": "het onderdeel {entry} is langer dan opgegeven",
    "empty-part": "het onderdeel {entry} is leeg",
  },
  en: {
    "no-end-record": "the zip file is not closed",
    "zip64-claim": "its table of contents promises more than the file holds",
    "too-many-entries": `it holds more than ${MAX_ENTRIES} parts`,
    "directory-outside": "its table of contents points outside the file",
    "count-mismatch": "its table of contents counts a different number of parts than there are",
    "duplicate-name": "the part {entry} is in it twice",
    "encrypted-entry": "the part {entry} is encrypted",
    "entry-outside": "the part {entry} points outside the file",
    "size-mismatch": "the part {entry} is shorter or longer than declared",
    "crc-mismatch": "the part {entry} has changed on the way (its checksum does not match)",
    "unsupported-method": "the part {entry} is packed in a way Word does not use",
    "too-large": "it is too large",
    "bad-name": "the part {entry} has a name that cannot exist in a Word document",
    "local-mismatch": "the header of the part {entry} says something else than the table of contents",
    "stream-too-long": "the part {entry} is longer than declared",
    "empty-part": "the part {entry} is empty",
  },
};

/** The limits the reader enforces, named. */
type LimitKind = "depth" | "paragraphs" | "text" | "unit";
const LIMITS: Catalogue<LimitKind> = {
  nl: {
    depth: "elementen in {part} zijn dieper genest dan {n} niveaus",
    paragraphs: "meer dan {n} alinea's",
    text: "meer dan {n} tekens tekst",
    unit: "een alinea of ander blok in {part} met meer dan {n} elementen",
  },
  en: {
    depth: "elements in {part} nest deeper than {n} levels",
    paragraphs: "more than {n} paragraphs",
    text: "more than {n} characters of text",
    unit: "a paragraph or other block in {part} with more than {n} elements",
  },
};

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

/** What an empty body's document holds instead, said in place of "is leeg". */
const ELSEWHERE: Catalogue<TextElsewhere> = {
  nl: {
    deleted:
      "heeft geen tekst: alles erin is verwijderd met wijzigingen bijhouden; aanvaard of weiger de wijzigingen in Word en sla het op",
    headers: "heeft alleen tekst in de kop- en voetteksten, niet in het document zelf",
    notes: "heeft alleen tekst in voetnoten of eindnoten, niet in het document zelf",
    comments: "heeft alleen tekst in opmerkingen, niet in het document zelf",
    math: "heeft geen tekst, alleen formules",
    pictures: "heeft geen tekst, alleen afbeeldingen, grafieken of objecten",
  },
  en: {
    deleted:
      "has no text: everything in it is deleted with track changes; accept or reject the changes in Word and save it",
    headers: "has text only in its headers and footers, not in the document itself",
    notes: "has text only in footnotes or endnotes, not in the document itself",
    comments: "has text only in comments, not in the document itself",
    math: "has no text, only equations",
    pictures: "has no text, only pictures, charts or objects",
  },
};

/** "is beveiligd met een wachtwoord; …" — to follow the file's name. */
export function describeDocxError(err: DocxError, locale: Locale): string {
  if (err.code === "empty" && err.detail && Object.hasOwn(ELSEWHERE[locale], err.detail))
    return ELSEWHERE[locale][err.detail as TextElsewhere];
  let detail = err.detail ?? "?";
  const [first, second, third] = detail.split("|");
  if (err.code === "damaged") {
    // The entry is everything after the first bar (a name may hold one).
    const bar = detail.indexOf("|");
    const entry = bar < 0 ? "?" : shownName(detail.slice(bar + 1));
    detail = fill(ZIP_DAMAGE[locale][first as ZipProblem] ?? first, { entry }, locale);
  }
  if (err.code === "limit")
    detail = fill(
      LIMITS[locale][first as LimitKind] ?? first,
      { n: second ? Number(second) : "?", part: shownName(third ?? "?") },
      locale,
    );
  return fill(
    DOCX_ERROR_MESSAGES[locale][err.code],
    { detail, part: shownName(first ?? "?"), line: second ?? "?" },
    locale,
  );
}
