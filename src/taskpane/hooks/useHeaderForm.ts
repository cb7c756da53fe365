/**
 * The header form's logic: the values shown (the document's, until the person changes one: then a draft of
 * their own, so that nothing is seeded from the document twice), and saving every changed field in one batch.
 */
import { useMemo, useState } from "react";
import type { FieldId } from "../../nota/schema";
import { parseAddressing, type Nota } from "../../nota/parser";
import { formatDutchDate, fromIsoDate, parseDutchDate, toIsoDate } from "../../nota/dates";
import { useServices } from "../services";
import { useLaterT } from "../messages-later";
import { useAction } from "./useAction";

export interface HeaderValues {
  purpose: string;
  aan: string;
  via: string;
  van: string;
  datum: string; // ISO, for the date input
  referentie: string;
  bijlagen: string[];
}

function valuesOf(nota: Nota): HeaderValues {
  const h = nota.header;
  // A nota with a Via field of its own keeps the routing there; otherwise it is part of Aan.
  const addressing = h.via
    ? { to: h.aan?.value ? [h.aan.value.trim()] : [], via: h.via.value ? [h.via.value.trim()] : [] }
    : parseAddressing(h.aan?.value ?? "");
  const date = parseDutchDate(h.datum?.value ?? "").date;
  return {
    purpose: h.purpose?.value ?? "",
    aan: addressing.to.join(" en "),
    via: addressing.via.join(" en "),
    van: h.van?.value ?? "",
    datum: date ? toIsoDate(date) : "",
    referentie: h.referentie?.value ?? "",
    bijlagen: h.bijlagen?.lines.length ? h.bijlagen.lines : [""],
  };
}

/** The field values as they go into the document; the routing in a Via field where the nota has one. */
export function fieldTexts(v: HeaderValues, viaField = false): Partial<Record<FieldId, string>> {
  const date = fromIsoDate(v.datum);
  const routing = viaField
    ? { aan: v.aan.trim(), via: v.via.trim() }
    : { aan: v.via.trim() ? `${v.aan.trim()} (via ${v.via.trim()})` : v.aan.trim() };
  return {
    purpose: v.purpose,
    ...routing,
    van: v.van.trim(),
    datum: date ? formatDutchDate(date) : "",
    referentie: v.referentie.trim(),
    bijlagen: v.bijlagen
      .map((b) => b.trim())
      .filter(Boolean)
      .join("\n"),
  };
}

export function useHeaderForm(nota: Nota, refresh: () => Promise<void>) {
  const { document, profile } = useServices();
  const t = useLaterT();
  const action = useAction();
  const initial = useMemo(() => valuesOf(nota), [nota]);
  // Undefined until the person edits: the form shows the document's values and follows them when it changes.
  const [draft, setDraft] = useState<HeaderValues>();
  const values = draft ?? initial;
  // Any header layout the parser recognises can be edited in place; a document without one cannot.
  const hasHeader = Object.keys(nota.header).length > 0;
  const viaField = !!nota.header.via;
  // Editing again clears the last outcome ("Opgeslagen" is about what was saved, not about the new draft).
  const set = (patch: Partial<HeaderValues>) => {
    action.reset();
    setDraft({ ...values, ...patch });
  };
  const save = () =>
    action.run(async () => {
      const before = fieldTexts(initial, viaField);
      const after = fieldTexts(values, viaField);
      // Every changed field in one batch, in its place (a missing one added in the nota's own layout): all
      // written, or (when one cannot be) none.
      const changed: Partial<Record<FieldId, string>> = {};
      for (const id of Object.keys(after) as FieldId[])
        if (after[id] !== before[id]) changed[id] = after[id] ?? "";
      // A field the nota lacks is added with the profile's label (BZK's "Kenmerk", not the schema's "Referentie").
      await document.setFields(changed, nota.snapshot, { labels: profile.labels });
      setDraft(undefined);
      await refresh();
      return t("saved");
    });
  return {
    values,
    set,
    save,
    action,
    hasHeader,
    dirty: draft !== undefined,
    date: fromIsoDate(values.datum),
  };
}
