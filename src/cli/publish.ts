/** `nota publish NOTA.docx --out …`: the publication copy (Woo), and its row in an inventory list. */
import * as path from "path";
import { translator, type Locale, type Translate } from "../i18n";
import { STORY_NAMES, type StoryNameId } from "../docx/publication/texts";
import { PERSONAL_DATA_KIND_NAMES } from "../nota/personal-data";
import { fieldSpecOf, nameOf } from "../nota/schema";
import type { Options } from "./args";
import { type Io, safeName } from "./io";
import { loadProfile } from "./load";
import type { CliMessageId } from "./messages";
import { rewriteDocx } from "./rewrite";

type T = Translate<CliMessageId>;

/**
 * A place in the output's language. The copy's summary names places in the copy's language (Dutch: "alinea 21",
 * "voettekst (word/footer2.xml)") and a withheld field by its id ("van"): a field becomes its label in the
 * output's language ("field From"), a story or paragraph the same place in the output's words.
 */
export function publishPlace(place: string, t: T, locale: Locale): string {
  const field = fieldSpecOf(place);
  if (field) {
    const label = nameOf(field)[locale];
    return label ? t("field", { label }) : t("purposeLine");
  }
  // The copy's own Dutch words, read as they stand to recognise a place the copy wrote.
  const from = STORY_NAMES.nl;
  const paragraph = new RegExp(`^${from.paragraph.replace("{n}", "(\\d+)")}$`).exec(place);
  if (paragraph) return t("paragraph", { n: Number(paragraph[1]) });
  const story = translator(STORY_NAMES, locale);
  for (const [kind, name] of Object.entries(from) as [StoryNameId, string][]) {
    const to = story(kind);
    if (place === name) return to;
    if (place.startsWith(`${name} (`)) return `${to}${place.slice(name.length)}`;
  }
  return place;
}

/** Where text was withheld, in words and each place once. */
function publishPlaces(places: readonly string[], t: T, locale: Locale): string {
  return [...new Set(places.map((place) => publishPlace(place, t, locale)))].join(", ");
}

export async function runPublish(o: Options, io: Io, t: T): Promise<number> {
  const profile = await loadProfile(o.profile, o.locale);
  const { publishDocx, PublishError } = await import("../docx/publish");
  const { InventoryError, inventoryWithRow, writeInventory } = await import("./inventory");
  const { inventoryRow } = await import("../nota/woo");
  const { parseNota } = await import("../nota/parser");
  const { readDocx } = await import("../docx/reader");
  const ids = { overlap: "publishOverlap", leak: "publishLeak", "unknown-ground": "publishUnknown" } as const;
  const placeholderKinds = {
    picture: "phPicture",
    chart: "phChart",
    diagram: "phDiagram",
    object: "phObject",
    control: "phControl",
    drawing: "phDrawing",
    imported: "phImported",
  } as const;
  const inventoryProblem = (err: unknown) => {
    if (!(err instanceof InventoryError)) throw err;
    const id =
      err.problem === "not-a-list"
        ? "inventoryNotList"
        : err.problem === "other-columns"
          ? "inventoryColumns"
          : "inventoryUnreadable";
    io.err(`nota: ${t(id, { file: o.inventory! })}`);
    return 2;
  };
  // The inventory list is checked before the copy is written: a list that cannot take the row stops both.
  if (o.inventory)
    try {
      await inventoryWithRow(o.inventory, inventoryRow("", "", "", []));
    } catch (err) {
      return inventoryProblem(err);
    }
  class StrictRefusal extends Error {}
  type Result = ReturnType<typeof publishDocx>;
  const printUnmarked = (r: Result) => {
    if (!r.unmarked.length) return;
    io.out(`  ${t("publishUnmarkedHeading", { n: r.unmarked.length })}`);
    for (const u of r.unmarked)
      io.out(
        `    ${t("publishUnmarked", { kind: PERSONAL_DATA_KIND_NAMES[u.kind], text: u.text, place: publishPlace(u.place, t, o.locale) })}`,
      );
  };
  const result = await rewriteDocx(
    o,
    io,
    (data) => {
      const r = publishDocx(data, profile.woo);
      if (o.strict && r.unmarked.length) {
        printUnmarked(r);
        throw new StrictRefusal(String(r.unmarked.length));
      }
      return r;
    },
    (err) =>
      err instanceof PublishError
        ? t(ids[err.reason], { detail: err.detail })
        : err instanceof StrictRefusal
          ? t("publishStrict", { n: Number(err.message) })
          : undefined,
  );
  if (typeof result === "number") return result;
  io.out(t("publishWritten", { file: safeName(path.resolve(o.out!)) }));
  if (!result.withheld.length) io.out(`  ${t("publishNothing")}`);
  for (const w of result.withheld)
    io.out(
      `  ${t("publishGround", { ground: w.ground, n: w.count, places: publishPlaces(w.places, t, o.locale) })}`,
    );
  for (const p of result.placeholders)
    io.out(
      `  ${t("publishPlaceholder", { kind: t(placeholderKinds[p.kind]), place: publishPlace(p.place, t, o.locale) })}`,
    );
  printUnmarked(result);
  io.out(`  ${t("publishRemoved")}`);
  if (o.inventory) {
    // The row is read from the copy, so it can hold nothing the copy does not.
    const copy = parseNota(readDocx(result.bytes));
    const row = inventoryRow(
      path.basename(o.out!),
      copy.title?.text ?? "",
      copy.header.datum?.value ?? "",
      result.withheld.map((w) => w.ground),
    );
    try {
      await writeInventory(o.inventory, await inventoryWithRow(o.inventory, row));
    } catch (err) {
      return inventoryProblem(err);
    }
    io.out(`  ${t("publishInventory", { file: path.resolve(o.inventory) })}`);
  }
  return 0;
}
