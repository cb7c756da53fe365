/**
 * The profile's JSON Schema (schemas/nota-profile.schema.json): it and the Profile type say the same keys, its
 * lists are the code's (blocks, fields, grounds, severities), its limits PROFILE_LIMITS, every example profile
 * validates against it, and the validator built on it refuses with the very sentences the hand-written checks
 * before it gave, in Dutch and English.
 */
import { readFileSync, readdirSync, existsSync } from "fs";
import * as path from "path";
import Ajv from "ajv";
import { BLOCK_IDS, FIELD_IDS } from "../../src/nota/schema";
import { WOO_GROUNDS } from "../../src/nota/woo";
import { PROFILE_BASE, PROFILE_LIMITS, ProfileError, type Profile } from "../../src/checks/profile";
import { PROFILE_SCHEMA, type ProfileFile, validateProfile } from "../../src/checks/profile-schema";
import { PROFILES } from "../../src/checks/builtin-profiles";
import { RULE_IDS } from "../../src/checks/rules";

const ROOT = path.join(__dirname, "..", "..");
const SCHEMA_FILE = path.join(ROOT, "schemas", "nota-profile.schema.json");

// The type and the schema name the same keys (checked by the compiler: a key in one and not the other fails).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Props = (typeof PROFILE_SCHEMA)["properties"];
const agree: [
  Same<keyof ProfileFile, keyof Props>,
  Same<keyof Profile | "$schema" | "extends", keyof Props>,
  Same<keyof Profile["kinds"][number], keyof Props["kinds"]["items"]["properties"]>,
  Same<keyof Profile["emancipation"], keyof Props["emancipation"]["properties"]>,
  Same<keyof Profile["woo"], keyof Props["woo"]["properties"]>,
  Same<keyof Profile["directorates"][number], keyof Props["directorates"]["items"]["else"]["properties"]>,
] = [true, true, true, true, true, true];

test("the schema and the Profile type name the same keys, at every level", () => {
  expect(agree).toEqual([true, true, true, true, true, true]);
  // And at run time, from a Profile value that has every key (referenceExample is the one optional key).
  expect(Object.keys(PROFILE_SCHEMA.properties).sort()).toEqual(
    [...Object.keys(PROFILE_BASE), "referenceExample", "$schema", "extends"].sort(),
  );
  expect(Object.keys(PROFILE_SCHEMA.properties.emancipation.properties).sort()).toEqual(
    Object.keys(PROFILE_BASE.emancipation).sort(),
  );
  expect(Object.keys(PROFILE_SCHEMA.properties.woo.properties).sort()).toEqual(
    Object.keys(PROFILE_BASE.woo).sort(),
  );
});

test("the schema's lists are the code's, its limits PROFILE_LIMITS", () => {
  const s = PROFILE_SCHEMA;
  expect(s.definitions.blocks.items.enum).toEqual([...BLOCK_IDS]);
  expect(s.definitions.field.enum).toEqual([...FIELD_IDS]);
  expect(s.properties.woo.properties.fields.additionalProperties.enum).toEqual(
    WOO_GROUNDS.map((g) => g.code),
  );
  expect(s.properties.severities.additionalProperties.enum).toEqual(["error", "warning", "info", "off"]);
  expect(s.definitions.text.maxLength).toBe(PROFILE_LIMITS.text);
  expect(s.definitions.texts.maxItems).toBe(PROFILE_LIMITS.list);
  expect(s.properties.referencePattern.maxLength).toBe(PROFILE_LIMITS.pattern);
  const lexicon = s.properties.emancipation.properties.lexicon.else;
  expect(lexicon.maxItems).toBe(PROFILE_LIMITS.topics);
  expect(lexicon.items.properties.terms.items.maxLength).toBe(PROFILE_LIMITS.pattern);
  expect(s.properties.officialTitles.maxProperties).toBe(PROFILE_LIMITS.list);
});

