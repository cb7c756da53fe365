/**
 * What looks like personal data in a text nobody marked: e-mail addresses, Dutch phone numbers, IBANs (mod 97),
 * BSNs (the 11-test), a postcode with its house number, and the names of the document's own authors, revisers
 * and commenters. Pure: a text in, findings with their characters out. A finding is a question for the person,
 * not a verdict: the ministry's own address is an address too.
 */
import type { Localized } from "../i18n";
import { findReadings, readingForm, readingText } from "./woo";

export type PersonalDataKind = "email" | "phone" | "iban" | "bsn" | "address" | "name";

/** Each kind as a reader names it, in both languages: the command line and the pane say the same. */
export const PERSONAL_DATA_KIND_NAMES: Readonly<Record<PersonalDataKind, Localized>> = {
  email: { nl: "e-mailadres", en: "e-mail address" },
  phone: { nl: "telefoonnummer", en: "phone number" },
  iban: { nl: "IBAN", en: "IBAN" },
  bsn: { nl: "BSN", en: "BSN" },
  address: { nl: "adres", en: "address" },
  name: { nl: "naam", en: "name" },
};

export interface PersonalDataFinding {
  kind: PersonalDataKind;
  /** Characters [start, end) of the text searched. */
  start: number;
  end: number;
  text: string;
}

export const PERSONAL_DATA_KINDS: readonly PersonalDataKind[] = [
  "email",
  "phone",
  "iban",
  "bsn",
  "address",
  "name",
];

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
/** Something that may be a phone number: + or digits, with the separators people write. */
const PHONE_CANDIDATE = /(?<![\p{L}\p{N}+])(?:\+|00)?\(?\d[\d\s\u00A0().-]{7,17}\d(?!\d)/gu;
const IBAN_CANDIDATE = /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?:[ \u00A0]?[A-Z0-9]){11,30}(?![\p{L}\p{N}])/gu;
const BSN_CANDIDATE = /(?<![\p{N}.,-])\d{3}[. \u00A0]?\d{3}[. \u00A0]?\d{3}(?![\p{N}]|[.,-]\d)/gu;
const POSTCODE = /(?<![\p{L}\p{N}])[1-9]\d{3}[ \u00A0]?(?!SA|SD|SS)[A-Z]{2}(?![\p{L}\p{N}])/gu;

/** A Dutch number: 0 and nine digits (not 00…), or +31 / 0031 and nine digits. */
export function isDutchPhone(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, "");
  const international = /^\s*(\+|00)/.test(candidate);
  if (international) {
    const national = digits.replace(/^(00)?31/, "");
    if (national === digits) return false;
    return /^0?[1-9]\d{8}$/.test(national);
  }
  return /^0[1-9]\d{8}$/.test(digits);
}

/** The IBAN check: the country and check digits moved to the end, as a number, mod 97 is 1. */
export function isIban(candidate: string): boolean {
  const s = candidate.replace(/[\s\u00A0]/g, "").toUpperCase();
  if (s.length < 15 || s.length > 34 || (s.startsWith("NL") && s.length !== 18)) return false;
  const moved = s.slice(4) + s.slice(0, 4);
  let rest = 0;
  for (const ch of moved) {
    const v = ch >= "A" && ch <= "Z" ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) rest = (rest * 10 + Number(d)) % 97;
  }
  return rest === 1;
}

/** The BSN's 11-test: 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11 (and not 0). */
export function isBsn(candidate: string): boolean {
  const d = candidate.replace(/\D/g, "");
  if (d.length !== 9 || /^0+$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(d[i]) * (9 - i);
  sum -= Number(d[8]);
  return sum % 11 === 0 && sum !== 0;
}

/**
 * The names to look for: each person's full name, and a surname of four letters or more on its own ("Jansen,
 * J." and "J. Jansen" both give "Jansen"); login names without a space are searched as written.
 */
export function namesToFind(people: readonly string[]): string[] {
  const out = new Set<string>();
  for (const person of people) {
    const name = person.trim();
    if (readingForm(name).length < 4) continue;
    out.add(name);
    const surname = name.includes(",") ? name.split(",")[0].trim() : name.split(/\s+/).pop()!;
    if (surname !== name && readingForm(surname).replace(/[^\p{L}]/gu, "").length >= 4) out.add(surname);
  }
  return [...out];
}

/** Every finding in `text`, in order, none overlapping another (the first kind found keeps the characters). */
export function findPersonalData(text: string, people: readonly string[] = []): PersonalDataFinding[] {
  const found: PersonalDataFinding[] = [];
  const add = (kind: PersonalDataKind, start: number, end: number) =>
    found.push({ kind, start, end, text: text.slice(start, end) });
  for (const m of text.matchAll(EMAIL)) add("email", m.index, m.index + m[0].length);
  for (const m of text.matchAll(IBAN_CANDIDATE))
    if (isIban(m[0])) add("iban", m.index, m.index + m[0].length);
  for (const m of text.matchAll(PHONE_CANDIDATE)) {
    const trimmed = m[0].replace(/[\s\u00A0().-]+$/, "");
    if (isDutchPhone(trimmed)) add("phone", m.index, m.index + trimmed.length);
  }
  for (const m of text.matchAll(BSN_CANDIDATE)) if (isBsn(m[0])) add("bsn", m.index, m.index + m[0].length);
  for (const m of text.matchAll(POSTCODE)) {
    let start = m.index;
    let end = m.index + m[0].length;
    const before = /(\d{1,5}\s?[a-zA-Z]?(?:[-\s]\d{1,4})?)[\s\u00A0]*,?[\s\u00A0]*$/.exec(
      text.slice(Math.max(0, start - 16), start),
    );
    const after = /^[\s\u00A0]*,?[\s\u00A0]*\d{1,5}(?![\p{N}])[a-zA-Z]?/u.exec(text.slice(end, end + 12));
    if (before) start -= before[0].length;
    else if (after) end += after[0].length;
    else continue;
    add("address", start, end);
  }
  const names = namesToFind(people);
  if (names.length) {
    const reading = readingText([text]);
    for (const m of findReadings(reading.text, names.map(readingForm))) {
      const start = reading.from[m.start];
      const end = reading.to[m.end - 1];
      add("name", start, end);
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: PersonalDataFinding[] = [];
  let until = -1;
  for (const f of found)
    if (f.start >= until) {
      out.push(f);
      until = f.end;
    }
  return out;
}
