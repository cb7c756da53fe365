/** @jest-environment jsdom */
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readFileSync } from "fs";
import { renderPane } from "../helpers/pane";
import { PATCHES_BETWEEN_WHOLE_READS } from "../../src/taskpane/hooks/useNota";
import { fixtureBytes, fixturePath } from "../helpers/fixtures";
import { ALL_SETS, FLOOR_SETS, WEB_SETS, WordDocumentModel, WordDouble } from "../word-double";
import { OfficeNotaDocument } from "../../src/word/adapter";
import { syntheticNota } from "../../bench/synthetic";
import { parseNota } from "../../src/nota/parser";
import { readDocx } from "../../src/docx/reader";
import { workerLog } from "../helpers/start-worker";

const letterFile = () => new File([readFileSync(fixturePath("letter.docx"))], "kamerbrief.docx");

describe("Controle", () => {
  test("the author edits one paragraph of 2,000: the pane re-reads that paragraph alone, and its verdict changes with it", async () => {
    const model = WordDocumentModel.fromSnapshot(syntheticNota(2000));
    const double = new WordDouble(model, ALL_SETS);
    const adopting = new OfficeNotaDocument(double);
    await adopting.adopt(await adopting.readSnapshot());
    const { traffic } = renderPane(double, { tab: "controle" });
    const missing = /maar noemt niet op welke bladzijden van de brief de emancipatiepassages staan/;
    expect(await screen.findByText("Klaar voor de lijn")).toBeInTheDocument();
    expect(screen.queryByText(missing)).not.toBeInTheDocument();
    const [reads, requests] = [double.paragraphReads, traffic!.length];
    const flag = model.paragraphs.findIndex((p) =>
      p.text.startsWith("De passages die raken aan emancipatie"),
    );
    double.type(flag, "Deze nota gaat over de veiligheid in het mbo.");
    expect(await screen.findByText(missing)).toBeInTheDocument();
    // One paragraph read, not through the library (getParagraphByUniqueLocalId is WordApi 1.6's): no request.
    expect(double.paragraphReads - reads).toBe(1);
    expect(traffic!.length).toBe(requests);

    // A paragraph added: its place among the others only a whole read knows (through the library).
    const whole = double.paragraphReads;
    double.fire("ParagraphAdded", [model.paragraphs[flag].uid]);
    await waitFor(() => expect(double.paragraphReads - whole).toBeGreaterThanOrEqual(2000));
    expect(traffic!.length).toBeGreaterThan(requests);
  });

  test(`after ${PATCHES_BETWEEN_WHOLE_READS} re-checks of only the changed paragraph, the next reads the document whole (an event missed is not missed for good)`, async () => {
    const model = WordDocumentModel.fromSnapshot(syntheticNota(300));
    const double = new WordDouble(model, ALL_SETS);
    const adopting = new OfficeNotaDocument(double);
    await adopting.adopt(await adopting.readSnapshot());
    renderPane(double, { tab: "controle" });
    expect(await screen.findByText("Klaar voor de lijn")).toBeInTheDocument();
    const flag = model.paragraphs.findIndex((p) =>
      p.text.startsWith("De passages die raken aan emancipatie"),
    );
    const perEdit: number[] = [];
    for (let edit = 0; edit <= PATCHES_BETWEEN_WHOLE_READS; edit++) {
      const reads = double.paragraphReads;
      double.type(flag, `${model.paragraphs[flag].text} ${edit}`);
      await waitFor(() => expect(double.paragraphReads).toBeGreaterThan(reads));
      // The re-check is over when the reads stop growing (a whole read takes more than one batch).
      await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
      perEdit.push(double.paragraphReads - reads);
    }
    expect(perEdit.slice(0, PATCHES_BETWEEN_WHOLE_READS)).toEqual(Array(PATCHES_BETWEEN_WHOLE_READS).fill(1));
    expect(perEdit[PATCHES_BETWEEN_WHOLE_READS]).toBeGreaterThanOrEqual(300);
  });

  test("summary and findings grouped by block, each with its severity", async () => {
    renderPane("header-table-bold.docx", { tab: "controle" });
    // One glance: what still blocks, by the rule's name (never its id).
    expect(await screen.findByText("Nog niet klaar voor de lijn")).toBeInTheDocument();
    expect(screen.getByText("1 fout blokkeert: Verplichte blokken.")).toBeInTheDocument();
    expect(screen.queryByText(/required-block|header-fields/)).not.toBeInTheDocument();
    const group = screen.getByRole("region", { name: "Informatie die niet openbaar gemaakt kan worden" });
    expect(within(group).getByText("Fout")).toBeInTheDocument();
    // A missing block has no place to go to: its message is text, not a link.
    expect(within(group).getByText(/ontbreekt/)).toBeInTheDocument();
    expect(within(group).queryByRole("button", { name: /ontbreekt/ })).not.toBeInTheDocument();
    // The header's findings under their own heading, not "Overig".
    expect(screen.getByRole("region", { name: "Kopgegevens" })).toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "Overig" })).not.toBeInTheDocument();
  });

  test("clicking a finding selects its place in the document", async () => {
    const user = userEvent.setup();
    const { model } = renderPane("header-table-bold.docx", { tab: "controle" });
    await user.click(await screen.findByRole("button", { name: /Schrijf de maand met een kleine letter/ }));
    await waitFor(() => expect(model.selectedText()).toBe("3 Maart 2025"));
  });

  test("a fix is applied with one click and the finding clears", async () => {
    const user = userEvent.setup();
    const { model } = renderPane("header-table-bold.docx", { tab: "controle" });
    const finding = (await screen.findByRole("button", { name: /De kop 'Advies' wijkt af/ })).closest("li")!;
    // What the fix will write is shown before it is applied.
    expect(within(finding).getByText("Herstellen schrijft: “Geadviseerd besluit”")).toBeInTheDocument();
    await user.click(within(finding).getByRole("button", { name: "Herstellen" }));
    await waitFor(() =>
      expect(screen.queryByRole("button", { name: /De kop 'Advies' wijkt af/ })).not.toBeInTheDocument(),
    );
    expect(parseNota(model.toSnapshot()).blocks["geadviseerd-besluit"]?.heading).toBe("Geadviseerd besluit");
  });

  test("the emancipation sentence: letter picked, passages listed, suggestion shown before it is inserted, finding cleared", async () => {
    const user = userEvent.setup();
    const { model } = renderPane("example-nota-no-flag.docx", { tab: "controle" });
    expect(await screen.findByRole("button", { name: /De nota gaat via SOCW/ })).toBeInTheDocument();
    await user.upload(screen.getByTestId("letter-input"), letterFile());
    expect(await screen.findByText("Brief: kamerbrief.docx")).toBeInTheDocument();
    expect(screen.getByText("4 passages op blz. 2, 6 en 7")).toBeInTheDocument();
    expect(screen.getByText(/expliciete|pagina-einden/)).toBeInTheDocument();
    // The finding now carries a suggestion built from the letter: shown first, applied on request.
    const finding = (await screen.findByRole("button", { name: /De nota gaat via SOCW/ })).closest("li")!;
    await user.click(await within(finding).findByRole("button", { name: "Voorstel bekijken" }));
    // jsdom has no Web Animations: Fluent's dialog motion leaves the surface "hidden" to Testing Library.
    // The end-to-end test sees it in Chromium.
    const dialog = await screen.findByRole("dialog", { hidden: true });
    expect(within(dialog).getByText(/worden gevonden op blz\. 2, 6 en 7/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: "Toepassen", hidden: true }));
    await waitFor(() =>
      expect(screen.queryByRole("button", { name: /De nota gaat via SOCW/ })).not.toBeInTheDocument(),
    );
    expect(parseNota(model.toSnapshot()).flag?.references[0].pages).toEqual([2, 6, 7]);
  });

  test("Zin invoegen from the emancipation helper, twice: one sentence", async () => {
    const user = userEvent.setup();
    const { model } = renderPane("example-nota-no-flag.docx", { tab: "controle" });
    await user.upload(await screen.findByTestId("letter-input"), letterFile());
    await user.click(await screen.findByRole("button", { name: "Zin invoegen" }));
    expect(await screen.findByText("De zin staat in de Aanleiding.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Zin invoegen" }));
    expect(await screen.findByText("De zin in de Aanleiding is bijgewerkt.")).toBeInTheDocument();
    expect(model.paragraphs.filter((p) => p.text.includes("worden gevonden op"))).toHaveLength(1);
  });

  test("a file that is not a .docx: a message naming it, nothing else changes", async () => {
    const user = userEvent.setup();
    renderPane("example-nota-no-flag.docx", { tab: "controle" });
    await user.upload(await screen.findByTestId("letter-input"), new File(["platte tekst"], "brief.docx"));
    expect(await screen.findByRole("alert")).toHaveTextContent("brief.docx is geen .docx-bestand");
  });

  test("registering for document changes fails: the pane says the check does not run by itself", async () => {
    const model = WordDocumentModel.fromDocx(readFileSync(fixturePath("example-nota.docx")));
    const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
    renderPane(model, {
      tab: "controle",
      adjust: (document) => {
        document.onDocumentChanged = () => Promise.reject(new Error("GeneralException"));
      },
    });
    expect(
      await screen.findByText(/Word liet de assistent niet weten wanneer het document verandert/),
    ).toBeInTheDocument();
    spy.mockRestore();
  });

  test("a letter is read by the letter worker, not on the pane's thread", async () => {
    const user = userEvent.setup();
    const before = workerLog.started;
    renderPane("example-nota-no-flag.docx", { tab: "controle" });
    await user.upload(await screen.findByTestId("letter-input"), letterFile());
    expect(await screen.findByText("Brief: kamerbrief.docx")).toBeInTheDocument();
    expect(workerLog.started).toBe(before + 1);
  });

  test("a letter that takes long: progress shown after 300 ms, gone when it is read", async () => {
    const user = userEvent.setup();
    let finish: () => void = () => undefined;
    const snapshot = readDocx(readFileSync(fixturePath("letter.docx")));
    renderPane("example-nota-no-flag.docx", {
      tab: "controle",
      services: {
        readLetter: (_file, onProgress) => {
          onProgress?.();
          return new Promise((resolve) => (finish = () => resolve(snapshot)));
        },
      },
    });
    await user.upload(await screen.findByTestId("letter-input"), letterFile());
    // Not at once (no flash for a small letter) …
    expect(screen.queryByTestId("letter-progress")).not.toBeInTheDocument();
    // … but once it has taken longer than 300 ms.
    expect(await screen.findByTestId("letter-progress")).toBeInTheDocument();
    expect(screen.getByText("De brief wordt gelezen…")).toBeInTheDocument();
    act(() => finish());
    await waitFor(() => expect(screen.queryByTestId("letter-progress")).not.toBeInTheDocument());
    expect(await screen.findByText(/passages op blz\. 2, 6 en 7/)).toBeInTheDocument();
  });

  test("a letter that cannot be opened: a plain sentence, not Word's error", async () => {
    const user = userEvent.setup();
    renderPane("example-nota-no-flag.docx", { tab: "controle" });
    const unreadable = new File(["x"], "weg.docx");
    // As a FileReader failure reaches the page (a DOMException has a `code`; it is still no error of Word's).
    Object.defineProperty(unreadable, "arrayBuffer", {
      value: () =>
        Promise.reject(new DOMException("The requested file could not be read", "NotReadableError")),
    });
    await user.upload(await screen.findByTestId("letter-input"), unreadable);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("weg.docx kon niet worden gelezen");
    expect(alert).not.toHaveTextContent("Word");
  });

  test("a letter larger than the limit: refused by its size, with the command line's sentence, unread", async () => {
    const user = userEvent.setup();
    renderPane("example-nota-no-flag.docx", { tab: "controle" });
    const big = new File(["x"], "groot.docx");
    Object.defineProperty(big, "size", { value: 60 * 1024 * 1024 });
    await user.upload(await screen.findByTestId("letter-input"), big);
    expect(await screen.findByRole("alert")).toHaveTextContent("groot.docx is groter dan 50 MB");
  });

  test("passages in the open document on Word on the web: no pages, and the pane says so", async () => {
    const user = userEvent.setup();
    renderPane("letter.docx", { tab: "controle", sets: WEB_SETS });
    await user.click(await screen.findByRole("button", { name: "Zoeken in dit document" }));
    expect(
      await screen.findByText(
        /Deze versie van Word geeft geen paginanummers \(zoals Word op het web en Word 2016\)/,
      ),
    ).toBeInTheDocument();
    expect(screen.getAllByText("blz. ?").length).toBe(4);
  });

  test("comments added and removed", async () => {
    const user = userEvent.setup();
    const { model } = renderPane("header-table-bold.docx", { tab: "controle" });
    await user.click(await screen.findByRole("button", { name: "Opmerkingen plaatsen" }));
    expect(await screen.findByText("5 opmerkingen geplaatst.")).toBeInTheDocument();
    expect(model.comments).toHaveLength(5);
    await user.click(screen.getByRole("button", { name: "Opmerkingen verwijderen" }));
    expect(await screen.findByText("5 opmerkingen verwijderd.")).toBeInTheDocument();
    expect(model.comments).toHaveLength(0);
  });

  test("without comments (WordApi 1.3): the buttons are off and the pane says why", async () => {
    renderPane("header-table-bold.docx", { tab: "controle", sets: FLOOR_SETS });
    expect(await screen.findByRole("button", { name: "Opmerkingen plaatsen" })).toBeDisabled();
    expect(screen.getByText(/kan geen opmerkingen plaatsen/)).toBeInTheDocument();
    expect(screen.getByText(/kies 'Controleren' na het bewerken/)).toBeInTheDocument();
  });

  test("the report is copied; when the clipboard refuses, it is shown to copy by hand", async () => {
    const user = userEvent.setup();
    const copied: string[] = [];
    renderPane("header-table-bold.docx", {
      tab: "controle",
      services: { copyText: async (t) => void copied.push(t) },
    });
    await user.click(await screen.findByRole("button", { name: "Rapport kopiëren" }));
    expect(await screen.findByText("Rapport gekopieerd.")).toBeInTheDocument();
    expect(copied[0]).toMatch(/^1 fout, 4 waarschuwingen\n- Fout: Het blok/);
  });

  test("clipboard refused", async () => {
    const user = userEvent.setup();
    renderPane("header-table-bold.docx", {
      tab: "controle",
      services: {
        copyText: async () => {
          throw new Error("denied");
        },
      },
    });
    await user.click(await screen.findByRole("button", { name: "Rapport kopiëren" }));
    expect(await screen.findByText(/Kopiëren lukte niet/)).toBeInTheDocument();
    expect((screen.getByRole("textbox", { name: "Rapport kopiëren" }) as HTMLTextAreaElement).value).toMatch(
      /^1 fout, 4 waarschuwingen\n/,
    );
  });

  test("a document that is no nota says so, and what to do", async () => {
    renderPane("letter.docx", { tab: "controle" });
    expect(await screen.findByText(/Dit document lijkt geen nota/)).toBeInTheDocument();
  });

  test("the standard nota: no findings", async () => {
    renderPane("example-nota.docx", { tab: "controle" });
    expect(await screen.findByText("Geen bevindingen: de nota voldoet aan alle regels.")).toBeInTheDocument();
  });

  describe("every finding offers its next step", () => {
    test("a header field that is missing: 'Naar het veld' opens Opstellen with the focus in that field", async () => {
      const user = userEvent.setup();
      renderPane("header-table-bold.docx", { tab: "controle" });
      const finding = (await screen.findByText(/Schrijf de maand met een kleine letter/)).closest("li")!;
      await user.click(within(finding).getByRole("button", { name: "Naar het veld Datum" }));
      expect(screen.getByRole("tab", { name: "Opstellen" })).toHaveAttribute("aria-selected", "true");
      await waitFor(() => expect(screen.getByLabelText("Datum")).toHaveFocus());
    });

    test("the emancipation finding leads to the emancipation helper", async () => {
      const user = userEvent.setup();
      renderPane("example-nota-no-flag.docx", { tab: "controle" });
      const finding = (await screen.findByRole("button", { name: /De nota gaat via SOCW/ })).closest("li")!;
      await screen.findByRole("heading", { name: "Emancipatie" });
      await user.click(within(finding).getByRole("button", { name: "Naar de emancipatiehulp" }));
      expect(screen.getByRole("heading", { name: "Emancipatie" })).toHaveFocus();
    });

    test("'Waarom?' says what the rule checks and why, by its name", async () => {
      const user = userEvent.setup();
      renderPane("header-table-bold.docx", { tab: "controle" });
      const finding = (await screen.findByRole("button", { name: /De kop 'Advies' wijkt af/ })).closest(
        "li",
      )!;
      expect(within(finding).getByText("Koppen van blokken")).toBeInTheDocument();
      const why = within(finding).getByRole("button", { name: "Waarom: Koppen van blokken" });
      expect(why).toHaveAttribute("aria-expanded", "false");
      await user.click(why);
      expect(why).toHaveAttribute("aria-expanded", "true");
      expect(within(finding).getByText(/standaardkoppen herkent de lezer/)).toBeInTheDocument();
    });

    test("after 'Herstellen' the focus is on the finding that took its place", async () => {
      const user = userEvent.setup();
      renderPane("header-table-bold.docx", { tab: "controle" });
      const finding = (await screen.findByRole("button", { name: /De kop 'Advies' wijkt af/ })).closest(
        "li",
      )!;
      const index = Number(finding.id.replace("finding-", ""));
      await user.click(within(finding).getByRole("button", { name: "Herstellen" }));
      await waitFor(() =>
        expect(screen.queryByRole("button", { name: /De kop 'Advies' wijkt af/ })).not.toBeInTheDocument(),
      );
      await waitFor(() => expect(document.getElementById(`finding-${index}`)).toHaveFocus());
    });

    test("'Alles herstellen' fixes every finding of one rule, and a second click changes nothing more", async () => {
      const user = userEvent.setup();
      const { model } = renderPane("header-table-bold.docx", { tab: "controle" });
      await user.click(
        await screen.findByRole("button", { name: "Alles herstellen: Koppen van blokken (2)" }),
      );
      await waitFor(() => expect(screen.queryByText(/wijkt af/)).not.toBeInTheDocument());
      const nota = parseNota(model.toSnapshot());
      expect(nota.blocks["geadviseerd-besluit"]?.heading).toBe("Geadviseerd besluit");
      const after = model.paragraphs.map((p) => p.text);
      // The button is gone: nothing of that kind is left to fix.
      expect(screen.queryByRole("button", { name: /Alles herstellen: Koppen/ })).not.toBeInTheDocument();
      expect(model.paragraphs.map((p) => p.text)).toEqual(after);
    });

    test("'Volgende bevinding' walks the findings and selects each one's place", async () => {
      const user = userEvent.setup();
      const { model } = renderPane("header-table-bold.docx", { tab: "controle" });
      const next = await screen.findByRole("button", { name: "Volgende bevinding" });
      await user.click(next);
      expect(await screen.findByText(/Bevinding 1 van \d+/)).toBeInTheDocument();
      expect(document.getElementById("finding-0")).toHaveFocus();
      await user.click(next);
      expect(await screen.findByText(/Bevinding 2 van \d+/)).toBeInTheDocument();
      await user.click(screen.getByRole("button", { name: "Vorige bevinding" }));
      expect(await screen.findByText(/Bevinding 1 van \d+/)).toBeInTheDocument();
      // The first finding (the header's date) has a place: walking to it selected it.
      await waitFor(() => expect(model.selectedText()).toBe("3 Maart 2025"));
    });
  });

  test("'Opmerkingen plaatsen' twice replaces its own comments; 'verwijderen' is off once there are none", async () => {
    const user = userEvent.setup();
    const { model } = renderPane("header-table-bold.docx", { tab: "controle" });
    const place = await screen.findByRole("button", { name: "Opmerkingen plaatsen" });
    await user.click(place);
    await screen.findByText(/opmerkingen geplaatst/);
    const once = model.comments.length;
    expect(once).toBeGreaterThan(0);
    await user.click(place);
    await waitFor(() => expect(model.comments).toHaveLength(once));
    await user.click(screen.getByRole("button", { name: "Opmerkingen verwijderen" }));
    await waitFor(() => expect(model.comments).toHaveLength(0));
    expect(screen.getByRole("button", { name: "Opmerkingen verwijderen" })).toBeDisabled();
  });

  test("'Opmerkingen verwijderen' is off until the document holds comments of ours, whoever placed them when", async () => {
    const user = userEvent.setup();
    const model = WordDocumentModel.fromDocx(fixtureBytes("header-table-bold.docx"));
    // The author's own comment is not ours: it does not turn the button on.
    model.addComment(model.paragraphs[0], "Klopt deze datum?", "J. Jansen");
    const { unmount } = renderPane(model, { tab: "controle" });
    const remove = await screen.findByRole("button", { name: "Opmerkingen verwijderen" });
    await screen.findByRole("button", { name: "Opmerkingen plaatsen" });
    expect(remove).toBeDisabled();
    await user.click(screen.getByRole("button", { name: "Opmerkingen plaatsen" }));
    await waitFor(() => expect(remove).toBeEnabled());
    unmount();

    // Opened again on a document that already holds ours (placed in an earlier session): on at once.
    renderPane(model, { tab: "controle" });
    const again = await screen.findByRole("button", { name: "Opmerkingen verwijderen" });
    await waitFor(() => expect(again).toBeEnabled());
    await user.click(again);
    await waitFor(() => expect(again).toBeDisabled());
    expect(model.comments.map((c) => c.content)).toEqual(["Klopt deze datum?"]);
  });

  describe("the emancipation helper with two documents", () => {
    test("with the letter open: its passages with their pages, and 'Zin kopiëren' instead of 'Zin invoegen'", async () => {
      const user = userEvent.setup();
      const copied: string[] = [];
      renderPane("letter.docx", {
        tab: "controle",
        services: { copyText: (text) => Promise.resolve(void copied.push(text)) },
      });
      await user.click(await screen.findByRole("button", { name: "Zoeken in dit document" }));
      expect(await screen.findByText(/4 passages op blz\. 2, 6 en 7/)).toBeInTheDocument();
      expect(screen.queryByRole("button", { name: "Zin invoegen" })).not.toBeInTheDocument();
      await user.click(screen.getByRole("button", { name: "Zin kopiëren" }));
      expect(await screen.findByText(/De zin is gekopieerd/)).toBeInTheDocument();
      expect(copied[0]).toMatch(/worden gevonden op blz\. 2, 6 en 7\.$/);
    });

    test("in the nota itself: the passages are listed, but its own pages are never proposed", async () => {
      const user = userEvent.setup();
      renderPane("example-nota.docx", { tab: "controle" });
      await user.click(await screen.findByRole("button", { name: "Zoeken in deze nota" }));
      expect(await screen.findByText(/Deze passages staan in de nota zelf/)).toBeInTheDocument();
      expect(screen.getByRole("textbox", { name: /Bladzijden/ })).toHaveValue("");
    });
  });

  test("'Negeren' with a reason: the finding leaves the list, the record in the document keeps it, and it stays out after a new check", async () => {
    const user = userEvent.setup();
    const { model } = renderPane("header-table-bold.docx", { tab: "controle" });
    const finding = (await screen.findByRole("button", { name: /De kop 'Kern' wijkt af/ })).closest("li")!;
    await user.click(within(finding).getByRole("button", { name: "Negeren: Koppen van blokken" }));
    await user.type(within(finding).getByLabelText("Reden (optioneel)"), "Zo besloten met de directeur");
    await user.click(within(finding).getByRole("button", { name: "Bevinding negeren" }));
    await waitFor(() =>
      expect(screen.queryByRole("button", { name: /De kop 'Kern' wijkt af/ })).not.toBeInTheDocument(),
    );
    expect(
      await screen.findByText("1 bevinding genegeerd (vastgelegd in het document)."),
    ).toBeInTheDocument();
    const record = model.customXmlParts.map((p) => p.xml).join("");
    expect(record).toContain("Zo besloten met de directeur");
    await user.click(screen.getByRole("button", { name: "Controleren" }));
    await screen.findByText("1 bevinding genegeerd (vastgelegd in het document).");
    expect(screen.queryByRole("button", { name: /De kop 'Kern' wijkt af/ })).not.toBeInTheDocument();
    // The other finding of the same rule is still there.
    expect(screen.getByRole("button", { name: /De kop 'Advies' wijkt af/ })).toBeInTheDocument();
  });

  test("the profile is named at the top with its reason, and a choice is remembered", async () => {
    const user = userEvent.setup();
    const { storage } = renderPane("header-table-bold.docx", { tab: "controle" });
    const select = await screen.findByRole("combobox", { name: "Profiel" });
    expect(screen.getByText(/^Profiel .*(afgeleid|standaard)/)).toBeInTheDocument();
    await user.selectOptions(select, "bzk");
    expect(await screen.findByText(/\(zelf gekozen\)/)).toBeInTheDocument();
    expect(storage.get("nota-assistent.profile")).toBe("bzk");
  });
});
