/**
 * The leak corpus: one nota per class of place a publication copy has leaked from (issue 15's list), written in
 * the shapes Word writes. Each has a secret that is marked, a copy of it elsewhere in another form, and people
 * (authors, revisers, commenters) nobody marked; `kept` is text that must still be there word for word.
 */
import { strToU8 } from "fflate";
import {
  HEADER_LINES,
  STORY_CT,
  STYLES,
  del,
  docxPackage,
  field,
  heading,
  ins,
  jpegWithMetadata,
  mark,
  p,
  picture,
  pngWithMetadata,
  r,
  storyPart,
  textBox,
} from "./build";

export interface LeakCase {
  name: string;
  docx: Uint8Array;
  /** Must be in no part of the copy, in no form. */
  secrets: string[];
  /** The document's own people: not carried (unless in the text, where they are listed as unmarked). */
  people: string[];
  /** Text that must be in the copy's text as it was. */
  kept: string[];
  /**
   * How many places withheld the summary must count, over all grounds: the Van field, each paragraph of a mark
   * the reader reads (body, first page's header), each mark in the other stories.
   */
  marks: number;
  /** Placeholders the copy must show (by kind). */
  placeholders?: string[];
}

const FOOT = '<w:r><w:rPr><w:rStyle w:val="Voetnootmarkering"/></w:rPr><w:footnoteReference w:id="1"/></w:r>';

const intro = (more = "") =>
  HEADER_LINES() + heading("Aanleiding") + p(r("Dit is de aanleiding van de nota.")) + more;
const outro = heading("Geadviseerd besluit") + p(r("U wordt geadviseerd akkoord te gaan."));

