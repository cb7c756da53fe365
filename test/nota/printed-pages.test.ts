/** "blz." means the number a reader sees: sections that restart their numbering are honoured. */
import { printedPageOf } from "../../src/nota/pages";
import { readDocx } from "../../src/docx/reader";
import { findPassages } from "../../src/nota/emancipation";
import { lexiconOf } from "../../src/checks/engine";
import { DEFAULT_PROFILE } from "../../src/checks/profile";
import { sectionedLetterDocx } from "../helpers/sections";

test.each([
  [1, [{ firstPhysical: 1 }], 1],
  [5, [{ firstPhysical: 1 }], 5],
  // A cover page, then numbering from 1 again.
  [2, [{ firstPhysical: 1 }, { firstPhysical: 2, restart: 1 }], 1],
  [4, [{ firstPhysical: 1 }, { firstPhysical: 2, restart: 1 }], 3],
  [1, [{ firstPhysical: 1 }, { firstPhysical: 2, restart: 1 }], 1],
  // A third section that does not restart goes on counting.
  [6, [{ firstPhysical: 1 }, { firstPhysical: 2, restart: 1 }, { firstPhysical: 5 }], 5],
  // The first section starting at 0 (a title page without a number).
  [3, [{ firstPhysical: 1, restart: 0 }], 2],
])("physical page %i with sections %j is printed as %i", (physical, sections, printed) => {
  expect(printedPageOf(physical, sections)).toBe(printed);
});

test("the .docx reader gives printed numbers, and physical ones when asked", () => {
  const lexicon = lexiconOf(DEFAULT_PROFILE);
  const printed = readDocx(sectionedLetterDocx());
  expect(printed.pageNumbers).toBe("printed");
  expect(printed.sectionNumbering).toEqual([
    { startParagraph: 0, restart: undefined },
    { startParagraph: 2, restart: 1 },
  ]);
  expect(findPassages(printed, lexicon).map((p) => p.page)).toEqual([2, 3]);
  const physical = readDocx(sectionedLetterDocx(), { physicalPages: true });
  expect(physical.pageNumbers).toBe("physical");
  expect(findPassages(physical, lexicon).map((p) => p.page)).toEqual([3, 4]);
});
