/**
 * The reviewer's actions in the Controle tab: go to a finding, apply a fix or a suggestion (shown first), place or
 * remove review comments, copy the report (shown as text where the clipboard refuses). The tab only renders.
 */
import { useState } from "react";
import { summarize } from "../../checks/engine";
import type { Finding, Severity, Suggestion } from "../../checks/types";
import type { Locale } from "../../i18n";
import { NotaWordError } from "../../word/errors";
import { placeOf } from "../../word/places";
import type { Translate } from "../messages";
import { useServices } from "../services";
import { useAction } from "./useAction";
import type { NotaState } from "./useNota";

/** The report as plain text: the summary, then one line per finding. */
export function reportText(
  findings: readonly Finding[],
  locale: Locale,
  severityName: (s: Severity) => string,
): string {
  const lines = [summarize(findings, locale)];
  for (const f of findings) lines.push(`- ${severityName(f.severity)}: ${f.message} [${f.ruleId}]`);
  return lines.join("\n");
}

export const severityNamer = (t: Translate) => (s: Severity) =>
  t(s === "error" ? "severityError" : s === "warning" ? "severityWarning" : "severityInfo");

export function useReview(state: NotaState, refresh: () => Promise<void>) {
  const { t, locale, document, copyText } = useServices();
  const action = useAction();
  const [suggestion, setSuggestion] = useState<Suggestion | undefined>();
  const [report, setReport] = useState<string | undefined>();
  const snapshot = state.nota?.snapshot;
  const { findings } = state;

  const goTo = (f: Finding) =>
    action.run(async () => {
      if (!snapshot) return undefined;
      try {
        if (f.paragraph !== undefined) await document.goTo(placeOf(snapshot, f.paragraph, f.range));
      } catch (err) {
        if (err instanceof NotaWordError && err.code === "stale") {
          await refresh();
          return t("stale");
        }
        throw err;
      }
      return undefined;
    });

  const apply = (edit: NonNullable<Finding["fix"]>) =>
    action.run(async () => {
      if (!snapshot) return undefined;
      await document.applyEdit(edit, snapshot);
      await refresh();
      return undefined;
    });

  /** Applies the suggestion on show and closes it. */
  const applySuggestion = () => {
    if (!suggestion) return Promise.resolve();
    const edit = suggestion.edit;
    setSuggestion(undefined);
    return apply(edit);
  };

  const addComments = () =>
    action.run(async () => {
      if (!snapshot) return undefined;
      return t("commentsAdded", { n: await document.addReviewComments(findings, snapshot) });
    });

  const removeComments = () =>
    action.run(async () => t("commentsRemoved", { n: await document.removeReviewComments() }));

  const copyReport = () =>
    action.run(async () => {
      const text = reportText(findings, locale, severityNamer(t));
      try {
        await copyText(text);
        setReport(undefined);
        return t("copied");
      } catch {
        setReport(text);
        return t("copyFailed");
      }
    });

  return {
    action,
    suggestion,
    showSuggestion: setSuggestion,
    closeSuggestion: () => setSuggestion(undefined),
    applySuggestion,
    report,
    goTo,
    apply,
    addComments,
    removeComments,
    copyReport,
  };
}
