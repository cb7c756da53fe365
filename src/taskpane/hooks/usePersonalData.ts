/**
 * The Woo section's list of what looks like personal data and is not withheld (not in a mark, not a withheld
 * field's value), paragraph by paragraph of the nota the pane read, and the summary the copy will have.
 */
import { useMemo } from "react";
import type { Nota } from "../../nota/parser";
import { PersonalDataFinding, findPersonalData } from "../../nota/personal-data";
import { InventoryRow, Withheld, inventoryRow } from "../../nota/woo";

export interface UnmarkedFinding extends PersonalDataFinding {
  paragraph: number;
}

export function unmarkedPersonalData(nota: Nota, withheld: readonly Withheld[]): UnmarkedFinding[] {
  const out: UnmarkedFinding[] = [];
  nota.snapshot.paragraphs.forEach((p, paragraph) => {
    if (!p.text.trim()) return;
    const covered = withheld.filter((w) => w.paragraph === paragraph);
    for (const f of findPersonalData(p.text))
      if (!covered.some((w) => f.start < w.end && w.start < f.end)) out.push({ ...f, paragraph });
  });
  return out;
}

export function usePersonalData(
  nota: Nota,
  withheld: readonly Withheld[],
): { unmarked: UnmarkedFinding[]; summary: InventoryRow } {
  return useMemo(
    () => ({
      unmarked: unmarkedPersonalData(nota, withheld),
      summary: inventoryRow(
        "",
        nota.title?.text ?? "",
        nota.header.datum?.value ?? "",
        withheld.map((w) => w.ground),
      ),
    }),
    [nota, withheld],
  );
}
