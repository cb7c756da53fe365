/** The command line's texts, Dutch first. */
import type { Locale } from "../i18n";

export const CLI_MESSAGES = {
  nl: {
    usage: `Gebruik:
  nota check BESTAND.docx… [--letter BRIEF.docx] [--profile PROFIEL.json] [--format text|json] [--lang nl|en]
  nota passages BRIEF.docx [--profile PROFIEL.json] [--format text|json] [--lang nl|en]
  nota template --out NOTA.docx [--lang nl|en]
  nota adopt NOTA.docx --out GEKOPPELD.docx [--lang nl|en]
  nota publish NOTA.docx --out OPENBAAR.docx [--profile PROFIEL.json] [--lang nl|en]

Afsluitcode: 0 zonder fouten, 1 bij fouten in een nota, 2 als een invoer niet te gebruiken is.`,
    unknownCommand: "onbekende opdracht '{command}'",
    unknownOption: "onbekende optie '{option}'",
    missingValue: "optie {option} heeft een waarde nodig",
    badFormat: "--format is text of json, niet '{value}'",
    badLang: "--lang is nl of en, niet '{value}'",
    noFiles: "geef minstens één .docx-bestand",
    oneFile: "geef precies één .docx-bestand",
    notFound: "bestand niet gevonden",
    notReadable: "bestand niet te lezen ({detail})",
    notReadableGeneric: "bestand niet te lezen",
    internalError:
      "de assistent liep bij dit bestand vast (een fout in de assistent, niet in het bestand); de andere bestanden zijn wel gecontroleerd. Meld dit aan de beheerders.",
    isDirectory: "is een map, geen bestand",
    notRegular: "is geen gewoon bestand (een apparaat, pijp of socket) en wordt niet gelezen",
    tooBig: "is groter dan {mb} MB; zo groot is geen nota (NOTA_MAX_MB verhoogt de grens)",
    noPermission: "geen toestemming om het bestand te lezen of te schrijven",
    diskFull: "de schijf is vol",
    readOnly: "de schijf is alleen-lezen",
    outExists: "{file} bestaat al; kies een andere naam of geef --force om het te vervangen",
    writeFailed: "{file} kon niet worden geschreven: {detail}",
    profileError: "profiel {file}: {detail}",
    letterError: "brief {file}: {detail}",
    errors: "Fouten",
    warnings: "Waarschuwingen",
    infos: "Opmerkingen",
    paragraph: "alinea {n}",
    pageHeader: "koptekst",
    page: "blz. {n}",
    block: "blok {label}",
    fix: "herstel",
    suggestion: "voorstel",
    noPassages: "Geen emancipatiepassages gevonden.",
    passagesFound: "{n, plural, one {# passage} other {# passages}} op {pages}.",
    pagesFromBreaks:
      "Let op: de paginanummers komen uit expliciete pagina-einden; het bestand bevat geen opmaak van Word. Controleer ze in Word.",
    pagesUnknown: "De paginanummers zijn onbekend.",
    sentence: "Zin voor de nota:",
    notANota: "Dit document lijkt geen nota: geen kopgegevens en geen blokken gevonden.",
    templateWritten: "Sjabloon geschreven naar {file}",
    outRequired: "geef --out NOTA.docx",
    outIsInput: "--out is het invoerbestand zelf; kies een andere naam (het origineel blijft onaangeroerd)",
    adoptNoBlocks:
      "geen nota: de assistent herkent geen blokken (Aanleiding, Geadviseerd besluit, …). Er is niets geschreven.",
    adoptNoHeader:
      "geen nota: de assistent herkent geen kopgegevens (Aan, Datum, Referentie, …). Er is niets geschreven.",
    adoptWritten: "Gekoppeld: {n, plural, one {# onderdeel} other {# onderdelen}}, geschreven naar {file}",
    adoptNothing: "Niets te koppelen: alles wat de assistent herkent is al gekoppeld. Geschreven naar {file}",
    adoptSkipped: "Niet gekoppeld (in de koptekst of verspreid over de tekst): {parts}",
    publishWritten: "Openbaarmakingsversie geschreven naar {file}",
    publishGround: "{ground}: {n} keer niet openbaar gemaakt ({places})",
    publishNothing:
      "Niets gemarkeerd of achtergehouden; opmerkingen, eigenschappen en verborgen gegevens zijn verwijderd.",
    publishRemoved:
      "Verwijderd: opmerkingen, bijgehouden wijzigingen (verwijderde tekst), verborgen tekst, veldcodes, bladwijzers, documenteigenschappen, aangepaste XML-onderdelen, ingesloten objecten.",
    publishOverlap:
      "twee markeringen overlappen met verschillende gronden ({detail}); maak er één markering van. Er is niets geschreven.",
    publishUnknown: "een markering noemt '{detail}', maar dat is geen Woo-grond. Er is niets geschreven.",
    publishLeak:
      "de openbaarmakingsversie bevatte nog achtergehouden tekst ({detail}); er is niets geschreven. Meld dit aan de beheerders.",
  },
  en: {
    usage: `Usage:
  nota check FILE.docx… [--letter LETTER.docx] [--profile PROFILE.json] [--format text|json] [--lang nl|en]
  nota passages LETTER.docx [--profile PROFILE.json] [--format text|json] [--lang nl|en]
  nota template --out NOTA.docx [--lang nl|en]
  nota adopt NOTA.docx --out ADOPTED.docx [--lang nl|en]
  nota publish NOTA.docx --out PUBLIC.docx [--profile PROFILE.json] [--lang nl|en]

Exit code: 0 without errors, 1 when a nota has errors, 2 when an input cannot be used.`,
    unknownCommand: "unknown command '{command}'",
    unknownOption: "unknown option '{option}'",
    missingValue: "option {option} needs a value",
    badFormat: "--format is text or json, not '{value}'",
    badLang: "--lang is nl or en, not '{value}'",
    noFiles: "give at least one .docx file",
    oneFile: "give exactly one .docx file",
    notFound: "file not found",
    notReadable: "file cannot be read ({detail})",
    notReadableGeneric: "file cannot be read",
    internalError:
      "the assistant failed on this file (a fault of the assistant, not of the file); the other files were checked. Please report this to the maintainers.",
    isDirectory: "is a folder, not a file",
    notRegular: "is not a regular file (a device, pipe or socket) and is not read",
    tooBig: "is larger than {mb} MB; no nota is that large (NOTA_MAX_MB raises the limit)",
    noPermission: "no permission to read or write the file",
    diskFull: "the disk is full",
    readOnly: "the disk is read-only",
    outExists: "{file} exists already; choose another name or give --force to replace it",
    writeFailed: "{file} could not be written: {detail}",
    profileError: "profile {file}: {detail}",
    letterError: "letter {file}: {detail}",
    errors: "Errors",
    warnings: "Warnings",
    infos: "Notes",
    paragraph: "paragraph {n}",
    pageHeader: "page header",
    page: "page {n}",
    block: "block {label}",
    fix: "fix",
    suggestion: "suggestion",
    noPassages: "No emancipation passages found.",
    passagesFound: "{n, plural, one {# passage} other {# passages}} on {pages}.",
    pagesFromBreaks:
      "Note: the page numbers come from explicit page breaks; the file holds no layout saved by Word. Check them in Word.",
    pagesUnknown: "The page numbers are unknown.",
    sentence: "Sentence for the nota:",
    notANota: "This document does not look like a nota: no header fields and no blocks found.",
    templateWritten: "Template written to {file}",
    outRequired: "give --out NOTA.docx",
    outIsInput: "--out is the input file itself; choose another name (the original stays untouched)",
    adoptNoBlocks:
      "not a nota: the assistant recognises no blocks (Aanleiding, Geadviseerd besluit, …). Nothing was written.",
    adoptNoHeader:
      "not a nota: the assistant recognises no header (Aan, Datum, Referentie, …). Nothing was written.",
    adoptWritten: "Adopted: {n, plural, one {# part} other {# parts}}, written to {file}",
    adoptNothing:
      "Nothing to adopt: everything the assistant recognises is adopted already. Written to {file}",
    adoptSkipped: "Not adopted (in the page header or spread over the text): {parts}",
    publishWritten: "Publication copy written to {file}",
    publishGround: "{ground}: withheld {n, plural, one {once} other {# times}} ({places})",
    publishNothing: "Nothing marked or withheld; comments, properties and hidden data were removed.",
    publishRemoved:
      "Removed: comments, tracked changes (deleted text), hidden text, field codes, bookmarks, document properties, custom XML parts, embedded objects.",
    publishOverlap:
      "two marks overlap on different grounds ({detail}); make them one mark. Nothing was written.",
    publishUnknown: "a mark names '{detail}', which is not a Woo ground. Nothing was written.",
    publishLeak:
      "the publication copy still held withheld text ({detail}); nothing was written. Please report this to the maintainers.",
  },
} satisfies Record<Locale, Record<string, string>>;

export type CliMessageId = keyof (typeof CLI_MESSAGES)["nl"];
