/**
 * The one i18n module, at the bottom of the layers (it imports nothing): the locales, the typed catalogues and
 * the one filler of `{name}` placeholders and plurals. Every catalogue — the pane's, the command line's, the
 * readers', the rules' messages — goes through it.
 *
 * Templates:
 * - `{name}` is replaced by the parameter `name` (a number is formatted for the locale; a `Localized` value gives
 *   its text for the locale); a placeholder without a parameter stays as written, so a missing value is visible.
 * - `{n, plural, one {1 fout} other {# fouten}}` chooses by `Intl.PluralRules` for the locale (`=0 {…}` matches
 *   exactly); `#` inside a choice is the number; choices may hold `{name}` placeholders of their own.
 */

export type Locale = "nl" | "en";
export const LOCALES: readonly Locale[] = ["nl", "en"];

/** A value in every locale, e.g. a rule's "where" (`{ nl: "De brief", en: "The letter" }`). */
export type Localized<T = string> = Readonly<Record<Locale, T>>;

export type ParamValue = string | number | Localized;
export type Params = Readonly<Record<string, ParamValue>>;

/** A catalogue: the same message ids in every locale (a missing id in one locale is a compile error). */
export type Catalogue<Id extends string> = Localized<Readonly<Record<Id, string>>>;

/** A translate function over one catalogue: a misspelt id is a compile error. */
export type Translate<Id extends string> = (id: Id, params?: Params) => string;

const pluralRules = new Map<Locale, Intl.PluralRules>();
function pluralCategory(n: number, locale: Locale): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(n);
}

function text(value: ParamValue, locale: Locale): string {
  if (typeof value === "number") return value.toLocaleString(locale === "nl" ? "nl-NL" : "en-GB");
  return typeof value === "string" ? value : value[locale];
}

/** `{n, plural, one {…} other {…}}`; a choice holds text and `{name}` placeholders, one level deep. */
const PLURAL =
  /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{(?:[^{}]|\{\w+\})*\})+)\s*\}/g;
const CHOICE = /(=\d+|zero|one|two|few|many|other)\s*\{((?:[^{}]|\{\w+\})*)\}/g;
const PLACEHOLDER = /\{(\w+)\}/g;

/** Fills a template for a locale (see the module's comment). Linear in the template's length. */
export function fill(template: string, params: Params = {}, locale: Locale = "nl"): string {
  const withPlurals = template.includes(", plural,")
    ? template.replace(PLURAL, (whole, name: string, choices: string) => {
        const value = params[name];
        if (typeof value !== "number") return whole;
        const options = new Map<string, string>();
        for (const [, key, body] of choices.matchAll(CHOICE)) options.set(key, body);
        const body =
          options.get(`=${value}`) ?? options.get(pluralCategory(value, locale)) ?? options.get("other");
        return body === undefined ? whole : body.replace(/#/g, text(value, locale));
      })
    : template;
  return withPlurals.replace(PLACEHOLDER, (whole, name: string) =>
    name in params ? text(params[name], locale) : whole,
  );
}

/** The catalogues `catalogue()` declared: a test checks every catalogue outside the pane is one of them. */
const declared = new WeakSet<object>();

/**
 * Declares a catalogue: Dutch first, English with exactly the same ids. The one way to make a catalogue (the pane's,
 * the command line's, the readers', each rule's `meta.messages`); read it through `translator`.
 */
export function catalogue<Id extends string>(
  nl: Readonly<Record<Id, string>>,
  en: Readonly<Record<Id, string>>,
): Catalogue<Id> {
  const messages = { nl, en };
  declared.add(messages);
  return messages;
}

/** Whether `value` is a catalogue `catalogue()` declared (not an object literal of the same shape). */
export function isCatalogue(value: unknown): boolean {
  return typeof value === "object" && value !== null && declared.has(value);
}

/**
 * A catalogue whose English half is a chunk of its own (the pane's first load carries only the Dutch): `load(locale)`
 * fetches it, once, before the first text in that locale; until then English asks get the Dutch rather than nothing.
 * Read it with `translator` like any catalogue.
 */
export interface LazyCatalogue<Id extends string> extends Catalogue<Id> {
  load(locale: Locale): Promise<void>;
}

/** Declares a lazy catalogue: Dutch first, then the loader of the English (typed: exactly the same ids). */
export function lazyCatalogue<Id extends string>(
  nl: Readonly<Record<Id, string>>,
  loadEn: () => Promise<Readonly<Record<Id, string>>>,
): LazyCatalogue<Id> {
  let en: Readonly<Record<Id, string>> | undefined;
  let loading: Promise<void> | undefined;
  const messages: LazyCatalogue<Id> = {
    nl,
    get en() {
      return en ?? nl;
    },
    load(locale) {
      if (locale !== "en") return Promise.resolve();
      // One load for every caller; after a failed one, the next call tries again.
      loading ??= loadEn().then(
        (loaded) => void (en = loaded),
        (err: unknown) => {
          loading = undefined;
          throw err;
        },
      );
      return loading;
    },
  };
  declared.add(messages);
  return messages;
}

/** The one reader of a catalogue: `t(id, params)` fills the message `id` of `locale` (see `fill`). */
export function translator<Id extends string>(messages: Catalogue<Id>, locale: Locale): Translate<Id> {
  return (id, params) => fill(messages[locale][id], params, locale);
}

/** Office's display language or `--lang` ("nl-NL", "en-US", "en", …) → our locale: English only when asked. */
export function localeFor(language: string | undefined): Locale {
  return /^en\b/i.test(language ?? "") ? "en" : "nl";
}

/**
 * An error whose message is already a finished sentence for the person, in their language (e.g. "brief.docx is
 * beveiligd met een wachtwoord; …"). The pane shows it as it is; any other error that is not one of Word's is a
 * fault in the assistant and is shown as such — never guessed from the presence of a `code` or a colon.
 */
export class PlainError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "PlainError";
  }
}
