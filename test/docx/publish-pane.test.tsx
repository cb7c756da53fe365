/** @jest-environment jsdom */
/** The pane's Woo section: personal data nobody marked, one click from its place and from "Niet openbaar maken". */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderPane } from "../helpers/pane";
import { WordDocumentModel } from "../word-double";
import { HEADER_LINES, docxPackage, heading, p, r } from "./leak/build";

const nota = docxPackage({
  body:
    HEADER_LINES() +
    p(r("Nota over de monitor"), '<w:pStyle w:val="Kop1"/>') +
    heading("Aanleiding") +
    p(r("Bel mevrouw De Vries op 070-1234567 of mail k.kater@minocw.nl.")) +
    heading("Geadviseerd besluit") +
    p(r("U wordt geadviseerd akkoord te gaan.")),
});

test("lists unmarked personal data with the copy's summary; Niet openbaar maken marks exactly that text", async () => {
  const user = userEvent.setup();
  const { model } = renderPane(WordDocumentModel.fromDocx(nota));
  const section = (await screen.findByRole("heading", { name: "Openbaarmaking (Woo)" })).closest("section")!;
  const list = () => within(section).getByRole("list", { name: "Niet gemarkeerde persoonsgegevens" });
  expect(within(list()).getByText("070-1234567")).toBeInTheDocument();
  expect(within(list()).getByText("k.kater@minocw.nl")).toBeInTheDocument();
  expect(
    within(section).getByText(/Beoordeling: Deels openbaar · Weigeringsgronden: 5\.1\.2e/),
  ).toBeInTheDocument();
  expect(within(section).getByText(/2 mogelijke persoonsgegevens zijn niet gemarkeerd/)).toBeInTheDocument();

  await user.click(within(section).getByRole("button", { name: "Niet openbaar maken: '070-1234567'" }));
  expect(
    await within(section).findByText("Gemarkeerd als niet openbaar (5.1.2e): 070-1234567."),
  ).toBeInTheDocument();
  await waitFor(() => expect(within(list()).queryByText("070-1234567")).not.toBeInTheDocument());
  // The mark holds exactly the number: the list of what is withheld shows it.
  expect(within(section).getByRole("list", { name: "Wat niet openbaar wordt" })).toHaveTextContent(
    "070-1234567",
  );
  expect(model.paragraphs.map((q) => q.text)).toContain(
    "Bel mevrouw De Vries op 070-1234567 of mail k.kater@minocw.nl.",
  );

  await user.click(within(section).getByRole("button", { name: "Openbaarmakingsversie maken" }));
  await within(section).findByText(/De openbaarmakingsversie staat in een nieuw document/);
  expect(model.createdDocuments).toHaveLength(1);
});
