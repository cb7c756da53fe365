/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderPane } from "../helpers/pane";
import { readDocx } from "../../src/docx/reader";
import { WEB_SETS, WordDocumentModel, WordDouble } from "../word-double";
import { readDirectory, readEntry } from "../../src/docx/zip";

/** A Blob's bytes (FileReader: jsdom's Blob may lack arrayBuffer). */
const bytesOf = (blob: Blob) =>
  new Promise<Uint8Array>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
import { fixtureBytes } from "../helpers/fixtures";
import { modelToDocx } from "../word-double/docx";
import { notaSnapshot } from "../helpers/snapshots";
import { publishDocx } from "../../src/docx/publish";
import { DEFAULT_PROFILE } from "../../src/checks/profile";

function select(model: WordDocumentModel, phrase: string) {
  const p = model.paragraphs.find((q) => q.text.includes(phrase))!;
  const start = p.text.indexOf(phrase);
  model.selection = { paragraphUids: [p.uid], start, end: start + phrase.length };
}

describe("Openbaarmaking (Woo)", () => {
  test("lists what is withheld by routine; marks a selection; makes the copy; removes a mark", async () => {
    const user = userEvent.setup();
    const { model } = renderPane("example-nota.docx");
    const section = (await screen.findByRole("heading", { name: "Openbaarmaking (Woo)" })).closest(
      "section",
    )!;
    const list = () => within(section).getByRole("list", { name: "Wat niet openbaar wordt" });
    expect(within(list()).getByText("Persoonsgegevens")).toBeInTheDocument();
    expect(within(list()).getByText("veld Van")).toBeInTheDocument();

    const phrase = "Tweede Kamer";
    select(model, phrase);
    // The box shows the chosen code, the hint what the ground protects; the list gives code and description.
    const grounds = within(section).getByRole("combobox", { name: "Grond" });
    expect(grounds).toHaveTextContent("5.1.2e");
    expect(within(section).getByText("eerbiediging van de persoonlijke levenssfeer")).toBeInTheDocument();
    await user.click(grounds);
    await user.click(await screen.findByRole("option", { name: "5.1.2i – goed functioneren van de Staat" }));
    expect(grounds).toHaveTextContent("5.1.2i");
    expect(within(section).getByText("goed functioneren van de Staat")).toBeInTheDocument();
    await user.click(within(section).getByRole("button", { name: "Niet openbaar maken" }));
    expect(await within(section).findByText("Gemarkeerd als niet openbaar (5.1.2i).")).toBeInTheDocument();
    await waitFor(() => expect(within(list()).getByText(phrase)).toBeInTheDocument());

    await user.click(within(section).getByRole("button", { name: "Openbaarmakingsversie maken" }));
    expect(
      await within(section).findByText(/De openbaarmakingsversie staat in een nieuw document/),
    ).toBeInTheDocument();
    expect(model.createdDocuments).toHaveLength(1);
    const copy = readDocx(model.createdDocuments[0])
      .paragraphs.map((p) => p.text)
      .join("\n");
    expect(copy).toContain("5.1.2i");
    expect(copy).not.toContain("Persoonsgegevens");

    const before = model.paragraphs.map((p) => p.text);
    await user.click(within(section).getByRole("button", { name: `Markering verwijderen: '${phrase}'` }));
    expect(
      await within(section).findByText("Markering verwijderd; de tekst staat er nog."),
    ).toBeInTheDocument();
    expect(model.paragraphs.map((p) => p.text)).toEqual(before);
    await waitFor(() => expect(within(list()).queryByText(phrase)).not.toBeInTheDocument());
  });

  test("Word on the web: the pane says it makes a file, the download's bytes are the publication copy, and a copy the document has changed since is not offered", async () => {
    const user = userEvent.setup();
    const model = WordDocumentModel.fromDocx(fixtureBytes("example-nota.docx"));
    const double = new WordDouble(model, WEB_SETS);
    double.platform = "web";
    // jsdom has no object URLs: the Blob handed to URL.createObjectURL is kept, as the browser would keep it.
    const blobs: Blob[] = [];
    const revoked: string[] = [];
    const urls = URL as unknown as Record<"createObjectURL" | "revokeObjectURL", unknown>;
    urls.createObjectURL = (blob: Blob) => {
      blobs.push(blob);
      return `blob:https://localhost/copy-${blobs.length}`;
    };
    urls.revokeObjectURL = (url: string) => void revoked.push(url);
    try {
      const { unmount } = renderPane(double);
      const section = (await screen.findByRole("heading", { name: "Openbaarmaking (Woo)" })).closest(
        "section",
      )!;
      const phrase = "Tweede Kamer";
      select(model, phrase);
      await user.click(within(section).getByRole("button", { name: "Niet openbaar maken" }));
      await waitFor(() =>
        expect(within(section).getByRole("list", { name: "Wat niet openbaar wordt" })).toHaveTextContent(
          phrase,
        ),
      );
      // Said before anything is done: no new document, a file to download; this document stays as it is.
      expect(
        within(section).getByText(/Word op het web kan hier geen nieuw document openen/),
      ).toHaveTextContent(/als bestand \(\.docx\) om te downloaden.*Dit document blijft zoals het is/);
      expect(within(section).queryByRole("button", { name: "Openbaarmakingsversie maken" })).toBeNull();
      await user.click(
        within(section).getByRole("button", { name: "Openbaarmakingsversie maken als bestand" }),
      );
      expect(
        await within(section).findByText(/De openbaarmakingsversie is klaar \(5\.1\.2e: /),
      ).toBeInTheDocument();
      const link = within(section).getByRole("link", { name: "Openbaarmakingsversie downloaden (.docx)" });
      expect(link).toHaveAttribute("href", "blob:https://localhost/copy-1");
      expect(link).toHaveAttribute("download", "openbaarmakingsversie.docx");
      expect(model.createdDocuments).toHaveLength(0);

      // The download's bytes: the publication copy, the marked text and the routine fields' values in no part.
      expect(blobs[0].type).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
      const bytes = await bytesOf(blobs[0]);
      const parts = readDirectory(bytes).map((e) => new TextDecoder().decode(readEntry(bytes, e)));
      expect(parts.some((x) => x.includes("5.1.2e"))).toBe(true);
      expect(parts.filter((x) => x.includes(phrase))).toEqual([]);
      const original = readDocx(fixtureBytes("example-nota.docx"))
        .paragraphs.map((q) => q.text)
        .join("\n");
      expect(original).toContain(phrase);
      const copy = readDocx(bytes)
        .paragraphs.map((q) => q.text)
        .join("\n");
      expect(copy).not.toContain(phrase);
      expect(copy).not.toContain("Persoonsgegevens");
      // The same copy the command line makes of the same file.
      const cli = publishDocx(await double.getFile(), DEFAULT_PROFILE.woo);
      expect(readDocx(bytes).paragraphs.map((q) => q.text)).toEqual(
        readDocx(cli.bytes).paragraphs.map((q) => q.text),
      );

      // A second copy replaces the first, whose URL is let go; so does closing the pane.
      await user.click(
        within(section).getByRole("button", { name: "Openbaarmakingsversie maken als bestand" }),
      );
      await waitFor(() =>
        expect(
          within(section).getByRole("link", { name: "Openbaarmakingsversie downloaden (.docx)" }),
        ).toHaveAttribute("href", "blob:https://localhost/copy-2"),
      );
      expect(revoked).toEqual(["blob:https://localhost/copy-1"]);

      // A passage marked after the copy was made: the copy would publish it. Its link goes, its URL is let go, and
      // the pane says why.
      select(model, "beleidsmaatregelen");
      await user.click(within(section).getByRole("button", { name: "Niet openbaar maken" }));
      await waitFor(() =>
        expect(
          within(section).queryByRole("link", { name: "Openbaarmakingsversie downloaden (.docx)" }),
        ).toBeNull(),
      );
      expect(section).toHaveTextContent("Het document is veranderd sinds deze openbaarmakingsversie");
      expect(revoked).toEqual(["blob:https://localhost/copy-1", "blob:https://localhost/copy-2"]);
      unmount();
      expect(revoked).toEqual(["blob:https://localhost/copy-1", "blob:https://localhost/copy-2"]);
    } finally {
      delete urls.createObjectURL;
      delete urls.revokeObjectURL;
    }
  });

  test("in English on the web: the same, in English", async () => {
    const model = WordDocumentModel.fromDocx(fixtureBytes("example-nota.docx"));
    const double = new WordDouble(model, WEB_SETS);
    double.platform = "web";
    renderPane(double, { locale: "en" });
    expect(
      await screen.findByText(/Word on the web cannot open a new document from here/),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Make publication copy as a file" })).toBeInTheDocument();
  });

  test("the document's own people in the text: listed as names, as nota publish lists them from the same file", async () => {
    const made = WordDocumentModel.fromSnapshot(
      notaSnapshot({
        blocks: {
          aanleiding: [
            "Overleg met Bertus Boer en mevrouw Jansen over de planning; Karin de Wit was er ook.",
          ],
        },
      }),
    );
    made.documentProperties = { author: "Bertus Boer", lastAuthor: "Jansen, Jan" };
    const file = modelToDocx(made);
    // Word's side: the author and last author from the file, and a colleague's comment (Comment.authorName).
    const model = WordDocumentModel.fromDocx(file);
    model.addComment(model.paragraphs[0], "Klopt dit?", "Karin de Wit");
    renderPane(model);
    const list = await screen.findByRole("list", { name: "Niet gemarkeerde persoonsgegevens" });
    const names = () =>
      within(list)
        .getAllByText("naam")
        .map((badge) => badge.closest("li")!.querySelector("span")!.textContent);
    await waitFor(() => expect(names()).toEqual(["Bertus Boer", "Jansen", "Karin de Wit"]));
    // The command line on the same file (it has no comments.xml: the colleague is Word's alone).
    const cli = publishDocx(file, DEFAULT_PROFILE.woo).unmarked.filter((u) => u.kind === "name");
    expect(cli.map((u) => u.text)).toEqual(["Bertus Boer", "Jansen"]);
  });

  test("Word does not give the people: the section says the list lacks their names", async () => {
    const model = WordDocumentModel.fromDocx(fixtureBytes("example-nota.docx"));
    renderPane(model, {
      adjust: (document) => {
        document.readPeople = () => Promise.reject(new Error("GeneralException"));
      },
    });
    expect(
      await screen.findByText(
        /De namen van wie het document schreef, bewerkte of van opmerkingen voorzag konden niet/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole("list", { name: "Wat niet openbaar wordt" })).toBeInTheDocument();
  });

  test("nothing selected: the person is told to select first", async () => {
    const user = userEvent.setup();
    const { model } = renderPane("example-nota.docx");
    const section = (await screen.findByRole("heading", { name: "Openbaarmaking (Woo)" })).closest(
      "section",
    )!;
    model.selection = undefined;
    await user.click(within(section).getByRole("button", { name: "Niet openbaar maken" }));
    expect(await within(section).findByText(/Selecteer eerst in het document/)).toBeInTheDocument();
  });
});
