/**
 * Emancipation passages: a configurable topic lexicon, a passage finder over a snapshot, and the sentence that
 * flags the passages in the nota ("… worden gevonden op blz. 2, 6 en 7").
 */
import type { DocumentSnapshot } from "./snapshot";
import { dutchList, formatPageReferences, normalizePages } from "./pages";
import {
  compilePattern,
  isTrusted,
  trustPatterns,
  unsafePattern,
  type LinearPattern,
  type UnsafeReason,
} from "./safe-pattern";
import { fill } from "../i18n";

/**
 * One topic and the words that signal it. A term matches whole words, case-insensitively; a trailing `*` lets
 * the word go on ("gender*" matches "genderidentiteit"), a leading `*` lets it start earlier, for Dutch compounds
 * ("*discriminatie" matches "stagediscriminatie"). A term that starts and ends with `/` is a regular expression.
 */
export interface LexiconTopic {
  topic: string;
  terms: string[];
}

/** The default lexicon, from the topics seen in OCW notas (see shared/domain.md). */
export const DEFAULT_LEXICON: LexiconTopic[] = [
  { topic: "emancipatie", terms: ["*emancipatie*"] },
  { topic: "vrouwen", terms: ["vrouw", "vrouwen", "vrouwelijk*", "meisjes"] },
  { topic: "gender", terms: ["gender*"] },
  {
    topic: "lhbti+",
    // lhb, lhbt, lhbti, lhbtiq, lhbtqi, lhbtqia, with or without "+", and the English lgbt forms.
    terms: [
      "/(?<![\\p{L}\\d])l[hg]bt?[iqa]*\\+?(?![\\p{L}\\d])/",
      "homo",
      "homoseksu*",
      "biseksu*",
      "transgender*",
      "non-binair*",
      "seksuele diversiteit",
    ],
  },
  { topic: "seksueel grensoverschrijdend gedrag", terms: ["seksueel grensoverschrijdend gedrag", "sgg"] },
  { topic: "seksuele intimidatie", terms: ["seksuele intimidatie"] },
  { topic: "discriminatie", terms: ["*discriminatie", "discrimineren", "discriminatoir*", "racisme"] },
  { topic: "gelijke behandeling", terms: ["gelijke behandeling", "gelijke kansen"] },
  { topic: "kwetsbare groepen", terms: ["kwetsbare groep", "kwetsbare groepen"] },
];

// The built-in lexicon's own patterns run on RegExp (they use lookarounds, which RE2 does not have).
trustPatterns(DEFAULT_LEXICON.flatMap((t) => t.terms.flatMap((term) => regexOf(term) ?? [])));

/** The pattern of a `/…/` term, or undefined for a term of words. */
function regexOf(term: string): string | undefined {
  const t = term.trim();
  return t.length > 2 && t.startsWith("/") && t.endsWith("/") ? t.slice(1, -1) : undefined;
}

export interface CompiledLexicon {
  topics: string[];
  /**
   * One regular expression for the words and the project's own patterns of all topics; group i + 1 is topic i.
   * Undefined when every term is a user's pattern.
   */
  pattern?: RegExp;
  /** A user's `/…/` terms, each compiled on its own by the linear-time engine, with its topic's index. */
  userPatterns: { topic: number; pattern: LinearPattern }[];
  /**
   * A cheaper expression that matches wherever `pattern` matches (and sometimes where it does not): the terms
   * without their word-boundary lookarounds and wildcard affixes. Most paragraphs touch no topic; they are
   * passed over on this test alone. Undefined when it cannot be made (the full pattern is then run).
   */
  screen?: RegExp;
}

/** A term as written: a `/regular expression/`, or words with an optional `*` wildcard at either end. */
function termParts(term: string): { regex: string } | { body: string; prefix: boolean; suffix: boolean } {
  const t = term.trim();
  const regex = regexOf(t);
  if (regex !== undefined) return { regex };
  const prefix = t.startsWith("*");
  const suffix = t.endsWith("*");
  const body = t
    .slice(prefix ? 1 : 0, suffix ? -1 : undefined)
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("\\s+");
  return { body, prefix, suffix };
}

/** The term's core: what every match of termSource(term) contains (a superset pattern). */
function termCore(term: string): string {
  const parts = termParts(term);
  return "regex" in parts ? withoutLookarounds(parts.regex) : parts.body;
}

/**
 * A pattern without its lookaround groups ((?=…), (?!…), (?<=…), (?<!…)): it matches wherever the original does.
 * Linear: one pass, tracking escapes, character classes and nesting.
 */
