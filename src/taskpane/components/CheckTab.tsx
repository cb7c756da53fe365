/** Controle: every rule's findings, each one click from its place, with fixes, comments and the report. */
import { Suspense, lazy, useMemo } from "react";
import {
  Badge,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Link,
  Text,
  Textarea,
} from "@fluentui/react-components";
import {
  ArrowSync20Regular,
  CommentAdd20Regular,
  CommentDismiss20Regular,
  Copy20Regular,
  Lightbulb16Regular,
  Wrench16Regular,
} from "../icons";
import { summarize } from "../../checks/engine";
import { SEVERITIES, type Finding } from "../../checks/types";
import { NOTA_SCHEMA, blockSpec } from "../../nota/schema";
import { useServices } from "../services";
import type { NotaState } from "../hooks/useNota";
import { severityNamer, useReview } from "../hooks/useReview";
import { useLayoutStyles } from "./layout";
import { ActionFeedback, Notice } from "./Feedback";

const EmancipationHelper = lazy(() => import("./EmancipationHelper"));

const SEVERITY_COLOR = { error: "danger", warning: "warning", info: "informative" } as const;

type Props = {
  state: NotaState;
  refresh: () => Promise<void>;
  setLetter: (letter: NotaState["letter"]) => void;
};

/** Findings grouped by block (schema order), then the header and the rest. */
export function groupFindings(findings: readonly Finding[]): { key: string; findings: Finding[] }[] {
  const keys = [...NOTA_SCHEMA.blocks.map((b) => b.id as string), "other"];
  return keys
    .map((key) => ({
      key,
      findings: findings
        .filter((f) => (f.block ?? "other") === key)
        .sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity)),
    }))
    .filter((g) => g.findings.length > 0);
}

/** The report as plain text, for the clipboard. */
export { reportText } from "../hooks/useReview";

export function CheckTab({ state, refresh, setLetter }: Props) {
  const { t, locale, document } = useServices();
  const styles = useLayoutStyles();
  const review = useReview(state, refresh);
  const { action, suggestion, report } = review;
  const { findings } = state;
  const severityName = severityNamer(t);
  const groups = useMemo(() => groupFindings(findings), [findings]);
  const snapshot = state.nota?.snapshot;
  const nota = state.nota;

  return (
    <>
      <section className={styles.section} aria-label={t("tabCheck")}>
        <div className={styles.rowCentered}>
          <Button appearance="primary" icon={<ArrowSync20Regular />} onClick={() => void refresh()}>
            {t("runChecks")}
          </Button>
          {state.status === "ready" && (
            <Text weight="semibold" role="status">
              {summarize(findings, locale)}
            </Text>
          )}
        </div>
        <Text size={200} className={styles.muted}>
          {t(state.live ? "autoCheck" : state.liveFailed ? "liveFailed" : "manualCheck")}
        </Text>
        <ActionFeedback state={action.state} />
      </section>

      {state.status === "ready" && findings.length === 0 && (
        <Notice intent="success">{t("noFindings")}</Notice>
      )}
      {nota && Object.keys(nota.header).length === 0 && Object.keys(nota.blocks).length === 0 && (
        <Notice intent="warning">{t("notANota")}</Notice>
      )}

      {groups.map((group) => (
        <section key={group.key} className={styles.section} aria-labelledby={`group-${group.key}`}>
          <Text as="h2" weight="semibold" id={`group-${group.key}`}>
            {group.key === "other" ? t("otherFindings") : blockSpec(group.key as never).label}
          </Text>
          <ul className={styles.list}>
            {group.findings.map((f, i) => (
              <li key={`${f.ruleId}-${f.messageId}-${i}`} className={styles.card} data-rule={f.ruleId}>
                <div className={styles.rowCentered}>
                  <Badge appearance="filled" color={SEVERITY_COLOR[f.severity]}>
                    {severityName(f.severity)}
                  </Badge>
                  <Text size={200} className={styles.muted}>
                    {f.ruleId}
                  </Text>
                </div>
                {f.paragraph !== undefined ? (
                  <Link as="button" className={styles.message} onClick={() => void review.goTo(f)}>
                    {f.message}
                  </Link>
                ) : (
                  <Text>{f.message}</Text>
                )}
                {f.fix && (
                  <Text size={200} className={styles.muted}>
                    {f.fix.kind === "insertBlock"
                      ? t("fixAddsBlock", { label: blockSpec(f.fix.block).label })
                      : t("fixWrites", { text: f.fix.kind === "setField" ? f.fix.value : f.fix.text })}
                  </Text>
                )}
                {(f.fix || f.suggestions?.length) && (
                  <div className={styles.rowCentered}>
                    {f.fix && (
                      <Button
                        size="small"
                        icon={<Wrench16Regular />}
                        onClick={() => void review.apply(f.fix!)}
                        disabled={action.running}
                      >
                        {t("applyFix")}
                      </Button>
                    )}
                    {f.suggestions?.map((s, k) => (
                      <Button
                        key={k}
                        size="small"
                        icon={<Lightbulb16Regular />}
                        onClick={() => review.showSuggestion(s)}
                      >
                        {t("showSuggestion")}
                      </Button>
                    ))}
                  </div>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}

      <Dialog open={suggestion !== undefined} onOpenChange={(_, d) => !d.open && review.closeSuggestion()}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t("suggestionTitle")}</DialogTitle>
            <DialogContent>{suggestion?.message}</DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => void review.applySuggestion()}>
                {t("suggestionApply")}
              </Button>
              <Button onClick={review.closeSuggestion}>{t("cancel")}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>

      {state.status === "ready" && snapshot && (
        <section className={styles.section} aria-label={t("copyReport")}>
          <div className={styles.rowCentered}>
            <Button
              icon={<CommentAdd20Regular />}
              disabled={!document.capabilities.comments || findings.length === 0 || action.running}
              onClick={() => void review.addComments()}
            >
              {t("addComments")}
            </Button>
            <Button
              icon={<CommentDismiss20Regular />}
              disabled={!document.capabilities.comments || action.running}
              onClick={() => void review.removeComments()}
            >
              {t("removeComments")}
            </Button>
            <Button icon={<Copy20Regular />} onClick={() => void review.copyReport()}>
              {t("copyReport")}
            </Button>
          </div>
          {!document.capabilities.comments && <Notice>{t("commentsUnsupported")}</Notice>}
          {report && <Textarea readOnly value={report} aria-label={t("copyReport")} resize="vertical" />}
        </section>
      )}

      {state.status === "ready" && (
        <Suspense fallback={null}>
          <EmancipationHelper state={state} refresh={refresh} setLetter={setLetter} />
        </Suspense>
      )}
    </>
  );
}
