/** The texts of the Woo section's personal-data list and its summary (Dutch first, English too). */
import { catalogue, translator, type Translate } from "../../i18n";
import { useServices } from "../services";

const nl = {
  pdHeading: "Lijkt op persoonsgegevens, niet gemarkeerd",
  pdIntro:
    "Controleer elk: maak niet openbaar wat niet gepubliceerd mag worden. Ook de namen van wie het document schreef, bewerkte of van opmerkingen voorzag staan erbij.",
  pdPeopleFailed:
    "De namen van wie het document schreef, bewerkte of van opmerkingen voorzag konden niet worden gelezen; zoek ze zelf na, of open het paneel opnieuw.",
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
    "Check each one: withhold what must not be published. The names of those who wrote, revised or commented on the document are included.",
  pdPeopleFailed:
    "The names of those who wrote, revised or commented on the document could not be read; look for them yourself, or open the pane again.",
  pdNone: "Nothing found that looks like personal data.",
  pdListLabel: "Unmarked personal data",
  pdMarkLabel: "Withhold: '{text}'",
  pdGoToLabel: "Go to '{text}'",
  pdMarked: "Marked as withheld (5.1.2e): {text}.",
  summary: "Assessment: {assessment} · Grounds: {grounds}",
  summaryUnmarked:
    "{n, plural, one {# possible piece of personal data is} other {# possible pieces of personal data are}} not marked.",
});

/** The translate function for these texts in the pane's locale. */
export function useWooT(): Translate<WooMessageId> {
  return translator(WOO_MESSAGES, useServices().locale);
}
