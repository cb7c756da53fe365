/**
 * Controle: whether the nota is ready to go up the line, then every finding with its next step (go to its place,
 * open its field, open the emancipation helper, fix, see a suggestion, read why), the comments and the report.
 */
import { Suspense, lazy, useId } from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Text,
  Textarea,
  Toast,
  ToastTitle,
  Toaster,
  useToastController,
} from "@fluentui/react-components";
import {
  ArrowSync20Regular,
  ChevronDown20Regular,
  ChevronUp20Regular,
  CommentAdd20Regular,
  CommentDismiss20Regular,
  Copy20Regular,
  Wrench16Regular,
} from "../icons";
import { ruleName } from "../../checks/rule-names";
import { PROFILES, describeProfileChoice } from "../../checks/builtin-profiles";
import type { Finding } from "../../checks/types";
import { blockSpec } from "../../nota/schema";
import { useServices } from "../services";
import { useLaterT } from "../messages-later";
import type { NotaState } from "../hooks/useNota";
import { findingCardId, fixableRules, useReview } from "../hooks/useReview";
import { useLayoutStyles } from "./layout";
import { ActionFeedback, Notice } from "./Feedback";
import { FindingCard } from "./FindingCard";
import { blockName } from "../labels";

const EmancipationHelper = lazy(() => import("./EmancipationHelper"));

type Props = {
  state: NotaState;
  refresh: () => Promise<void>;
  setLetter: (letter: NotaState["letter"]) => void;
  /** The person's profile choice ("" = inferred from the nota) and how to change it (remembered). */
  profile?: { chosen: string; choose: (id: string) => void };
};

