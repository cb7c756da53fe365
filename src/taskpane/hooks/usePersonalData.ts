/**
 * The Woo section's list of what looks like personal data and is not withheld (not in a mark, not a withheld
 * field's value), paragraph by paragraph of the nota the pane read, and the summary the copy will have.
 */
import { useEffect, useMemo, useState } from "react";
import type { NotaDocument } from "../../word/types";
import type { Nota } from "../../nota/parser";
import { PersonalDataFinding, findPersonalData } from "../../nota/personal-data";
import { InventoryRow, Withheld, inventoryRow } from "../../nota/woo";

export interface UnmarkedFinding extends PersonalDataFinding {
  paragraph: number;
}

/**
 * `people`: the document's authors, revisers and commenters (NotaDocument.readPeople), looked for by the same
 * detector `nota publish` uses with the names it reads from the file.
 */
export function unmarkedPersonalData(
  nota: Nota,
  withheld: readonly Withheld[],
  people: readonly string[] = [],
): UnmarkedFinding[] {
  const out: UnmarkedFinding[] = [];
  nota.snapshot.paragraphs.forEach((p, paragraph) => {
    if (!p.text.trim()) return;
    const covered = withheld.filter((w) => w.paragraph === paragraph);
    for (const f of findPersonalData(p.text, people))
      if (!covered.some((w) => f.start < w.end && w.start < f.end)) out.push({ ...f, paragraph });
  });
  return out;
}

/**
 * The document's people, read from Word once per view of the section (a reader of the pane's Word: one sync);
 * `failed` when Word would not give them, so that the section can say the list lacks them.
 */
export function usePeople(document: Pick<NotaDocument, "readPeople">): { people: string[]; failed: boolean } {
  const [state, setState] = useState<{ people: string[]; failed: boolean }>({ people: [], failed: false });
  useEffect(() => {
    let current = true;
    document.readPeople().then(
      (people) => current && setState({ people, failed: false }),
      () => current && setState({ people: [], failed: true }),
    );
    return () => {
      current = false;
    };
  }, [document]);
  return state;
}

export function usePersonalData(
  nota: Nota,
  withheld: readonly Withheld[],
  people: readonly string[] = [],
): { unmarked: UnmarkedFinding[]; summary: InventoryRow } {
  return useMemo(
    () => ({
      unmarked: unmarkedPersonalData(nota, withheld, people),
      summary: inventoryRow(
        "",
        nota.title?.text ?? "",
        nota.header.datum?.value ?? "",
        withheld.map((w) => w.ground),
      ),
    }),
    [nota, withheld, people],
  );
}
