/**
 * The titles of the content controls the assistant writes that are not a field's or a block's label (those come
 * from the schema): one catalogue, Dutch first, instead of Dutch words in the planner, the template and the Word
 * adapter. Word shows a control's title on its tab in the document.
 */
import { catalogue } from "../i18n";

export type ControlTitleId = "title" | "purpose" | "emancipation-flag" | "woo-mark";

export const CONTROL_TITLES = catalogue<ControlTitleId>(
  {
    title: "Titel",
    purpose: "Doel",
    "emancipation-flag": "Emancipatie",
    "woo-mark": "Niet openbaar: {ground}",
  },
  {
    title: "Title",
    purpose: "Purpose",
    "emancipation-flag": "Emancipation",
    "woo-mark": "Withheld: {ground}",
  },
);
