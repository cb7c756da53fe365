/**
 * The one declarative description of the nota. The template, the block guide and the checks all read this.
 * Pure data: no Office, no DOM.
 */

import type { Localized } from "../i18n";

/** The namespace of the afstemming record (a custom XML part the document carries). */
export const AFSTEMMING_NAMESPACE = "urn:nota-assistent:afstemming:1";

export type BlockId = "aanleiding" | "geadviseerd-besluit" | "kernpunten" | "toelichting" | "niet-openbaar";

export type FieldId =
  | "purpose"
  | "aan"
  | "via"
  | "van"
  | "datum"
  | "referentie"
  | "bijlagen"
  | "aantal-bijlagen"
  | "openbaar"
  | "intern-afgestemd"
  | "extern-afgestemd";

export interface BlockSpec {
  id: BlockId;
  /** The standard Dutch heading (`nl`, the document's own words) and its name in English (`en`). */
  label: Localized;
  /** Other wordings seen in real notas that mean this block (matched case-insensitively, numbering ignored). */
  aliases: string[];
  /** Required by default; a profile may change this. */
  required: boolean;
  /** Position in the standard order, from 1. */
  order: number;
  /** Whether "N.v.t." counts as content. */
  allowsNvt: boolean;
  guidance: Localized;
  /** Placeholder text the template shows in the empty block: an instruction, never a valid value. */
  placeholder: Localized;
}

export interface FieldSpec {
  id: FieldId;
  /**
   * The Dutch label as it stands in the header block (`nl`; empty for the purpose line, which has no label) and the
   * field's name in English (`en`).
   */
  label: Localized;
  aliases: string[];
  /** A list of values (one per line) rather than one value. */
  multiple: boolean;
  /** Part of our template (default). Fields that only other notas have are read, never written by the template. */
  inTemplate?: boolean;
  guidance: Localized;
  placeholder: Localized;
}

export interface NotaSchema {
  fields: readonly FieldSpec[];
  title: { guidance: Localized; placeholder: Localized };
  blocks: readonly BlockSpec[];
}

