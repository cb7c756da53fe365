/** Runs the rules over a parsed nota and turns their reports into findings. */
import { parseNota, Nota } from "../nota/parser";
import type { DocumentSnapshot } from "../nota/snapshot";
import { CompiledLexicon, Passage, compileLexicon, findPassages } from "../nota/emancipation";
import { DEFAULT_PROFILE, type NotaKind, type Profile } from "./profile";
import { own } from "./own";
import { suppressionsOf, type Suppression } from "../nota/afstemming";
import { suppressionFor } from "./suppressions";
import { isNota, kindOf } from "./kinds";
import {
  SEVERITIES,
  type Finding,
  type LetterInput,
  type ReportInput,
  type Rule,
  type RuleMeta,
  type Severity,
} from "./types";
import { catalogue, translator, type Locale, type Params } from "../i18n";
import { RULES } from "./rules";

export interface CheckOptions {
  profile?: Profile;
  /** The letter the nota is about, when known: its passages and pages. */
  letter?: DocumentSnapshot;
  locale?: Locale;
  rules?: readonly Rule[];
  /** Accepted findings and rules switched off for this document; default: the document's own record. */
  suppressions?: readonly Suppression[];
}

export interface CheckResult {
  nota: Nota;
  /** The findings, without the suppressed ones. */
  findings: Finding[];
  /** Findings a suppression accepted, with it (the report lists them: what, by whom, why). */
  suppressed: { finding: Finding; suppression: Suppression }[];
  /** The document is no nota: no rule ran, one sentence says so (ENGINE_MESSAGES notANota), counted apart ("geen nota"). */
  notANota: boolean;
  /** The kind its purpose line names (beslisnota, informatienota), when it names one. */
  kind?: NotaKind;
  profile: Profile;
  letter?: LetterInput;
}

/**
 * The severity of one finding. A rule gives its messages its default severity, or one of their own (`header-fields`:
 * a missing Datum is an error, an unknown purpose line a warning, an unknown Aan a note). A profile's severity for the
 * rule sets its default, and where it is less serious than the rule's default it is also the most serious any of the
 * rule's messages can be: `"warning"` makes the errors warnings and leaves the notes notes; raising a rule raises its
 * default messages and leaves the ones the rule rates apart as they are. (`"off"` never reaches here: the rule does
 * not run.)
 */
export function severityOf(
  rule: Severity,
  own: Severity | undefined,
  configured: Severity | undefined,
): Severity {
  if (!configured) return own ?? rule;
  if (!own) return configured;
  const rank = (s: Severity) => SEVERITIES.indexOf(s);
  return rank(configured) > rank(rule) && rank(own) < rank(configured) ? configured : own;
}

function message(meta: RuleMeta, messageId: string, locale: Locale, data?: Params): string {
  if (own(meta.messages[locale], messageId) === undefined)
    throw new Error(`rule ${meta.id} has no message "${messageId}"`);
  return translator(meta.messages, locale)(messageId, data);
}

/** Compiled lexicons by profile, so a re-check after every edit does not compile again. */
const lexiconCache = new WeakMap<Profile, CompiledLexicon>();
export function lexiconOf(profile: Profile): CompiledLexicon {
  let lexicon = lexiconCache.get(profile);
  if (!lexicon) {
    lexicon = compileLexicon(profile.emancipation.lexicon);
    lexiconCache.set(profile, lexicon);
  }
  return lexicon;
}

/** A letter does not change while the pane re-checks the nota after every edit: its passages are found once. */
const passageCache = new WeakMap<DocumentSnapshot, { lexicon: CompiledLexicon; passages: Passage[] }>();
export function letterPassages(letter: DocumentSnapshot, lexicon: CompiledLexicon): Passage[] {
  const cached = passageCache.get(letter);
  if (cached && cached.lexicon === lexicon) return cached.passages;
  const passages = findPassages(letter, lexicon);
  passageCache.set(letter, { lexicon, passages });
  return passages;
}

