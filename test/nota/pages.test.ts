import { findPageReferences, formatPageReferences, parsePageReferences } from "../../src/nota/pages";

describe("parsePageReferences", () => {
  test.each([
    ["blz. 2, 6 en 7", [2, 6, 7]],
    ["worden gevonden op blz. 2, 6 en 7.", [2, 6, 7]],
    ["pagina's 2 en 6", [2, 6]],
    ["op pagina 4", [4]],
    ["p. 3", [3]],
    ["blz 12", [12]],
    ["bladzijden 3 en 5", [3, 5]],
    ["blz. 4-6", [4, 5, 6]],
    ["blz. 4–6 en 9", [4, 5, 6, 9]],
    ["blz. 2 t/m 4", [2, 3, 4]],
    ["blz. 7, 2 en 6", [7, 2, 6]],
    ["blz. 2, 2 en 6", [2, 2, 6]],
    ["zie blz. 2 en daarna blz. 9", [2, 9]],
    ["geen verwijzing", []],
    ["de blz.-verwijzing ontbreekt", []],
    ["Jan. 5 was het", []],
    // The forms people write (issue 8), and what is not a list.
    ["pagina 2 en 6-7", [2, 6, 7]],
    ["pagina's 2, 6 en 7", [2, 6, 7]],
    ["p. 2, 6, 7", [2, 6, 7]],
    ["blz. 6 – 8", [6, 7, 8]],
    ["blz. 6—7", [6, 7]],
    ["vanaf blz. 6", []],
    ["Vanaf pagina 6 staat het", []],
    ["blz. 6 e.v.", []],
    ["blz. 6 en verder", []],
    ["blz. 6 en 7 en vanaf blz. 9", [6, 7]],
  ])("%s", (text, pages) => {
    expect(parsePageReferences(text)).toEqual(pages);
  });

  test("gives the place of each reference", () => {
    const text = "Zie blz. 2, 6 en 7 van de brief.";
    const [ref] = findPageReferences(text);
    expect(text.slice(ref.start, ref.end)).toBe("blz. 2, 6 en 7");
  });

  test("a huge range is not expanded", () => {
    expect(parsePageReferences("blz. 1-9999")).toEqual([1, 9999]);
  });
});

describe("formatPageReferences", () => {
  test.each([
    [[7, 2, 6], "blz. 2, 6 en 7"],
    [[4], "blz. 4"],
    [[3, 1], "blz. 1 en 3"],
    [[2, 2, 6], "blz. 2 en 6"],
    [[], ""],
  ])("%j → %s", (pages, text) => {
    expect(formatPageReferences(pages)).toBe(text);
  });
});

describe("round trip", () => {
  test.each([[[2, 6, 7]], [[1]], [[1, 2]], [[3, 10, 11, 12, 40]]])("format(parse(format(%j)))", (pages) => {
    const text = formatPageReferences(pages);
    expect(parsePageReferences(text)).toEqual(pages);
    expect(formatPageReferences(parsePageReferences(text))).toBe(text);
  });
});