export function withoutLookarounds(source: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      out += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      out += c;
      continue;
    }
    if (c === "[") {
      inClass = true;
      out += c;
      continue;
    }
    if (c === "(" && /^\(\?<?[=!]/.test(source.slice(i, i + 4))) {
      // Skip to the matching parenthesis.
      let depth = 0;
      let inner = false;
      for (; i < source.length; i++) {
        const d = source[i];
        if (d === "\\") i++;
        else if (inner) inner = d !== "]";
        else if (d === "[") inner = true;
        else if (d === "(") depth++;
        else if (d === ")" && --depth === 0) break;
      }
      continue;
    }
    out += c;
  }
  return out;
}

/** Not inside a word: how every term of the built-in lexicon starts. */
const WORD_START = "(?<![\\p{L}\\d])";

function termSource(term: string): string {
  const parts = termParts(term);
  if ("regex" in parts) return parts.regex;
  const { body, prefix, suffix } = parts;
  return `${WORD_START}${prefix ? "[\\p{L}\\d-]*" : ""}${body}${suffix ? "[\\p{L}\\d-]*" : "(?![\\p{L}\\d])"}`;
}

/** A lexicon term that cannot be used: not a valid pattern, or one that could backtrack catastrophically. */
export class LexiconError extends Error {
  constructor(
    readonly term: string,
    readonly topic: string,
    readonly reason: "invalid" | UnsafeReason,
  ) {
    super(`lexicon term "${term}" of topic "${topic}": ${reason}`);
    this.name = "LexiconError";
  }
}

/** A user's pattern is written in a profile: a `/…/` term that is not one of the project's own. */
const isUserPattern = (term: string) => {
  const regex = regexOf(term);
  return regex !== undefined && !isTrusted(regex);
};

/**
 * Compiles a lexicon once; throws a LexiconError naming the bad term. Words and the project's own patterns go
 * into one RegExp (with a screen); each of a user's `/…/` terms is compiled on its own by the linear-time engine,
 * so its capturing groups never shift the topics and two terms may use the same group name.
 */
export function compileLexicon(lexicon: readonly LexiconTopic[]): CompiledLexicon {
  const userPatterns: CompiledLexicon["userPatterns"] = [];
  const sources = lexicon.map((topic, index) =>
    topic.terms.flatMap((term) => {
      const source = termSource(term);
      try {
        new RegExp(source, "iu");
      } catch {
        throw new LexiconError(term, topic.topic, "invalid");
      }
      if (!isUserPattern(term)) return [source];
      const unsafe = unsafePattern(source);
      if (unsafe) throw new LexiconError(term, topic.topic, unsafe);
      userPatterns.push({ topic: index, pattern: compilePattern(source, true) });
      return [];
    }),
  );
  const native = lexicon.flatMap((topic) => topic.terms.filter((term) => !isUserPattern(term)));
  // Every term starts at a word start (the lookbehind): said once in front of the alternatives rather than
  // tried again for each of them (a third faster), where that means the same.
  const factor = sources.every((terms) =>
    terms.every((t) => t.startsWith(WORD_START) && !hasTopLevelAlternation(t.slice(WORD_START.length))),
  );
  // A topic with no term here still holds its group (one that never matches), so that group i + 1 is topic i.
  const groups = sources.map((terms) =>
    terms.length
      ? `(${terms.map((t) => `(?:${factor ? t.slice(WORD_START.length) : t})`).join("|")})`
      : "([^\\s\\S])",
  );
  const pattern = native.length
    ? new RegExp(factor ? `${WORD_START}(?:${groups.join("|")})` : groups.join("|"), "giu")
    : undefined;
  let screen: RegExp | undefined;
  try {
    const source = native.map(termCore).join("|");
    // Without the unicode flag where the cores do not need it: V8 matches case-insensitively much faster then.
    screen = native.length ? new RegExp(source, /\\[pPu]|[^ -~]/.test(source) ? "iu" : "i") : undefined;
  } catch {
    screen = undefined; // a term whose core is no pattern on its own: the full pattern decides
  }
  return { topics: lexicon.map((t) => t.topic), pattern, screen, userPatterns };
}

/** Whether a pattern has an alternation outside any group ("a|b"): a prefix before it would bind to one side. */
function hasTopLevelAlternation(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) return true;
  }
  return false;
}

export interface TopicMatch {
  topic: string;
  start: number;
  end: number;
  text: string;
}

export function findTopics(text: string, lexicon: CompiledLexicon): TopicMatch[] {
  const found = lexicon.pattern ? nativeTopics(text, lexicon, lexicon.pattern) : [];
  if (!lexicon.userPatterns.length) return found;
  // A user's patterns: every match of each, then the leftmost of overlapping matches (the longer, then the
  // earlier topic, at the same start), as one alternation would have found them.
  const all = [...found];
  for (const { topic, pattern } of lexicon.userPatterns) {
    for (let from = 0, m = pattern.exec(text, from); m; m = pattern.exec(text, from)) {
      if (m.end > m.start)
        all.push({
          topic: lexicon.topics[topic],
          start: m.start,
          end: m.end,
          text: text.slice(m.start, m.end),
        });
      from = m.end > m.start ? m.end : m.end + 1;
      if (from > text.length) break;
    }
  }
  const order = (t: string) => lexicon.topics.indexOf(t);
  all.sort((a, b) => a.start - b.start || b.end - a.end || order(a.topic) - order(b.topic));
  const kept: TopicMatch[] = [];
  for (const m of all) if (!kept.length || m.start >= kept[kept.length - 1].end) kept.push(m);
  return kept;
}

