/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderPane } from "../helpers/pane";
import { readDocx } from "../../src/docx/reader";
import { WordDocumentModel } from "../word-double";
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
