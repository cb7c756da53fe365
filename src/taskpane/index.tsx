/** The task pane in Word. Office.js comes from Microsoft's CDN (taskpane.html). */
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { DEFAULT_PROFILE } from "../checks/default-profile";
import { OfficeNotaDocument } from "../word/adapter";
import { officeHost } from "../word/office-host";
import { App, initialTab } from "./App";
import { createServices } from "./services";
import { localeFor } from "../i18n";
import { loadMessages, translator } from "./messages";
import { themeFor } from "./theme";
import { Notice } from "./components/Feedback";

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

void Office.onReady(async (info) => {
  const root = createRoot(document.getElementById("root")!);
  const locale = localeFor(Office.context?.displayLanguage);
  await loadMessages(locale);
  if (info.host !== Office.HostType.Word) {
    root.render(
      <FluentProvider theme={webLightTheme}>
        <Notice intent="warning">{translator(locale)("notInWord")}</Notice>
      </FluentProvider>,
    );
    return;
  }
  const services = createServices(new OfficeNotaDocument(officeHost(), locale), locale, DEFAULT_PROFILE);
  const theme = await themeFor(Office.context.officeTheme?.bodyBackgroundColor);
  root.render(
    <App
      services={services}
      theme={theme}
      tab={initialTab(window.location.search, storage())}
      storage={storage()}
    />,
  );
});
