/** Opstellen: insert the template, fill the header, and the block guide. */
import { Suspense, lazy, useState } from "react";
import { Badge, Button, Field, Input, Select, Text } from "@fluentui/react-components";
import { Add16Regular, ArrowRight16Regular, Delete16Regular, DocumentAdd20Regular } from "../icons";
import { NOTA_SCHEMA, TAGS, BlockSpec, type BlockId } from "../../nota/schema";
import type { Nota } from "../../nota/parser";
import { formatDutchDate } from "../../nota/dates";
import type { BlockVerdict } from "../../checks/block-status";
import { requiredBlocksFor, templateOptionsFor } from "../../checks/kinds";
import { placeOf } from "../../word/places";
import { useServices } from "../services";
import { useLaterT } from "../messages-later";
import type { NotaState } from "../hooks/useNota";
import { useAction } from "../hooks/useAction";
import { useHeaderForm } from "../hooks/useHeaderForm";
import { useLayoutStyles } from "./layout";
import { ActionFeedback, Notice } from "./Feedback";
import { blockName } from "../labels";
import { fieldControlId, useNavigation } from "../navigation";

// The choice only shows for a document that has content: its dialog code loads then.
const InsertChoiceDialog = lazy(() => import("./InsertChoiceDialog"));
// Marking and the publication copy come after the drafting itself: their code loads after the first view.
const WooSection = lazy(() => import("./WooSection"));
// Adopting is for notas made elsewhere, once: its planning code loads beside the first view, not in it.
const AdoptNota = lazy(() => import("./AdoptNota").then((m) => ({ default: m.AdoptNota })));

type TabProps = { state: NotaState; refresh: () => Promise<void> };

/** A document with no text at all: the one next step is inserting the nota. */
const isEmpty = (state: NotaState) =>
  state.nota ? !state.nota.snapshot.paragraphs.some((p) => p.text.trim()) : false;
/** A document the assistant recognises as a nota (header or blocks): the next step is filling it in. */
const hasNota = (state: NotaState) =>
  !!state.nota && (Object.keys(state.nota.header).length > 0 || Object.keys(state.nota.blocks).length > 0);

export function DraftTab({ state, refresh }: TabProps) {
  const styles = useLayoutStyles();
  const t = useLaterT();
  if (isEmpty(state))
    return (
      <>
        <InsertNota state={state} refresh={refresh} primary />
        <Text>{t("startEmpty")}</Text>
      </>
    );
  const filling = hasNota(state);
  return (
    <>
      {!filling && <InsertNota state={state} refresh={refresh} primary />}
      {state.nota && (
        <Suspense fallback={null}>
          <AdoptNota nota={state.nota} refresh={refresh} />
        </Suspense>
      )}
      {state.nota && <HeaderForm nota={state.nota} refresh={refresh} />}
      {state.nota && (
        <section className={styles.section} aria-labelledby="blocks-heading">
          <BlockGuide nota={state.nota} verdicts={state.blocks ?? {}} refresh={refresh} />
        </section>
      )}
      {state.nota && (
        <Suspense fallback={null}>
          <WooSection nota={state.nota} refresh={refresh} />
        </Suspense>
      )}
      {filling && <InsertNota state={state} refresh={refresh} primary={false} />}
    </>
  );
}

/**
 * "Nota invoegen": the primary button while the document holds no nota; once it does, a secondary one at the end
 * (the next step is then filling in the header). After inserting here, the focus goes to the header's first field.
 */