/** Checks a nota (or a snapshot, parsed first) against every rule the profile leaves on. */
export function checkNota(input: Nota | DocumentSnapshot, options: CheckOptions = {}): CheckResult {
  const profile = options.profile ?? DEFAULT_PROFILE;
  const locale = options.locale ?? "nl";
  const nota = "header" in input ? input : parseNota(input);
  const lexicon = lexiconOf(profile);
  const letter = options.letter
    ? { snapshot: options.letter, passages: letterPassages(options.letter, lexicon) }
    : undefined;
  let found: Passage[] | undefined;
  const notaPassages = () => (found ??= findPassages(nota.snapshot, lexicon));
  const findings: Finding[] = [];
  const kind = kindOf(nota, profile);
  if (!isNota(nota)) return { nota, findings, suppressed: [], notANota: true, kind, profile, letter };
  for (const rule of options.rules ?? RULES) {
    const { meta } = rule;
    const configured = own(profile.severities, meta.id);
    if (configured === "off") continue;
    const report = (r: ReportInput) => {
      const finding: Finding = {
        ruleId: meta.id,
        messageId: r.messageId,
        severity: severityOf(meta.defaultSeverity, r.severity, configured),
        message: message(meta, r.messageId, locale, r.data),
      };
      if (r.block) finding.block = r.block;
      if (r.field) finding.field = r.field;
      if (r.paragraph !== undefined) finding.paragraph = r.paragraph;
      if (r.range) finding.range = r.range;
      if (r.fix) finding.fix = r.fix;
      if (r.suggestions?.length) {
        finding.suggestions = r.suggestions.map((s) => ({
          messageId: s.messageId,
          message: message(meta, s.messageId, locale, s.data),
          edit: s.edit,
        }));
      }
      findings.push(finding);
    };
    rule.check({ nota, profile, lexicon, notaPassages, letter, locale, report });
  }
  findings.sort(
    (a, b) =>
      SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
      (a.paragraph ?? Number.MAX_SAFE_INTEGER) - (b.paragraph ?? Number.MAX_SAFE_INTEGER),
  );
  const suppressions = options.suppressions ?? suppressionsOf(nota.snapshot);
  if (!suppressions.length) return { nota, findings, suppressed: [], notANota: false, kind, profile, letter };
  const kept: Finding[] = [];
  const suppressed: CheckResult["suppressed"] = [];
  for (const finding of findings) {
    const suppression = suppressionFor(finding, suppressions, nota.snapshot);
    if (suppression) suppressed.push({ finding, suppression });
    else kept.push(finding);
  }
  return { nota, findings: kept, suppressed, notANota: false, kind, profile, letter };
}

/**
 * The engine's own sentences: the summary's counts ("2 fouten, 1 waarschuwing" / "2 errors, 1 warning") and
 * `notANota`, the sentence for a document that is no nota.
 */
export const ENGINE_MESSAGES = catalogue(
  {
    error: "{n, plural, one {# fout} other {# fouten}}",
    warning: "{n, plural, one {# waarschuwing} other {# waarschuwingen}}",
    info: "{n, plural, one {# opmerking} other {# opmerkingen}}",
    none: "Geen bevindingen",
    notANota:
      "Dit document lijkt geen nota: geen doelregel, geen blokken (Aanleiding, Geadviseerd besluit, …) en geen Aan en Van gevonden.",
  },
  {
    error: "{n, plural, one {# error} other {# errors}}",
    warning: "{n, plural, one {# warning} other {# warnings}}",
    info: "{n, plural, one {# note} other {# notes}}",
    none: "No findings",
    notANota:
      "This document does not look like a nota: no purpose line, no blocks (Aanleiding, Geadviseerd besluit, …) and no Aan and Van found.",
  },
);

/** "1 fout, 4 waarschuwingen" — or "Geen bevindingen". */
export function summarize(findings: readonly Finding[], locale: Locale = "nl"): string {
  const t = translator(ENGINE_MESSAGES, locale);
  const parts = SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => t(s, { n }));
  return parts.length ? parts.join(", ") : t("none");
}