export const NOTA_SCHEMA: NotaSchema = {
  fields: [
    {
      id: "purpose",
      label: { nl: "", en: "Purpose" },
      aliases: [],
      multiple: false,
      guidance: {
        nl: "Wat moet de bewindspersoon doen: TER ONDERTEKENING, TER BESLISSING, TER BESLUITVORMING of TER INFORMATIE.",
        en: "What the minister is asked to do: TER ONDERTEKENING (sign), TER BESLISSING (decide), TER BESLUITVORMING or TER INFORMATIE.",
      },
      // An example, not a list: the purposes a nota may have are the profile's (the form offers them), and a
      // list here would disagree with some profile's form (OCW has five, AZ six).
      placeholder: {
        nl: "Doel, bijvoorbeeld TER BESLISSING",
        en: "Purpose, for example TER BESLISSING",
      },
    },
    {
      id: "aan",
      label: { nl: "Aan", en: "To" },
      aliases: ["Aan de"],
      multiple: false,
      guidance: {
        nl: "De geadresseerde, eventueel via een andere bewindspersoon: MOCW (via SOCW).",
        en: "The addressee, optionally routed via another official: MOCW (via SOCW).",
      },
      placeholder: {
        nl: "Geadresseerde, bijvoorbeeld MOCW (via SOCW)",
        en: "Addressee, e.g. MOCW (via SOCW)",
      },
    },
    {
      // Some notas route in a field of its own ("Aan: MOCW" and "Via: SOCW"); ours writes it in Aan.
      id: "via",
      label: { nl: "Via", en: "Via" },
      aliases: ["Via de", "Loopt via"],
      multiple: false,
      inTemplate: false,
      guidance: {
        nl: "De bewindspersoon via wie de nota loopt, bijvoorbeeld SOCW.",
        en: "The official the nota is routed via, e.g. SOCW.",
      },
      placeholder: { nl: "Via, bijvoorbeeld SOCW", en: "Via, e.g. SOCW" },
    },
    {
      id: "van",
      label: { nl: "Van", en: "From" },
      aliases: ["Afzender"],
      multiple: false,
      guidance: {
        nl: "Directie en opsteller. Bij openbaarmaking wordt de naam vervangen door 'Persoonsgegevens'.",
        en: "Directorate and author. On publication the name is replaced by 'Persoonsgegevens'.",
      },
      placeholder: { nl: "Directie, naam opsteller", en: "Directorate, author" },
    },
    {
      id: "datum",
      label: { nl: "Datum", en: "Date" },
      aliases: [],
      multiple: false,
      guidance: {
        nl: "Voluit, maand met kleine letter: 26 november 2024.",
        en: "Dutch long date, month in lower case: 26 november 2024.",
      },
      placeholder: {
        nl: "Datum voluit, bijvoorbeeld 26 november 2024",
        en: "Date in full, e.g. 26 november 2024",
      },
    },
    {
      id: "referentie",
      label: { nl: "Referentie", en: "Reference" },
      // The Rijkshuisstijl's words for our own reference; "Uw kenmerk" is the addressee's (FOREIGN_LABELS).
      aliases: ["Kenmerk", "Ons kenmerk", "Onze referentie", "Referentienummer", "Ons nummer"],
      multiple: false,
      guidance: {
        nl: "Het nummer uit het documentsysteem.",
        en: "The number from the document system.",
      },
      placeholder: { nl: "Referentienummer", en: "Reference number" },
    },
    {
      id: "bijlagen",
      label: { nl: "Bijlagen", en: "Attachments" },
      aliases: ["Bijlage", "Bijlage(n)"],
      multiple: true,
      guidance: {
        nl: "De bijgevoegde stukken, één per regel.",
        en: "The attached documents, one per line.",
      },
      placeholder: { nl: "Titel van de bijlage", en: "Title of the attachment" },
    },
    {
      // "Aantal bijlagen 2": a count, not the list (Rijkshuisstijl colofons).
      id: "aantal-bijlagen",
      label: { nl: "Aantal bijlagen", en: "Number of attachments" },
      aliases: [],
      multiple: false,
      inTemplate: false,
      guidance: { nl: "Het aantal bijgevoegde stukken.", en: "The number of attached documents." },
      placeholder: { nl: "Aantal", en: "Number" },
    },
    {
      // BZK's "Nota actief openbaar: Ja": whether the nota is published with the Kamerstuk.
      id: "openbaar",
      label: { nl: "Nota actief openbaar", en: "Published proactively" },
      aliases: ["Actief openbaar", "Actieve openbaarmaking"],
      multiple: false,
      inTemplate: false,
      guidance: {
        nl: "Of de nota actief openbaar wordt gemaakt: Ja of Nee.",
        en: "Whether the nota is published proactively: Ja or Nee.",
      },
      placeholder: { nl: "Ja of Nee", en: "Ja or Nee" },
    },
    {
      id: "intern-afgestemd",
      label: { nl: "Intern OCW afgestemd", en: "Coordinated internally" },
      aliases: ["Intern afgestemd", "Interne afstemming"],
      multiple: true,
      guidance: {
        nl: "De directies binnen het ministerie waarmee is afgestemd.",
        en: "The directorates inside the ministry that were consulted.",
      },
      placeholder: { nl: "Directies", en: "Directorates" },
    },
    {
      id: "extern-afgestemd",
      label: { nl: "Extern afgestemd", en: "Coordinated externally" },
      aliases: ["Externe afstemming"],
      multiple: true,
      guidance: {
        nl: "Partijen buiten het ministerie waarmee is afgestemd (andere ministeries, sectorraden).",
        en: "Bodies outside the ministry that were consulted (other ministries, sector councils).",
      },
      placeholder: { nl: "Externe partijen", en: "External parties" },
    },
  ],
  title: {
    guidance: {
      nl: "Een korte titel die het onderwerp noemt, bijvoorbeeld 'Beleidsreactie Monitor integrale veiligheid mbo'.",
      en: "A short title naming the subject, e.g. 'Beleidsreactie Monitor integrale veiligheid mbo'.",
    },
    placeholder: { nl: "Titel van de nota", en: "Title of the nota" },
  },
  blocks: [
    {
      id: "aanleiding",
      label: { nl: "Aanleiding", en: "Reason" },
      aliases: ["Aanleiding en doel"],
      required: true,
      order: 1,
      allowsNvt: false,
      guidance: {
        nl: "Waarom deze nota, waarom nu: de aanleiding (een rapport, Kamervragen, een toezegging, een motie) en wat is bijgevoegd.",
        en: "Why this nota, and why now: the trigger (a report, parliamentary questions, a commitment, a motion) and what is attached.",
      },
      placeholder: {
        nl: "Beschrijf de aanleiding en wat is bijgevoegd.",
        en: "Describe the reason and what is attached.",
      },
    },
    {
      id: "geadviseerd-besluit",
      label: { nl: "Geadviseerd besluit", en: "Advised decision" },
      aliases: ["Advies", "Besluit", "Gevraagd besluit", "Beslispunten"],
      required: true,
      order: 2,
      allowsNvt: false,
      guidance: {
        nl: "Het concrete besluit dat u vraagt: 'U wordt geadviseerd …'. Nummer de besluiten als het er meer zijn.",
        en: "The concrete decision asked: 'U wordt geadviseerd …'. Number them when there are several.",
      },
      placeholder: {
        nl: "U wordt geadviseerd …",
        en: "U wordt geadviseerd … (you are advised to …)",
      },
    },
    {
      id: "kernpunten",
      label: { nl: "Kernpunten", en: "Key points" },
      aliases: ["Kern", "Kernpunt"],
      required: true,
      order: 3,
      allowsNvt: false,
      guidance: {
        nl: "Kernpunten van het bijgevoegde stuk, nieuwe toezeggingen (of 'geen nieuwe toezeggingen') en met wie is afgestemd.",
        en: "Key content of the attached document, new commitments (or 'geen nieuwe toezeggingen') and who was consulted.",
      },
      placeholder: {
        nl: "Noem de kernpunten, de toezeggingen en de afstemming.",
        en: "List the key points, commitments and coordination.",
      },
    },
    {
      id: "toelichting",
      label: { nl: "Toelichting", en: "Explanation" },
      aliases: ["Nadere toelichting"],
      required: false,
      order: 4,
      allowsNvt: true,
      guidance: {
        nl: "Optioneel: politieke context, financiële, juridische en communicatieve overwegingen. 'N.v.t.' mag.",
        en: "Optional: political context, financial, legal and communication considerations. 'N.v.t.' is allowed.",
      },
      placeholder: {
        nl: "Politieke, financiële, juridische en communicatieve overwegingen, of N.v.t.",
        en: "Political, financial, legal and communication considerations, or N.v.t.",
      },
    },
    {
      id: "niet-openbaar",
      label: {
        nl: "Informatie die niet openbaar gemaakt kan worden",
        en: "Information that cannot be made public",
      },
      aliases: [
        "Informatie die niet openbaar wordt gemaakt",
        "Informatie die niet openbaar kan worden gemaakt",
        "Niet openbaar te maken informatie",
      ],
      required: true,
      order: 5,
      allowsNvt: true,
      guidance: {
        nl: "Wat bij openbaarmaking wordt weggelakt en waarom (Woo-grond, bijvoorbeeld 5.1.2e persoonlijke levenssfeer), of 'N.v.t.'.",
        en: "What is withheld on publication and why (a Woo ground, e.g. 5.1.2e personal privacy), or 'N.v.t.'.",
      },
      placeholder: {
        nl: "Wat wordt niet openbaar gemaakt en op welke grond, of N.v.t.",
        en: "What is withheld and on which ground, or N.v.t.",
      },
    },
  ],
};