function InsertNota({ state, refresh, primary }: TabProps & { primary: boolean }) {
  const { document, profile } = useServices();
  const t = useLaterT();
  // The kind decides the blocks (an informatienota has no Geadviseerd besluit) and the purpose line.
  const kinds = profile.kinds ?? [];
  const [kindId, setKindId] = useState(kinds[0]?.id ?? "");
  const { openField } = useNavigation();
  const styles = useLayoutStyles();
  const [choosing, setChoosing] = useState(false);
  const action = useAction();
  const empty = isEmpty(state);
  const insert = (placement: "start" | "new-document") => {
    setChoosing(false);
    void action.run(async () => {
      // The profile's first kind is the standard nota, whose purpose the drafter fills in; another kind chosen here
      // brings its own blocks and purpose line.
      const chosen = kindId && kindId !== kinds[0]?.id ? kindId : undefined;
      const { blocks, labels, purpose } = templateOptionsFor(profile, chosen);
      await document.insertTemplate(purpose ? { purpose } : {}, placement, { blocks, labels });
      if (placement === "new-document") return t("insertedNew");
      await refresh();
      openField("purpose");
      return undefined;
    });
  };
  return (
    <section className={styles.section}>
      {kinds.length > 1 && (
        <Field label={t("notaKind")}>
          <Select value={kindId} onChange={(_e, data) => setKindId(data.value)}>
            {kinds.map((k) => (
              <option key={k.id} value={k.id}>
                {k.name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Button
        appearance={primary ? "primary" : "secondary"}
        icon={<DocumentAdd20Regular />}
        disabled={action.running || state.status === "loading"}
        onClick={() => (empty ? insert("start") : setChoosing(true))}
      >
        {t("insertNota")}
      </Button>
      {primary && !empty && (
        <Text size={200} className={styles.muted}>
          {t("insertNotaHint")}
        </Text>
      )}
      <ActionFeedback state={action.state} />
      {choosing && (
        <Suspense fallback={null}>
          <InsertChoiceDialog
            canCreateDocument={document.capabilities.createDocument}
            onChoose={(placement) => (placement ? insert(placement) : setChoosing(false))}
          />
        </Suspense>
      )}
    </section>
  );
}

function HeaderForm({ nota, refresh }: { nota: Nota; refresh: () => Promise<void> }) {
  const { profile } = useServices();
  const t = useLaterT();
  const styles = useLayoutStyles();
  const { values, set, save, action, hasHeader, date, dirty } = useHeaderForm(nota, refresh);
  if (!hasHeader) {
    return (
      <section className={styles.section} aria-label={t("header")}>
        <Text as="h2" weight="semibold">
          {t("header")}
        </Text>
        <Notice>{t("fieldsNeedHeader")}</Notice>
      </section>
    );
  }
  return (
    <form
      className={styles.section}
      aria-label={t("header")}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Text as="h2" weight="semibold">
        {t("header")}
      </Text>
      <Field label={t("purpose")}>
        <Select
          id={fieldControlId("purpose")}
          value={values.purpose}
          onChange={(_, d) => set({ purpose: d.value })}
        >
          {!profile.purposes.includes(values.purpose) && (
            <option value={values.purpose}>{values.purpose || t("purposeChoose")}</option>
          )}
          {profile.purposes.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <Field label={t("aan")} className={styles.grow}>
          <Input
            id={fieldControlId("aan")}
            className={styles.fill}
            list="nota-officials"
            value={values.aan}
            onChange={(_, d) => set({ aan: d.value })}
          />
        </Field>
        <Field label={t("via")} className={styles.grow}>
          <Input
            id={fieldControlId("via")}
            className={styles.fill}
            list="nota-officials"
            value={values.via}
            onChange={(_, d) => set({ via: d.value })}
          />
        </Field>
        <datalist id="nota-officials">
          {profile.officials.map((o) => (
            <option key={o} value={o} />
          ))}
        </datalist>
      </div>
      <Field label={t("van")}>
        <Input
          id={fieldControlId("van")}
          className={styles.fill}
          value={values.van}
          onChange={(_, d) => set({ van: d.value })}
        />
      </Field>
      <div className={styles.rowTop}>
        <Field label={t("datum")} hint={date ? formatDutchDate(date) : undefined} className={styles.grow}>
          <Input
            id={fieldControlId("datum")}
            className={styles.fill}
            type="date"
            value={values.datum}
            onChange={(_, d) => set({ datum: d.value })}
          />
        </Field>
        <Field label={t("referentie")} className={styles.grow}>
          <Input
            id={fieldControlId("referentie")}
            className={styles.fill}
            value={values.referentie}
            onChange={(_, d) => set({ referentie: d.value })}
          />
        </Field>
      </div>
      <fieldset className={styles.fieldset}>
        <legend>
          <Text weight="semibold">{t("bijlagen")}</Text>
        </legend>
        <ul className={styles.list}>
          {values.bijlagen.map((b, i) => (
            <li key={i} className={styles.row}>
              <Input
                id={i === 0 ? fieldControlId("bijlagen") : undefined}
                className={styles.grow}
                aria-label={t("bijlageName", { n: i + 1 })}
                value={b}
                onChange={(_, d) => set({ bijlagen: values.bijlagen.map((x, k) => (k === i ? d.value : x)) })}
              />
              <Button
                icon={<Delete16Regular />}
                aria-label={t("bijlageRemove", { n: i + 1 })}
                disabled={values.bijlagen.length === 1}
                onClick={() => set({ bijlagen: values.bijlagen.filter((_, k) => k !== i) })}
              />
            </li>
          ))}
        </ul>
        <Button icon={<Add16Regular />} onClick={() => set({ bijlagen: [...values.bijlagen, ""] })}>
          {t("bijlageAdd")}
        </Button>
      </fieldset>
      <Button type="submit" appearance="primary" disabled={!dirty || action.running}>
        {t("save")}
      </Button>
      <ActionFeedback state={action.state} onRetry={() => void save()} />
    </form>
  );
}

/** The badge's colour: the checklist's severity where it has a finding, else filled or not. */
function badgeColour(verdict: BlockVerdict) {
  if (verdict.severity === "error") return "danger" as const;
  if (verdict.severity === "warning") return "warning" as const;
  return verdict.status === "filled" ? ("success" as const) : ("informative" as const);
}

function BlockGuide({
  nota,
  verdicts,
  refresh,
}: {
  nota: Nota;
  verdicts: Partial<Record<BlockId, BlockVerdict>>;
  refresh: () => Promise<void>;
}) {
  const { document, locale, profile } = useServices();
  const t = useLaterT();
  const styles = useLayoutStyles();
  const action = useAction();
  const goTo = (block: BlockSpec) =>
    action.run(async () => {
      const section = nota.blocks[block.id];
      const tagged = nota.snapshot.paragraphs.some((p) =>
        p.contentControlTags.includes(TAGS.block(block.id)),
      );
      const at = section?.headingParagraph ?? section?.span[0];
      await document.goTo({
        ...(at !== undefined ? placeOf(nota.snapshot, at) : {}),
        tag: tagged ? TAGS.block(block.id) : undefined,
      });
      return undefined;
    });
  const add = (block: BlockSpec) =>
    action.run(async () => {
      await document.applyEdit({ kind: "insertBlock", block: block.id }, nota.snapshot);
      await refresh();
      return undefined;
    });
  return (
    <>
      <Text as="h2" id="blocks-heading" weight="semibold">
        {t("blocks")}
      </Text>
      <ActionFeedback state={action.state} />
      <ul className={styles.list}>
        {NOTA_SCHEMA.blocks.map((block) => {
          // The same findings as the checklist decide (the nota's kind and the profile among them: an
          // informatienota needs no Geadviseerd besluit, an optional block left empty is the profile's call).
          const verdict = verdicts[block.id] ?? { status: "missing", words: 0 };
          const { status, words } = verdict;
          const required = requiredBlocksFor(nota, profile).includes(block.id);
          const statusText = t(
            status === "missing" ? "statusMissing" : status === "empty" ? "statusEmpty" : "statusFilled",
          );
          return (
            <li
              key={block.id}
              className={styles.card}
              data-block={block.id}
              data-severity={verdict.severity ?? "none"}
            >
              <div className={styles.cardHead}>
                <Text weight="semibold" className={styles.cardTitle}>
                  {blockName(block, locale)}
                  {!required && <Text size={200}> ({t("optional")})</Text>}
                </Text>
                <Badge appearance="tint" className={styles.badge} color={badgeColour(verdict)}>
                  {statusText}
                </Badge>
              </div>
              {/* Words the rule does not count as content ("N.v.t." where it is not allowed): its sentence says why. */}
              {verdict.finding && words > 0 && <Text size={200}>{verdict.finding.message}</Text>}
              <Text size={200} className={styles.muted}>
                {block.guidance[locale]}
              </Text>
              <div className={styles.cardHead}>
                <Text size={200}>{t("words", { n: words })}</Text>
                {status === "missing" ? (
                  <Button
                    size="small"
                    icon={<Add16Regular />}
                    onClick={() => void add(block)}
                    disabled={action.running}
                  >
                    {t("addBlock")}
                  </Button>
                ) : (
                  <Button
                    size="small"
                    icon={<ArrowRight16Regular />}
                    aria-label={t("goToBlock", { label: blockName(block, locale) })}
                    onClick={() => void goTo(block)}
                  >
                    {t("goTo")}
                  </Button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}
