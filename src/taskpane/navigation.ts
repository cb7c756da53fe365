/** Moving between the pane's tabs from a finding: to a field of the header form, or to another tab. */
import { createContext, useContext } from "react";
import type { FieldId } from "../nota/schema";

export interface PaneNavigation {
  /** Opens Opstellen and puts the focus in the header form's field. */
  openField(field: FieldId): void;
  /** Opens the Afstemming tab (a finding about the consultation record). */
  openAfstemming(): void;
}

export const NavigationContext = createContext<PaneNavigation>({
  openField: () => undefined,
  openAfstemming: () => undefined,
});

export const useNavigation = () => useContext(NavigationContext);

/** The id of a header form control, so that a finding can put the focus in it. */
export const fieldControlId = (field: FieldId) => `nota-field-${field}`;
