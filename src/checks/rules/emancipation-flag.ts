import { catalogue } from "../../i18n";
import { own } from "../own";
import { buildFlagSentence, passagePages, passageTopics } from "../../nota/emancipation";
import { TAGS, fieldSpec, nameOf } from "../../nota/schema";
import { defineRule } from "../types";
import { namesByTitle, namesOfficial, whereFound } from "./util";
import type { Nota } from "../../nota/parser";
import type { Profile } from "../profile";
import type { DocumentEdit } from "../types";

/**
 * Routing the nota via `official`, written in the form the nota uses: added to its Via field where it has one
 * (Aan untouched); in titles where Aan is written in titles; otherwise "MOCW (via SOCW)".
 */
function routingEdit(nota: Nota, official: string, profile: Profile): DocumentEdit | undefined {
  const via = nota.header.via;
  if (via) {
    const existing = via.value.trim();
    return { kind: "setField", field: "via", value: existing ? `${existing} en ${official}` : official };
  }
  const aan = nota.header.aan?.value.trim();
  if (!aan) return undefined;
  const title = own(profile.officialTitles, official)?.[0];
  if (title && namesByTitle(aan, profile))
    return { kind: "setField", field: "aan", value: `${aan}, via ${title}` };
  return { kind: "setField", field: "aan", value: `${aan} (via ${official})` };
}

export const emancipationFlag = defineRule({
  meta: {
    id: "emancipation-flag",
    defaultSeverity: "error",
    description: {
      nl: "Een nota via de bewindspersoon voor emancipatie noemt de emancipatiepassages van de brief met paginaverwijzingen.",
      en: "A nota routed via the official for emancipation names the letter's emancipation passages with page references.",
    },
    fixable: false,
    hasSuggestions: true,
    messages: catalogue(
      {
        missing:
          "De nota gaat via {official}, maar noemt niet op welke bladzijden van de brief de emancipatiepassages staan.",
        suggestRouting:
          "{where} raakt aan emancipatie ({topics}); overweeg de nota via {official} te laten gaan.",
        insertSentence: 'Zin invoegen: "{sentence}"',
        addVia: "{name} wijzigen in '{value}'",
      },
      {
        missing:
          "The nota goes via {official} but does not say on which pages of the letter the emancipation passages are.",
        suggestRouting:
          "{where} touches on emancipation ({topics}); consider routing the nota via {official}.",
        insertSentence: 'Insert the sentence: "{sentence}"',
        addVia: "Change {name} to '{value}'",
      },
    ),
  },
  check({ nota, profile, letter, notaPassages, lexicon, report }) {
    const official = profile.emancipation.official;
    if (!official) return;
    const addressing = nota.addressing;
    const via = namesOfficial(addressing?.viaText ?? "", official, profile);
    const to = namesOfficial(addressing?.toText ?? "", official, profile);
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
          messageId: "insertSentence" as const,
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
    const edit = routingEdit(nota, official, profile);
    const suggestions =
      edit?.kind === "setField"
        ? [
            {
              messageId: "addVia" as const,
              data: {
                value: edit.value,
                name: nameOf(fieldSpec(edit.field)),
              },
              edit,
            },
          ]
        : [];
    report({
      messageId: "suggestRouting",
      severity: "warning",
      data: {
        official,
        topics: passageTopics(passages, lexicon).join(", "),
        where: whereFound(inLetter > 0),
      },
      field: "aan",
      paragraph: aanParagraph,
      suggestions,
    });
  },
});