export const BLOCK_IDS: readonly BlockId[] = NOTA_SCHEMA.blocks.map((b) => b.id);
export const FIELD_IDS: readonly FieldId[] = NOTA_SCHEMA.fields.map((f) => f.id);
/** The fields our template has. */
export const TEMPLATE_FIELDS = NOTA_SCHEMA.fields.filter((f) => f.inTemplate !== false);

export function blockSpec(id: BlockId): BlockSpec {
  const spec = NOTA_SCHEMA.blocks.find((b) => b.id === id);
  if (!spec) throw new Error(`Unknown block id: ${id}`);
  return spec;
}

export function fieldSpec(id: FieldId): FieldSpec {
  const spec = NOTA_SCHEMA.fields.find((f) => f.id === id);
  if (!spec) throw new Error(`Unknown field id: ${id}`);
  return spec;
}

/** The field an id names, or undefined for one that is no field (a profile's key, a publication's place). */
export function fieldSpecOf(id: string): FieldSpec | undefined {
  return NOTA_SCHEMA.fields.find((f) => f.id === id);
}

/** A block's or field's name in the person's language: the Dutch label, in English its English name. */
export function nameOf(spec: BlockSpec | FieldSpec): Localized {
  return spec.label;
}

/**
 * A block's or field's content-control title: the Dutch label, in English with its English name beside it
 * ("Aanleiding (Reason)"), since the document's own text stays Dutch.
 */
