/** What is wrong with a profile, in plain words, Dutch first (`{path}`: where in the profile, e.g. "woo.fields"). */
import { catalogue, translator, type Locale, type Localized } from "../i18n";
import type { UnsafeReason } from "../nota/safe-pattern";

export const PROFILE_MESSAGES = catalogue(
  {
    notJson: "is geen geldige JSON (rond teken {at}); controleer aanhalingstekens, komma's en haakjes",
    notJsonEnd: "is geen geldige JSON (de tekst houdt te vroeg op); ontbreekt er een haakje?",
    profileNotObject: "moet een JSON-object zijn ({ … })",
    notObject: "{path} moet een object zijn ({ … })",
    notList: "{path} moet een lijst zijn ([ … ])",
    notText: "{path} moet een tekst zijn",
    notTextList: "{path} moet een lijst met teksten zijn",
    unknownKey: "{path} is geen instelling; wel: {known}",
    notBlock: '{path} "{value}" is geen blok; wel: {known}',
    notRule: 'severities: "{value}" is geen regel; wel: {known}',
    notSeverity: "{path} moet een van deze zijn: {known}",
    notPattern: '{path} "{value}" is geen geldig zoekpatroon',
    unsafePattern:
      '{path} "{value}" kan de controle bij sommige teksten laten vastlopen ({reason}); schrijf het zonder',
    notLexicon: '{path} moet "default" of een lijst zijn',
    notTopic: '{path} moet { "topic", "terms" } zijn',
    notDirectorate: '{path} moet een tekst of { "code", "name" } zijn',
    notField: '{path}: "{value}" is geen veld van de kop; wel: {known}',
    notKind: '{path} moet { "id", "name", "purposes", "requiredBlocks" } zijn',
    notProfile: 'extends: "{value}" is geen ingebouwd profiel; wel: {known}',
    tooLong: "{path} is {n} tekens lang; een profiel staat er ten hoogste {max} toe",
    tooMany: "{path} heeft {n} items; een profiel staat er ten hoogste {max} toe",
    notGround: '{path}: "{value}" is geen Woo-grond',
    badTerm: '{path}: de term "{value}" bij onderwerp "{topic}" is geen geldig zoekpatroon',
    unsafeTerm:
      '{path}: de term "{value}" bij onderwerp "{topic}" kan het zoeken laten vastlopen ({reason}); schrijf hem zonder',
  },
  {
    notJson: "is not valid JSON (around character {at}); check quotes, commas and brackets",
    notJsonEnd: "is not valid JSON (the text ends too early); is a bracket missing?",
    profileNotObject: "must be a JSON object ({ … })",
    notObject: "{path} must be an object ({ … })",
    notList: "{path} must be a list ([ … ])",
    notText: "{path} must be a text",
    notTextList: "{path} must be a list of texts",
    unknownKey: "{path} is not a setting; settings: {known}",
    notBlock: '{path} "{value}" is not a block; blocks: {known}',
    notRule: 'severities: "{value}" is not a rule; rules: {known}',
    notSeverity: "{path} must be one of: {known}",
    notPattern: '{path} "{value}" is not a valid pattern',
    unsafePattern:
      '{path} "{value}" could make the check hang on some texts ({reason}); write it without that',
    notLexicon: '{path} must be "default" or a list',
    notTopic: '{path} must be { "topic", "terms" }',
    notDirectorate: '{path} must be a text or { "code", "name" }',
    notField: '{path}: "{value}" is not a header field; fields: {known}',
    notKind: '{path} must be { "id", "name", "purposes", "requiredBlocks" }',
    notProfile: 'extends: "{value}" is not a built-in profile; profiles: {known}',
    tooLong: "{path} is {n} characters long; a profile allows at most {max}",
    tooMany: "{path} has {n} items; a profile allows at most {max}",
    notGround: '{path}: "{value}" is not a Woo ground',
    badTerm: '{path}: the term "{value}" of topic "{topic}" is not a valid pattern',
    unsafeTerm:
      '{path}: the term "{value}" of topic "{topic}" could make the search hang ({reason}); write it without that',
  },
);

export type ProfileMessageId = keyof (typeof PROFILE_MESSAGES)["nl"];

/** Why a pattern could hang the check, in words. */
export const UNSAFE_REASONS: Record<UnsafeReason, Localized> = {
  backreference: { nl: "een terugverwijzing zoals \\1", en: "a backreference such as \\1" },
  lookaround: {
    nl: "een blik vooruit of achteruit zoals (?=…) of (?<!…), die het zoeken in lineaire tijd niet kent",
    en: "a lookahead or lookbehind such as (?=…) or (?<!…), which searching in linear time does not have",
  },
  unsupported: {
    nl: "een vorm die het zoeken in lineaire tijd (RE2) niet kent",
    en: "a form that searching in linear time (RE2) does not know",
  },
};

export type ProfileParams = Readonly<Record<string, string | number | Localized>>;

/** A profile that cannot be used: a message id and its parameters; `message` is the English sentence. */
export class ProfileError extends Error {
  constructor(
    readonly id: ProfileMessageId,
    readonly params: ProfileParams = {},
  ) {
    super(translator(PROFILE_MESSAGES, "en")(id, params));
    this.name = "ProfileError";
  }

  messageFor(locale: Locale): string {
    return translator(PROFILE_MESSAGES, locale)(this.id, this.params);
  }
}
