/** `nota publish NOTA.docx --out …`: the publication copy (Woo), and its row in an inventory list. */
import * as path from "path";
import type { Translate } from "../i18n";
import { PERSONAL_DATA_KIND_NAMES } from "../nota/personal-data";
import { NOTA_SCHEMA } from "../nota/schema";
import type { Options } from "./args";
import { type Io, safeName } from "./io";
import { loadProfile } from "./load";
import type { CliMessageId } from "./messages";
import { rewriteDocx } from "./rewrite";

type T = Translate<CliMessageId>;

/**
 * Where text was withheld, in words and each place once: a field by its label ("veld Van"), a paragraph as
 * "alinea 21" in the output's language (the copy names places as a field id or "alinea N").
 */
function publishPlaces(places: readonly string[], t: T): string {
  const words = places.map((place) => {
    const paragraph = /^alinea (\d+)$/.exec(place);
    if (paragraph) return t("paragraph", { n: Number(paragraph[1]) });
    const field = NOTA_SCHEMA.fields.find((f) => f.id === place);
    return field ? t("field", { label: field.label || field.labelEn }) : place;
  });
  return [...new Set(words)].join(", ");
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
        `    ${t("publishUnmarked", { kind: PERSONAL_DATA_KIND_NAMES[u.kind], text: u.text, place: u.place })}`,
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
    io.out(`  ${t("publishGround", { ground: w.ground, n: w.count, places: publishPlaces(w.places, t) })}`);
  for (const p of result.placeholders)
    io.out(`  ${t("publishPlaceholder", { kind: t(placeholderKinds[p.kind]), place: p.place })}`);
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