test("the shipped file is the schema the validator uses, and a valid draft-07 schema", () => {
  expect(JSON.parse(readFileSync(SCHEMA_FILE, "utf8"))).toEqual(PROFILE_SCHEMA);
  const ajv = new Ajv({ strict: false });
  expect(ajv.validateSchema(PROFILE_SCHEMA)).toBe(true);
});

describe("every example profile names the schema and validates against it", () => {
  // As an editor does: the schema alone, through a validator of its own (not our sentences).
  const validate = new Ajv({ strict: false }).compile(PROFILE_SCHEMA);
  const dir = path.join(ROOT, "src", "checks", "profiles");
  const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
  const readmeExample = /### Profiles[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)?.[1];
  const examples: [string, unknown, string][] = [
    ...readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .map((f): [string, unknown, string] => [f, JSON.parse(readFileSync(path.join(dir, f), "utf8")), dir]),
    ["README.md", JSON.parse(readmeExample ?? "null"), ROOT],
  ];
  test.each(examples)("%s", (_name, json, base) => {
    expect(validate(json)).toBe(true);
    expect(validate.errors ?? null).toBeNull();
    const ref = (json as { $schema?: string }).$schema;
    expect(ref).toMatch(/nota-profile\.schema\.json$/);
    expect(path.resolve(base, ref!)).toBe(SCHEMA_FILE);
    expect(existsSync(path.resolve(base, ref!))).toBe(true);
    expect(() => validateProfile(json, undefined, [...RULE_IDS], PROFILES)).not.toThrow();
  });
});

