/** Renders the pane over the Word double, as the preview does. */
import { render } from "@testing-library/react";
import { webLightTheme } from "@fluentui/react-components";
import { App, TabId } from "../../src/taskpane/App";
import { PaneServices, createServices } from "../../src/taskpane/services";
import { DEFAULT_PROFILE } from "../../src/checks/profile";
import { OfficeNotaDocument } from "../../src/word/adapter";
import type { NotaDocument } from "../../src/word/types";
import type { Locale } from "../../src/i18n";
import { ALL_SETS, RequirementSets, WordDocumentModel, WordDouble } from "../word-double";
import { fixtureBytes } from "./fixtures";

export function renderPane(
  source: string | WordDocumentModel,
  options: {
    tab?: TabId;
    sets?: RequirementSets;
    locale?: Locale;
    document?: NotaDocument;
    services?: Partial<PaneServices>;
  } = {},
) {
  const model = typeof source === "string" ? WordDocumentModel.fromDocx(fixtureBytes(source)) : source;
  const double = new WordDouble(model, options.sets ?? ALL_SETS);
  const document = options.document ?? new OfficeNotaDocument(double, options.locale ?? "nl");
  const services: PaneServices = {
    ...createServices(document, options.locale ?? "nl", DEFAULT_PROFILE),
    ...options.services,
  };
  const storage = new Map<string, string>();
  const store = {
    getItem: (k: string) => storage.get(k) ?? null,
    setItem: (k: string, v: string) => void storage.set(k, v),
  };
  const view = render(<App services={services} theme={webLightTheme} tab={options.tab} storage={store} />);
  return { ...view, double, model, document, storage };
}

export const emptyModel = () =>
  WordDocumentModel.fromSnapshot({ paragraphs: [], customXmlParts: [], properties: {}, pageSource: "none" });
