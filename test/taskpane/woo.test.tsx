/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderPane } from "../helpers/pane";
import { readDocx } from "../../src/docx/reader";
import type { WordDocumentModel } from "../word-double";

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
