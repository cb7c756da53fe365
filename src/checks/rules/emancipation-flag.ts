import { buildFlagSentence, passagePages, passageTopics } from "../../nota/emancipation";
import { TAGS } from "../../nota/schema";
import type { Rule } from "../types";
import { sameName } from "./util";

export const emancipationFlag: Rule = {
  meta: {
    id: "emancipation-flag",
    defaultSeverity: "error",
    description: {
      nl: "Een nota via de bewindspersoon voor emancipatie noemt de emancipatiepassages van de brief met paginaverwijzingen.",
      en: "A nota routed via the official for emancipation names the letter's emancipation passages with page references.",
    },
    fixable: false,
    hasSuggestions: true,
    messages: {
      missing: {
        nl: "De nota gaat via {official}, maar noemt niet op welke bladzijden van de brief de emancipatiepassages staan.",
        en: "The nota goes via {official} but does not say on which pages of the letter the emancipation passages are.",
      },
      suggestRouting: {
        nl: "{where} raakt aan emancipatie ({topics}); overweeg de nota via {official} te laten gaan.",
        en: "{whereEn} touches on emancipation ({topics}); consider routing the nota via {official}.",
      },
      insertSentence: { nl: 'Zin invoegen: "{sentence}"', en: 'Insert the sentence: "{sentence}"' },
      addVia: { nl: "Aan wijzigen in '{value}'", en: "Change Aan to '{value}'" },
    },
  },
  check({ nota, profile, letter, notaPassages, lexicon, report }) {
    const official = profile.emancipation.official;
    if (!official) return;
    const addressing = nota.addressing;
    const via = addressing?.via.some((v) => sameName(v, official)) ?? false;
    const to = addressing?.to.some((t) => sameName(t, official)) ?? false;
    const aan = nota.header.aan;
    const aanParagraph = aan?.anchor;

    if (via) {
      if (nota.flag) return;
      const passages = letter?.passages ?? [];
      const suggestions = [];
      if (passages.length) {
        const sentence = buildFlagSentence(
          profile.emancipation,
          passageTopics(passages, lexicon),
          passagePages(passages),
        );
        suggestions.push({
          messageId: "insertSentence",
          data: { sentence },
          edit: {
            kind: "insertParagraph" as const,
            block: "aanleiding" as const,
            text: sentence,
            tag: TAGS.emancipationFlag,
          },
        });
      }
      report({
        messageId: "missing",
        data: { official },
        block: "aanleiding",
        field: "aan",
        paragraph: aanParagraph,
        suggestions,
      });
      return;
    }
    if (to) return; // addressed to the official: nothing to flag
    const inLetter = letter?.passages.length ?? 0;
    const passages = inLetter ? letter!.passages : notaPassages();
    if (passages.length === 0) return;
    const suggestions =
      aan && aan.value.trim()
        ? [
            {
              messageId: "addVia",
              data: { value: `${aan.value.trim()} (via ${official})` },
              edit: {
                kind: "setField" as const,
                field: "aan" as const,
                value: `${aan.value.trim()} (via ${official})`,
              },
            },
          ]
        : [];
    report({
      messageId: "suggestRouting",
      severity: "warning",
      data: {
        official,
        topics: passageTopics(passages, lexicon).join(", "),
        where: inLetter ? "De brief" : "De nota",
        whereEn: inLetter ? "The letter" : "The nota",
      },
      field: "aan",
      paragraph: aanParagraph,
      suggestions,
    });
  },
};
