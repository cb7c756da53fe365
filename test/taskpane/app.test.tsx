/** @jest-environment jsdom */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderPane } from "../helpers/pane";
import { initialTab, TAB_STORAGE_KEY } from "../../src/taskpane/App";
import { FLOOR_SETS, WordDocumentModel, WordDouble } from "../word-double";
import { fixtureBytes } from "../helpers/fixtures";
import { isDark } from "../../src/taskpane/theme";
import { localeFor } from "../../src/i18n";

describe("the pane", () => {
  test("three tabs; the last one used is remembered", async () => {
    const user = userEvent.setup();
    const { storage } = renderPane("example-nota.docx");
    expect(screen.getByRole("tab", { name: "Opstellen" })).toHaveAttribute("aria-selected", "true");
    await user.click(screen.getByRole("tab", { name: "Afstemming" }));
    expect(storage.get(TAB_STORAGE_KEY)).toBe("afstemming");
    expect(initialTab("", { getItem: (k) => storage.get(k) ?? null })).toBe("afstemming");
    expect(initialTab("?tab=controle", { getItem: () => "afstemming" })).toBe("controle");
    expect(initialTab("?tab=nonsense", undefined)).toBe("opstellen");
  });

  // Arrow keys between tabs need layout (Tabster checks visibility): the end-to-end test covers them in Chromium.
  test("keyboard only: the tab list is the first stop, a tab activates with Enter", async () => {
    const user = userEvent.setup();
    renderPane("example-nota.docx");
    await user.tab();
    expect(screen.getByRole("tab", { name: "Opstellen" })).toHaveFocus();
    screen.getByRole("tab", { name: "Controle" }).focus();
    await user.keyboard("{Enter}");
    expect(await screen.findByRole("button", { name: "Controleren" })).toBeInTheDocument();
  });

  test("a failed Office call shows what to do and a retry that works", async () => {
    const user = userEvent.setup();
    const model = WordDocumentModel.fromDocx(fixtureBytes("example-nota.docx"));
    // WordApi 1.3, no paragraph events: the sync that fails is the first read's, through the library (with paragraph
    // events the registration, which goes to the double directly, would reach the double before it).
    const double = new WordDouble(model, FLOOR_SETS);
    double.failNextSync = "NotAllowed";
    // Through Microsoft's library: the failure arrives as its OfficeExtension.Error (RichApi.Error).
    const { traffic } = renderPane(double);
    const alert = await screen.findByRole("alert");
    expect(traffic!.length).toBeGreaterThan(0);
    expect(alert).toHaveTextContent("Word staat deze wijziging niet toe");
    await user.click(screen.getByRole("button", { name: "Opnieuw proberen" }));
    await waitFor(() => expect(screen.queryByRole("alert")).not.toBeInTheDocument());
    expect(await screen.findByText("Blokken")).toBeInTheDocument();
  });

  test("English when Word runs in English", async () => {
    renderPane("example-nota.docx", { locale: "en" });
    expect(screen.getByRole("tab", { name: "Check" })).toBeInTheDocument();
    // Once the nota is read ("Insert nota" then moves to the end of the tab: a new element).
    expect(await screen.findByRole("heading", { name: "Blocks" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Insert nota" })).toBeInTheDocument();
    expect(localeFor("en-US")).toBe("en");
    expect(localeFor("nl-NL")).toBe("nl");
    expect(localeFor("fr-FR")).toBe("nl");
  });

  // The one use of `direct`: the double itself in Word's place, to hold the pane over Microsoft's library to it.
  test.each(["header-table-bold.docx", "example-nota.docx"])(
    "%s: the pane shows the same over Microsoft's library as over the double directly",
    async (fixture) => {
      const shown = async (direct: boolean) => {
        const { unmount, container } = renderPane(fixture, { tab: "controle", direct });
        await screen.findByText(/[Kk]laar voor de lijn/);
        await waitFor(() => expect(screen.getByRole("button", { name: "Controleren" })).toBeEnabled());
        const text = container.textContent;
        unmount();
        return text;
      };
      const overLibrary = await shown(false);
      expect(overLibrary).toMatch(/Klaar voor de lijn|Nog niet klaar voor de lijn/);
      expect(await shown(true)).toBe(overLibrary);
    },
  );

  test("theme follows Office's background", () => {
    expect(isDark("#1f1f1f")).toBe(true);
    expect(isDark("#ffffff")).toBe(false);
    expect(isDark(undefined)).toBe(false);
  });
});