export function controlTitleOf(spec: BlockSpec | FieldSpec): Localized {
  return { nl: spec.label.nl, en: `${spec.label.nl} (${spec.label.en})` };
}

/** Content-control tags: the template marks its parts with these, the parser and the Word adapter find them. */
export const TAGS = {
  block: (id: BlockId) => `nota:block:${id}`,
  field: (id: FieldId) => `nota:field:${id}`,
  title: "nota:title",
  emancipationFlag: "nota:emancipation-flag",
  /** A Woo mark: text withheld from the publication copy on `ground` (e.g. "5.1.2e"). */
  woo: (ground: string) => `nota:woo:${ground}`,
} as const;

/** The Woo ground of a mark's tag ("nota:woo:5.1.2e" → "5.1.2e"); undefined for other tags. */
export function wooGroundOf(tag: string): string | undefined {
  return tag.startsWith("nota:woo:") ? tag.slice("nota:woo:".length) : undefined;
}

/** Parses a tag back into what it marks; undefined for tags that are not ours. */
export function parseTag(
  tag: string,
):
  | { kind: "block"; id: BlockId }
  | { kind: "field"; id: FieldId }
  | { kind: "title" }
  | { kind: "flag" }
  | undefined {
  if (tag === TAGS.title) return { kind: "title" };
  if (tag === TAGS.emancipationFlag) return { kind: "flag" };
  const m = /^nota:(block|field):(.+)$/.exec(tag);
  if (!m) return undefined;
  if (m[1] === "block" && (BLOCK_IDS as readonly string[]).includes(m[2]))
    return { kind: "block", id: m[2] as BlockId };
  if (m[1] === "field" && (FIELD_IDS as readonly string[]).includes(m[2]))
    return { kind: "field", id: m[2] as FieldId };
  return undefined;
}

/** The numbering a heading may start with ("2.", "1.3", "iv)", "b."). */
export const NUMBERING = "(?:\\d+(?:\\.\\d+)*[.)]?|[ivx]+[.)]|[a-z][.)])";
const NUMBERING_PREFIX = new RegExp(`^${NUMBERING}\\s+`, "i");

/**
 * Normalises a heading or label for comparison: folds white space and trims, drops the numbering ("1.", "2)",
 * "II.", "a.") and a trailing colon, and folds case.
 */
export function normalizeHeading(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(NUMBERING_PREFIX, "")
    .replace(/\s*:\s*$/, "")
    .toLowerCase();
}

const blockIndex = new Map<string, { id: BlockId; standard: boolean }>();
for (const b of NOTA_SCHEMA.blocks) {
  blockIndex.set(normalizeHeading(b.label.nl), { id: b.id, standard: true });
  for (const a of b.aliases) blockIndex.set(normalizeHeading(a), { id: b.id, standard: false });
}

/**
 * A cheap first test, true for every text normalizeHeading could turn into a known heading: white space, the
 * numbering, then the first word of a heading. Most paragraphs fail it at their first characters.
 */
const BLOCK_HEADING_START = new RegExp(
  `^\\s*(?:${NUMBERING}\\s+)?(?:${[...new Set([...blockIndex.keys()].map((k) => k.split(" ")[0]))]
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|")})`,
  "i",
);

/** Which block a heading names, and whether it uses the standard wording. */
export function matchBlockHeading(text: string): { id: BlockId; standard: boolean } | undefined {
  if (text.length > 120 || !BLOCK_HEADING_START.test(text)) return undefined;
  return blockIndex.get(normalizeHeading(text));
}

const fieldIndex = new Map<string, FieldId>();
for (const f of NOTA_SCHEMA.fields) {
  if (f.label.nl) fieldIndex.set(normalizeHeading(f.label.nl), f.id);
  for (const a of f.aliases) fieldIndex.set(normalizeHeading(a), f.id);
}

/**
 * Labels of the colofon that are not the nota's own fields: they end a value and are never a title or a value.
 * "Uw kenmerk" and "Uw brief" are the addressee's references, not ours.
 */
export const FOREIGN_LABELS: readonly string[] = [
  "Uw kenmerk",
  "Uw referentie",
  "Uw brief",
  "Uw brief van",
  "Contactpersoon",
  "Telefoon",
  "T",
  "E",
  "E-mail",
  "Afschrift aan",
  "Kopie aan",
  "Paraaf",
  "Paraaf en datum",
];
const foreignIndex = new Set(FOREIGN_LABELS.map(normalizeHeading));