export function leakCases(): LeakCase[] {
  const cases: LeakCase[] = [];

  // 1. Copies that differ in form only: capitals, NFD, spaces, soft hyphen, zero-width, a break, a tab, Word's
  // non-breaking hyphen, an equation in the middle.
  {
    const secret = "Zoë Zwaneveld-Bakker";
    cases.push({
      name: "forms",
      docx: docxPackage({
        body:
          intro(
            p(r("Het gesprek met ") + mark("5.1.2e", r(secret)) + r(" was nuttig.")) +
              p(r("Zie ook ZOË ZWANEVELD-BAKKER en zoe\u0308 zwaneveld-bakker.")) +
              p(r("Met Zoë\u00A0Zwaneveld\u2011Bakker en Zoë  Zwane\u00ADveld-Bak\u200Bker.")) +
              p(
                r("Gebeld: Zoë") +
                  "<w:r><w:br/></w:r>" +
                  r("Zwaneveld") +
                  "<w:r><w:noBreakHyphen/></w:r>" +
                  r("Bakker."),
              ) +
              p(r("Getabd: Zoë") + "<w:r><w:tab/></w:r>" + r("Zwaneveld-Bakker.")) +
              p(r("Formule: Zoë ") + `<m:oMath><m:r><m:t>Zwaneveld</m:t></m:r></m:oMath>` + r("-Bakker.")),
          ) + outro,
      }),
      secrets: [secret, "Zwaneveld"],
      people: ["Piet Schrijver"],
      kept: [
        "Dit is de aanleiding van de nota.",
        "U wordt geadviseerd akkoord te gaan.",
        "Het gesprek met 5.1.2e was nuttig.",
      ],
      marks: 2,
    });
  }

  // 2. Marks in every story: a first-page header and the default one, a later section's header and footer,
  // a footnote, an endnote, a text box in the body and one in a footer with a page number.
  {
    const s = {
      first: "Gerarda Hoofdman",
      dflt: "Bartholomeus Kopstra",
      later: "Wilhelmina Sectiebeek",
      foot: "Cornelis Voetstra",
      fn: "Adriana Noteboom",
      en: "Hubertus Eindhoven",
      box: "Theodora Kaderman",
      fbox: "Jacoba Paginabox",
    };
    const hdr = (inner: string) => storyPart("hdr", p(inner, '<w:pStyle w:val="Koptekst"/>'));
    const ftr = (inner: string) => storyPart("ftr", p(inner, '<w:pStyle w:val="Voettekst"/>'));
    cases.push({
      name: "every-story",
      docx: docxPackage({
        body:
          intro(
            p(r(`Besproken met ${s.first}, ${s.dflt} en ${s.later.toUpperCase()}.`) + FOOT) +
              p(r(`Ook ${s.foot}, ${s.fn}, ${s.en}.`) + '<w:r><w:endnoteReference w:id="1"/></w:r>') +
              p(r(`En ${s.box} en ${s.fbox}.`)) +
              p(textBox(p(r("Kader: ") + mark("5.1.2e", r(s.box))))) +
              p(
                r("Einde sectie 1."),
                '<w:sectPr><w:headerReference w:type="first" r:id="rIdH1"/><w:headerReference w:type="default" r:id="rIdH2"/><w:footerReference w:type="default" r:id="rIdF1"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/><w:titlePg/></w:sectPr>',
              ),
          ) + outro,
        sectPr:
          '<w:sectPr><w:headerReference w:type="default" r:id="rIdH3"/><w:footerReference w:type="default" r:id="rIdF2"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>',
        rels: [
          ["rIdH1", "header", "header1.xml"],
          ["rIdH2", "header", "header2.xml"],
          ["rIdH3", "header", "header3.xml"],
          ["rIdF1", "footer", "footer1.xml"],
          ["rIdF2", "footer", "footer2.xml"],
          ["rIdFn", "footnotes", "footnotes.xml"],
          ["rIdEn", "endnotes", "endnotes.xml"],
        ],
        overrides: [
          ["word/header1.xml", STORY_CT.header],
          ["word/header2.xml", STORY_CT.header],
          ["word/header3.xml", STORY_CT.header],
          ["word/footer1.xml", STORY_CT.footer],
          ["word/footer2.xml", STORY_CT.footer],
          ["word/footnotes.xml", STORY_CT.footnotes],
          ["word/endnotes.xml", STORY_CT.endnotes],
        ],
        parts: {
          "word/header1.xml": hdr(r("Eerste pagina: ") + mark("5.1.2e", r(s.first))),
          "word/header2.xml": hdr(r("Standaard: ") + mark("5.1.2e", r(s.dflt))),
          "word/header3.xml": hdr(r("Sectie 2: ") + mark("5.1.2e", r(s.later))),
          "word/footer1.xml": ftr(r("Voettekst: ") + mark("5.1.2e", r(s.foot))),
          "word/footer2.xml": ftr(
            textBox(p(r("Pagina ") + field("PAGE", r("1")) + r(" – ") + mark("5.1.2e", r(s.fbox))), 9),
          ),
          "word/footnotes.xml": storyPart(
            "footnotes",
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>' +
              '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>' +
              `<w:footnote w:id="1">${p("<w:r><w:footnoteRef/></w:r>" + r(" Gesprek met ") + mark("5.1.2e", r(s.fn)))}</w:footnote>`,
          ),
          "word/endnotes.xml": storyPart(
            "endnotes",
            '<w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>' +
              '<w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:endnote>' +
              `<w:endnote w:id="1">${p("<w:r><w:endnoteRef/></w:r>" + r(" Bron: ") + mark("5.1.2e", r(s.en)))}</w:endnote>`,
          ),
        },
      }),
      secrets: Object.values(s),
      people: ["Piet Schrijver"],
      kept: [
        "Einde sectie 1.",
        "Eerste pagina: 5.1.2e",
        "Sectie 2: 5.1.2e",
        "Kader: 5.1.2e",
        "Pagina 1 – 5.1.2e",
      ],
      marks: 9,
    });
  }

  // 3. Revisions wherever Word writes an author: paragraph marks (typed with tracking on), moves, tables, cells,
  // rows, styles.
  {
    const authors = [
      "Anna Opsteller",
      "Bram Verplaatser",
      "Carla Tabelman",
      "Dirk Celzetter",
      "Eva Stijlwijzer",
    ];
    const [a, b, c, d, e] = authors;
    const rev = (author: string, id: number) =>
      `w:id="${id}" w:author="${author}" w:date="2024-11-25T10:00:00Z"`;
    const tc = (text: string, tcPr = "") =>
      `<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/>${tcPr}</w:tcPr>${p(r(text))}</w:tc>`;
    cases.push({
      name: "revisions",
      docx: docxPackage({
        body:
          intro(
            p(ins(a, r("Ingevoegde zin."), 3), `<w:rPr><w:ins ${rev(a, 4)}/></w:rPr>`) +
              p(
                del(a, "Geheime verwijderde zin over Marietje Kalkman.", 5),
                `<w:rPr><w:del ${rev(a, 6)}/></w:rPr>`,
              ) +
              `<w:moveFromRangeStart w:id="7" w:author="${b}" w:date="2024-11-25T10:00:00Z" w:name="move1"/>` +
              `<w:p><w:moveFrom ${rev(b, 8)}>${r("Verplaatste zin.")}</w:moveFrom></w:p><w:moveFromRangeEnd w:id="7"/>` +
              `<w:moveToRangeStart w:id="9" w:author="${b}" w:date="2024-11-25T10:00:00Z" w:name="move1"/>` +
              `<w:p><w:pPr><w:rPr><w:moveTo ${rev(b, 10)}/></w:rPr></w:pPr><w:moveTo ${rev(b, 11)}>${r("Verplaatste zin.")}</w:moveTo></w:p><w:moveToRangeEnd w:id="9"/>` +
              `<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/><w:tblPrChange ${rev(c, 12)}><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr></w:tblPrChange></w:tblPr>` +
              `<w:tblGrid><w:gridCol w:w="4500"/><w:gridCol w:w="4500"/></w:tblGrid>` +
              `<w:tr><w:tblPrEx><w:tblW w:w="9000" w:type="dxa"/><w:tblPrExChange ${rev(c, 13)}><w:tblPrEx><w:tblW w:w="0" w:type="auto"/></w:tblPrEx></w:tblPrExChange></w:tblPrEx><w:trPr><w:ins ${rev(c, 14)}/></w:trPr>${tc("Cel een", `<w:cellIns ${rev(d, 15)}/>`)}${tc("Cel twee", `<w:cellMerge ${rev(d, 16)} w:vMerge="cont"/>`)}</w:tr>` +
              `<w:tr><w:trPr><w:del ${rev(c, 17)}/></w:trPr>${tc("Verwijderde rij van Marietje Kalkman")}${tc("weg")}</w:tr>` +
              `<w:tr>${tc("Cel drie")}${tc("Verwijderde cel van Marietje Kalkman", `<w:cellDel ${rev(d, 18)}/>`)}</w:tr>` +
              `</w:tbl>` +
              p(
                r("Na de tabel.", `<w:b/><w:rPrChange ${rev(e, 19)}><w:rPr/></w:rPrChange>`),
                `<w:pPrChange ${rev(e, 20)}><w:pPr/></w:pPrChange>`,
              ),
          ) + outro,
        styles: STYLES(
          `<w:style w:type="paragraph" w:styleId="Gewijzigd"><w:name w:val="Gewijzigd"/><w:basedOn w:val="Standaard"/><w:rPr><w:i/><w:rPrChange ${rev(e, 21)}><w:rPr/></w:rPrChange></w:rPr></w:style>`,
        ),
      }),
      secrets: ["Marietje Kalkman"],
      people: [...authors, "Piet Schrijver"],
      kept: ["Ingevoegde zin.", "Verplaatste zin.", "Cel een", "Cel twee", "Cel drie", "Na de tabel."],
      marks: 1,
    });
  }

  // 4. Pictures: in a mark, deleted, hidden, in a comment, kept (with metadata), a thumbnail, a Windows metafile.
  {
    const secret = "Fenna Fotograaf";
    const kept = "Kees Camerabezitter";
    const emf = new Uint8Array([1, 0, 0, 0, ...strToU8(` EMF tekst van ${secret} `)]);
    cases.push({
      name: "pictures",
      docx: docxPackage({
        body:
          intro(
            p(
              r("Handtekening: ") +
                mark("5.1.2e", r(secret) + picture("rIdSig", 1, `Handtekening van ${secret}`)),
            ) +
              p(
                del("Piet Schrijver", "weg") +
                  `<w:del w:id="30" w:author="Piet Schrijver" w:date="2024-11-25T10:00:00Z">${picture("rIdDel", 2)}</w:del>` +
                  r("Na de verwijderde foto."),
              ) +
              p(
                picture("rIdHidden", 3).replace("<w:rPr><w:noProof/></w:rPr>", "<w:rPr><w:vanish/></w:rPr>") +
                  r("Na de verborgen foto."),
              ) +
              p(picture("rIdHidden2", 4, "", ' hidden="1"') + r("Na de verborgen eigenschap.")) +
              p(
                r("Grafiek: ") +
                  picture("rIdKept", 5, `Foto, gemaakt door ${secret}`) +
                  picture("rIdJpeg", 6),
              ) +
              p(r("Figuur: ") + picture("rIdEmf", 8)) +
              p(
                r("Met dank aan ") +
                  r("fenna fotograaf") +
                  r(".") +
                  '<w:commentRangeStart w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>',
              ),
          ) + outro,
        rels: [
          ["rIdSig", "image", "media/handtekening-fenna.png"],
          ["rIdDel", "image", "media/image2.png"],
          ["rIdHidden", "image", "media/image3.png"],
          ["rIdHidden2", "image", "media/image4.png"],
          ["rIdKept", "image", "media/image5.png"],
          ["rIdJpeg", "image", "media/image6.jpeg"],
          ["rIdEmf", "image", "media/image7.emf"],
          ["rIdC", "comments", "comments.xml"],
        ],
        overrides: [["word/comments.xml", STORY_CT.comments]],
        rootRels: [
          [
            "rId9",
            "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail",
            "docProps/thumbnail.jpeg",
          ],
        ],
        partRels: { "word/comments.xml": [["rIdShot", "image", "media/screenshot.png"]] },
        parts: {
          "word/media/handtekening-fenna.png": pngWithMetadata(secret),
          "word/media/image2.png": pngWithMetadata(secret),
          "word/media/image3.png": pngWithMetadata(secret),
          "word/media/image4.png": pngWithMetadata(secret),
          "word/media/image5.png": pngWithMetadata(kept, [30, 30, 200]),
          "word/media/image6.jpeg": jpegWithMetadata(kept),
          "word/media/image7.emf": emf,
          "word/media/screenshot.png": pngWithMetadata(secret),
          "docProps/thumbnail.jpeg": jpegWithMetadata(secret),
          "word/comments.xml": storyPart(
            "comments",
            `<w:comment w:id="0" w:author="Hanna Commentaar" w:date="2024-11-25T10:00:00Z" w:initials="HC">${p(r(`Screenshot van ${secret}:`) + picture("rIdShot", 9))}</w:comment>`,
          ),
        },
      }),
      secrets: [secret, kept, "handtekening-fenna"],
      people: ["Piet Schrijver", "Hanna Commentaar"],
      kept: [
        "Na de verwijderde foto.",
        "Na de verborgen foto.",
        "Na de verborgen eigenschap.",
        "Grafiek: ",
        "Handtekening: 5.1.2e",
      ],
      marks: 2,
      placeholders: ["picture"],
      // the EMF figure
    });
  }

  // 5. Relationship targets: an auto-linked e-mail address that is marked, a mailto in a footer, a link on a
  // picture, a personal OneDrive folder, a file on someone's disk, a link holding the marked name.
  {
    const email = "jan.linkman@minocw.nl";
    cases.push({
      name: "links",
      docx: docxPackage({
        body:
          intro(
            p(
              r("Mail: ") +
                mark(
                  "5.1.2e",
                  `<w:hyperlink r:id="rIdMail" w:history="1">${r(email, '<w:rStyle w:val="Hyperlink"/>')}</w:hyperlink>`,
                ),
            ) +
              p(
                `<w:hyperlink r:id="rIdOne" w:history="1">${r("het concept", '<w:rStyle w:val="Hyperlink"/>')}</w:hyperlink>` +
                  r(" en ") +
                  `<w:hyperlink r:id="rIdFile">${r("de notitie", '<w:rStyle w:val="Hyperlink"/>')}</w:hyperlink>`,
              ) +
              p(
                `<w:hyperlink r:id="rIdQuery">${r("het profiel", '<w:rStyle w:val="Hyperlink"/>')}</w:hyperlink>` +
                  r(" en ") +
                  `<w:hyperlink r:id="rIdRijk">${r("Rijksoverheid", '<w:rStyle w:val="Hyperlink"/>')}</w:hyperlink>`,
              ) +
              p(
                picture("rIdPic", 3).replace(
                  'name="IMG_3_Gijsbert.jpg"/>',
                  'name="IMG_3_Gijsbert.jpg"><a:hlinkClick xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" r:id="rIdPicLink"/></wp:docPr>',
                ),
              ),
          ) + outro,
        rels: [
          ["rIdMail", "hyperlink", `mailto:${email}`, true],
          [
            "rIdOne",
            "hyperlink",
            "https://minocw-my.sharepoint.com/personal/jan_linkman_minocw_nl/Documents/concept.docx",
            true,
          ],
          ["rIdFile", "hyperlink", "file:///C:\\Users\\jlinkman\\Documents\\notitie.docx", true],
          ["rIdQuery", "hyperlink", "https://intranet.example.nl/profiel?naam=jan.linkman%40minocw.nl", true],
          ["rIdRijk", "hyperlink", "https://www.rijksoverheid.nl/", true],
          ["rIdPic", "image", "media/image1.png"],
          ["rIdPicLink", "hyperlink", `mailto:${email}`, true],
          ["rIdF", "footer", "footer1.xml"],
        ],
        sectPr:
          '<w:sectPr><w:footerReference w:type="default" r:id="rIdF"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>',
        overrides: [["word/footer1.xml", STORY_CT.footer]],
        partRels: { "word/footer1.xml": [["rIdM", "hyperlink", `mailto:${email}`, true]] },
        parts: {
          "word/media/image1.png": pngWithMetadata("niets"),
          "word/footer1.xml": storyPart(
            "ftr",
            p(r("Contact: ") + `<w:hyperlink r:id="rIdM">${r("mail ons")}</w:hyperlink>`),
          ),
        },
      }),
      secrets: [email, "jan_linkman", "jlinkman", "C:\\Users"],
      people: ["Piet Schrijver"],
      kept: [
        "het concept en de notitie",
        "het profiel en Rijksoverheid",
        "Contact: mail ons",
        "Mail: 5.1.2e",
      ],
      marks: 2,
    });
  }

  // 6. Objects the copy cannot carry: an embedded object with its preview, a chart with its workbook, SmartArt,
  // an ActiveX control.
  {
    const secret = "Olga Objectbezit";
    cases.push({
      name: "objects",
      docx: docxPackage({
        body:
          intro(
            p(
              r("Object: ") +
                `<w:r><w:object w:dxaOrig="1534" w:dyaOrig="997"><v:shape id="_x0000_i1025" type="#_x0000_t75" style="width:76.5pt;height:49.5pt" o:ole=""><v:imagedata r:id="rIdPrev" o:title=""/></v:shape><o:OLEObject Type="Embed" ProgID="Word.Document.12" ShapeID="_x0000_i1025" DrawAspect="Icon" ObjectID="_1790000000" r:id="rIdOle"/></w:object></w:r>`,
            ) +
              p(
                r("Grafiek: ") +
                  `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="5486400" cy="3200400"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="11" name="Grafiek 11"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rIdChart"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`,
              ) +
              p(
                r("Schema: ") +
                  `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="5486400" cy="3200400"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="12" name="Diagram 12"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/diagram"><dgm:relIds xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" r:dm="rIdDm" r:lo="rIdLo" r:qs="rIdQs" r:cs="rIdCs"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`,
              ) +
              p(
                r("Knop: ") +
                  `<w:r><w:object><w:control r:id="rIdAx" w:name="Knop van Olga" w:shapeid="_x0000_i1026"/></w:object></w:r>`,
              ),
          ) + outro,
        rels: [
          ["rIdPrev", "image", "media/image1.emf"],
          ["rIdOle", "oleObject", "embeddings/oleObject1.bin"],
          ["rIdChart", "chart", "charts/chart1.xml"],
          ["rIdDm", "diagramData", "diagrams/data1.xml"],
          ["rIdLo", "diagramLayout", "diagrams/layout1.xml"],
          ["rIdQs", "diagramQuickStyle", "diagrams/quickStyle1.xml"],
          ["rIdCs", "diagramColors", "diagrams/colors1.xml"],
          ["rIdAx", "control", "activeX/activeX1.xml"],
        ],
        partRels: {
          "word/charts/chart1.xml": [["rId1", "package", "../embeddings/Microsoft_Excel_Worksheet.xlsx"]],
        },
        parts: {
          "word/media/image1.emf": new Uint8Array([1, 0, 0, 0, ...strToU8(`voorbeeld ${secret}`)]),
          "word/embeddings/oleObject1.bin": strToU8(`OLE ${secret}`),
          "word/charts/chart1.xml": `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:title><c:tx><c:v>${secret}</c:v></c:tx></c:title></c:chart></c:chartSpace>`,
          "word/embeddings/Microsoft_Excel_Worksheet.xlsx": strToU8(`werkmap ${secret}`),
          "word/diagrams/data1.xml": `<dgm:dataModel xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram"><dgm:ptLst><dgm:pt modelId="1"><dgm:t>${secret}</dgm:t></dgm:pt></dgm:ptLst></dgm:dataModel>`,
          "word/activeX/activeX1.xml": `<ax:ocx xmlns:ax="http://schemas.microsoft.com/office/2006/activeX" ax:classid="{0}"><ax:ocxPr ax:name="Caption" ax:value="${secret}"/></ax:ocx>`,
        },
      }),
      secrets: [secret, "Knop van Olga"],
      people: ["Piet Schrijver"],
      kept: ["Object: ", "Grafiek: ", "Schema: ", "Knop: "],
      marks: 1,
      placeholders: ["object", "chart", "diagram", "object"],
    });
  }

  // 7. Fields: a nested DOCPROPERTY in an IF's code (never shown), MACROBUTTON (shows its text), a field result
  // that is shown, a page number that stays live.
  {
    cases.push({
      name: "fields",
      docx: docxPackage({
        body:
          intro(
            p(
              r("Afzender: ") +
                `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> IF </w:instrText></w:r>` +
                field('DOCPROPERTY "Afzender"', r("Rudolf Veldcode")) +
                `<w:r><w:instrText xml:space="preserve"> = "Rudolf Veldcode" "Verborgen tak met Rudolf Veldcode" "de directie" </w:instrText></w:r>` +
                `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${r("de directie")}<w:r><w:fldChar w:fldCharType="end"/></w:r>`,
            ) +
              p(r("Invullen: ") + field("MACROBUTTON NoMacro [Klik hier en typ de naam]")) +
              p(r("Datum: ") + field('DATE \\@ "d MMMM yyyy"', r("26 november 2024"))) +
              p(r("Auteur: ") + field('AUTHOR "Rudolf Veldcode"')),
          ) + outro,
      }),
      secrets: ["Rudolf Veldcode", "DOCPROPERTY", "Verborgen tak"],
      people: ["Piet Schrijver"],
      kept: [
        "Afzender: de directie",
        "Invullen: [Klik hier en typ de naam]",
        "Datum: 26 november 2024",
        "Auteur: ",
      ],
      marks: 1,
    });
  }

  // 8. Hidden text through the style chain: a hidden paragraph style, a character style based on a hidden one.
  {
    cases.push({
      name: "hidden-styles",
      docx: docxPackage({
        body:
          intro(
            p(r("Verborgen alinea van Vincent Verstopper."), '<w:pStyle w:val="Verborgen"/>') +
              p(
                r("Zichtbaar. ") +
                  r("Geheim van Vincent Verstopper.", '<w:rStyle w:val="GeheimTeken"/>') +
                  r(" Ook zichtbaar."),
              ) +
              p(r("Direct verborgen Vincent Verstopper.", "<w:vanish/>") + r("Weer zichtbaar.")),
          ) + outro,
        styles: STYLES(
          `<w:style w:type="paragraph" w:customStyle="1" w:styleId="Verborgen"><w:name w:val="Verborgen"/><w:basedOn w:val="Standaard"/><w:rPr><w:vanish/></w:rPr></w:style>` +
            `<w:style w:type="character" w:customStyle="1" w:styleId="VerborgenTeken"><w:name w:val="Verborgen teken"/><w:rPr><w:vanish/></w:rPr></w:style>` +
            `<w:style w:type="character" w:customStyle="1" w:styleId="GeheimTeken"><w:name w:val="Geheim teken"/><w:basedOn w:val="VerborgenTeken"/><w:rPr><w:color w:val="FF0000"/></w:rPr></w:style>`,
        ),
      }),
      secrets: ["Vincent Verstopper"],
      people: ["Piet Schrijver"],
      kept: ["Zichtbaar.  Ook zichtbaar.", "Weer zichtbaar."],
      marks: 1,
    });
  }

  // 9. A footnote whose reference is in a mark: the note goes too.
  {
    cases.push({
      name: "footnote-in-mark",
      docx: docxPackage({
        body:
          intro(p(r("Volgens ") + mark("5.1.2e", r("Lotte Bronvermelding") + FOOT) + r(" klopt het."))) +
          outro,
        rels: [["rIdFn", "footnotes", "footnotes.xml"]],
        overrides: [["word/footnotes.xml", STORY_CT.footnotes]],
        parts: {
          "word/footnotes.xml": storyPart(
            "footnotes",
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>' +
              '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>' +
              `<w:footnote w:id="1">${p("<w:r><w:footnoteRef/></w:r>" + r(" Telefoongesprek met L. Bronvermelding, 06-98765432."))}</w:footnote>`,
          ),
        },
      }),
      secrets: ["Lotte Bronvermelding", "L. Bronvermelding", "06-98765432"],
      people: ["Piet Schrijver"],
      kept: ["Volgens 5.1.2e klopt het."],
      marks: 2,
    });
  }

  // 10. Marks around table rows, cells and blocks, and inside an untagged control.
  {
    const tc = (text: string) =>
      `<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>${p(r(text))}</w:tc>`;
    cases.push({
      name: "table-marks",
      docx: docxPackage({
        body:
          intro(
            `<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="4500"/><w:gridCol w:w="4500"/></w:tblGrid>` +
              `<w:tr>${tc("Naam")}${tc("Functie")}</w:tr>` +
              mark("5.1.2e", `<w:tr>${tc("Rijmond Rijenman")}${tc("adviseur")}</w:tr>`) +
              `<w:tr>${tc("Directeur")}${mark("5.1.2e", tc("Celestine Celbewaarder"))}</w:tr>` +
              `<w:tr><w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>${mark("5.1.2e", p(r("Blokkie Blokzijl")))}</w:tc>${tc("Laatste cel")}</w:tr>` +
              `</w:tbl>` +
              `<w:sdt><w:sdtPr><w:alias w:val="Huisstijl"/><w:tag w:val="huisstijl:tekst"/><w:id w:val="55"/></w:sdtPr><w:sdtContent>${p(r("In het sjabloon staat ") + mark("5.1.2e", r("Ongetagd Omhulsel")) + r(" genoemd."))}</w:sdtContent></w:sdt>` +
              p(r("Kopieën: Rijmond Rijenman, Celestine Celbewaarder, Blokkie Blokzijl, Ongetagd Omhulsel.")),
          ) + outro,
      }),
      secrets: ["Rijmond Rijenman", "Celestine Celbewaarder", "Blokkie Blokzijl", "Ongetagd Omhulsel"],
      people: ["Piet Schrijver"],
      kept: [
        "Naam",
        "Functie",
        "Directeur",
        "Laatste cel",
        "In het sjabloon staat 5.1.2e genoemd.",
        "Kopieën: 5.1.2e, 5.1.2e, 5.1.2e, 5.1.2e.",
      ],
      marks: 6,
    });
  }

  // 11. Over-redaction: a marked number that is also a margin, a surname inside a longer word, a short Van.
  {
    cases.push({
      name: "not-over",
      docx: docxPackage({
        body:
          HEADER_LINES("Ans") +
          heading("Aanleiding") +
          p(
            r("Het bedrag was ") + mark("5.1.2b", r("1417")) + r(" euro; later weer 1417 euro, niet 14170."),
          ) +
          p(r("Mevrouw ") + mark("5.1.2e", r("Rijk")) + r(" werkt bij de Rijksoverheid; Rijk belde.")) +
          p(r("Ans belde over de Ansichtkaart.")) +
          outro,
      }),
      secrets: [],
      people: ["Piet Schrijver"],
      kept: [
        "Van: 5.1.2e",
        "Het bedrag was 5.1.2b euro; later weer 5.1.2b euro, niet 14170.",
        "Mevrouw 5.1.2e werkt bij de Rijksoverheid; 5.1.2e belde.",
        "Ans belde over de Ansichtkaart.",
      ],
      marks: 3,
    });
  }

  // 12. A Van that already is its ground, and a marked text equal to its ground: the copy is made (no loop).
  {
    cases.push({
      name: "already-ground",
      docx: docxPackage({
        body:
          HEADER_LINES("5.1.2e") +
          heading("Aanleiding") +
          p(r("Zie ") + mark("5.2", r("5.2")) + r(".")) +
          outro,
      }),
      secrets: [],
      people: ["Piet Schrijver"],
      kept: ["Van: 5.1.2e", "Zie 5.2."],
      marks: 2,
    });
  }
  return cases;
}
