import { catalogue } from "../../i18n";

/** The sentences the copy itself shows where something could not be carried (in the copy's language). */
export type PlaceholderKind = "picture" | "chart" | "diagram" | "object" | "control" | "drawing" | "imported";

export const PLACEHOLDER_TEXTS = catalogue<PlaceholderKind>(
  {
    picture: "[Afbeelding niet opgenomen in de openbaarmakingsversie]",
    chart: "[Grafiek niet opgenomen in de openbaarmakingsversie]",
    diagram: "[SmartArt-afbeelding niet opgenomen in de openbaarmakingsversie]",
    object: "[Ingesloten object niet opgenomen in de openbaarmakingsversie]",
    control: "[Besturingselement niet opgenomen in de openbaarmakingsversie]",
    drawing: "[Tekening niet opgenomen in de openbaarmakingsversie]",
    imported: "[Ingevoegde inhoud niet opgenomen in de openbaarmakingsversie]",
  },
  {
    picture: "[Picture not included in the publication copy]",
    chart: "[Chart not included in the publication copy]",
    diagram: "[SmartArt graphic not included in the publication copy]",
    object: "[Embedded object not included in the publication copy]",
    control: "[Control not included in the publication copy]",
    drawing: "[Drawing not included in the publication copy]",
    imported: "[Imported content not included in the publication copy]",
  },
);

/** Where something stands, in the words the summary uses ("alinea 12", "voettekst (word/footer2.xml)"). */
export type StoryNameId = "paragraph" | "header" | "footer" | "footnotes" | "endnotes" | "document";

export const STORY_NAMES = catalogue<StoryNameId>(
  {
    paragraph: "alinea {n}",
    header: "koptekst",
    footer: "voettekst",
    footnotes: "voetnoot",
    endnotes: "eindnoot",
    document: "hoofdtekst",
  },
  {
    paragraph: "paragraph {n}",
    header: "page header",
    footer: "page footer",
    footnotes: "footnote",
    endnotes: "endnote",
    document: "body",
  },
);
