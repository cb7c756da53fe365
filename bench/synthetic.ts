/** Synthetic notas and letters of any size, for the benchmark. */
import { NOTA_SCHEMA } from "../src/nota/schema";
import { DocumentSnapshot, SnapshotParagraph, paragraph } from "../src/nota/snapshot";
import { escapeXml } from "../src/docx/ooxml-template";

const SENTENCES = [
  "De monitor laat zien dat de veiligheid in het mbo verschillend wordt ervaren.",
  "Instellingen werken aan een veilig leerklimaat met hun studentenraden.",
  "Vrouwelijke studenten en lhbtiq+ studenten voelen zich minder veilig dan gemiddeld.",
  "U geeft aan welke maatregelen genomen worden om de veiligheid te versterken.",
  "Het kabinet treedt op tegen discriminatie en racisme in het onderwijs.",
];

const PARAGRAPHS_PER_PAGE = 40;

/**
 * A nota with the standard header and blocks; the body paragraphs are spread over the five blocks. By default it
 * goes via SOCW with DE consulted; `routed: false` sends it to MOCW only, so the checks must search the nota's
 * own text for emancipation passages (the costliest path).
 */
export function syntheticNota(size: number, options: { routed?: boolean } = {}): DocumentSnapshot {
  const routed = options.routed ?? true;
  const paras: SnapshotParagraph[] = [];
  const add = (text: string, extra: Partial<SnapshotParagraph> = {}) =>
    paras.push(
      paragraph(paras.length, text, { page: Math.floor(paras.length / PARAGRAPHS_PER_PAGE) + 1, ...extra }),
    );
  add("TER ONDERTEKENING");
  add(routed ? "Aan: MOCW (via SOCW)" : "Aan: MOCW");
  add("Van: Directie MBO");
  add("Datum: 26 november 2024");
  add("Referentie: 49235295");
  add(routed ? "Intern OCW afgestemd: DE, OVO" : "Intern OCW afgestemd: OVO");
  add("Beleidsreactie", { outlineLevel: 1 });
  const perBlock = Math.max(1, Math.floor((size - paras.length) / NOTA_SCHEMA.blocks.length) - 1);
  for (const block of NOTA_SCHEMA.blocks) {
    add(block.label.nl, { outlineLevel: 2 });
    if (block.id === "aanleiding") {
      add("De passages die raken aan emancipatie worden gevonden op blz. 2, 6 en 7.");
    }
    for (let i = 0; i < perBlock && paras.length < size; i++)
      add(SENTENCES[i % SENTENCES.length], { isListItem: i % 3 === 0 });
  }
  // Exactly `size` paragraphs: the last block takes the rest; a very small nota is cut short.
  while (paras.length < size) add(SENTENCES[paras.length % SENTENCES.length]);
  return { paragraphs: paras.slice(0, size), customXmlParts: [], properties: {}, pageSource: "layout" };
}

export function syntheticLetter(size: number): DocumentSnapshot {
  const paras: SnapshotParagraph[] = [];
  for (let i = 0; i < size; i++) {
    paras.push(
      paragraph(i, SENTENCES[(i * 7) % SENTENCES.length], { page: Math.floor(i / PARAGRAPHS_PER_PAGE) + 1 }),
    );
  }
  return { paragraphs: paras, customXmlParts: [], properties: {}, pageSource: "layout" };
}

/** The same nota as WordprocessingML, with Word's page markers, for the reader benchmark. */
export function syntheticDocumentXml(snapshot: DocumentSnapshot): string {
  const body = snapshot.paragraphs
    .map((p, i) => {
      const style = p.outlineLevel ? `<w:pPr><w:pStyle w:val="Heading${p.outlineLevel}"/></w:pPr>` : "";
      const pageMark = i > 0 && i % PARAGRAPHS_PER_PAGE === 0 ? "<w:lastRenderedPageBreak/>" : "";
      return `<w:p>${style}<w:r>${pageMark}<w:t xml:space="preserve">${escapeXml(p.text)}</w:t></w:r></w:p>`;
    })
    .join("");
  return `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
}
