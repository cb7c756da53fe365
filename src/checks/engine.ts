/** Runs the rules over a parsed nota and turns their reports into findings. */
import { parseNota, Nota } from "../nota/parser";
import type { DocumentSnapshot } from "../nota/snapshot";
import { CompiledLexicon, Passage, compileLexicon, findPassages } from "../nota/emancipation";
import { DEFAULT_PROFILE, Profile } from "./profile";
import type { Finding, LetterInput, ReportInput, Rule, RuleMeta, Severity } from "./types";
import { fill, type Locale, type Params } from "../i18n";
import { RULES } from "./rules";

export interface CheckOptions {
  profile?: Profile;
  /** The letter the nota is about, when known: its passages and pages. */
  letter?: DocumentSnapshot;
  locale?: Locale;
  rules?: readonly Rule[];
}

export interface CheckResult {
  nota: Nota;
  findings: Finding[];
  letter?: LetterInput;
}

function message(meta: RuleMeta, messageId: string, locale: Locale, data?: Params): string {
  const m = meta.messages[messageId];
  if (!m) throw new Error(`rule ${meta.id} has no message "${messageId}"`);
  return fill(m[locale], data, locale);
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

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
  for (const rule of options.rules ?? RULES) {
    const { meta } = rule;
    const configured = profile.severities[meta.id];
    if (configured === "off") continue;
    const report = (r: ReportInput) => {
      const finding: Finding = {
        ruleId: meta.id,
        messageId: r.messageId,
        severity: configured ?? r.severity ?? meta.defaultSeverity,
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
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.paragraph ?? Number.MAX_SAFE_INTEGER) - (b.paragraph ?? Number.MAX_SAFE_INTEGER),
  );
  return { nota, findings, letter };
}

/** "2 fouten, 1 waarschuwing" / "2 errors, 1 warning". */
export function summarize(findings: readonly Finding[], locale: Locale = "nl"): string {
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const words: Record<Locale, Record<Severity, [string, string]>> = {
    nl: {
      error: ["fout", "fouten"],
      warning: ["waarschuwing", "waarschuwingen"],
      info: ["opmerking", "opmerkingen"],
    },
    en: { error: ["error", "errors"], warning: ["warning", "warnings"], info: ["note", "notes"] },
  };
  const parts = (["error", "warning", "info"] as Severity[])
    .map((s) => [s, count(s)] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${words[locale][s][n === 1 ? 0 : 1]}`);
  if (parts.length === 0) return locale === "nl" ? "Geen bevindingen" : "No findings";
  return parts.join(", ");
}
