/** @jest-environment jsdom */
/**
 * A tab whose code does not load (a chunk the network lost; in Jest: a module whose first import throws, as
 * webpack's import() rejects with a ChunkLoadError): the tab says so with a retry, the rest of the pane stays.
 */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderPane } from "../helpers/pane";

let mockLoads = 0;
jest.mock("../../src/taskpane/components/AfstemmingTab", () => {
  mockLoads++;
  if (mockLoads === 1) throw new Error("ChunkLoadError: Loading chunk tab-afstemming failed.");
  return jest.requireActual("../../src/taskpane/components/AfstemmingTab");
});

const silenced = jest.spyOn(console, "error").mockImplementation(() => undefined);
afterAll(() => silenced.mockRestore());

test("the tab's code did not load: said in the tab with a retry, the tabs still there; the retry loads it", async () => {
  const user = userEvent.setup();
  renderPane("example-nota.docx", { tab: "afstemming" });
  expect(
    await screen.findByText(/Dit deel van de Nota-assistent kon niet worden geladen of getoond/),
  ).toBeInTheDocument();
  expect(screen.getByRole("tab", { name: "Opstellen" })).toBeInTheDocument();
  expect(mockLoads).toBe(1);
  await user.click(screen.getByRole("button", { name: "Opnieuw proberen" }));
  expect(await screen.findByText("Intern afgestemd: DE, OVO, PD&R")).toBeInTheDocument();
  expect(mockLoads).toBe(2);
  expect(screen.queryByText(/kon niet worden geladen of getoond/)).not.toBeInTheDocument();
});
