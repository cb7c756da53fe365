/** The command line's texts, Dutch first. */
import { catalogue } from "../i18n";

const nl = {
  usageHead: `Gebruik: nota OPDRACHT [opties]

Opdrachten:`,
  usageTail: `Algemene opties:
  -h, --help     deze hulp; nota OPDRACHT --help geeft de hulp bij één opdracht
  --version      het versienummer
  --lang nl|en   taal van de uitvoer (of NOTA_LANG)

Afsluitcode: 0 zonder fouten, 1 bij fouten in een nota, 2 als een invoer niet te gebruiken is.`,
  synopsisCheck: "check BESTAND.docx|MAP…",
  summaryCheck: "nota's controleren (een map: elk .docx-bestand erin, ook in submappen)",
  synopsisPassages: "passages BRIEF.docx",
  summaryPassages: "de emancipatiepassages van een brief, met paginanummers",
  synopsisTemplate: "template --out NOTA.docx",
  summaryTemplate: "het sjabloon van de nota schrijven",
  synopsisAdopt: "adopt NOTA.docx --out …",
  summaryAdopt: "een nota van elders koppelen (velden en blokken markeren)",
  synopsisPublish: "publish NOTA.docx --out …",
  summaryPublish: "de openbaarmakingsversie maken (Woo)",
  helpCheck: `Gebruik: nota check BESTAND.docx|MAP… [opties]

Controleert nota's op de regels van het profiel. Een map wordt doorzocht op .docx-bestanden (ook submappen,
op naam gesorteerd; tijdelijke bestanden van Word, ~$….docx, niet).

Opties:
  --letter BRIEF.docx    de brief bij de nota (voor de emancipatieregels)
  --profile ID|PROFIEL.json
                         het profiel: een ingebouwd (ocw, bzk, jenv, defensie, lvvn, az) of een bestand;
                         zonder: NOTA_PROFILE (de instelling van de organisatie), anders per nota
                         afgeleid uit Aan of het kenmerk (standaard: OCW)
  -f, --format text|json|html
                         uitvoer als tekst (standaard), JSON, of een HTML-rapport (met --out)
  -o, --out BESTAND      schrijf de uitvoer naar een bestand (nodig bij html)
  --force                vervang --out als het al bestaat
  -q, --quiet            alleen fouten, geen waarschuwingen en opmerkingen
  --max-warnings N       afsluitcode 1 bij meer dan N waarschuwingen
  --color, --no-color    kleur aan of uit (standaard: aan op een terminal, uit met NO_COLOR)
  --lang nl|en           taal van de uitvoer`,
  helpPassages: `Gebruik: nota passages BRIEF.docx [opties]

Zoekt de emancipatiepassages van een brief, met paginanummers, en geeft de zin voor de nota.

Opties:
  --profile PROFIEL.json het profiel van het ministerie (standaard: OCW)
  -f, --format text|json uitvoer als tekst (standaard) of JSON
  --lang nl|en           taal van de uitvoer`,
  helpTemplate: `Gebruik: nota template --out NOTA.docx [opties]

Schrijft het sjabloon van de nota: kopgegevens, titel en de blokken die de soort nota vraagt.

Opties:
  -o, --out NOTA.docx    het bestand om te schrijven
  --kind SOORT           beslisnota (alle blokken) of informatienota (zonder Geadviseerd besluit)
  --profile ID|PROFIEL.json
                         het profiel (ocw, bzk, jenv, defensie, lvvn, az): de labels en de soorten
  --force                vervang het als het al bestaat
  --lang nl|en           taal van de aanwijzingen in het sjabloon`,
  helpAdopt: `Gebruik: nota adopt NOTA.docx --out GEKOPPELD.docx [opties]

Koppelt een nota van elders: markeert de kopgegevens, de titel en de blokken die de assistent herkent, zodat
het taakvenster ermee kan werken. Het origineel blijft onaangeroerd.

Opties:
  -o, --out BESTAND      het bestand om te schrijven
  --force                vervang het als het al bestaat
  --lang nl|en           taal van de uitvoer`,
  helpPublish: `Gebruik: nota publish NOTA.docx --out OPENBAAR.docx [opties]

Maakt de openbaarmakingsversie: een nieuw document met alleen de tekst, opmaak en afbeeldingen die
een gepubliceerde nota nodig heeft; gemarkeerde passages en velden worden vervangen door hun Woo-grond.
Noemt wat op persoonsgegevens lijkt en niet gemarkeerd is, met de plek.

Opties:
  --profile PROFIEL.json het profiel (welke velden onder welke grond vallen)
  -o, --out BESTAND      het bestand om te schrijven
  --force                vervang het als het al bestaat
  --strict               schrijf niets zolang er niet-gemarkeerde persoonsgegevens zijn
  --inventory LIJST.csv  voeg een rij toe aan de inventarislijst (.csv of .json)
  --lang nl|en           taal van de uitvoer (de kopie en de kolommen en waarden van de
                         inventarislijst blijven zoals de Woo ze heeft: Nederlands)`,
  seeHelp: "zie nota {command} --help",
  didYouMean: "bedoelt u 'nota {command}'? Zie nota --help voor alle opdrachten",
  field: "veld {label}",
  purposeLine: "doelregel",
  badMaxWarnings: "--max-warnings is een geheel getal van 0 of meer, niet '{value}'",
  tooManyWarnings:
    "{n, plural, one {# waarschuwing} other {# waarschuwingen}}; ten hoogste {max} toegestaan (--max-warnings)",
  htmlNeedsOut: "een HTML-rapport gaat naar een bestand: geef --out RAPPORT.html",
  textNoOut: "tekst gaat naar het scherm; --out is voor --format json of html",
  reportWritten: "Rapport geschreven naar {file}",
  folderEmpty: "bevat geen .docx-bestanden",
  formatNotHere: "--format {value} kan niet bij {command}",
  unknownCommand: "onbekende opdracht '{command}'",
  unknownOption: "onbekende optie '{option}'",
  missingValue: "optie {option} heeft een waarde nodig",
  badFormat: "--format is text, json of html, niet '{value}'",
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
  profileUnknown: "profiel {file}: geen ingebouwd profiel ({known}) en geen bestand",
  badKind: "--kind {value} is geen soort nota van dit profiel; wel: {known}",
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
  notANota:
    "Dit document lijkt geen nota: geen doelregel, geen blokken (Aanleiding, Geadviseerd besluit, …) en geen Aan en Van gevonden.",
  suppressedLine: "geaccepteerd: {message} [{rule}]{who}",
  suppressedBy: " — {by}",
  suppressedReason: ": {reason}",
  totals:
    "{n, plural, one {# nota} other {# nota's}} gecontroleerd{notANota, plural, =0 {} one {, # geen nota} other {, # geen nota}}{unusable, plural, =0 {} one {, # niet te gebruiken} other {, # niet te gebruiken}}.",
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
    "Niet overgenomen: opmerkingen, bijgehouden wijzigingen (verwijderde tekst), verborgen tekst, veldcodes, bladwijzers, documenteigenschappen, aangepaste XML-onderdelen, miniatuur, metagegevens van afbeeldingen.",
  publishPlaceholder: "Vervangen door een zin: {kind} ({place})",
  publishUnmarkedHeading:
    "Lijkt op persoonsgegevens en is niet gemarkeerd ({n}); controleer en markeer wat niet openbaar mag:",
  publishUnmarked: "{kind} “{text}” ({place})",
  publishStrict:
    "{n, plural, one {# mogelijk persoonsgegeven is} other {# mogelijke persoonsgegevens zijn}} niet gemarkeerd (--strict). Markeer ze met Niet openbaar maken, of maak de kopie zonder --strict. Er is niets geschreven.",
  publishInventory: "Rij toegevoegd aan de inventarislijst {file}",
  badInventory: "--inventory is een .csv- of .json-bestand, niet '{value}'",
  inventoryNotList:
    "de inventarislijst {file} is geen JSON-lijst; kies een ander bestand. Er is niets geschreven.",
  inventoryColumns:
    "de inventarislijst {file} heeft andere kolommen dan Document, Titel, Datum, Beoordeling, Weigeringsgronden; kies een ander bestand. Er is niets geschreven.",
  inventoryUnreadable: "de inventarislijst {file} kan niet gelezen worden. Er is niets geschreven.",
  phPicture: "afbeelding",
  phChart: "grafiek",
  phDiagram: "SmartArt",
  phObject: "ingesloten object",
  phControl: "besturingselement",
  phDrawing: "tekening",
  phImported: "ingevoegde inhoud",
  publishOverlap:
    "twee markeringen overlappen met verschillende gronden ({detail}); maak er één markering van. Er is niets geschreven.",
  publishUnknown: "een markering noemt '{detail}', maar dat is geen Woo-grond. Er is niets geschreven.",
  publishLeak:
    "de tekst die niet openbaar mag staat nog in {detail} van de kopie; er is niets geschreven. Markeer die tekst ook daar in het origineel (of verwijder hem daar) en maak de kopie opnieuw.",
};

