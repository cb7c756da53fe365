/**
 * Renders the pane as the preview does: over Microsoft's own Word library (word-web-16.00.js from
 * @microsoft/office-js, loaded once per test file in a jsdom window of its own, test/word-double/library.ts) with
 * the Word double behind it as the host, through the preview's RoutedDocument (test/preview/document.ts): load,
 * sync, PropertyNotLoaded, *OrNullObject, Word.run and the error objects the pane meets are then Microsoft's.
 * Only the operations built on APIs the npm library lacks (custom XML parts, comments, paragraph events, pages)
 * go to the double directly, as in the preview.
 *
 * `direct: true` puts the double itself in Word's place (the adapter straight over it), for the few tests that
 * need something the library cannot carry; each such test says why.
 */
import { render } from "@testing-library/react";
import { webLightTheme } from "@fluentui/react-components";
import { App, TabId } from "../../src/taskpane/App";
import { PaneServices, createServices } from "../../src/taskpane/services";
import { DEFAULT_PROFILE } from "../../src/checks/profile";
import { OfficeNotaDocument } from "../../src/word/adapter";
import type { NotaDocument } from "../../src/word/types";
import type { Locale } from "../../src/i18n";
import { ALL_SETS, RequirementSets, WordDocumentModel, WordDouble } from "../word-double";
import { LoadedLibrary, loadWordLibrary } from "../word-double/library";
import type { Traffic } from "../word-double/connect";
import { RoutedDocument } from "../preview/document";
import { fixtureBytes } from "./fixtures";

/** The test file's library: loaded on the first pane rendered, closed after the file's last test. */
let library: LoadedLibrary | undefined;
/** How long loading the library took in this test file (ms). */
export let libraryLoadMs: number | undefined;

export function paneLibrary(): LoadedLibrary {
  if (!library) {
    const started = performance.now();
    // The minified library, as Word on the web loads it; every pane attaches its own double (attach below).
    library = loadWordLibrary(
      () => ({ ok: false, code: "GeneralException", message: "no double" }),
      "minified",
    );
    libraryLoadMs = performance.now() - started;
  }
  return library;
}

afterAll(() => {
  // PANE_LIBRARY_TIMING=1 says what loading the library cost this test file.
  if (process.env.PANE_LIBRARY_TIMING && libraryLoadMs !== undefined)
    process.stderr.write(
      `Word library loaded in ${Math.round(libraryLoadMs)} ms (${expect.getState().testPath})\n`,
    );
  library?.close();
  library = undefined;
});

export function renderPane(
  source: string | WordDocumentModel | WordDouble,
  options: {
    tab?: TabId;
    sets?: RequirementSets;
    locale?: Locale;
    /** A document of the test's own (then neither the library nor `direct` applies). */
    document?: NotaDocument;
    /** The adapter straight over the double instead of Microsoft's library: say why where it is used. */
    direct?: boolean;
    /** Changes the document before the pane uses it (a method that fails, say). */
    adjust?: (document: NotaDocument) => void;
    services?: Partial<PaneServices>;
  } = {},
) {
  const locale = options.locale ?? "nl";
  const double =
    source instanceof WordDouble
      ? source
      : new WordDouble(
          typeof source === "string" ? WordDocumentModel.fromDocx(fixtureBytes(source)) : source,
          options.sets ?? ALL_SETS,
        );
  const model = double.model;
  let traffic: Traffic | undefined;
  let document: NotaDocument;
  if (options.document) document = options.document;
  else if (options.direct) document = new OfficeNotaDocument(double, locale);
  else {
    const attached = paneLibrary().attach(double);
    traffic = attached.traffic;
    document = new RoutedDocument(new OfficeNotaDocument(attached.host, locale), double, locale);
  }
  options.adjust?.(document);
  const services: PaneServices = {
    ...createServices(document, locale, DEFAULT_PROFILE),
    ...options.services,
  };
  const storage = new Map<string, string>();
  const store = {
    getItem: (k: string) => storage.get(k) ?? null,
    setItem: (k: string, v: string) => void storage.set(k, v),
  };
  const view = render(<App services={services} theme={webLightTheme} tab={options.tab} storage={store} />);
  return { ...view, double, model, document, storage, traffic };
}

export const emptyModel = () =>
  WordDocumentModel.fromSnapshot({ paragraphs: [], customXmlParts: [], properties: {}, pageSource: "none" });
