/** @jest-environment jsdom */
/** Track Changes on: the pane says, before it writes anything, that its edits become revisions. */
import { screen } from "@testing-library/react";
import { renderPane } from "../helpers/pane";
import { WordDocumentModel } from "../word-double";
import { fixtureBytes } from "../helpers/fixtures";

const model = (mode: "Off" | "TrackAll") => {
  const m = WordDocumentModel.fromDocx(fixtureBytes("example-nota.docx"));
  m.changeTrackingMode = mode;
  return m;
};

test("Track Changes on: a notice that the assistant's edits become revisions, in the pane's language", async () => {
  renderPane(model("TrackAll"));
  expect(await screen.findByText(/wordt een revisie die u nog moet accepteren/)).toBeInTheDocument();
});

test("in English", async () => {
  renderPane(model("TrackAll"), { locale: "en" });
  expect(await screen.findByText(/becomes a revision you still have to accept/)).toBeInTheDocument();
});

test("Track Changes off: no notice", async () => {
  renderPane(model("Off"));
  expect(await screen.findByText("Blokken")).toBeInTheDocument();
  expect(screen.queryByText(/revisie/)).not.toBeInTheDocument();
});
