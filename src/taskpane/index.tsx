/** The task pane in Word. Office.js comes from Microsoft's CDN (taskpane.html). */
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { DEFAULT_PROFILE } from "../checks/default-profile";
import { detectCapabilities } from "../word/capabilities";
import { officeHost } from "../word/office-host";
import { LazyNotaDocument } from "./lazy-document";
import { App, initialTab, preloadTab } from "./App";
import { createServices } from "./services";
import { localeFor, translator } from "../i18n";
import { PANE_MESSAGES } from "./messages";
import { themeFor } from "./theme";
import { Notice } from "./components/Feedback";

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

// The tab the pane opens on, and the document's adapter and reader (a chunk of their own), load while Office starts.
const startTab = initialTab(window.location.search, storage());
preloadTab(startTab);
const wordLayer = () => import(/* webpackChunkName: "word" */ "../word/adapter");
wordLayer().catch(() => undefined); // a failed load is tried again, and reported, at the first read

void Office.onReady(async (info) => {
  const root = createRoot(document.getElementById("root")!);
  const locale = localeFor(Office.context?.displayLanguage);
  // In English, the English of the frame and of the later parts (each a chunk of its own) before the first render.
  // Should one not load, the pane is shown in Dutch rather than not at all (lazyCatalogue gives the Dutch).
  await Promise.all([
    PANE_MESSAGES.load(locale),
    locale === "en" && import("./messages-later").then((m) => m.LATER_MESSAGES.load(locale)),
  ]).catch((err: unknown) => console.error("Nota-assistent: the English texts did not load", err));
  if (info.host !== Office.HostType.Word) {
    root.render(
      <FluentProvider theme={webLightTheme}>
        <Notice intent="warning">{translator(PANE_MESSAGES, locale)("notInWord")}</Notice>
      </FluentProvider>,
    );
    return;
  }
  const host = officeHost();
  const notaDocument = new LazyNotaDocument(detectCapabilities(host), () =>
    wordLayer().then(({ OfficeNotaDocument }) => new OfficeNotaDocument(host, locale)),
  );
  const services = createServices(notaDocument, locale, DEFAULT_PROFILE);
  const theme = await themeFor(Office.context.officeTheme?.bodyBackgroundColor);
  root.render(<App services={services} theme={theme} tab={startTab} storage={storage()} />);
});
