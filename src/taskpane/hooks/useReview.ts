/**
 * The reviewer's actions in the Controle tab: walk the findings, go to one, apply its fix (or every fix of one
 * rule), a suggestion (shown first), place or remove review comments, copy the report (shown as text where the
 * clipboard refuses). Each outcome belongs to the place it happened (`at`): the tab shows it there. After a fix
 * the focus moves to the finding that now stands where the fixed one stood. The tab only renders.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import { checkNota, summarize } from "../../checks/engine";
import { ruleName } from "../../checks/rule-names";
import { acceptFinding } from "../../checks/suppressions";
import { afstemmingOf, sameSuppression } from "../../nota/afstemming";
import { SEVERITIES, type Finding, type Severity, type Suggestion } from "../../checks/types";
import type { Locale, Translate } from "../../i18n";
import { NOTA_SCHEMA } from "../../nota/schema";
import { NotaWordError } from "../../word/errors";
import { placeOf } from "../../word/places";
import { paneError, type ActionState } from "../components/Feedback";
import { useServices } from "../services";
import { useLaterT, type LaterMessageId } from "../messages-later";
import type { NotaState } from "./useNota";

/** The report as plain text: the summary, then one line per finding, the rule by its name. */
export function reportText(
  findings: readonly Finding[],
  locale: Locale,
  severityName: (s: Severity) => string,
): string {
  const lines = [summarize(findings, locale)];
  for (const f of findings)
    lines.push(`- ${severityName(f.severity)}: ${f.message} [${ruleName(f.ruleId, locale)}]`);
  return lines.join("\n");
}

export const severityNamer = (t: Translate<LaterMessageId>) => (s: Severity) =>
  t(s === "error" ? "severityError" : s === "warning" ? "severityWarning" : "severityInfo");

/** The group a finding is listed under: its block, the header for a field without a block, or the rest. */
export type GroupKey = Finding["block"] | "header" | "other";
const groupOf = (f: Finding): GroupKey => f.block ?? (f.field ? "header" : "other");

export interface ListedFinding {
  finding: Finding;
  /** Unique in the list (a rule may report the same message twice in one paragraph). */
  key: string;
  /** Position in the walk order (the order the list shows). */
  index: number;
}

/** Findings grouped by block (schema order), then the header's, then the rest; in each, by severity. */
export function groupFindings(findings: readonly Finding[]): { key: GroupKey; findings: ListedFinding[] }[] {
  const keys: GroupKey[] = ["header", ...NOTA_SCHEMA.blocks.map((b) => b.id), "other"];
  const seen = new Map<string, number>();
  let index = 0;
  return keys
    .map((key) => ({
      key,
      findings: findings
        .filter((f) => groupOf(f) === key)
        .sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity))
        .map((finding) => {
          const base = [finding.ruleId, finding.messageId, finding.paragraph ?? "", finding.field ?? ""].join(
            ":",
          );
          const n = seen.get(base) ?? 0;
          seen.set(base, n + 1);
          return { finding, key: `${base}:${n}` };
        }),
    }))
    .filter((g) => g.findings.length > 0)
    .map((g) => ({ ...g, findings: g.findings.map((f) => ({ ...f, index: index++ })) }));
}

/** Rules with more than one fix right now: "Alles herstellen" for each. */
export function fixableRules(findings: readonly Finding[]): { ruleId: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const f of findings) if (f.fix) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  return [...counts].filter(([, n]) => n > 1).map(([ruleId, count]) => ({ ruleId, count }));
}

/** The DOM id of a finding's card, so that focus can be put on it. */
export const findingCardId = (index: number) => `finding-${index}`;