/** The profile the checks use, named with its reason, and the switch to another (or back to inferring). */
function ProfileLine({ state, profile }: Pick<Props, "state" | "profile">) {
  const { locale } = useServices();
  const lt = useLaterT();
  const styles = useLayoutStyles();
  if (!state.profileChoice || !profile) return null;
  return (
    <div className={styles.row}>
      <Field
        label={lt("profileLabel")}
        hint={describeProfileChoice(state.profileChoice, locale)}
        className={styles.grow}
      >
        <Select className={styles.fill} value={profile.chosen} onChange={(_, d) => profile.choose(d.value)}>
          <option value="">{lt("profileInfer")}</option>
          {PROFILES.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name || p.id}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}

export { groupFindings, reportText } from "../hooks/useReview";

/** One glance: does anything still block the nota, and which rules. */
function ReadySummary({ findings }: { findings: readonly Finding[] }) {
  const { locale } = useServices();
  const lt = useLaterT();
  const errors = findings.filter((f) => f.severity === "error");
  const blocking = [...new Set(errors.map((f) => ruleName(f.ruleId, locale)))];
  const ready = errors.length === 0;
  return (
    <MessageBar intent={ready ? "success" : "warning"} id="check-summary" tabIndex={-1} role="status">
      <MessageBarBody>
        <MessageBarTitle>{lt(ready ? "readyTitle" : "notReadyTitle")}</MessageBarTitle>
        {ready
          ? findings.length
            ? lt("readyWarnings", { n: findings.length })
            : lt("readyClean")
          : lt("notReadyBody", { n: errors.length, rules: blocking.join(", ") })}
      </MessageBarBody>
    </MessageBar>
  );
}

export function CheckTab({ state, refresh, setLetter, profile }: Props) {
  const { t, locale, document } = useServices();
  const lt = useLaterT();
  const styles = useLayoutStyles();
  const toasterId = useId();
  const { dispatchToast } = useToastController(toasterId);
  const notify = (message: string) =>
    dispatchToast(
      <Toast>
        <ToastTitle>{message}</ToastTitle>
      </Toast>,
      { intent: "success", timeout: 3000 },
    );
  const review = useReview(state, refresh, notify);
  const { suggestion, report, listed, cursor, running } = review;
  const { findings } = state;
  const snapshot = state.nota?.snapshot;
  const nota = state.nota;
  const notANota = nota && Object.keys(nota.header).length === 0 && Object.keys(nota.blocks).length === 0;

  return (
    <>
      <Toaster toasterId={toasterId} position="bottom" />
      <section className={styles.section} aria-label={t("tabCheck")}>
        <ProfileLine state={state} profile={profile} />
        {state.status === "ready" && !notANota && <ReadySummary findings={findings} />}
        {state.suppressed > 0 && (
          <Text size={200} className={styles.muted}>
            {lt("suppressedCount", { n: state.suppressed })}
          </Text>
        )}
        {notANota && <Notice intent="warning">{lt("notANota")}</Notice>}
        <div className={styles.rowCentered}>
          <Button
            appearance={state.live ? "secondary" : "primary"}
            icon={<ArrowSync20Regular />}
            onClick={() => void refresh()}
          >
            {lt("runChecks")}
          </Button>
          {listed.length > 0 && (
            <>
              <Button
                icon={<ChevronUp20Regular />}
                aria-label={lt("previousFinding")}
                title={lt("previousFinding")}
                onClick={() => void review.walk(-1)}
              />
              <Button
                icon={<ChevronDown20Regular />}
                aria-label={lt("nextFinding")}
                title={lt("nextFinding")}
                onClick={() => void review.walk(1)}
              />
              {cursor !== undefined && (
                <Text size={200} aria-live="polite">
                  {lt("findingPosition", { i: cursor + 1, n: listed.length })}
                </Text>
              )}
            </>
          )}
        </div>
        <Text size={200} className={styles.muted}>
          {lt(state.live ? "autoCheck" : state.liveFailed ? "liveFailed" : "manualCheck")}
        </Text>
        {fixableRules(findings).map(({ ruleId, count }) => (
          <div key={ruleId} className={styles.section}>
            <Button
              icon={<Wrench16Regular />}
              disabled={running}
              className={styles.message}
              onClick={() => void review.fixAll(ruleId)}
            >
              {lt("fixAll", { rule: ruleName(ruleId, locale), n: count })}
            </Button>
            <ActionFeedback state={review.outcomeAt(`all:${ruleId}`)} />
          </div>
        ))}
      </section>

      {review.groups.map((group) => (
        <section key={group.key} className={styles.section} aria-labelledby={`group-${group.key}`}>
          <Text as="h2" weight="semibold" id={`group-${group.key}`}>
            {group.key === "header"
              ? lt("headerFindings")
              : group.key === "other"
                ? lt("otherFindings")
                : blockName(blockSpec(group.key!), locale)}
          </Text>
          <ul className={styles.list}>
            {group.findings.map((item) => (
              <FindingCard
                key={item.key}
                item={item}
                id={findingCardId(item.index)}
                current={cursor === item.index}
                snapshot={snapshot}
                outcome={review.outcomeAt(item.key)}
                running={running}
                onGoTo={() => void review.goTo(item)}
                onFix={() => void review.apply(item)}
                onSuggestion={(s) => review.showSuggestion(s, item)}
                onIgnore={
                  document.capabilities.customXmlParts
                    ? (reason) => void review.ignore(item, reason)
                    : undefined
                }
              />
            ))}
          </ul>
        </section>
      ))}

      <Dialog open={suggestion !== undefined} onOpenChange={(_, d) => !d.open && review.closeSuggestion()}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{lt("suggestionTitle")}</DialogTitle>
            <DialogContent>
              {suggestion && snapshot && (
                <EditPreview message={suggestion.message} edit={suggestion.edit} snapshot={snapshot} />
              )}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => void review.applySuggestion()}>
                {lt("suggestionApply")}
              </Button>
              <Button onClick={review.closeSuggestion}>{t("cancel")}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>

      {state.status === "ready" && snapshot && (
        <section className={styles.section} aria-label={lt("copyReport")}>
          <div className={styles.rowCentered}>
            <Button
              icon={<CommentAdd20Regular />}
              disabled={!document.capabilities.comments || findings.length === 0 || running}
              onClick={() => void review.addComments()}
            >
              {lt("addComments")}
            </Button>
            <Button
              icon={<CommentDismiss20Regular />}
              disabled={!document.capabilities.comments || !review.ownComments || running}
              onClick={() => void review.removeComments()}
            >
              {lt("removeComments")}
            </Button>
            <Button icon={<Copy20Regular />} onClick={() => void review.copyReport()}>
              {lt("copyReport")}
            </Button>
          </div>
          <ActionFeedback state={review.outcomeAt("comments")} />
          {!document.capabilities.comments && <Notice>{lt("commentsUnsupported")}</Notice>}
          {report && <Textarea readOnly value={report} aria-label={lt("copyReport")} resize="vertical" />}
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

/** What a suggestion changes: the text now and the text after, where there is one. */
function EditPreview({
  message,
  edit,
  snapshot,
}: {
  message: string;
  edit: NonNullable<Finding["fix"]>;
  snapshot: NonNullable<NotaState["nota"]>["snapshot"];
}) {
  const { locale } = useServices();
  const styles = useLayoutStyles();
  const lt = useLaterT();
  const before =
    edit.kind === "replaceText"
      ? snapshot.paragraphs[edit.paragraph]?.text.slice(edit.start, edit.end)
      : undefined;
  const after =
    edit.kind === "insertBlock"
      ? blockName(blockSpec(edit.block), locale)
      : edit.kind === "setField"
        ? edit.value
        : edit.text;
  return (
    <dl className={styles.section}>
      {/* The suggestion's own sentence, unless it only repeats the text it writes. */}
      {!message.includes(after) && <Text as="p">{message}</Text>}
      {before !== undefined && (
        <>
          <dt>
            <Text weight="semibold">{lt("editBefore")}</Text>
          </dt>
          <dd className={styles.quote}>{before || "—"}</dd>
        </>
      )}
      <dt>
        <Text weight="semibold">{lt(before !== undefined ? "editAfter" : "editInserts")}</Text>
      </dt>
      <dd className={styles.quote}>{after}</dd>
    </dl>
  );
}
