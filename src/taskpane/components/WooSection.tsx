/** Openbaarmaking: mark what is withheld, see the list, make the publication copy (loaded on demand). */
import { useEffect, useMemo, useRef, useState } from "react";
import { Badge, Button, Dropdown, Field, Link, Option, Text } from "@fluentui/react-components";
import { ArrowRight16Regular, Delete16Regular } from "../icons";
import type { Nota } from "../../nota/parser";
import { TAGS, fieldSpecOf, nameOf } from "../../nota/schema";
import { WOO_GROUNDS, Withheld, withheldParts } from "../../nota/woo";
import { placeOf } from "../../word/places";
import { useServices } from "../services";
import { useAction } from "../hooks/useAction";
import { UnmarkedFinding, usePeople, usePersonalData } from "../hooks/usePersonalData";
import { PERSONAL_DATA_KIND_NAMES } from "../../nota/personal-data";
import { useLaterT } from "../messages-later";
import { useWooT } from "./woo-messages";
import { useLayoutStyles } from "./layout";
import { ActionFeedback, Notice } from "./Feedback";

/** 5.1.2e (officials' names, the common case) first, then the rest in the law's order. */
const GROUNDS = [...WOO_GROUNDS].sort((a, b) => Number(b.code === "5.1.2e") - Number(a.code === "5.1.2e"));
const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** Which of the marks with the same tag and text this one is (Word finds them in document order). */
function occurrenceOf(parts: Withheld[], part: Withheld): number {
  return parts.filter(
    (p) =>
      p.source.kind === "mark" &&
      p.ground === part.ground &&
      p.text === part.text &&
      parts.indexOf(p) < parts.indexOf(part),
  ).length;
}

