/** What the person reads when a Word operation fails: what happened and what to do. */
import { catalogue } from "../i18n";

export type WordErrorCode =
  | "not-found"
  | "stale"
  | "not-allowed"
  | "edit-mode"
  | "unsupported"
  | "field-missing"
  | "block-missing"
  | "not-a-nota"
  | "no-selection"
  | "publish-refused"
  | "too-large"
  | "file-unavailable"
  | "search-failed"
  | "comments-left"
  | "diagnostics-not-blank"
  | "mark-refused"
  | "adopt-refused"
  | "search-dialog-open"
  | "unavailable"
  | "web-new-document"
  | "web-publish-copy"
  | "general";

export const WORD_ERROR_MESSAGES = catalogue<WordErrorCode>(
  {
    "not-found": "Word vond het onderdeel niet meer. Lees het document opnieuw in en probeer het nog eens.",
    stale: "Deze plek bestaat niet meer: de tekst is intussen gewijzigd. De lijst wordt opnieuw ingelezen.",
    "not-allowed":
      "Word staat deze wijziging niet toe. Is het document beveiligd, alleen-lezen of staan wijzigingen bijhouden en beperkingen aan? Hef de beveiliging op en probeer het opnieuw.",
    "edit-mode": "Het document staat in de leesweergave. Kies 'Bewerken' in Word en probeer het opnieuw.",
    unsupported: "Deze versie van Word kan dit niet. Werk Word bij of gebruik Word voor Windows of Mac.",
    "field-missing":
      "Dit veld staat niet als invulveld in het document. Voeg eerst de nota in met 'Nota invoegen', of pas de kop zelf aan.",
    "block-missing": "Het blok staat niet in het document. Voeg het blok eerst toe.",
    "not-a-nota":
      "De assistent herkent in dit document geen nota (geen kopgegevens of geen blokken als Aanleiding). Er is niets gekoppeld.",
    "no-selection": "Selecteer eerst in het document de tekst die niet openbaar mag worden.",
    "publish-refused":
      "De openbaarmakingsversie is niet gemaakt: twee markeringen overlappen met verschillende gronden, of een markering noemt geen Woo-grond. Zie het tabblad Controle.",
    "too-large": "Het document is te groot om in één keer te verwerken. Sla het op en probeer het opnieuw.",
    "search-failed":
      "Word kon deze tekst niet zoeken (te lang of met tekens die Word niet zoekt). Ga er zelf naartoe in het document en pas het daar aan.",
    "mark-refused":
      "Word kan hier geen markering plaatsen: de selectie loopt over cellen van een tabel of over de rand van een ander invulveld. Selecteer alleen tekst binnen één cel of één veld en probeer het opnieuw.",
    "adopt-refused":
      "Word kon de onderdelen van deze nota niet als invulvelden koppelen (ze lopen over tabelcellen of over andere invulvelden heen). Er is niets gewijzigd.",
    "diagnostics-not-blank":
      "De diagnose werkt alleen in een nieuw, leeg document: ze schrijft er proefteksten in. Open een leeg document en start de diagnose daar.",
    "comments-left":
      "Niet alle opmerkingen van de assistent konden worden verwijderd; de andere wel. Verwijder de overgebleven opmerkingen in Word zelf (Controleren > Verwijderen).",
    "search-dialog-open":
      "Het venster Zoeken en vervangen van Word is open. Sluit het en probeer het opnieuw.",
    "file-unavailable":
      "Word kon het document niet ophalen: een netwerkprobleem (fout 11001). Controleer de verbinding, sla het document op en probeer het over een minuut opnieuw.",
    unavailable: "Word reageert niet. Wacht even en probeer het opnieuw.",
    "web-new-document":
      "Word op het web kan hier geen nieuw document openen (het komt in uw OneDrive en kan dit tabblad vervangen). Voeg de nota in aan het begin, of open zelf een leeg document en voeg hem daar in.",
    "web-publish-copy":
      "Word op het web kan de openbaarmakingsversie niet als nieuw document openen (het komt in uw OneDrive en kan dit tabblad vervangen). Maak de versie in de bureaublad-app: Bewerken > Openen in bureaublad-app.",
    general:
      "Word kon de opdracht niet uitvoeren. Probeer het opnieuw; helpt dat niet, sla het document op en open het opnieuw.",
  },
  {
    "not-found": "Word no longer finds that part. Read the document again and retry.",
    stale: "That place no longer exists: the text has changed. The list is read again.",
    "not-allowed":
      "Word does not allow this change. Is the document protected, read-only or restricted? Remove the protection and try again.",
    "edit-mode": "The document is in reading view. Choose 'Edit' in Word and try again.",
    unsupported: "This version of Word cannot do this. Update Word or use Word for Windows or Mac.",
    "field-missing":
      "This field is not a fill-in field in the document. Insert the nota first with 'Insert nota', or edit the header yourself.",
    "block-missing": "The block is not in the document. Add the block first.",
    "not-a-nota":
      "The assistant finds no nota in this document (no header, or no blocks such as Aanleiding). Nothing was adopted.",
    "no-selection": "First select the text in the document that must not be published.",
    "publish-refused":
      "The publication copy was not made: two marks overlap on different grounds, or a mark names no Woo ground. See the Controle tab.",
    "too-large": "The document is too large to process at once. Save it and try again.",
    "search-failed":
      "Word could not search for this text (too long, or with characters Word does not search for). Go there in the document and change it yourself.",
    "mark-refused":
      "Word cannot place a mark here: the selection runs across table cells or over the edge of another field. Select text within one cell or one field and try again.",
    "adopt-refused":
      "Word could not link the parts of this nota as fields (they run across table cells or over other fields). Nothing was changed.",
    "diagnostics-not-blank":
      "The diagnostics only run in a new, blank document: they write test text into it. Open a blank document and start them there.",
    "comments-left":
      "Not all of the assistant's comments could be removed; the others were. Remove the remaining ones in Word itself (Review > Delete).",
    "search-dialog-open": "Word's Find and Replace dialog is open. Close it and try again.",
    "file-unavailable":
      "Word could not fetch the document: a network problem (error 11001). Check the connection, save the document and try again in a minute.",
    unavailable: "Word does not respond. Wait a moment and try again.",
    "web-new-document":
      "Word on the web cannot open a new document from here (it goes to your OneDrive and may replace this tab). Insert the nota at the start, or open a blank document yourself and insert it there.",
    "web-publish-copy":
      "Word on the web cannot open the publication copy as a new document (it goes to your OneDrive and may replace this tab). Make the copy in the desktop app: Editing > Open in Desktop App.",
    general:
      "Word could not carry out the command. Try again; if that does not help, save the document and open it again.",
  },
);
