import { catalogue } from "../../i18n";
import { formatDutchDate, parseDutchDate } from "../../nota/dates";
import { fieldSpec } from "../../nota/schema";
import { compilePattern } from "../../nota/safe-pattern";
import { defineRule } from "../types";
import { labelAsWritten, namesOfficial, sameName } from "./util";
import { own } from "../own";

export const headerFields = defineRule({
  meta: {
    id: "header-fields",
    defaultSeverity: "error",
    description: {
      nl: "De kopgegevens zijn compleet: doel, Aan, een geldige Datum en een Referentie in het juiste formaat.",
      en: "The header is complete: purpose, Aan, a valid Datum and a Referentie in the right format.",
    },
    fixable: true,
    hasSuggestions: false,
    messages: catalogue(
      {
        purposeMissing: "De doelregel ontbreekt (bijvoorbeeld TER ONDERTEKENING).",
        purposeUnknown: "De doelregel '{value}' is onbekend; gebruikelijk zijn: {known}.",
        aanMissing: "Het veld Aan ontbreekt.",
        aanEmpty: "Het veld Aan is leeg: wie is de geadresseerde?",
        aanUnknown: "Aan '{value}' noemt geen bekende bewindspersoon ({known}).",
        datumMissing: "Het veld Datum ontbreekt.",
        datumEmpty: "Het veld Datum is leeg: vul de datum voluit in, zoals 26 november 2024.",
        datumFormat: "Datum '{value}' is geen datum voluit, zoals 26 november 2024.",
        datumInvalid: "Datum '{value}' bestaat niet.",
        datumMonthCase: "Schrijf de maand met een kleine letter: '{expected}'.",
        referentieMissing: "Het veld {label} ontbreekt.",
        referentieEmpty: "Het veld {label} is leeg: vul het nummer uit het documentsysteem in.",
        referentieFormat: "{label} '{value}' heeft niet het verwachte formaat (zoals {example}).",
      },
      {
        purposeMissing: "The purpose line is missing (e.g. TER ONDERTEKENING).",
        purposeUnknown: "The purpose line '{value}' is not a known one: {known}.",
        aanMissing: "The field Aan (to) is missing.",
        aanEmpty: "The field Aan (to) is empty: who is it for?",
        aanUnknown: "Aan '{value}' names no known official ({known}).",
        datumMissing: "The field Datum (date) is missing.",
        datumEmpty: "The field Datum (date) is empty: fill in the date in full, such as 26 november 2024.",
        datumFormat: "Datum '{value}' is not a Dutch long date such as 26 november 2024.",
        datumInvalid: "Datum '{value}' does not exist.",
        datumMonthCase: "Write the month in lower case: '{expected}'.",
        referentieMissing: "The field {label} (reference) is missing.",
        referentieEmpty:
          "The field {label} (reference) is empty: fill in the number from the document system.",
        referentieFormat: "{label} '{value}' is not in the expected format (such as {example}).",
      },
    ),
  },
  check({ nota, profile, report }) {
    const { header } = nota;
    const at = (id: keyof typeof header) => {
      const f = header[id];
      return f ? { field: id, paragraph: f.anchor } : { field: id };
    };

    const purpose = header.purpose?.value.trim();
    if (!purpose) report({ messageId: "purposeMissing", ...at("purpose") });
    else if (profile.purposes.length && !profile.purposes.some((p) => sameName(p, purpose))) {
      report({
        messageId: "purposeUnknown",
        data: { value: purpose, known: profile.purposes.join(", ") },
        severity: "warning",
        ...at("purpose"),
      });
    }

    const aan = header.aan?.value.trim();
    if (!aan) report({ messageId: header.aan ? "aanEmpty" : "aanMissing", ...at("aan") });
    else if (
      profile.officials.length &&
      nota.addressing &&
      !profile.officials.some((o) => namesOfficial(nota.addressing!.toText, o, profile))
    ) {
      report({
        messageId: "aanUnknown",
        data: { value: aan, known: profile.officials.join(", ") },
        severity: "info",
        ...at("aan"),
      });
    }

    const datum = header.datum;
    const datumText = datum?.value.trim();
    if (!datum || !datumText) report({ messageId: datum ? "datumEmpty" : "datumMissing", ...at("datum") });
    else {
      const parsed = parseDutchDate(datumText);
      if (parsed.problem === "format")
        report({ messageId: "datumFormat", data: { value: datumText }, ...at("datum") });
      else if (parsed.problem === "invalid-day")
        report({ messageId: "datumInvalid", data: { value: datumText }, ...at("datum") });
      else if (parsed.problem === "month-case" && parsed.date) {
        const expected = formatDutchDate(parsed.date);
        const paragraph = datum.paragraphs[0];
        const start = nota.snapshot.paragraphs[paragraph].text.indexOf(datumText);
        report({
          messageId: "datumMonthCase",
          data: { expected },
          severity: "warning",
          ...at("datum"),
          range: start >= 0 ? { start, end: start + datumText.length } : undefined,
          fix:
            start >= 0
              ? { kind: "replaceText", paragraph, start, end: start + datumText.length, text: expected }
              : undefined,
        });
      }
    }

    const field = header.referentie;
    const referentie = field?.value.trim();
    // The label as the nota writes it ("Onze referentie", "Kenmerk"), else the profile's, else the schema's.
    const label =
      labelAsWritten(nota, "referentie") ??
      own(profile.labels, "referentie") ??
      fieldSpec("referentie").label.nl;
    if (!referentie)
      report({
        messageId: field ? "referentieEmpty" : "referentieMissing",
        data: { label },
        severity: "warning",
        ...at("referentie"),
      });
    else if (!compilePattern(profile.referencePattern).test(referentie)) {
      report({
        messageId: "referentieFormat",
        data: { label, value: referentie, example: profile.referenceExample ?? profile.referencePattern },
        severity: "warning",
        ...at("referentie"),
      });
    }
  },
});
