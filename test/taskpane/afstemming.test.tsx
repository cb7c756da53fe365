/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderPane } from "../helpers/pane";
import { FLOOR_SETS } from "../word-double";
import { AFSTEMMING_NAMESPACE, afstemmingFromXml } from "../../src/nota/afstemming";
import { parseNota } from "../../src/nota/parser";
import { WordDocumentModel } from "../word-double";
import { buildTemplateDocx } from "../../src/docx/template-docx";
import { fixtureBytes } from "../helpers/fixtures";

const templateModel = () => WordDocumentModel.fromDocx(buildTemplateDocx());

describe("Afstemming", () => {
  test("shows what the document holds (the example: text only)", async () => {
    renderPane("example-nota.docx", { tab: "afstemming" });
    expect(await screen.findByText("Intern afgestemd: DE, OVO, PD&R")).toBeInTheDocument();
    expect(screen.getByText("alleen als tekst in de kop")).toBeInTheDocument();
  });

  test("external afstemming in a nota without an Extern field: a header line is added, in the nota's layout", async () => {
    const user = userEvent.setup();
    const { model } = renderPane("example-nota.docx", { tab: "afstemming" });
    expect(parseNota(model.toSnapshot()).header["extern-afgestemd"]).toBeUndefined();
    const external = await screen.findByRole("region", { name: "Extern afgestemd" });
    await user.type(within(external).getByLabelText("Naam"), "SLO{Enter}");
    await user.click(screen.getByRole("button", { name: "Afstemming opslaan" }));
    expect(await screen.findByText("De afstemming is opgeslagen in het document.")).toBeInTheDocument();
    const nota = parseNota(model.toSnapshot());
    expect(nota.header["extern-afgestemd"]?.value).toBe("SLO");
    expect(nota.header["intern-afgestemd"]?.value).toBe("DE, OVO, PD&R");
    expect(await screen.findByText("Extern afgestemd: SLO")).toBeInTheDocument();
  });

  test("record parties with status and date; saved as data and header text; read back", async () => {
    const user = userEvent.setup();
    const { model } = renderPane(templateModel(), { tab: "afstemming" });
    const internal = await screen.findByRole("region", { name: "Intern afgestemd" });
    await user.type(within(internal).getByLabelText("Naam"), "DE");
    await user.click(within(internal).getByRole("button", { name: "Toevoegen" }));
    await user.selectOptions(within(internal).getByLabelText("Status"), "akkoord");
    await user.type(within(internal).getByLabelText("Datum"), "2024-11-20");
    const external = screen.getByRole("region", { name: "Extern afgestemd" });
    await user.type(within(external).getByLabelText("Naam"), "MBO Raad{Enter}");
    await user.click(screen.getByRole("button", { name: "Afstemming opslaan" }));
    expect(await screen.findByText("De afstemming is opgeslagen in het document.")).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByText("Intern afgestemd: DE (akkoord, 20 november 2024)")).toBeInTheDocument(),
    );
    expect(screen.getByText("vastgelegd als gegevens en als tekst in de kop")).toBeInTheDocument();
    const record = model.customXmlParts.find((p) => p.namespace === AFSTEMMING_NAMESPACE)!;
    expect(afstemmingFromXml(record.xml)).toEqual({
      internal: [{ name: "DE", status: "akkoord", date: { year: 2024, month: 11, day: 20 } }],
      external: [{ name: "MBO Raad" }],
    });
    expect(parseNota(model.toSnapshot()).header["extern-afgestemd"]?.value).toBe("MBO Raad");
  });

  test("a party can be removed; a duplicate is not added twice", async () => {
    const user = userEvent.setup();
    renderPane("example-nota.docx", { tab: "afstemming" });
    const internal = await screen.findByRole("region", { name: "Intern afgestemd" });
    await user.type(within(internal).getByLabelText("Naam"), "de{Enter}");
    expect(within(internal).getAllByText(/^DE$|^de$/)).toHaveLength(1);
    await user.click(within(internal).getByRole("button", { name: "OVO verwijderen" }));
    expect(within(internal).queryByText("OVO")).not.toBeInTheDocument();
  });

  test("a damaged record: the header's text is shown and the pane says the record is damaged", async () => {
    const model = WordDocumentModel.fromDocx(fixtureBytes("example-nota.docx"));
    model.addCustomXmlPart(
      `<afstemming xmlns="${AFSTEMMING_NAMESPACE}"><internal name="DE"`,
      AFSTEMMING_NAMESPACE,
    );
    renderPane(model, { tab: "afstemming" });
    expect(await screen.findByText("Intern afgestemd: DE, OVO, PD&R")).toBeInTheDocument();
    expect(screen.getByText(/De vastgelegde afstemming in dit document is beschadigd/)).toBeInTheDocument();
  });

  test("without WordApi 1.4: text only, and the pane says so", async () => {
    renderPane(templateModel(), { tab: "afstemming", sets: FLOOR_SETS });
    expect(await screen.findByText(/kan geen gegevens in het document bewaren/)).toBeInTheDocument();
  });

  test("a document without afstemming fields: the error says what to do", async () => {
    const user = userEvent.setup();
    const model = WordDocumentModel.fromSnapshot({
      paragraphs: [],
      customXmlParts: [],
      properties: {},
      pageSource: "none",
    });
    renderPane(model, { tab: "afstemming" });
    const internal = await screen.findByRole("region", { name: "Intern afgestemd" });
    await user.type(within(internal).getByLabelText("Naam"), "DE{Enter}");
    await user.click(screen.getByRole("button", { name: "Afstemming opslaan" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Voeg eerst de nota in");
  });
});
