/** The preview harness's own texts (the pane's come from src/taskpane/messages.ts). */
export const PREVIEW_MESSAGES = {
  nl: {
    banner: "Voorbeeld zonder Word — gesimuleerd document",
    bannerDetail:
      "Links een nagebootst Word-document (de Word-dubbel), rechts het echte taakvenster. Sleep een .docx hierheen om dat te laden. Tekst is te bewerken; klik daarna buiten de alinea.",
    library:
      "Het taakvenster spreekt het document aan via Microsofts eigen Word-bibliotheek (word-web-16.00.js uit npm). Die versie kent geen aangepaste XML-onderdelen, alinea-gebeurtenissen en paginanummers: de afstemmingsgegevens, of wijzigingen worden bijgehouden, opmerkingen, de controle tijdens het typen (met de alinea's die ze opnieuw leest) en de bladzijden gaan daarom rechtstreeks naar de dubbel (?word=library: alles via de bibliotheek).",
    libraryOnly:
      "Alles gaat via Microsofts eigen Word-bibliotheek (word-web-16.00.js uit npm). Wat die versie niet kent (aangepaste XML-onderdelen, opmerkingen, alinea-gebeurtenissen, paginanummers) laat het taakvenster weg, zoals in een Word zonder die functies.",
    document: "Gesimuleerd document",
    pane: "Taakvenster",
    dropped: "Geladen: {name} ({n, plural, one {# alinea} other {# alinea's}})",
    dropReading: "{name} wordt gelezen…",
    notANota:
      "{name} lijkt geen nota (geen kopgegevens en geen blokken), misschien de brief. De nota blijft staan; kies de brief in Controle bij Emancipatie met 'Brief kiezen'. Of open het bestand toch als document.",
    openAnyway: "Toch als document openen",
    keep: "De nota houden",
    dropFailed: "{name} kon niet worden geladen: {detail}",
    comment: "Opmerking",
    pageHeader: "Koptekst",
    created: "Nieuw document dat de invoegtoepassing maakte",
  },
  en: {
    banner: "Preview without Word — simulated document",
    bannerDetail:
      "On the left a simulated Word document (the Word double), on the right the real task pane. Drop a .docx here to load it. Text is editable; click outside the paragraph afterwards.",
    library:
      "The task pane reaches the document through Microsoft's own Word library (word-web-16.00.js from npm). That version has no custom XML parts, paragraph events or page numbers: the afstemming record, whether changes are tracked, comments, the check while typing (with the paragraphs it re-reads) and the pages therefore go to the double directly (?word=library: everything through the library).",
    libraryOnly:
      "Everything goes through Microsoft's own Word library (word-web-16.00.js from npm). What that version lacks (custom XML parts, comments, paragraph events, page numbers) the task pane leaves out, as in a Word without those features.",
    document: "Simulated document",
    pane: "Task pane",
    dropped: "Loaded: {name} ({n, plural, one {# paragraph} other {# paragraphs}})",
    dropReading: "Reading {name}…",
    notANota:
      "{name} does not look like a nota (no header and no blocks), perhaps the letter. The nota stays; pick the letter in Check under Emancipation with 'Choose letter'. Or open the file as the document anyway.",
    openAnyway: "Open as the document anyway",
    keep: "Keep the nota",
    dropFailed: "{name} could not be loaded: {detail}",
    comment: "Comment",
    pageHeader: "Page header",
    created: "New document the add-in made",
  },
};
