/** Where a finding is, in words ("blok Aanleiding, alinea 12, blz. 2"), for the text output and the report. */
import type { Finding } from "../checks/types";
import { translator, type Locale } from "../i18n";
import { blockSpec, nameOf } from "../nota/schema";
import type { DocumentSnapshot } from "../nota/snapshot";
import { CLI_MESSAGES } from "./messages";

export function placeParts(f: Finding, snapshot: DocumentSnapshot, locale: Locale): string[] {
  const t = translator(CLI_MESSAGES, locale);
  const parts: string[] = [];
  if (f.block) parts.push(t("block", { label: nameOf(blockSpec(f.block))[locale] }));
  const p = f.paragraph !== undefined ? snapshot.paragraphs[f.paragraph] : undefined;
  if (p && p.story && p.story !== "body") parts.push(t("pageHeader"));
  else if (p) {
    parts.push(t("paragraph", { n: p.index + 1 }));
    if (p.page !== undefined && snapshot.pageSource !== "none") parts.push(t("page", { n: p.page }));
  }
  return parts;
}

/** A fix in a few words: "+ Aanleiding", `"… tekst"`, `datum = "1 mei 2024"`. */
export function describeEditShort(edit: NonNullable<Finding["fix"]>): string {
  switch (edit.kind) {
    case "insertBlock":
      return `+ ${blockSpec(edit.block).label.nl}`;
    case "replaceText":
    case "insertParagraph":
      return `"${edit.text}"`;
    case "setField":
      return `${edit.field} = "${edit.value}"`;
  }
}