export type CliMessageId = keyof typeof nl;

export const CLI_MESSAGES = catalogue<CliMessageId>(nl, {
  usageHead: `Usage: nota COMMAND [options]

Commands:`,
  usageTail: `General options:
  -h, --help     this help; nota COMMAND --help gives one command's help
  --version      the version number
  --lang nl|en   language of the output (or NOTA_LANG)

Exit code: 0 without errors, 1 when a nota has errors, 2 when an input cannot be used.`,
  synopsisCheck: "check FILE.docx|FOLDER…",
  summaryCheck: "check notas (a folder: every .docx in it, subfolders too)",
  synopsisPassages: "passages LETTER.docx",
  summaryPassages: "a letter's emancipation passages, with page numbers",
  synopsisTemplate: "template --out NOTA.docx",
  summaryTemplate: "write the nota's template",
  synopsisAdopt: "adopt NOTA.docx --out …",
  summaryAdopt: "adopt a nota made elsewhere (mark its fields and blocks)",
  synopsisPublish: "publish NOTA.docx --out …",
  summaryPublish: "make the publication copy (Woo)",
  helpCheck: `Usage: nota check FILE.docx|FOLDER… [options]

Checks notas against the profile's rules. A folder is searched for .docx files (subfolders too, sorted by
name; Word's temporary files, ~$….docx, are skipped).

Options:
  --letter LETTER.docx   the letter the nota is about (for the emancipation rules)
  --profile ID|PROFILE.json
                         the profile: a built-in one (ocw, bzk, jenv, defensie, lvvn, az) or a file;
                         without: NOTA_PROFILE (the organisation's setting), else inferred per
                         nota from Aan or the reference (default: OCW)
  -f, --format text|json|html
                         output as text (default), JSON, or an HTML report (with --out)
  -o, --out FILE         write the output to a file (needed for html)
  --force                replace --out when it exists
  -q, --quiet            errors only, no warnings or notes
  --max-warnings N       exit 1 when there are more than N warnings
  --color, --no-color    colour on or off (default: on a terminal, off with NO_COLOR)
  --lang nl|en           language of the output`,
  helpPassages: `Usage: nota passages LETTER.docx [options]

Finds a letter's emancipation passages, with page numbers, and gives the sentence for the nota.

Options:
  --profile PROFILE.json the ministry's profile (default: OCW)
  -f, --format text|json output as text (default) or JSON
  --lang nl|en           language of the output`,
  helpTemplate: `Usage: nota template --out NOTA.docx [options]

Writes the nota's template: header, title and the blocks its kind needs.

Options:
  -o, --out NOTA.docx    the file to write
  --kind KIND            beslisnota (every block) or informatienota (no Geadviseerd besluit)
  --profile ID|PROFILE.json
                         the profile (ocw, bzk, jenv, defensie, lvvn, az): its labels and kinds
  --force                replace it when it exists
  --lang nl|en           language of the template's guidance`,
  helpAdopt: `Usage: nota adopt NOTA.docx --out ADOPTED.docx [options]

Adopts a nota made elsewhere: marks the header fields, the title and the blocks the assistant recognises, so
that the task pane can work with them. The original stays untouched.

Options:
  -o, --out FILE         the file to write
  --force                replace it when it exists
  --lang nl|en           language of the output`,
  helpPublish: `Usage: nota publish NOTA.docx --out PUBLIC.docx [options]

Makes the publication copy: a new document with only the text, formatting and pictures a published
nota needs; marked passages and fields are replaced by their Woo ground. Lists what looks like personal
data and is not marked, with its place.

Options:
  --profile PROFILE.json the profile (which fields fall under which ground)
  -o, --out FILE         the file to write
  --force                replace it when it exists
  --strict               write nothing while personal data is left unmarked
  --inventory LIST.csv   add a row to the inventory list (.csv or .json)
  --lang nl|en           language of the output (the copy and the inventory list's
                         columns and values stay as the Woo has them: Dutch)`,
  seeHelp: "see nota {command} --help",
  didYouMean: "did you mean 'nota {command}'? See nota --help for every command",
  field: "field {label}",
  purposeLine: "purpose line",
  badMaxWarnings: "--max-warnings is a whole number of 0 or more, not '{value}'",
  tooManyWarnings: "{n, plural, one {# warning} other {# warnings}}; at most {max} allowed (--max-warnings)",
  htmlNeedsOut: "an HTML report goes to a file: give --out REPORT.html",
  textNoOut: "text goes to the screen; --out is for --format json or html",
  reportWritten: "Report written to {file}",
  folderEmpty: "holds no .docx files",
  formatNotHere: "--format {value} is not available with {command}",
  unknownCommand: "unknown command '{command}'",
  unknownOption: "unknown option '{option}'",
  missingValue: "option {option} needs a value",
  badFormat: "--format is text, json or html, not '{value}'",
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
  profileUnknown: "profile {file}: no built-in profile ({known}) and no file",
  badKind: "--kind {value} is not a kind of nota in this profile; kinds: {known}",
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
  notANota:
    "This document does not look like a nota: no purpose line, no blocks (Aanleiding, Geadviseerd besluit, …) and no Aan and Van found.",
  suppressedLine: "accepted: {message} [{rule}]{who}",
  suppressedBy: " — {by}",
  suppressedReason: ": {reason}",
  totals:
    "{n, plural, one {# nota} other {# notas}} checked{notANota, plural, =0 {} one {, # not a nota} other {, # not notas}}{unusable, plural, =0 {} one {, # unusable} other {, # unusable}}.",
  templateWritten: "Template written to {file}",
  outRequired: "give --out NOTA.docx",
  outIsInput: "--out is the input file itself; choose another name (the original stays untouched)",
  adoptNoBlocks:
    "not a nota: the assistant recognises no blocks (Aanleiding, Geadviseerd besluit, …). Nothing was written.",
  adoptNoHeader:
    "not a nota: the assistant recognises no header (Aan, Datum, Referentie, …). Nothing was written.",
  adoptWritten: "Adopted: {n, plural, one {# part} other {# parts}}, written to {file}",
  adoptNothing: "Nothing to adopt: everything the assistant recognises is adopted already. Written to {file}",
  adoptSkipped: "Not adopted (in the page header or spread over the text): {parts}",
  publishWritten: "Publication copy written to {file}",
  publishGround: "{ground}: withheld {n, plural, one {once} other {# times}} ({places})",
  publishNothing: "Nothing marked or withheld; comments, properties and hidden data were removed.",
  publishRemoved:
    "Not carried over: comments, tracked changes (deleted text), hidden text, field codes, bookmarks, document properties, custom XML parts, the thumbnail, picture metadata.",
  publishPlaceholder: "Replaced by a sentence: {kind} ({place})",
  publishUnmarkedHeading:
    "Looks like personal data and is not marked ({n}); check it and mark what must not be published:",
  publishUnmarked: "{kind} “{text}” ({place})",
  publishStrict:
    "{n, plural, one {# possible piece of personal data is} other {# possible pieces of personal data are}} not marked (--strict). Mark them with Niet openbaar maken, or make the copy without --strict. Nothing was written.",
  publishInventory: "Row added to the inventory list {file}",
  badInventory: "--inventory is a .csv or .json file, not '{value}'",
  inventoryNotList: "the inventory list {file} is not a JSON list; choose another file. Nothing was written.",
  inventoryColumns:
    "the inventory list {file} has other columns than Document, Titel, Datum, Beoordeling, Weigeringsgronden; choose another file. Nothing was written.",
  inventoryUnreadable: "the inventory list {file} cannot be read. Nothing was written.",
  phPicture: "picture",
  phChart: "chart",
  phDiagram: "SmartArt",
  phObject: "embedded object",
  phControl: "control",
  phDrawing: "drawing",
  phImported: "imported content",
  publishOverlap:
    "two marks overlap on different grounds ({detail}); make them one mark. Nothing was written.",
  publishUnknown: "a mark names '{detail}', which is not a Woo ground. Nothing was written.",
  publishLeak:
    "the withheld text is still in {detail} of the copy; nothing was written. Mark that text there in the original as well (or remove it there) and make the copy again.",
});