/** The first words of every label, ours and foreign ("datum", "onze", "uw", "intern"), folded. */
const LABEL_FIRST_WORDS = new Set(
  [...NOTA_SCHEMA.fields.flatMap((f) => [f.label.nl, ...f.aliases]), ...FOREIGN_LABELS]
    .filter(Boolean)
    .map((l) => normalizeHeading(l).split(" ")[0]),
);
const FIRST_WORD = new RegExp(`^\\s*(?:${NUMBERING}\\s+)?([^\\s:]{1,30})`, "i");

/**
 * A cheap first test, true for every text that could start with a label (matchFieldLabel, isForeignLabel on a
 * prefix of it): its first word is the first word of one. Most of a document's paragraphs fail it at once.
 */
export function mayStartWithLabel(text: string): boolean {
  const word = FIRST_WORD.exec(text)?.[1];
  return word !== undefined && LABEL_FIRST_WORDS.has(word.toLowerCase());
}

/** Whether the text is one of FOREIGN_LABELS (with or without a colon). */
export function isForeignLabel(text: string): boolean {
  return text.length <= 60 && foreignIndex.has(normalizeHeading(text));
}

/** Which header field a label names ("Datum", "Intern OCW afgestemd:"); undefined when none. */
export function matchFieldLabel(text: string): FieldId | undefined {
  if (text.length > 60) return undefined;
  const key = normalizeHeading(text);
  const direct = fieldIndex.get(key);
  if (direct) return direct;
  // Other ministries write "Intern <MIN> afgestemd".
  if (/^intern( \S+)? afgestemd$/.test(key)) return "intern-afgestemd";
  if (/^extern( \S+)? afgestemd$/.test(key)) return "extern-afgestemd";
  return undefined;
}

/**
 * The placeholder (an instruction, never a valid value) of the part a tag marks: a field, the title or a block.
 * Undefined for tags without one (the flag sentence, other templates' tags).
 */
export function placeholderOf(tag: string): Localized | undefined {
  const parsed = parseTag(tag);
  if (parsed?.kind === "title") return NOTA_SCHEMA.title.placeholder;
  if (parsed?.kind === "block") return blockSpec(parsed.id).placeholder;
  if (parsed?.kind === "field") return fieldSpec(parsed.id).placeholder;
  return undefined;
}

/**
 * Word's own placeholder for a content control that has none of its own (nl-NL and en-US, current and older
 * wordings). Shown when a control is emptied (office-js #1515); never a value.
 */
export const WORD_DEFAULT_PLACEHOLDERS: readonly string[] = [
  "Klik of tik om tekst in te voeren.",
  "Klik hier als u tekst wilt invoeren.",
  "Click or tap here to enter text.",
  "Click here to enter text.",
];

/**
 * Placeholders earlier versions of the template wrote, per tag: documents made with them still hold them (and on
 * Word on the web as plain text, office-js #6568), so they stay placeholder text, never a value.
 */
export const FORMER_PLACEHOLDERS: Readonly<Record<string, readonly string[]>> = {
  "nota:field:purpose": [
    "Doel: TER ONDERTEKENING, TER BESLISSING of TER INFORMATIE",
    "Purpose: TER ONDERTEKENING, TER BESLISSING or TER INFORMATIE",
  ],
};

const foldText = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();
const NEVER_VALUES = new Set(WORD_DEFAULT_PLACEHOLDERS.map(foldText));
const FORMER = new Map(
  Object.entries(FORMER_PLACEHOLDERS).map(([tag, texts]) => [tag, new Set(texts.map(foldText))]),
);

/**
 * Whether `text`, standing in a control tagged `tag` (or in controls tagged `tags`), is placeholder text rather
 * than the author's: the part's own placeholder (Word on the web can turn it into ordinary text, office-js #6568)
 * or Word's default. The text is folded once, however many tags there are.
 */
export function isPlaceholderText(tags: string | readonly string[], text: string): boolean {
  const folded = foldText(text);
  if (NEVER_VALUES.has(folded)) return true;
  for (const tag of typeof tags === "string" ? [tags] : tags) {
    const own = placeholderOf(tag);
    if (own && (foldText(own.nl) === folded || foldText(own.en) === folded)) return true;
    if (FORMER.get(tag)?.has(folded)) return true;
  }
  return false;
}
