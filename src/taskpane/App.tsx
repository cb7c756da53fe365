/** The pane: one tab per role, the document read once and shared. */
import { Suspense, lazy, useState } from "react";
import { FluentProvider, Tab, TabList, Theme, makeStyles, tokens } from "@fluentui/react-components";
import { DocumentEdit20Regular, ClipboardTaskListLtr20Regular, PeopleTeam20Regular } from "./icons";
import { PaneServices, ServicesContext } from "./services";
import { useNota } from "./hooks/useNota";
import { DraftTab } from "./components/DraftTab";

// The reviewer's and coordinator's tabs load when first opened: the drafter's tab comes up faster.
const CheckTab = lazy(() => import("./components/CheckTab").then((m) => ({ default: m.CheckTab })));
const AfstemmingTab = lazy(() =>
  import("./components/AfstemmingTab").then((m) => ({ default: m.AfstemmingTab })),
);
import { ErrorBar, Loading } from "./components/Feedback";

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
});

export interface AppProps {
  services: PaneServices;
  theme: Theme;
  tab?: TabId;
  storage?: Pick<Storage, "getItem" | "setItem">;
}

export function App({ services, theme, tab: startTab, storage }: AppProps) {
  const styles = useStyles();
  const [tab, setTab] = useState<TabId>(startTab ?? "opstellen");
  const { state, refresh, setLetter } = useNota(services);
  const { t } = services;
  const select = (next: TabId) => {
    setTab(next);
    try {
      storage?.setItem(TAB_STORAGE_KEY, next);
    } catch {
      // Storage can be off (private mode); the pane then starts on the first tab next time.
    }
  };
  return (
    <ServicesContext.Provider value={services}>
      <FluentProvider theme={theme} className={styles.root}>
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
          {tab === "opstellen" && <DraftTab state={state} refresh={refresh} />}
          <Suspense fallback={<Loading label={t("loading")} />}>
            {tab === "controle" && <CheckTab state={state} refresh={refresh} setLetter={setLetter} />}
            {tab === "afstemming" && <AfstemmingTab state={state} refresh={refresh} />}
          </Suspense>
        </main>
      </FluentProvider>
    </ServicesContext.Provider>
  );
}
