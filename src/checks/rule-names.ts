/**
 * What people read for a rule: its display name ("Kopgegevens", never `header-fields`) and its "Waarom?" text
 * (what it checks and why), in Dutch and English, keyed by rule id. The id stays in JSON output and in data
 * attributes; the pane, the report and the command line's text output show these names.
 */
import type { Locale, Localized } from "../i18n";

export interface RuleName {
  /** A short noun phrase, as a column header or a label in brackets. */
  name: Localized;
  /** What the rule checks and why it matters, in one or two sentences. */
  why: Localized;
}

export const RULE_NAMES = {
  "required-block": {
    name: { nl: "Verplichte blokken", en: "Required blocks" },
    why: {
      nl: "Elke nota heeft dezelfde vaste blokken, zodat de bewindspersoon (en na openbaarmaking iedereen) op dezelfde plek leest waarom de nota er is en wat er besloten moet worden.",
      en: "Every nota has the same fixed blocks, so that the minister (and, once it is published, anyone) finds why the nota exists and what is to be decided in the same place.",
    },
  },
  "heading-wording": {
    name: { nl: "Koppen van blokken", en: "Block headings" },
    why: {
      nl: "Met de standaardkoppen herkent de lezer elk blok meteen; een andere formulering (zoals 'Advies') laat twijfelen of het om hetzelfde blok gaat.",
      en: "With the standard headings a reader recognises each block at once; other wording (such as 'Advies') leaves doubt whether it is the same block.",
    },
  },
  "block-order": {
    name: { nl: "Volgorde van blokken", en: "Order of blocks" },
    why: {
      nl: "De blokken staan in een vaste volgorde, zodat de bewindspersoon eerst de aanleiding en het geadviseerde besluit leest.",
      en: "The blocks stand in a fixed order, so that the minister first reads the reason and the advised decision.",
    },
  },
  "block-empty": {
    name: { nl: "Lege blokken", en: "Empty blocks" },
    why: {
      nl: "Een blok met alleen de invulhulp van het sjabloon lijkt af, maar zegt niets; de nota gaat dan onvolledig de lijn in.",
      en: "A block holding only the template's guidance looks finished but says nothing; the nota would go up the line incomplete.",
    },
  },
  "header-fields": {
    name: { nl: "Kopgegevens", en: "Header fields" },
    why: {
      nl: "Doel, Aan, Datum en Referentie zeggen wat er van wie gevraagd wordt en maken de nota terug te vinden in het documentsysteem.",
      en: "Purpose, Aan, Datum and Referentie say what is asked of whom and make the nota traceable in the document system.",
    },
  },
  "emancipation-flag": {
    name: { nl: "Emancipatiepassages", en: "Emancipation passages" },
    why: {
      nl: "Gaat de nota via de bewindspersoon voor emancipatie, dan moet die snel de passages in de brief vinden die haar of zijn portefeuille raken: de nota noemt ze met bladzijden.",
      en: "When the nota goes via the official responsible for emancipation, that official must find the letter's passages on their portfolio quickly: the nota names them with page numbers.",
    },
  },
  "emancipation-pages": {
    name: { nl: "Bladzijden van de emancipatiepassages", en: "Pages of the emancipation passages" },
    why: {
      nl: "De bladzijden verwijzen naar de brief; staan ze niet oplopend, dubbel of kloppen ze niet met de brief, dan zoekt de lezer op de verkeerde plek.",
      en: "The pages point into the letter; out of order, repeated or not matching the letter, they send the reader to the wrong place.",
    },
  },
  afstemming: {
    name: { nl: "Afstemming", en: "Consultation" },
    why: {
      nl: "De afstemming laat zien wie er naar de nota heeft gekeken; raakt de brief emancipatie, dan hoort de directie Emancipatie erbij.",
      en: "The consultation record shows who has looked at the nota; when the letter touches on emancipation, the emancipation directorate belongs in it.",
    },
  },
  "niet-openbaar-grounds": {
    name: { nl: "Niet-openbare informatie", en: "Withheld information" },
    why: {
      nl: "De nota wordt openbaar gemaakt onder de Woo; het blok zegt wat er niet openbaar wordt en op welke grond, of 'N.v.t.'.",
      en: "The nota is published under the Woo; the block says what is withheld and on which ground, or 'N.v.t.' (not applicable).",
    },
  },
  "woo-marks": {
    name: { nl: "Woo-markeringen", en: "Woo marks" },
    why: {
      nl: "Elke grond waarop tekst wordt weggelakt, moet in het blok over niet-openbare informatie staan; overlappende markeringen geven een onduidelijke openbare versie.",
      en: "Every ground on which text is redacted must be named in the block on withheld information; overlapping marks make an unclear public version.",
    },
  },
} as const satisfies Readonly<Record<string, RuleName>>;

export type RuleId = keyof typeof RULE_NAMES;

/** The display name of a rule for a locale; an unknown id (a rule added without a name) shows as itself. */
export function ruleName(id: string, locale: Locale): string {
  return (RULE_NAMES as Readonly<Record<string, RuleName>>)[id]?.name[locale] ?? id;
}

/** The "Waarom?" text of a rule for a locale, or undefined for an unknown id. */
export function ruleWhy(id: string, locale: Locale): string | undefined {
  return (RULE_NAMES as Readonly<Record<string, RuleName>>)[id]?.why[locale];
}
