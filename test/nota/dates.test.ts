import { formatDutchDate, fromIsoDate, parseDutchDate, toIsoDate } from "../../src/nota/dates";

describe("parseDutchDate", () => {
  test.each([
    ["26 november 2024", { year: 2024, month: 11, day: 26 }],
    ["1 maart 2024", { year: 2024, month: 3, day: 1 }],
    ["  7   november   2024 ", { year: 2024, month: 11, day: 7 }],
    ["29 februari 2024", { year: 2024, month: 2, day: 29 }],
  ])("%s", (text, date) => {
    expect(parseDutchDate(text)).toEqual({ date });
  });

  test.each([
    ["", "empty"],
    ["26-11-2024", "format"],
    ["november 2024", "format"],
    ["26 nov 2024", "format"],
    ["26 november", "format"],
    ["31 april 2024", "invalid-day"],
    ["29 februari 2023", "invalid-day"],
    ["0 mei 2024", "invalid-day"],
  ])("%s is not valid (%s)", (text, problem) => {
    expect(parseDutchDate(text).problem).toBe(problem);
  });

  test("a capitalised month is understood and reported", () => {
    expect(parseDutchDate("26 November 2024")).toEqual({
      date: { year: 2024, month: 11, day: 26 },
      problem: "month-case",
    });
  });
});

describe("round trips", () => {
  test.each(["26 november 2024", "1 januari 2000", "31 december 2099", "29 februari 2028"])("%s", (text) => {
    const { date } = parseDutchDate(text);
    expect(formatDutchDate(date!)).toBe(text);
    expect(fromIsoDate(toIsoDate(date!))).toEqual(date);
  });

  test("ISO dates that do not exist are refused", () => {
    expect(fromIsoDate("2024-02-30")).toBeUndefined();
    expect(fromIsoDate("26-11-2024")).toBeUndefined();
  });
});
