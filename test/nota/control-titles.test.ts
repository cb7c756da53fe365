/**
 * The titles of the controls the assistant writes come from one catalogue (src/nota/control-titles.ts), in the
 * locale of whoever writes them: the Woo mark (Word adapter), the emancipation sentence (planner), the template's
 * title; adopt names a nota's parts in Dutch, as the schema's labels do.
 */
import { planEdit } from "../../src/checks/plan";
import { templateDocumentXml } from "../../src/docx/ooxml-template";
import { planAdoption } from "../../src/nota/adopt";
import { CONTROL_TITLES } from "../../src/nota/control-titles";
import { parseNota } from "../../src/nota/parser";
import { TAGS } from "../../src/nota/schema";
import { OfficeNotaDocument } from "../../src/word/adapter";
import { WordDocumentModel, WordDouble } from "../word-double";
import { readDocx } from "../../src/docx/reader";
import { fixtureBytes } from "../helpers/fixtures";
import { notaSnapshot, snapshotOf } from "../helpers/snapshots";

test.each([
  ["nl", "Niet openbaar: 5.1.2e"],
  ["en", "Withheld: 5.1.2e"],
] as const)("a Woo mark made in %s is titled %j", async (locale, title) => {
  const model = WordDocumentModel.fromSnapshot(snapshotOf(["Een geheime zin."]));
  const doc = new OfficeNotaDocument(new WordDouble(model), locale);
  model.selection = { paragraphUids: [model.paragraphs[0].uid], start: 4, end: 11 };
  await doc.markSelection("5.1.2e");
  const mark = [...model.controls.values()].find((c) => c.tag === TAGS.woo("5.1.2e"));
  expect(mark?.title).toBe(title);
});

test.each([
  ["nl", "Emancipatie"],
  ["en", "Emancipation"],
] as const)("the emancipation sentence's control, planned in %s, is titled %j", (locale, title) => {
  const edit = {
    kind: "insertParagraph",
    block: "aanleiding",
    text: "Zin.",
    tag: TAGS.emancipationFlag,
  } as const;
  const [planned] = planEdit(edit, notaSnapshot(), { locale });
  expect(planned).toMatchObject({ op: "insertParagraphs", paragraphs: [{ control: { title } }] });
});

test.each([
  ["nl", "Titel"],
  ["en", "Title"],
] as const)("the template's title control in %s is titled %j", (locale, title) => {
  const xml = templateDocumentXml({ locale });
  expect(xml).toContain(`<w:alias w:val="${title}"/><w:tag w:val="${TAGS.title}"/>`);
});

test("adopt names the title in Dutch, as the schema's labels name the other parts", () => {
  const plan = planAdoption(parseNota(readDocx(fixtureBytes("header-table-bold.docx"))));
  if (!("items" in plan)) throw new Error("refused");
  const title = plan.items.find((i) => i.tag === TAGS.title);
  expect(title?.title).toBe(CONTROL_TITLES.nl.title);
});
