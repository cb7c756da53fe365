import { catalogue } from "../../i18n";
import { passagePages } from "../../nota/emancipation";
import { dutchList, formatPageReferences, normalizePages } from "../../nota/pages";
import { defineRule } from "../types";

export const emancipationPages = defineRule({
  meta: {
    id: "emancipation-pages",
    defaultSeverity: "error",
    description: {
      nl: "De paginaverwijzingen naar de emancipatiepassages zijn oplopend, zonder dubbele en kloppen met de brief.",
      en: "The page references to the emancipation passages ascend, have no duplicates and match the letter.",
    },
    fixable: true,
    hasSuggestions: true,
    messages: catalogue(
      {
        noPages: "De zin over de emancipatiepassages noemt geen bladzijden (zoals blz. 2, 6 en 7).",
        notAscending: "Zet de bladzijden oplopend: '{expected}'.",
        duplicate: "Bladzijde {pages} staat er dubbel in.",
        pagesMissing:
          "De brief heeft ook emancipatiepassages op blz. {pages}; die ontbreken in de verwijzing.",
        pagesExtra: "Op blz. {pages} van de brief staat geen emancipatiepassage.",
        useLetterPages: "Vervangen door '{expected}'",
      },
      {
        noPages: "The sentence about the emancipation passages names no pages (such as blz. 2, 6 en 7).",
        notAscending: "Put the pages in ascending order: '{expected}'.",
        duplicate: "Page {pages} is named twice.",
        pagesMissing: "The letter also has emancipation passages on page {pages}; the reference lacks them.",
        pagesExtra: "Page {pages} of the letter holds no emancipation passage.",
        useLetterPages: "Replace with '{expected}'",
      },
    ),
  },
  check({ nota, letter, report }) {
    const flag = nota.flag;
    if (!flag) return;
    const paragraph = flag.paragraph;
    const refs = flag.references;
    const written = refs.flatMap((r) => r.pages);
    if (written.length === 0) {
      report({ messageId: "noPages", block: "aanleiding", paragraph });
      return;
    }
    const range = { start: refs[0].start, end: refs[refs.length - 1].end };
    // Only a single reference can be rewritten without touching the words between references.
    const replaceWith = (pages: number[]) =>
      refs.length === 1
        ? { kind: "replaceText" as const, paragraph, ...range, text: formatPageReferences(pages) }
        : undefined;
    const sorted = normalizePages(written);
    const dupes = normalizePages(written.filter((p, i) => written.indexOf(p) !== i));
    if (dupes.length) {
      report({
        messageId: "duplicate",
        severity: "warning",
        data: { pages: dutchList(dupes.map(String)) },
        paragraph,
        range,
        fix: replaceWith(sorted),
      });
    }
    const unique = written.filter((p, i) => written.indexOf(p) === i);
    if (unique.some((p, i) => i > 0 && p < unique[i - 1])) {
      report({
        messageId: "notAscending",
        severity: "warning",
        data: { expected: formatPageReferences(sorted) },
        paragraph,
        range,
        fix: replaceWith(sorted),
      });
    }
    if (!letter || letter.snapshot.pageSource === "none") return;
    const expected = passagePages(letter.passages);
    const missing = expected.filter((p) => !sorted.includes(p));
    const extra = sorted.filter((p) => !expected.includes(p));
    const fix = replaceWith(expected);
    const suggestions =
      fix && expected.length
        ? [
            {
              messageId: "useLetterPages" as const,
              data: { expected: formatPageReferences(expected) },
              edit: fix,
            },
          ]
        : [];
    if (missing.length) {
      report({
        messageId: "pagesMissing",
        data: { pages: dutchList(missing.map(String)) },
        paragraph,
        range,
        suggestions,
      });
    }
    if (extra.length) {
      report({
        messageId: "pagesExtra",
        severity: "warning",
        data: { pages: dutchList(extra.map(String)) },
        paragraph,
        range,
        suggestions: missing.length ? [] : suggestions,
      });
    }
  },
});
