/**
 * One finding, always with its next step: its place (the message is the link), the field in the header form, the
 * emancipation helper, the fix (with what it writes), a suggestion, and "Waarom?" (what the rule checks and why).
 * Its outcome (a failure, a stale place) is shown in the card itself.
 */
import { useState } from "react";
import { Badge, Button, Field, Input, Link, Text, mergeClasses } from "@fluentui/react-components";
import {
  ArrowRight16Regular,
  EyeOff16Regular,
  Edit16Regular,
  Lightbulb16Regular,
  QuestionCircle16Regular,
  Wrench16Regular,
} from "../icons";
import { ruleName, ruleWhy } from "../../checks/rule-names";
import type { Suggestion } from "../../checks/types";
import { blockSpec, type FieldId } from "../../nota/schema";
import type { DocumentSnapshot } from "../../nota/snapshot";
import { useServices } from "../services";
import { useLaterT, type LaterMessageId } from "../messages-later";
import { useNavigation } from "../navigation";
import type { ListedFinding } from "../hooks/useReview";
import { severityNamer } from "../hooks/useReview";
import { useLayoutStyles } from "./layout";
import { ActionFeedback, type ActionState } from "./Feedback";

const SEVERITY_COLOR = { error: "danger", warning: "warning", info: "informative" } as const;

/** The header form's fields, with the label the form shows. */
export const FORM_FIELDS: Partial<Record<FieldId, LaterMessageId>> = {
  purpose: "purpose",
  aan: "aan",
  via: "via",
  van: "van",
  datum: "datum",
  referentie: "referentie",
  bijlagen: "bijlagen",
};

const EMANCIPATION_RULES = ["emancipation-flag", "emancipation-pages"];

/** The emancipation helper's heading, focused and brought into view. */
export function openEmancipationHelper() {
  const heading = window.document.getElementById("emancipation-heading");
  heading?.scrollIntoView?.({ block: "start" });
  heading?.focus();
}

export function FindingCard({
  item,
  id,
  current,
  outcome,
  running,
  onGoTo,
  onFix,
  onSuggestion,
  onIgnore,
}: {
  item: ListedFinding;
  id: string;
  current: boolean;
  snapshot?: DocumentSnapshot;
  outcome: ActionState;
  running: boolean;
  onGoTo: () => void;
  onFix: () => void;
  onSuggestion: (s: Suggestion) => void;
  /** Undefined where this Word cannot keep the record (WordApi 1.4). */
  onIgnore?: (reason: string) => void;
}) {
  const { locale } = useServices();
  const lt = useLaterT();
  const { openField, openAfstemming } = useNavigation();
  const styles = useLayoutStyles();
  const [why, setWhy] = useState(false);
  const [ignoring, setIgnoring] = useState(false);
  const [reason, setReason] = useState("");
  const f = item.finding;
  const name = ruleName(f.ruleId, locale);
  const whyText = ruleWhy(f.ruleId, locale);
  const formField = f.field && FORM_FIELDS[f.field];
  const offersField = formField && (f.paragraph === undefined || f.ruleId === "header-fields");
  const offersHelper = EMANCIPATION_RULES.includes(f.ruleId);
  const whyId = `${id}-why`;
  return (
    <li
      id={id}
      tabIndex={-1}
      className={mergeClasses(styles.card, styles.focusable, current && styles.current)}
      data-rule={f.ruleId}
      aria-label={`${severityNamer(lt)(f.severity)}, ${name}: ${f.message}`}
    >
      <div className={styles.rowCentered}>
        <Badge appearance="filled" color={SEVERITY_COLOR[f.severity]}>
          {severityNamer(lt)(f.severity)}
        </Badge>
        <Text size={200} className={styles.muted}>
          {name}
        </Text>
      </div>
      {f.paragraph !== undefined ? (
        <Link as="button" className={styles.message} onClick={onGoTo}>
          {f.message}
        </Link>
      ) : (
        <Text>{f.message}</Text>
      )}
      {f.fix && (
        <Text size={200} className={styles.muted}>
          {f.fix.kind === "insertBlock"
            ? lt("fixAddsBlock", { label: blockSpec(f.fix.block).label.nl })
            : lt("fixWrites", { text: f.fix.kind === "setField" ? f.fix.value : f.fix.text })}
        </Text>
      )}
      <div className={styles.rowCentered}>
        {f.fix && (
          <Button size="small" icon={<Wrench16Regular />} onClick={onFix} disabled={running}>
            {lt("applyFix")}
          </Button>
        )}
        {f.suggestions?.map((s, k) => (
          <Button key={k} size="small" icon={<Lightbulb16Regular />} onClick={() => onSuggestion(s)}>
            {lt("showSuggestion")}
          </Button>
        ))}
        {offersField && (
          <Button size="small" icon={<Edit16Regular />} onClick={() => openField(f.field!)}>
            {lt("openField", { field: lt(formField) })}
          </Button>
        )}
        {f.ruleId === "afstemming" && (
          <Button size="small" icon={<ArrowRight16Regular />} onClick={openAfstemming}>
            {lt("openAfstemming")}
          </Button>
        )}
        {offersHelper && (
          <Button size="small" icon={<ArrowRight16Regular />} onClick={openEmancipationHelper}>
            {lt("openHelper")}
          </Button>
        )}
        {whyText && (
          <Button
            size="small"
            appearance="subtle"
            icon={<QuestionCircle16Regular />}
            aria-expanded={why}
            aria-controls={whyId}
            aria-label={lt("ruleWhyLabel", { rule: name })}
            onClick={() => setWhy(!why)}
          >
            {lt("ruleWhy")}
          </Button>
        )}
        {onIgnore && (
          <Button
            size="small"
            appearance="subtle"
            icon={<EyeOff16Regular />}
            aria-expanded={ignoring}
            aria-label={lt("ignoreLabel", { rule: name })}
            onClick={() => setIgnoring(!ignoring)}
          >
            {lt("ignore")}
          </Button>
        )}
      </div>
      {ignoring && onIgnore && (
        <form
          className={styles.row}
          onSubmit={(e) => {
            e.preventDefault();
            onIgnore(reason);
          }}
        >
          <Field label={lt("ignoreReason")} className={styles.grow}>
            <Input className={styles.fill} value={reason} onChange={(_, d) => setReason(d.value)} />
          </Field>
          <Button type="submit" size="small" disabled={running}>
            {lt("ignoreConfirm")}
          </Button>
        </form>
      )}
      {why && whyText && (
        <Text size={200} id={whyId} className={styles.quote}>
          {whyText}
        </Text>
      )}
      <ActionFeedback state={outcome} />
    </li>
  );
}
