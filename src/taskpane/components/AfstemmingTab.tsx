/** Afstemming: with whom the nota was coordinated, saved as data and as header text. */
import { useState } from "react";
import { Button, Field, Input, Select, Text } from "@fluentui/react-components";
import { Add16Regular, Delete16Regular } from "../icons";
import {
  AFSTEMMING_STATUSES,
  Afstemming,
  AfstemmingParty,
  AfstemmingStatus,
  formatParties,
} from "../../nota/afstemming";
import { fromIsoDate, toIsoDate } from "../../nota/dates";
import { useServices } from "../services";
import { useLaterT, type LaterMessageId } from "../messages-later";
import type { NotaState } from "../hooks/useNota";
import { useAfstemmingForm } from "../hooks/useAfstemmingForm";
import { useLayoutStyles } from "./layout";
import { ActionFeedback, Notice } from "./Feedback";

type Kind = keyof Afstemming;

/** A status as the pane names it (the document keeps the Dutch word). */
const STATUS_LABEL: Record<AfstemmingStatus, LaterMessageId> = {
  akkoord: "statusAkkoord",
  "akkoord met opmerkingen": "statusAkkoordOpmerkingen",
  "niet akkoord": "statusNietAkkoord",
  "geen reactie": "statusGeenReactie",
  loopt: "statusLoopt",
};

export function AfstemmingTab({ state, refresh }: { state: NotaState; refresh: () => Promise<void> }) {
  const { document } = useServices();
  const lt = useLaterT();
  const styles = useLayoutStyles();
  const { current, parties, update, save, dirty, action } = useAfstemmingForm(state, refresh);
  if (!current) return null;
  const sourceText = lt(
    current.source === "record" ? "sourceRecord" : current.source === "text" ? "sourceText" : "sourceNone",
  );
  return (
    <>
      <section className={styles.section} aria-labelledby="current-heading">
        <Text as="h2" id="current-heading" weight="semibold">
          {lt("currentRecord")}
        </Text>
        <Text>
          {lt("internal")}: {formatParties(current.afstemming.internal) || lt("nobody")}
        </Text>
        <Text>
          {lt("external")}: {formatParties(current.afstemming.external) || lt("nobody")}
        </Text>
        <Text size={200} className={styles.muted}>
          {sourceText}
        </Text>
        {current.damagedRecord && <Notice intent="warning">{lt("recordDamaged")}</Notice>}
      </section>
      <PartyList kind="internal" parties={parties.internal} onChange={(p) => update("internal", p)} />
      <PartyList kind="external" parties={parties.external} onChange={(p) => update("external", p)} />
      {!document.capabilities.customXmlParts && <Notice>{lt("recordUnsupported")}</Notice>}
      <Button appearance="primary" disabled={!dirty || action.running} onClick={() => void save()}>
        {lt("saveAfstemming")}
      </Button>
      <ActionFeedback state={action.state} onRetry={() => void save()} />
    </>
  );
}

function PartyList({
  kind,
  parties,
  onChange,
}: {
  kind: Kind;
  parties: AfstemmingParty[];
  onChange: (p: AfstemmingParty[]) => void;
}) {
  const { profile } = useServices();
  const lt = useLaterT();
  const styles = useLayoutStyles();
  const [name, setName] = useState("");
  const suggestions =
    kind === "internal"
      ? profile.directorates.map((d) => ({ value: d.code, text: d.name ? `${d.code} — ${d.name}` : d.code }))
      : profile.externalParties.map((p) => ({ value: p, text: p }));
  const add = () => {
    const clean = name.trim();
    if (!clean) return;
    if (!parties.some((p) => p.name.toLowerCase() === clean.toLowerCase()))
      onChange([...parties, { name: clean }]);
    setName("");
  };
  const set = (i: number, patch: Partial<AfstemmingParty>) =>
    onChange(parties.map((p, k) => (k === i ? { ...p, ...patch } : p)));
  const label = lt(kind === "internal" ? "internal" : "external");
  return (
    <section className={styles.section} aria-label={label}>
      <Text as="h2" weight="semibold">
        {label}
      </Text>
      <ul className={styles.list}>
        {parties.map((p, i) => (
          <li key={`${p.name}-${i}`} className={styles.card}>
            <div className={styles.row}>
              <Text weight="semibold" className={styles.grow}>
                {p.name}
              </Text>
              <Button
                size="small"
                icon={<Delete16Regular />}
                aria-label={lt("removeParty", { name: p.name })}
                onClick={() => onChange(parties.filter((_, k) => k !== i))}
              />
            </div>
            <div className={styles.row}>
              <Field label={lt("status")} className={styles.grow}>
                <Select
                  className={styles.fill}
                  value={p.status ?? ""}
                  onChange={(_, d) =>
                    set(i, { status: (d.value || undefined) as AfstemmingStatus | undefined })
                  }
                >
                  <option value="">{lt("statusNone")}</option>
                  {AFSTEMMING_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {lt(STATUS_LABEL[s])}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label={lt("date")} className={styles.grow}>
                <Input
                  className={styles.fill}
                  type="date"
                  value={p.date ? toIsoDate(p.date) : ""}
                  onChange={(_, d) => set(i, { date: fromIsoDate(d.value) })}
                />
              </Field>
            </div>
          </li>
        ))}
      </ul>
      <form
        className={styles.row}
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <Field label={lt("partyName")} className={styles.grow}>
          <Input
            className={styles.fill}
            list={`nota-parties-${kind}`}
            placeholder={lt(kind === "internal" ? "directoratePlaceholder" : "externalPlaceholder")}
            value={name}
            onChange={(_, d) => setName(d.value)}
          />
          <datalist id={`nota-parties-${kind}`}>
            {suggestions.map((s) => (
              <option key={s.value} value={s.value} label={s.text} />
            ))}
          </datalist>
        </Field>
        <Button type="submit" icon={<Add16Regular />}>
          {lt("addParty")}
        </Button>
      </form>
    </section>
  );
}