export default function WooSection({ nota, refresh }: { nota: Nota; refresh: () => Promise<void> }) {
  const { document, profile, locale } = useServices();
  const t = useLaterT();
  const styles = useLayoutStyles();
  const [ground, setGround] = useState("5.1.2e");
  const chosen = GROUNDS.find((g) => g.code === ground);
  const action = useAction();
  const parts = useMemo(() => withheldParts(nota, profile.woo.fields), [nota, profile]);
  const tw = useWooT();
  const people = usePeople(document);
  const { unmarked, summary } = usePersonalData(nota, parts, people.people);
  const kindLabel = (f: UnmarkedFinding) => PERSONAL_DATA_KIND_NAMES[f.kind][locale];
  const placeOfFinding = (f: UnmarkedFinding) =>
    placeOf(nota.snapshot, f.paragraph, { start: f.start, end: f.end });
  const goToFinding = (f: UnmarkedFinding) =>
    action.run(async () => {
      await document.goTo(placeOfFinding(f));
      return undefined;
    });
  // "Niet openbaar maken" for a finding: its text selected where it stands, then marked on 5.1.2e.
  const markFinding = (f: UnmarkedFinding) =>
    action.run(async () => {
      await document.goTo(placeOfFinding(f));
      await document.markSelection("5.1.2e");
      await refresh();
      return tw("pdMarked", { text: f.text });
    });
  // A field's name as the pane's language writes it ("Van", "From"), never its id.
  const fieldLabel = (id: string) => {
    const spec = fieldSpecOf(id);
    return spec ? nameOf(spec)[locale] : id;
  };
  const fieldLabels = Object.keys(profile.woo.fields).map(fieldLabel);
  const mark = () =>
    action.run(async () => {
      await document.markSelection(ground);
      await refresh();
      return t("wooMarked", { code: ground });
    });
  const remove = (part: Withheld) =>
    action.run(async () => {
      await document.removeMark({
        tag: TAGS.woo(part.ground),
        text: part.text,
        occurrence: occurrenceOf(parts, part),
      });
      await refresh();
      return t("wooRemoved");
    });
  const goTo = (part: Withheld) =>
    action.run(async () => {
      await document.goTo(placeOf(nota.snapshot, part.paragraph, { start: part.start, end: part.end }));
      return undefined;
    });
  /**
   * Word on the web: the copy as a .docx to download, not a new document. What is known of a download from the
   * pane there: Microsoft documents none for a task pane on the web, and the documented way out of the webview
   * (Office.context.ui.openBrowserWindow, OpenBrowserWindowApi 1.1) is "Not supported" on Office on the web
   * (its requirement-set page), so it is not used. The task pane's iframe on the web once blocked downloads in
   * Chrome (sandboxed without allow-downloads); Microsoft fixed that in 2020 (office-js #1221 for Outlook, #1241
   * for Excel). That a Blob link in the pane downloads in Word on the web today is therefore unverified (no test
   * in a real Word on the web has been run); the person starts the download with their own click on an
   * `<a download>` (a user activation, which browsers ask of a download from a frame), never a script's click.
   * On the desktop the copy stays a new document (downloads from the desktop webview fail on Mac, #3385).
   */
  const asDownload = document.capabilities.publishAsDownload;
  const [download, setDownload] = useState<{ url: string; name: string } | undefined>(undefined);
  // The copy's object URL is let go when a newer copy replaces it or the pane closes.
  useEffect(() => () => download && URL.revokeObjectURL(download.url), [download]);
  // A copy made before the nota changed (a passage marked or unmarked since) is not offered any more: it would
  // publish what is now withheld. The nota object changes with every re-check of the document.
  const offered = useRef(download);
  offered.current = download;
  const [stale, setStale] = useState(false);
  useEffect(() => {
    if (!offered.current) return;
    setDownload(undefined);
    setStale(true);
  }, [nota]);
  const mounted = useRef(true);
  useEffect(() => () => void (mounted.current = false), []);
  const publish = () =>
    action.run(async () => {
      if (asDownload) {
        setDownload(undefined);
        setStale(false);
        const { bytes, withheld } = await document.publicationCopyFile(profile.woo);
        const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: DOCX_TYPE }));
        // Gone from the pane while the copy was made (another tab chosen): nothing will offer or let go of the URL.
        if (!mounted.current) URL.revokeObjectURL(url);
        else setDownload({ url, name: t("wooDownloadName") });
        const summary = withheld.map((w) => `${w.ground}: ${w.count}×`).join(", ");
        return summary ? t("wooDownloadReady", { summary }) : t("wooDownloadReadyNothing");
      }
      const withheld = await document.publishCopy(profile.woo);
      const summary = withheld.map((w) => `${w.ground}: ${w.count}×`).join(", ");
      return summary ? t("wooPublished", { summary }) : t("wooPublishedNothing");
    });
  return (
    <section className={styles.section} aria-labelledby="woo-heading">
      <Text as="h2" id="woo-heading" weight="semibold">
        {t("wooHeading")}
      </Text>
      <Text size={200}>{t("wooIntro", { fields: fieldLabels.join(", ") || "—" })}</Text>
      {/* The ground by its code in the box, what it protects below it (wrapping): the choice never cut off, at any
          width. The list shows code and description, wrapping inside it. */}
      <Field label={t("wooGround")} hint={chosen ? chosen.description[locale] : undefined}>
        <Dropdown
          className={styles.fill}
          value={ground}
          selectedOptions={[ground]}
          onOptionSelect={(_, d) => d.optionValue && setGround(d.optionValue)}
        >
          {GROUNDS.map((g) => (
            <Option key={g.code} value={g.code} text={`${g.code} – ${g.description[locale]}`}>
              {g.code} – {g.description[locale]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div>
        <Button disabled={action.running} onClick={() => void mark()}>
          {t("wooMark")}
        </Button>
      </div>
      {parts.length === 0 ? (
        <Text size={200} className={styles.muted}>
          {t("wooNone")}
        </Text>
      ) : (
        <ul className={styles.list} aria-label={t("wooListLabel")}>
          {parts.map((part, i) => (
            <li key={`${part.paragraph}:${part.start}:${i}`} className={styles.card}>
              <div className={styles.cardHead}>
                <Text>{short(part.text)}</Text>
                <Badge appearance="tint" color="danger">
                  {part.ground}
                </Badge>
              </div>
              <div className={styles.cardHead}>
                <Text size={200} className={styles.muted}>
                  {part.source.kind === "field"
                    ? t("wooField", { field: fieldLabel(part.source.field) })
                    : ""}
                </Text>
                <div className={styles.rowCentered}>
                  <Button
                    size="small"
                    icon={<ArrowRight16Regular />}
                    aria-label={t("wooGoToLabel", { text: short(part.text) })}
                    onClick={() => void goTo(part)}
                  >
                    {t("goTo")}
                  </Button>
                  {part.source.kind === "mark" && (
                    <Button
                      size="small"
                      icon={<Delete16Regular />}
                      aria-label={t("wooRemoveLabel", { text: short(part.text) })}
                      onClick={() => void remove(part)}
                    >
                      {t("wooRemove")}
                    </Button>
                  )}
                </div>
              </div>
            </li>
          ))}
        </ul>
      )}
      <Text as="h3" id="woo-personal-heading" weight="semibold">
        {tw("pdHeading")}
      </Text>
      <Text size={200}>{tw("pdIntro")}</Text>
      {people.failed && <Notice intent="warning">{tw("pdPeopleFailed")}</Notice>}
      {unmarked.length === 0 ? (
        <Text size={200} className={styles.muted}>
          {tw("pdNone")}
        </Text>
      ) : (
        <ul className={styles.list} aria-label={tw("pdListLabel")}>
          {unmarked.map((f, i) => (
            <li key={`${f.paragraph}:${f.start}:${i}`} className={styles.card}>
              <div className={styles.cardHead}>
                <Text>{short(f.text)}</Text>
                <Badge appearance="tint" color="warning">
                  {kindLabel(f)}
                </Badge>
              </div>
              <div className={styles.rowCentered}>
                <Button
                  size="small"
                  icon={<ArrowRight16Regular />}
                  aria-label={tw("pdGoToLabel", { text: short(f.text) })}
                  onClick={() => void goToFinding(f)}
                >
                  {t("goTo")}
                </Button>
                <Button
                  size="small"
                  disabled={action.running}
                  aria-label={tw("pdMarkLabel", { text: short(f.text) })}
                  onClick={() => void markFinding(f)}
                >
                  {t("wooMark")}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <Text size={200}>
        {tw("summary", {
          assessment: summary.Beoordeling,
          grounds: summary.Weigeringsgronden || "—",
        })}
        {unmarked.length ? ` ${tw("summaryUnmarked", { n: unmarked.length })}` : ""}
      </Text>
      {/* What happens is said before the click: a new document, or (Word on the web) a file to download. */}
      <Text size={200} className={styles.muted}>
        {asDownload
          ? t("wooDownloadHint")
          : document.capabilities.createDocument
            ? t("wooPublishHint")
            : t("wooNeedsCreate")}
      </Text>
      <div>
        <Button
          appearance="primary"
          disabled={action.running || (!asDownload && !document.capabilities.createDocument)}
          onClick={() => void publish()}
        >
          {asDownload ? t("wooDownload") : t("wooPublish")}
        </Button>
      </div>
      <ActionFeedback state={action.state} />
      {download && (
        <div>
          <Link href={download.url} download={download.name}>
            {t("wooDownloadLink")}
          </Link>
        </div>
      )}
      {stale && !download && <Text size={200}>{t("wooDownloadStale")}</Text>}
    </section>
  );
}
