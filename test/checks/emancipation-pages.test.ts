import { emancipationPages } from "../../src/checks/rules/emancipation-pages";
import { letterSnapshot, notaSnapshot, textsOf } from "../helpers/snapshots";
import { ruleTester } from "../helpers/rule-tester";

const flag = (pages: string) =>
  `De brief gaat via SOCW vanwege haar verantwoordelijkheid voor Emancipatie. De passages die raken aan emancipatie worden gevonden op ${pages}.`;
const nota = (pages: string) =>
  notaSnapshot({ aan: "MOCW (via SOCW)", blocks: { aanleiding: [flag(pages)] } });
const FLAG_PARAGRAPH = 9;
const at = (pages: string) => {
  const text = flag(pages);
  return { start: text.indexOf(pages), end: text.indexOf(pages) + pages.length };
};
const LETTER = letterSnapshot({
  1: ["Geachte voorzitter,"],
  2: ["Vrouwelijke studenten voelen zich minder veilig."],
  6: ["Het kabinet treedt op tegen discriminatie."],
  7: ["Kwetsbare groepen verdienen aandacht."],
});

ruleTester(emancipationPages, {
  valid: [
    { name: "ascending, no duplicates, letter unknown", nota: nota("blz. 2, 6 en 7") },
    { name: "equal to the letter's pages", nota: nota("blz. 2, 6 en 7"), letter: LETTER },
    { name: "pagina's and a range", nota: nota("pagina's 2 en 6-7"), letter: LETTER },
    { name: "no flag sentence: nothing to check here", nota: notaSnapshot() },
    {
      name: "a letter without known pages is not compared",
      nota: nota("blz. 3"),
      letter: {
        ...LETTER,
        pageSource: "none",
        paragraphs: LETTER.paragraphs.map((p) => ({ ...p, page: undefined })),
      },
    },
  ],
  invalid: [
    {
      name: "descending pages get a fix",
      nota: nota("blz. 7, 2 en 6"),
      findings: [
        {
          messageId: "notAscending",
          severity: "warning",
          paragraph: FLAG_PARAGRAPH,
          fix: {
            kind: "replaceText",
            paragraph: FLAG_PARAGRAPH,
            ...at("blz. 7, 2 en 6"),
            text: "blz. 2, 6 en 7",
          },
          output: textsOf(nota("blz. 2, 6 en 7")),
        },
      ],
    },
    {
      name: "a page named twice",
      nota: nota("blz. 2, 2 en 6"),
      findings: [
        {
          messageId: "duplicate",
          severity: "warning",
          message: /Bladzijde 2/,
          output: textsOf(nota("blz. 2 en 6")),
        },
      ],
    },
    {
      name: "a page of the letter missing is an error, with the letter's pages as suggestion",
      nota: nota("blz. 2 en 6"),
      letter: LETTER,
      findings: [
        {
          messageId: "pagesMissing",
          message: /blz\. 7/,
          suggestions: [
            {
              messageId: "useLetterPages",
              edit: {
                kind: "replaceText",
                paragraph: FLAG_PARAGRAPH,
                ...at("blz. 2 en 6"),
                text: "blz. 2, 6 en 7",
              },
              output: textsOf(nota("blz. 2, 6 en 7")),
            },
          ],
        },
      ],
    },
    {
      name: "a page without a passage is a warning",
      nota: nota("blz. 2, 3, 6 en 7"),
      letter: LETTER,
      findings: [
        {
          messageId: "pagesExtra",
          severity: "warning",
          message: /blz\. 3/,
          suggestions: [{ messageId: "useLetterPages", output: textsOf(nota("blz. 2, 6 en 7")) }],
        },
      ],
    },
    {
      name: "the tagged flag without pages",
      nota: {
        ...notaSnapshot({ aan: "MOCW (via SOCW)" }),
        paragraphs: notaSnapshot({
          aan: "MOCW (via SOCW)",
          blocks: { aanleiding: ["De passages worden gevonden op …"] },
        }).paragraphs.map((p) =>
          p.index === FLAG_PARAGRAPH ? { ...p, contentControlTags: ["nota:emancipation-flag"] } : p,
        ),
      },
      findings: [{ messageId: "noPages", paragraph: FLAG_PARAGRAPH }],
    },
  ],
});
