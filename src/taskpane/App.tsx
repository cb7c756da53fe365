/** The pane: one tab per role, the document read once and shared. */
import { Component, Suspense, lazy, useEffect, useMemo, useState, type ReactNode } from "react";
import {
  Button,
  FluentProvider,
  Tab,
  TabList,
  Text,
  Theme,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { FieldId } from "../nota/schema";
import { NavigationContext, fieldControlId, type PaneNavigation } from "./navigation";
import { VERSION } from "./version";
import { DocumentEdit20Regular, ClipboardTaskListLtr20Regular, PeopleTeam20Regular } from "./icons";
import { PaneServices, ServicesContext } from "./services";
import { useNota } from "./hooks/useNota";

// Each tab is a chunk of its own, and none is in the first load: the tab the pane opens on starts loading before
// Office is ready (preloadTab in index.tsx), the others once it shows the document, or when first opened.
const TAB_CHUNKS = {
  opstellen: () => import(/* webpackChunkName: "tab-opstellen" */ "./components/DraftTab"),
  controle: () => import(/* webpackChunkName: "tab-controle" */ "./components/CheckTab"),
  afstemming: () => import(/* webpackChunkName: "tab-afstemming" */ "./components/AfstemmingTab"),
};
/**
 * The tabs as lazy components, made again on a retry: React.lazy keeps a failed load for good, while webpack
 * fetches a chunk that failed again on the next import().
 */
function lazyTabs() {
  return {
    DraftTab: lazy(() => TAB_CHUNKS.opstellen().then((m) => ({ default: m.DraftTab }))),
    CheckTab: lazy(() => TAB_CHUNKS.controle().then((m) => ({ default: m.CheckTab }))),
    AfstemmingTab: lazy(() => TAB_CHUNKS.afstemming().then((m) => ({ default: m.AfstemmingTab }))),
  };
}
const HelpDialog = lazy(() => import(/* webpackChunkName: "help" */ "./components/HelpDialog"));

/** Starts loading a tab's code (webpack and Node cache a module: the lazy tab then finds it loaded). */
export function preloadTab(tab: TabId): void {
  void TAB_CHUNKS[tab]().catch(() => undefined); // a failed load shows in the tab (PartBoundary), with a retry
}

/**
 * A tab whose code did not load (the network, an update of the add-in under way) or that failed to render: said in
 * the tab with a retry, the rest of the pane as it was — never a blank pane.
 */
class PartBoundary extends Component<
  { message: string; onRetry: () => void; children: ReactNode },
  { failed: boolean }
> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  componentDidCatch(err: unknown) {
    console.error("Nota-assistent: part of the pane did not load or render", err);
  }
  render() {
    if (!this.state.failed) return this.props.children;
    return <ErrorBar error={new PlainError(this.props.message)} onRetry={this.props.onRetry} />;
  }
}
import { ErrorBar, Loading, Notice } from "./components/Feedback";
import { PlainError } from "../i18n";

export type TabId = "opstellen" | "controle" | "afstemming";
export const TAB_STORAGE_KEY = "nota-assistent.tab";
const TABS: TabId[] = ["opstellen", "controle", "afstemming"];

export function initialTab(search: string, storage: Pick<Storage, "getItem"> | undefined): TabId {
  const fromUrl = new URLSearchParams(search).get("tab");
  if (fromUrl && (TABS as string[]).includes(fromUrl)) return fromUrl as TabId;
  const stored = storage?.getItem(TAB_STORAGE_KEY);
  return stored && (TABS as string[]).includes(stored) ? (stored as TabId) : "opstellen";
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    minWidth: "280px",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  // Narrow panes (Word's task pane can be 320 px): little padding, and a tab that does not fit wraps, never clips.
  tabs: {
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingInline: tokens.spacingHorizontalXXS,
    flexWrap: "wrap",
  },
  body: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: "720px",
  },
  footer: {
    marginTop: "auto",
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
    padding: tokens.spacingHorizontalM,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    color: tokens.colorNeutralForeground3,
  },
});

/** A theme with a dark background (Word's dark themes, or Fluent's webDarkTheme). */
export function isDark(theme: Theme): boolean {
  const hex = /^#([0-9a-f]{6})$/i.exec(theme.colorNeutralBackground1 ?? "")?.[1];
  if (!hex) return false;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return 0.299 * r + 0.587 * g + 0.114 * b < 128;
}

/**
 * Puts the focus in a header field once Opstellen shows it. Beside the tab in its Suspense boundary, so that it
 * commits with the tab's code; it tries again at each render until the field is there (the nota read).
 */
function FocusField({ field, onDone }: { field: FieldId; onDone: () => void }) {
  useEffect(() => {
    const control = document.getElementById(fieldControlId(field));
    if (!control) return;
    control.scrollIntoView?.({ block: "center" });
    control.focus();
    onDone();
  });
  return null;
}