function nativeTopics(text: string, lexicon: CompiledLexicon, re: RegExp): TopicMatch[] {
  let from = 0;
  if (lexicon.screen) {
    const hit = lexicon.screen.exec(text);
    // ſ and the Kelvin sign fold to s and k only under the unicode flag the screen may lack: such text is searched.
    if (!hit && (lexicon.screen.unicode || !/[\u017f\u212a]/.test(text))) return [];
    // No match can start before the word that holds the first core (a term's prefix wildcard stays in its word).
    if (hit) from = wordStartBefore(text, hit.index);
  }
  const found: TopicMatch[] = [];
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    let group = 1;
    while (group < m.length - 1 && m[group] === undefined) group++;
    found.push({ topic: lexicon.topics[group - 1], start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return found;
}

/** A letter, digit or hyphen — or half of a character outside the BMP (counted in: starting earlier is safe). */
const WORD_CHAR = /[\p{L}\d\-\uD800-\uDFFF]/u;

/** Where the word (letters, digits, hyphens) that holds position `i` starts, or somewhat before. */
function wordStartBefore(text: string, i: number): number {
  let start = i;
  while (start > 0 && WORD_CHAR.test(text[start - 1])) start--;
  return start;
}

export interface Passage {
  paragraph: number;
  page?: number;
  /** Topics in lexicon order, each once. */
  topics: string[];
  matches: TopicMatch[];
  /** The text around the first match, at most about 160 characters. */
  excerpt: string;
}

function excerptAround(text: string, start: number, end: number, width = 160): string {
  if (text.length <= width) return text.trim();
  const room = Math.max(0, width - (end - start));
  let from = Math.max(0, start - Math.floor(room / 2));
  let to = Math.min(text.length, from + width);
  from = Math.max(0, to - width);
  // Never between the two halves of a character outside the BMP (an emoji): no lone surrogate in the output.
  const low = (i: number) => i > 0 && i < text.length && /[\uDC00-\uDFFF]/.test(text[i]);
  if (low(from)) from++;
  if (low(to)) to--;
  return `${from > 0 ? "…" : ""}${text.slice(from, to).trim()}${to < text.length ? "…" : ""}`;
}

/** The paragraphs of a document that touch the lexicon's topics. */
export function findPassages(snapshot: DocumentSnapshot, lexicon: CompiledLexicon): Passage[] {
  const passages: Passage[] = [];
  for (const p of snapshot.paragraphs) {
    if (!p.text) continue;
    const matches = findTopics(p.text, lexicon);
    if (matches.length === 0) continue;
    const topics = lexicon.topics.filter((t) => matches.some((m) => m.topic === t));
    passages.push({
      paragraph: p.index,
      page: p.page,
      topics,
      matches,
      excerpt: excerptAround(p.text, matches[0].start, matches[0].end),
    });
  }
  return passages;
}

export function passagePages(passages: readonly Passage[]): number[] {
  return normalizePages(passages.flatMap((p) => (p.page === undefined ? [] : [p.page])));
}

export function passageTopics(passages: readonly Passage[], lexicon: CompiledLexicon): string[] {
  const seen = new Set<string>();
  for (const p of passages) for (const t of p.topics) seen.add(t);
  return lexicon.topics.filter((t) => seen.has(t));
}

export interface FlagSentenceSettings {
  official: string;
  /** "haar", "zijn", "diens". */
  possessive: string;
  /** With {official}, {possessive}, {topics}, {pages}. */
  sentence: string;
}

export const DEFAULT_FLAG_SENTENCE =
  "De brief gaat via {official} vanwege {possessive} verantwoordelijkheid voor Emancipatie. " +
  "De passages die raken aan emancipatie ({topics}) worden gevonden op {pages}.";

/**
 * The sentence that flags the letter's passages, from the profile's template. The topic "emancipatie" itself is
 * not repeated in the list of topics; with no other topic the parenthesis around {topics} is left out.
 */
export function buildFlagSentence(
  settings: FlagSentenceSettings,
  topics: readonly string[],
  pages: readonly number[],
): string {
  const named = topics.filter((t) => t !== "emancipatie");
  const values: Record<string, string> = {
    official: settings.official,
    possessive: settings.possessive,
    topics: dutchList(named),
    pages: formatPageReferences(pages) || "blz. …",
  };
  const template = named.length ? settings.sentence : settings.sentence.replace(/\s*\(\{topics\}\)/, "");
  return fill(template, values);
}
