/**
 * Suppressions: findings a reviewer accepted, or rules switched off for one document. Stored in the document's
 * afstemming record (src/nota/afstemming.ts), honoured by the engine, so that the pane, the command line and the
 * report all leave out the same findings (and the report lists them, with who accepted them and why).
 */
import type { DocumentSnapshot } from "../nota/snapshot";
import type { Suppression } from "../nota/afstemming";
import type { Finding } from "./types";

export type { Suppression } from "../nota/afstemming";

const fold = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();

/**
 * Where a finding is, in a form that survives edits elsewhere in the document: its header field ("field:datum"),
 * else the text of its paragraph ("text:…", the first 80 characters, folded), else its block ("block:kernpunten");
 * undefined for a finding about the whole document.
 */
export function placeKey(finding: Finding, snapshot: DocumentSnapshot): string | undefined {
  if (finding.field) return `field:${finding.field}`;
  if (finding.paragraph !== undefined) {
    const text = snapshot.paragraphs[finding.paragraph]?.text;
    if (text?.trim()) return `text:${fold(text).slice(0, 80)}`;
  }
  if (finding.block) return `block:${finding.block}`;
  return undefined;
}

/** The suppression for this finding, when there is one. */
export function suppressionFor(
  finding: Finding,
  suppressions: readonly Suppression[],
  snapshot: DocumentSnapshot,
): Suppression | undefined {
  let place: string | undefined | null = null; // computed once, only when a suppression names a place
  return suppressions.find((s) => {
    if (s.ruleId !== finding.ruleId) return false;
    if (s.messageId && s.messageId !== finding.messageId) return false;
    if (!s.place) return true;
    if (place === null) place = placeKey(finding, snapshot);
    return s.place === place;
  });
}

/**
 * The suppression that accepts exactly this finding ("Negeren"): rule, message and place, with who and why.
 * `at` defaults to today (ISO date).
 */
export function acceptFinding(
  finding: Finding,
  snapshot: DocumentSnapshot,
  extra: { reason?: string; by?: string; at?: string } = {},
): Suppression {
  const s: Suppression = { ruleId: finding.ruleId, messageId: finding.messageId };
  const place = placeKey(finding, snapshot);
  if (place) s.place = place;
  if (extra.reason?.trim()) s.reason = extra.reason.trim();
  if (extra.by?.trim()) s.by = extra.by.trim();
  s.at = extra.at ?? new Date().toISOString().slice(0, 10);
  return s;
}

/** The suppression that switches a rule off for this document. */
export function switchRuleOff(
  ruleId: string,
  extra: { reason?: string; by?: string; at?: string } = {},
): Suppression {
  const s: Suppression = { ruleId };
  if (extra.reason?.trim()) s.reason = extra.reason.trim();
  if (extra.by?.trim()) s.by = extra.by.trim();
  s.at = extra.at ?? new Date().toISOString().slice(0, 10);
  return s;
}