/** Each bad profile, and the sentences (Dutch, English) the hand-written checks gave it before the schema. */
const BAD: unknown[] = [
  [],
  "x",
  null,
  { colour: 1 },
  { id: 5 },
  { id: "x".repeat(41) },
  { name: [] },
  { extends: 3 },
  { extends: "nope" },
  { requiredBlocks: "x" },
  { requiredBlocks: [1] },
  { requiredBlocks: ["inleiding"] },
  { kinds: {} },
  { kinds: [1] },
  { kinds: [{}] },
  { kinds: [{ id: "a" }] },
  { kinds: [{ id: "a", purposes: [] }] },
  { kinds: [{ id: "a", purposes: [], requiredBlocks: ["x"] }] },
  { kinds: [{ id: "a", purposes: [], requiredBlocks: [], extra: 1 }] },
  { kinds: Array(21).fill({ id: "a", purposes: [], requiredBlocks: [] }) },
  { labels: [] },
  { labels: { nee: "x" } },
  { labels: { van: 3 } },
  { labels: { van: "x".repeat(61) } },
  { severities: 1 },
  { severities: { "no-rule": "off" } },
  { severities: { afstemming: "fatal" } },
  { severities: { afstemming: 1 } },
  { purposes: "x" },
  { purposes: [1] },
  { officials: Array(501).fill("a") },
  { officialTitles: [] },
  { officialTitles: { a: "x" } },
  { officialTitles: { a: [2] } },
  { officialTitles: { ["k".repeat(2001)]: [] } },
  { referencePattern: 1 },
  { referencePattern: "(" },
  { referencePattern: "(a)\\1" },
  { referencePattern: "(?=a)" },
  { referenceExample: 2 },
  { emancipation: 1 },
  { emancipation: { x: 1 } },
  { emancipation: { official: 1 } },
  { emancipation: { lexicon: "other" } },
  { emancipation: { lexicon: 5 } },
  { emancipation: { lexicon: [1] } },
  { emancipation: { lexicon: [{ topic: "t" }] } },
  { emancipation: { lexicon: [{ terms: [] }] } },
  { emancipation: { lexicon: [{ topic: "t", terms: [], x: 1 }] } },
  { emancipation: { lexicon: [{ topic: "t", terms: ["/(/"] }] } },
  { emancipation: { lexicon: [{ topic: "t", terms: ["/(a)\\1/"] }] } },
  { directorates: {} },
  { directorates: [1] },
  { directorates: [{ name: "x" }] },
  { directorates: [{ code: 1 }] },
  { directorates: [{ code: "a", x: 1 }] },
  { directorates: ["x".repeat(201)] },
  { externalParties: {} },
  { woo: 1 },
  { woo: { x: 1 } },
  { woo: { replacement: 1 } },
  { woo: { fields: [] } },
  { woo: { fields: { nee: "5.1.2e" } } },
  { woo: { fields: { van: "9.9" } } },
  { woo: { fields: { van: 1 } } },
];
const SENTENCES: [string, string][] = [
  ["moet een JSON-object zijn ({ … })", "must be a JSON object ({ … })"],
  ["moet een JSON-object zijn ({ … })", "must be a JSON object ({ … })"],
  ["moet een JSON-object zijn ({ … })", "must be a JSON object ({ … })"],
  [
    "colour is geen instelling; wel: $schema, id, name, extends, requiredBlocks, kinds, labels, severities, purposes, officials, officialTitles, referencePattern, referenceExample, emancipation, directorates, externalParties, woo",
    "colour is not a setting; settings: $schema, id, name, extends, requiredBlocks, kinds, labels, severities, purposes, officials, officialTitles, referencePattern, referenceExample, emancipation, directorates, externalParties, woo",
  ],
  ["id moet een tekst zijn", "id must be a text"],
  [
    "id is 41 tekens lang; een profiel staat er ten hoogste 40 toe",
    "id is 41 characters long; a profile allows at most 40",
  ],
  ["name moet een tekst zijn", "name must be a text"],
  ["extends moet een tekst zijn", "extends must be a text"],
  [
    'extends: "nope" is geen ingebouwd profiel; wel: ocw, bzk, jenv, defensie, lvvn, az',
    'extends: "nope" is not a built-in profile; profiles: ocw, bzk, jenv, defensie, lvvn, az',
  ],
  ["requiredBlocks moet een lijst met teksten zijn", "requiredBlocks must be a list of texts"],
  ["requiredBlocks[0] moet een tekst zijn", "requiredBlocks[0] must be a text"],
  [
    'requiredBlocks[0] "inleiding" is geen blok; wel: aanleiding, geadviseerd-besluit, kernpunten, toelichting, niet-openbaar',
    'requiredBlocks[0] "inleiding" is not a block; blocks: aanleiding, geadviseerd-besluit, kernpunten, toelichting, niet-openbaar',
  ],
  ["kinds moet een lijst zijn ([ … ])", "kinds must be a list ([ … ])"],
  [
    'kinds[0] moet { "id", "name", "purposes", "requiredBlocks" } zijn',
    'kinds[0] must be { "id", "name", "purposes", "requiredBlocks" }',
  ],
  ["kinds[0].id moet een tekst zijn", "kinds[0].id must be a text"],
  ["kinds[0].purposes moet een lijst met teksten zijn", "kinds[0].purposes must be a list of texts"],
  [
    "kinds[0].requiredBlocks moet een lijst met teksten zijn",
    "kinds[0].requiredBlocks must be a list of texts",
  ],
  [
    'kinds[0].requiredBlocks[0] "x" is geen blok; wel: aanleiding, geadviseerd-besluit, kernpunten, toelichting, niet-openbaar',
    'kinds[0].requiredBlocks[0] "x" is not a block; blocks: aanleiding, geadviseerd-besluit, kernpunten, toelichting, niet-openbaar',
  ],
  [
    "kinds[0].extra is geen instelling; wel: id, name, purposes, requiredBlocks",
    "kinds[0].extra is not a setting; settings: id, name, purposes, requiredBlocks",
  ],
  [
    "kinds heeft 21 items; een profiel staat er ten hoogste 20 toe",
    "kinds has 21 items; a profile allows at most 20",
  ],
  ["labels moet een object zijn ({ … })", "labels must be an object ({ … })"],
  [
    'labels: "nee" is geen veld van de kop; wel: purpose, aan, via, van, datum, referentie, bijlagen, aantal-bijlagen, openbaar, intern-afgestemd, extern-afgestemd',
    'labels: "nee" is not a header field; fields: purpose, aan, via, van, datum, referentie, bijlagen, aantal-bijlagen, openbaar, intern-afgestemd, extern-afgestemd',
  ],
  ["labels.van moet een tekst zijn", "labels.van must be a text"],
  [
    "labels.van is 61 tekens lang; een profiel staat er ten hoogste 60 toe",
    "labels.van is 61 characters long; a profile allows at most 60",
  ],
  ["severities moet een object zijn ({ … })", "severities must be an object ({ … })"],
  [
    'severities: "no-rule" is geen regel; wel: required-block, heading-wording, block-order, block-empty, header-fields, emancipation-flag, emancipation-pages, afstemming, niet-openbaar-grounds, woo-marks',
    'severities: "no-rule" is not a rule; rules: required-block, heading-wording, block-order, block-empty, header-fields, emancipation-flag, emancipation-pages, afstemming, niet-openbaar-grounds, woo-marks',
  ],
  [
    "severities.afstemming moet een van deze zijn: error, warning, info, off",
    "severities.afstemming must be one of: error, warning, info, off",
  ],
  [
    "severities.afstemming moet een van deze zijn: error, warning, info, off",
    "severities.afstemming must be one of: error, warning, info, off",
  ],
  ["purposes moet een lijst met teksten zijn", "purposes must be a list of texts"],
  ["purposes[0] moet een tekst zijn", "purposes[0] must be a text"],
  [
    "officials heeft 501 items; een profiel staat er ten hoogste 500 toe",
    "officials has 501 items; a profile allows at most 500",
  ],
  ["officialTitles moet een object zijn ({ … })", "officialTitles must be an object ({ … })"],
  ["officialTitles.a moet een lijst met teksten zijn", "officialTitles.a must be a list of texts"],
  ["officialTitles.a[0] moet een tekst zijn", "officialTitles.a[0] must be a text"],
  [
    "officialTitles.kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk… is 2.001 tekens lang; een profiel staat er ten hoogste 2.000 toe",
    "officialTitles.kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk… is 2,001 characters long; a profile allows at most 2,000",
  ],
  ["referencePattern moet een tekst zijn", "referencePattern must be a text"],
  ['referencePattern "(" is geen geldig zoekpatroon', 'referencePattern "(" is not a valid pattern'],
  [
    'referencePattern "(a)\\1" kan de controle bij sommige teksten laten vastlopen (een terugverwijzing zoals \\1); schrijf het zonder',
    'referencePattern "(a)\\1" could make the check hang on some texts (a backreference such as \\1); write it without that',
  ],
  [
    'referencePattern "(?=a)" kan de controle bij sommige teksten laten vastlopen (een blik vooruit of achteruit zoals (?=…) of (?<!…), die het zoeken in lineaire tijd niet kent); schrijf het zonder',
    'referencePattern "(?=a)" could make the check hang on some texts (a lookahead or lookbehind such as (?=…) or (?<!…), which searching in linear time does not have); write it without that',
  ],
  ["referenceExample moet een tekst zijn", "referenceExample must be a text"],
  ["emancipation moet een object zijn ({ … })", "emancipation must be an object ({ … })"],
  [
    "emancipation.x is geen instelling; wel: official, possessive, directorate, sentence, lexicon",
    "emancipation.x is not a setting; settings: official, possessive, directorate, sentence, lexicon",
  ],
  ["emancipation.official moet een tekst zijn", "emancipation.official must be a text"],
  [
    'emancipation.lexicon moet "default" of een lijst zijn',
    'emancipation.lexicon must be "default" or a list',
  ],
  [
    'emancipation.lexicon moet "default" of een lijst zijn',
    'emancipation.lexicon must be "default" or a list',
  ],
  [
    'emancipation.lexicon[0] moet { "topic", "terms" } zijn',
    'emancipation.lexicon[0] must be { "topic", "terms" }',
  ],
  [
    "emancipation.lexicon[0].terms moet een lijst met teksten zijn",
    "emancipation.lexicon[0].terms must be a list of texts",
  ],
  ["emancipation.lexicon[0].topic moet een tekst zijn", "emancipation.lexicon[0].topic must be a text"],
  [
    "emancipation.lexicon[0].x is geen instelling; wel: topic, terms",
    "emancipation.lexicon[0].x is not a setting; settings: topic, terms",
  ],
  [
    'emancipation.lexicon: de term "/(/" bij onderwerp "t" is geen geldig zoekpatroon',
    'emancipation.lexicon: the term "/(/" of topic "t" is not a valid pattern',
  ],
  [
    'emancipation.lexicon: de term "/(a)\\1/" bij onderwerp "t" kan het zoeken laten vastlopen (een terugverwijzing zoals \\1); schrijf hem zonder',
    'emancipation.lexicon: the term "/(a)\\1/" of topic "t" could make the search hang (a backreference such as \\1); write it without that',
  ],
  ["directorates moet een lijst zijn ([ … ])", "directorates must be a list ([ … ])"],
  [
    'directorates[0] moet een tekst of { "code", "name" } zijn',
    'directorates[0] must be a text or { "code", "name" }',
  ],
  ["directorates[0].code moet een tekst zijn", "directorates[0].code must be a text"],
  ["directorates[0].code moet een tekst zijn", "directorates[0].code must be a text"],
  [
    "directorates[0].x is geen instelling; wel: code, name",
    "directorates[0].x is not a setting; settings: code, name",
  ],
  [
    "directorates[0] is 201 tekens lang; een profiel staat er ten hoogste 200 toe",
    "directorates[0] is 201 characters long; a profile allows at most 200",
  ],
  ["externalParties moet een lijst met teksten zijn", "externalParties must be a list of texts"],
  ["woo moet een object zijn ({ … })", "woo must be an object ({ … })"],
  [
    "woo.x is geen instelling; wel: fields, replacement",
    "woo.x is not a setting; settings: fields, replacement",
  ],
  ["woo.replacement moet een tekst zijn", "woo.replacement must be a text"],
  ["woo.fields moet een object zijn ({ … })", "woo.fields must be an object ({ … })"],
  [
    'woo.fields: "nee" is geen veld van de kop; wel: purpose, aan, via, van, datum, referentie, bijlagen, aantal-bijlagen, openbaar, intern-afgestemd, extern-afgestemd',
    'woo.fields: "nee" is not a header field; fields: purpose, aan, via, van, datum, referentie, bijlagen, aantal-bijlagen, openbaar, intern-afgestemd, extern-afgestemd',
  ],
  ['woo.fields.van: "9.9" is geen Woo-grond', 'woo.fields.van: "9.9" is not a Woo ground'],
  ["woo.fields.van moet een tekst zijn", "woo.fields.van must be a text"],
];

test.each(BAD.map((profile, i) => [JSON.stringify(profile).slice(0, 70), profile, SENTENCES[i]] as const))(
  "%s: refused with the same sentence as before",
  (_what, profile, [nl, en]) => {
    let error: unknown;
    try {
      validateProfile(JSON.parse(JSON.stringify(profile)), undefined, [...RULE_IDS], PROFILES);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ProfileError);
    expect([(error as ProfileError).messageFor("nl"), (error as ProfileError).messageFor("en")]).toEqual([
      nl,
      en,
    ]);
  },
);

test("what the schema says more precisely than before: a ground that is no Woo ground, a $schema that is no text", () => {
  const refused = (json: unknown) => {
    try {
      validateProfile(json);
    } catch (err) {
      return (err as ProfileError).messageFor("en");
    }
    return "accepted";
  };
  expect(refused({ woo: { fields: { van: "x".repeat(21) } } })).toBe(
    `woo.fields.van: "${"x".repeat(21)}" is not a Woo ground`,
  );
  expect(refused({ $schema: 1 })).toBe("$schema must be a text");
  expect(refused({ $schema: "https://example.org/any.json" })).toBe("accepted");
});