export interface AppProps {
  services: PaneServices;
  theme: Theme;
  tab?: TabId;
  storage?: Pick<Storage, "getItem" | "setItem">;
}

export function App({ services, theme, tab: startTab, storage }: AppProps) {
  const styles = useStyles();
  const [tab, setTab] = useState<TabId>(startTab ?? "opstellen");
  const nota = useNota(services, storage);
  const { state, refresh, setLetter } = nota;
  // The profile the checks chose (the person's, or the one the nota points at) is the pane's profile everywhere.
  const chosenProfile = state.profileChoice?.profile;
  const paneServices = useMemo(
    () => (chosenProfile ? { ...services, profile: chosenProfile } : services),
    [services, chosenProfile],
  );
  const { t } = services;
  const [helpOpen, setHelpOpen] = useState(false);
  // A finding's "Naar het veld": Opstellen opens and the field gets the focus once it is there.
  const [pendingField, setPendingField] = useState<FieldId>();
  // The tabs' lazy components, and the attempt they belong to (a retry makes both anew).
  const [{ tabs, attempt }, setTabs] = useState(() => ({ tabs: lazyTabs(), attempt: 0 }));
  const { DraftTab, CheckTab, AfstemmingTab } = tabs;
  const retryTabs = () => setTabs((s) => ({ tabs: lazyTabs(), attempt: s.attempt + 1 }));
  // Once the first tab shows the document, the other tabs load in the background: switching is then instant.
  const ready = state.status === "ready";
  useEffect(() => {
    if (ready) for (const other of TABS) if (other !== tab) preloadTab(other);
  }, [ready]);
  const navigation = useMemo<PaneNavigation>(
    () => ({
      openField: (field) => {
        setPendingField(field);
        select("opstellen");
      },
      openAfstemming: () => select("afstemming"),
    }),
    [storage],
  );
  const select = (next: TabId) => {
    setTab(next);
    try {
      storage?.setItem(TAB_STORAGE_KEY, next);
    } catch {
      // Storage can be off (private mode); the pane then starts on the first tab next time.
    }
  };
  return (
    <ServicesContext.Provider value={paneServices}>
      <NavigationContext.Provider value={navigation}>
        {/* The browser's own parts (the date input's calendar icon, scrollbars) follow the theme. */}
        <FluentProvider
          theme={theme}
          className={styles.root}
          style={{ colorScheme: isDark(theme) ? "dark" : "light" }}
        >
          <TabList
            className={styles.tabs}
            selectedValue={tab}
            onTabSelect={(_, d) => select(d.value as TabId)}
            size="small"
          >
            <Tab value="opstellen" icon={<DocumentEdit20Regular />}>
              {t("tabDraft")}
            </Tab>
            <Tab value="controle" icon={<ClipboardTaskListLtr20Regular />}>
              {t("tabCheck")}
            </Tab>
            <Tab value="afstemming" icon={<PeopleTeam20Regular />}>
              {t("tabAfstemming")}
            </Tab>
          </TabList>
          <main className={styles.body} aria-live="polite">
            {state.status === "loading" && <Loading label={t("loading")} />}
            {state.status === "failed" && state.error && (
              <ErrorBar error={state.error} onRetry={() => void refresh()} />
            )}
            {/* Said before the pane writes anything: its edits become revisions (Document.changeTrackingMode). */}
            {state.nota?.snapshot.trackingChanges && <Notice intent="warning">{t("trackingChanges")}</Notice>}
            {/* While the document is read, its spinner says enough; after that, a tab still loading says so. */}
            <PartBoundary key={`${tab}-${attempt}`} message={t("partFailed")} onRetry={retryTabs}>
              <Suspense fallback={state.status === "loading" ? null : <Loading label={t("loadingTab")} />}>
                {tab === "opstellen" && <DraftTab state={state} refresh={refresh} />}
                {tab === "opstellen" && pendingField && (
                  <FocusField field={pendingField} onDone={() => setPendingField(undefined)} />
                )}
                {tab === "controle" && (
                  <CheckTab
                    state={state}
                    refresh={refresh}
                    setLetter={setLetter}
                    profile={{ chosen: nota.chosenProfile ?? "", choose: nota.setProfile }}
                  />
                )}
                {tab === "afstemming" && <AfstemmingTab state={state} refresh={refresh} />}
              </Suspense>
            </PartBoundary>
          </main>
          <footer className={styles.footer}>
            <Button appearance="transparent" size="small" onClick={() => setHelpOpen(true)}>
              {t("help")}
            </Button>
            <Text size={200}>{t("version", { version: VERSION })}</Text>
          </footer>
          {helpOpen && (
            <Suspense fallback={null}>
              <HelpDialog onClose={() => setHelpOpen(false)} />
            </Suspense>
          )}
        </FluentProvider>
      </NavigationContext.Provider>
    </ServicesContext.Provider>
  );
}
