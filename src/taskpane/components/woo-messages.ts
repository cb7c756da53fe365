/** The texts of the Woo section's personal-data list and its summary (Dutch first, English too). */
import { catalogue, translator, type Locale } from "../../i18n";

const nl = {
  pdHeading: "Lijkt op persoonsgegevens, niet gemarkeerd",
  pdIntro:
    "Controleer elk: maak niet openbaar wat niet gepubliceerd mag worden. Namen van de opstellers vindt alleen nota publish op de opdrachtregel.",
  pdNone: "Niets gevonden dat op persoonsgegevens lijkt.",
  pdListLabel: "Niet gemarkeerde persoonsgegevens",
  pdMarkLabel: "Niet openbaar maken: '{text}'",
  pdGoToLabel: "Ga naar '{text}'",
  pdMarked: "Gemarkeerd als niet openbaar (5.1.2e): {text}.",
  summary: "Beoordeling: {assessment} · Weigeringsgronden: {grounds}",
  summaryUnmarked:
    "{n, plural, one {# mogelijk persoonsgegeven is} other {# mogelijke persoonsgegevens zijn}} niet gemarkeerd.",
};

export type WooMessageId = keyof typeof nl;

export const WOO_MESSAGES = catalogue<WooMessageId>(nl, {
  pdHeading: "Looks like personal data, not marked",
  pdIntro:
    "Check each one: withhold what must not be published. Only nota publish on the command line finds the authors' names.",
  pdNone: "Nothing found that looks like personal data.",
  pdListLabel: "Unmarked personal data",
  pdMarkLabel: "Withhold: '{text}'",
  pdGoToLabel: "Go to '{text}'",
  pdMarked: "Marked as withheld (5.1.2e): {text}.",
  summary: "Assessment: {assessment} · Grounds: {grounds}",
  summaryUnmarked:
    "{n, plural, one {# possible piece of personal data is} other {# possible pieces of personal data are}} not marked.",
});

export const wooTranslator = (locale: Locale) => translator(WOO_MESSAGES, locale);