export function useReview(state: NotaState, refresh: () => Promise<void>, notify: (message: string) => void) {
  const { locale, document, copyText, profile } = useServices();
  const lt = useLaterT();
  const [outcome, setOutcome] = useState<{ at: string; state: ActionState }>({
    at: "",
    state: { status: "idle" },
  });
  const [suggestion, setSuggestion] = useState<{ suggestion: Suggestion; index: number }>();
  const [report, setReport] = useState<string | undefined>();
  /** The assistant's comments in the document: counted in Word each time the pane reads it; unknown until then. */
  const [ownComments, setOwnComments] = useState<number | undefined>();
  const [cursor, setCursor] = useState<number>();
  const focusAfter = useRef<number | undefined>(undefined);
  const snapshot = state.nota?.snapshot;
  const { findings } = state;
  const groups = useMemo(() => groupFindings(findings), [findings]);
  const listed = useMemo(() => groups.flatMap((g) => g.findings), [groups]);

  // "Opmerkingen verwijderen" only while there are comments of ours: counted on every read of the document (the
  // author may have deleted them by hand); a count that fails leaves it unknown (the button stays off).
  useEffect(() => {
    if (!snapshot || !document.capabilities.comments) return;
    let current = true;
    document.countReviewComments().then(
      (n) => current && setOwnComments(n),
      () => current && setOwnComments(undefined),
    );
    return () => {
      current = false;
    };
  }, [snapshot, document]);

  // After a fix: the focus goes to the finding now at the fixed one's place (or the last, or the summary).
  useEffect(() => {
    if (focusAfter.current === undefined) return;
    const at = Math.min(focusAfter.current, listed.length - 1);
    focusAfter.current = undefined;
    const target = window.document.getElementById(at >= 0 ? findingCardId(at) : "check-summary");
    target?.focus();
    setCursor(at >= 0 ? at : undefined);
  }, [listed]);

  const running = outcome.state.status === "running";
  const run = async (at: string, action: () => Promise<string | undefined>) => {
    setOutcome({ at, state: { status: "running" } });
    try {
      const message = await action();
      setOutcome({ at, state: message ? { status: "done", message } : { status: "idle" } });
    } catch (err) {
      if (err instanceof NotaWordError && err.code === "stale") {
        await refresh();
        setOutcome({ at, state: { status: "done", message: lt("stale") } });
        return;
      }
      setOutcome({ at, state: { status: "failed", error: paneError(err) } });
    }
  };
  const outcomeAt = (at: string): ActionState => (outcome.at === at ? outcome.state : { status: "idle" });

  const goTo = (item: ListedFinding) =>
    run(item.key, async () => {
      setCursor(item.index);
      if (snapshot && item.finding.paragraph !== undefined)
        await document.goTo(placeOf(snapshot, item.finding.paragraph, item.finding.range));
      return undefined;
    });

  /** Walks the list: goes to the finding `step` away from the current one (wrapping), and focuses its card. */
  const walk = (step: 1 | -1) => {
    if (!listed.length) return Promise.resolve();
    const next =
      cursor === undefined
        ? step === 1
          ? 0
          : listed.length - 1
        : (cursor + step + listed.length) % listed.length;
    window.document.getElementById(findingCardId(next))?.focus();
    return goTo(listed[next]);
  };

  const applyEdit = (item: ListedFinding, edit: NonNullable<Finding["fix"]>) =>
    run(item.key, async () => {
      if (!snapshot) return undefined;
      await document.applyEdit(edit, snapshot);
      focusAfter.current = item.index;
      await refresh();
      notify(lt("fixed"));
      return undefined;
    });

  const apply = (item: ListedFinding) => (item.finding.fix ? applyEdit(item, item.finding.fix) : undefined);

  /** Every fix of one rule, one at a time on a fresh reading (an earlier fix moves the later ones' places). */
  const fixAll = (ruleId: string) =>
    run(`all:${ruleId}`, async () => {
      const most = findings.filter((f) => f.ruleId === ruleId && f.fix).length;
      let fixed = 0;
      for (let i = 0; i < most; i++) {
        const current = await document.readSnapshot();
        const next = checkNota(current, { profile, locale, letter: state.letter?.snapshot }).findings.find(
          (f) => f.ruleId === ruleId && f.fix,
        );
        if (!next) break;
        await document.applyEdit(next.fix!, current);
        fixed++;
      }
      await refresh();
      return fixed ? lt("fixedAll", { n: fixed }) : lt("fixNothingLeft");
    });

  /**
   * "Negeren": the finding accepted, with the reason, in the document's own record (beside the afstemming), so
   * that the pane, the command line and the report all leave it out. The focus moves on as after a fix.
   */
  const ignore = (item: ListedFinding, reason: string) =>
    run(item.key, async () => {
      if (!state.nota) return undefined;
      const { afstemming } = afstemmingOf(state.nota);
      const accepted = acceptFinding(item.finding, state.nota.snapshot, { reason });
      const suppressions = [
        ...(afstemming.suppressions ?? []).filter((s) => !sameSuppression(s, accepted)),
        accepted,
      ];
      await document.writeAfstemming({ ...afstemming, suppressions });
      focusAfter.current = item.index;
      await refresh();
      notify(lt("ignored"));
      return undefined;
    });

  /** Applies the suggestion on show and closes it. */
  const applySuggestion = () => {
    if (!suggestion) return Promise.resolve();
    const { suggestion: s, index } = suggestion;
    setSuggestion(undefined);
    return listed[index] ? applyEdit(listed[index], s.edit) : Promise.resolve();
  };

  const addComments = () =>
    run("comments", async () => {
      if (!snapshot) return undefined;
      const n = await document.addReviewComments(findings, snapshot);
      setOwnComments(n);
      return lt("commentsAdded", { n });
    });

  const removeComments = () =>
    run("comments", async () => {
      const n = await document.removeReviewComments();
      // What Word would not delete stays (office-js #6551), and so does the button.
      setOwnComments(await document.countReviewComments());
      return n ? lt("commentsRemoved", { n }) : lt("commentsNone");
    });

  const copyReport = () =>
    run("comments", async () => {
      const text = reportText(findings, locale, severityNamer(lt));
      try {
        await copyText(text);
        setReport(undefined);
        notify(lt("copied"));
        return undefined;
      } catch {
        setReport(text);
        return lt("copyFailed");
      }
    });

  return {
    groups,
    listed,
    cursor,
    running,
    outcomeAt,
    suggestion: suggestion?.suggestion,
    showSuggestion: (s: Suggestion, item: ListedFinding) =>
      setSuggestion({ suggestion: s, index: item.index }),
    closeSuggestion: () => setSuggestion(undefined),
    applySuggestion,
    report,
    ownComments,
    goTo,
    walk,
    apply,
    ignore,
    fixAll,
    addComments,
    removeComments,
    copyReport,
  };
}
