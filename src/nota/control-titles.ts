/**
 * The titles of the content controls the assistant writes that are not a field's or a block's label (those come
 * from the schema): one catalogue, Dutch first, instead of Dutch words in the planner, the template and the Word
 * adapter. Word shows a control's title on its tab in the document.
 */
import { fill, type Catalogue, type Locale } from "../i18n";

export type ControlTitleId = "title" | "purpose" | "emancipation-flag" | "woo-mark";

export const CONTROL_TITLES: Catalogue<ControlTitleId> = {
  nl: {
    title: "Titel",
    purpose: "Doel",
    "emancipation-flag": "Emancipatie",
    "woo-mark": "Niet openbaar: {ground}",
  },
  en: {
    title: "Title",
    purpose: "Purpose",
    "emancipation-flag": "Emancipation",
    "woo-mark": "Withheld: {ground}",
  },
};

/** A control's title in `locale` (`ground`: the Woo ground of a mark, "5.1.2e"). */
export function controlTitle(id: ControlTitleId, locale: Locale, params: { ground?: string } = {}): string {
  return fill(CONTROL_TITLES[locale][id], params, locale);
}
