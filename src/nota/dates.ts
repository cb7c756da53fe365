/** Dutch long dates ("26 november 2024") both ways. */

export interface DutchDate {
  year: number;
  month: number; // 1–12
  day: number;
}

export const DUTCH_MONTHS = [
  "januari",
  "februari",
  "maart",
  "april",
  "mei",
  "juni",
  "juli",
  "augustus",
  "september",
  "oktober",
  "november",
  "december",
] as const;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDate(d: DutchDate): boolean {
  return (
    Number.isInteger(d.year) &&
    Number.isInteger(d.month) &&
    Number.isInteger(d.day) &&
    d.year >= 1900 &&
    d.year <= 2200 &&
    d.month >= 1 &&
    d.month <= 12 &&
    d.day >= 1 &&
    d.day <= daysInMonth(d.year, d.month)
  );
}

export interface DateParseResult {
  date?: DutchDate;
  /** Why the text is not a valid Dutch long date. */
  problem?: "empty" | "format" | "month-case" | "invalid-day";
}

const LONG_DATE = /^(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})$/;

/**
 * Parses "26 november 2024". A month with a capital ("26 November 2024") is understood but reported as
 * `month-case`; a numeric date ("26-11-2024") is `format`.
 */
export function parseDutchDate(text: string): DateParseResult {
  const t = text.replace(/\s+/g, " ").trim();
  if (!t) return { problem: "empty" };
  const m = LONG_DATE.exec(t);
  if (!m) return { problem: "format" };
  const monthIndex = DUTCH_MONTHS.indexOf(m[2].toLowerCase() as (typeof DUTCH_MONTHS)[number]);
  if (monthIndex < 0) return { problem: "format" };
  const date = { day: Number(m[1]), month: monthIndex + 1, year: Number(m[3]) };
  if (!isValidDate(date)) return { problem: "invalid-day" };
  if (m[2] !== DUTCH_MONTHS[monthIndex]) return { date, problem: "month-case" };
  return { date };
}

export function formatDutchDate(d: DutchDate): string {
  return `${d.day} ${DUTCH_MONTHS[d.month - 1]} ${d.year}`;
}

/** ISO "2024-11-26" ↔ DutchDate, for date pickers and stored data. */
export function toIsoDate(d: DutchDate): string {
  return `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}

export function fromIsoDate(iso: string): DutchDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!m) return undefined;
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidDate(d) ? d : undefined;
}
