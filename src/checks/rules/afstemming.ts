import { catalogue } from "../../i18n";
import { afstemmingOf } from "../../nota/afstemming";
import { defineRule } from "../types";
import { sameName, whereFound } from "./util";

export const afstemming = defineRule({
  meta: {
    id: "afstemming",
    defaultSeverity: "warning",
    description: {
      nl: "De afstemming noemt bekende directies, zonder dubbele, en bij emancipatiepassages de directie Emancipatie.",
      en: "The consultation record names known directorates, without duplicates, and the emancipation directorate when there are emancipation passages.",
    },
    fixable: false,
    hasSuggestions: true,
    messages: catalogue(
      {
        unknownDirectorate: "'{name}' staat niet in de lijst met directies; klopt de afkorting?",
        duplicate: "'{name}' staat twee keer in de afstemming.",
        emancipationDirectorate:
          "{where} raakt aan emancipatie, maar er is niet afgestemd met {directorate}.",
        addDirectorate: "{directorate} toevoegen aan Intern afgestemd",
      },
      {
        unknownDirectorate: "'{name}' is not in the list of directorates; is the abbreviation right?",
        duplicate: "'{name}' is listed twice among those consulted.",
        emancipationDirectorate: "{where} touches on emancipation, but {directorate} was not consulted.",
        addDirectorate: "Add {directorate} to the directorates consulted internally",
      },
    ),
  },
  check({ nota, profile, letter, notaPassages, report }) {
    const { afstemming: record } = afstemmingOf(nota);
    const internalField = nota.header["intern-afgestemd"];
    const externalField = nota.header["extern-afgestemd"];
    const where = (field: typeof internalField) => ({
      field: field?.id,
      paragraph: field?.anchor,
    });
    for (const party of record.internal) {
      if (!profile.directorates.some((d) => sameName(d.code, party.name))) {
        report({ messageId: "unknownDirectorate", data: { name: party.name }, ...where(internalField) });
      }
    }
    for (const [list, field] of [
      [record.internal, internalField],
      [record.external, externalField],
    ] as const) {
      const seen: string[] = [];
      for (const party of list) {
        if (seen.some((s) => sameName(s, party.name)))
          report({ messageId: "duplicate", data: { name: party.name }, ...where(field) });
        seen.push(party.name);
      }
    }
    const directorate = profile.emancipation.directorate;
    if (!directorate || record.internal.some((p) => sameName(p.name, directorate))) return;
    const inLetter = (letter?.passages.length ?? 0) > 0;
    if (!inLetter && notaPassages().length === 0) return;
    const current = internalField?.value.replace(/\n/g, ", ").trim();
    report({
      messageId: "emancipationDirectorate",
      data: {
        directorate,
        where: whereFound(inLetter),
      },
      ...where(internalField),
      suggestions: [
        {
          messageId: "addDirectorate",
          data: { directorate },
          edit: {
            kind: "setField",
            field: "intern-afgestemd",
            value: current ? `${current}, ${directorate}` : directorate,
          },
        },
      ],
    });
  },
});
