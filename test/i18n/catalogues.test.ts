/**
 * One message-catalogue style outside the pane (src/taskpane has its own test in i18n.test.ts): every catalogue is
 * declared with `catalogue(nl, en)`, has the same ids in Dutch and English, and is read through `translator`.
 * Two checks, since neither alone sees everything:
 * - at run time, every module is loaded and each export shaped like a catalogue ({ nl: {…}, en: {…} } of texts),
 *   and each rule's `meta.messages`, must be one `catalogue()` declared (`isCatalogue`), not a literal of that shape;
 * - in the source, no object literal of that shape, no `Catalogue<…>`-typed or `Record<"nl" | "en", …>` table, no
 *   catalogue indexed by locale where it is read, and `fill` only where the template is not a catalogue's.
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { isCatalogue } from "../../src/i18n";
import { RULES } from "../../src/checks/rules";

const SRC = path.join(__dirname, "..", "..", "src");
/** The layers this test covers: everything but the pane (its catalogues are checked in i18n.test.ts). */
const LAYERS = ["i18n", "nota", "checks", "docx", "cli", "word", "commands"];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts") ? [full] : [];
  });
}
const FILES = LAYERS.flatMap((layer) => sourceFiles(path.join(SRC, layer)));
const relative = (file: string) => path.relative(SRC, file).split(path.sep).join("/");

/** Entry points that start with Office at load (`void Office.onReady(…)`): read in the source only. */
const ENTRY_POINT = /^void Office\.onReady\(/m;

const isTextTable = (v: unknown): v is Record<string, string> =>
  typeof v === "object" &&
  v !== null &&
  !Array.isArray(v) &&
  Object.values(v).every((x) => typeof x === "string");
const looksLikeCatalogue = (v: unknown): v is { nl: Record<string, string>; en: Record<string, string> } =>
  typeof v === "object" &&
  v !== null &&
  Object.keys(v).sort().join() === "en,nl" &&
  isTextTable((v as { nl: unknown }).nl) &&
  isTextTable((v as { en: unknown }).en);

/** Every exported catalogue-shaped value, by module and export name. */
function exportedCatalogues(): [string, { nl: Record<string, string>; en: Record<string, string> }][] {
  const found: [string, { nl: Record<string, string>; en: Record<string, string> }][] = [];
  for (const file of FILES) {
    if (ENTRY_POINT.test(fs.readFileSync(file, "utf8"))) continue;
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- every module, loaded by its path
    const exports = require(file) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports))
      if (looksLikeCatalogue(value)) found.push([`${relative(file)} ${name}`, value]);
  }
  for (const rule of RULES) found.push([`rule ${rule.meta.id} meta.messages`, rule.meta.messages]);
  return found;
}

describe("every catalogue outside the pane", () => {
  const catalogues = exportedCatalogues();

  test("the modules' catalogues are found (the test sees what it checks)", () => {
    const names = catalogues.map(([name]) => name);
    for (const expected of [
      "cli/messages.ts CLI_MESSAGES",
      "cli/report-html.ts REPORT_MESSAGES",
      "checks/engine.ts ENGINE_MESSAGES",
      "checks/profile-messages.ts PROFILE_MESSAGES",
      "checks/builtin-profiles.ts PROFILE_CHOICE_MESSAGES",
      "docx/messages.ts DOCX_ERROR_MESSAGES",
      "docx/publication/texts.ts PLACEHOLDER_TEXTS",
      "docx/publication/texts.ts STORY_NAMES",
      "nota/control-titles.ts CONTROL_TITLES",
      "word/messages.ts WORD_ERROR_MESSAGES",
      "rule header-fields meta.messages",
    ])
      expect(names).toContain(expected);
    expect(catalogues.length).toBe(10 + RULES.length);
  });

  test.each(catalogues)(
    "%s is declared with catalogue() and has the same ids in both locales",
    (_name, c) => {
      expect(isCatalogue(c)).toBe(true);
      expect(Object.keys(c.en).sort()).toEqual(Object.keys(c.nl).sort());
      for (const id of Object.keys(c.nl)) {
        expect({ id, nl: c.nl[id].length > 0 }).toEqual({ id, nl: true });
        expect({ id, en: c.en[id].length > 0 }).toEqual({ id, en: true });
      }
    },
  );

  /** A rule's Dutch may leave out what only the English says ("The block 'Aanleiding' (Reason)"); the others not. */
  const placeholders = (s: string) =>
    [...s.matchAll(/(?<!(?:zero|one|two|few|many|other|=\d+)\s*)\{(\w+)(?:\}|, plural,)/g)]
      .map((m) => m[1])
      .filter((v, i, all) => all.indexOf(v) === i)
      .sort();
  test.each(catalogues.filter(([name]) => !name.startsWith("rule ")))(
    "%s has the same placeholders in both locales",
    (_name, c) => {
      for (const id of Object.keys(c.nl))
        expect({ id, p: placeholders(c.en[id]) }).toEqual({ id, p: placeholders(c.nl[id]) });
    },
  );

  test("isCatalogue tells a declared catalogue from a literal of the same shape", () => {
    expect(isCatalogue({ nl: { a: "A" }, en: { a: "A" } })).toBe(false);
    expect(isCatalogue(catalogues[0][1])).toBe(true);
  });
});

/** `fill` over a template that is not a catalogue's, and why. */
const FILL_ALLOWED: Record<string, string> = {
  "nota/emancipation.ts": "the flag sentence is the profile's own template (emancipation.sentence), not ours",
};
/** A catalogue's Dutch texts read as they stand, not to show them, and why. */
const RAW_ALLOWED: Record<string, string> = {
  "cli/publish.ts": "the copy's own Dutch place names, read to recognise the places the copy wrote",
};

/** What each source file does that the one style forbids, as "file: what (line)". */
function styleProblems(): string[] {
  const problems: string[] = [];
  const catalogueNames = new Set<string>();
  const parsed = FILES.map((file) => {
    const text = fs.readFileSync(file, "utf8");
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (
        ts.isVariableDeclaration(node) &&
        ts.isIdentifier(node.name) &&
        node.initializer &&
        ts.isCallExpression(node.initializer) &&
        node.initializer.expression.getText() === "catalogue"
      )
        catalogueNames.add(node.name.text);
      ts.forEachChild(node, visit);
    };
    visit(source);
    return { file: relative(file), source };
  });
  for (const { file, source } of parsed) {
    if (file.startsWith("i18n/")) continue;
    const at = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    const visit = (node: ts.Node) => {
      const text = () => node.getText();
      if (ts.isObjectLiteralExpression(node)) {
        const keys = node.properties.map((p) => p.name?.getText()).sort();
        const tables = node.properties.every(
          (p) => ts.isPropertyAssignment(p) && ts.isObjectLiteralExpression(p.initializer),
        );
        if (keys.join() === "en,nl" && tables)
          problems.push(`${file}: a catalogue as an object literal, not catalogue() (${at(node)})`);
      }
      if (
        ts.isTypeReferenceNode(node) &&
        node.typeName.getText() === "Catalogue" &&
        ts.isVariableDeclaration(node.parent)
      )
        problems.push(
          `${file}: a variable typed Catalogue instead of declared with catalogue() (${at(node)})`,
        );
      if (ts.isTypeReferenceNode(node) && node.typeName.getText() === "Record") {
        const first = node.typeArguments?.[0]?.getText().replace(/\s+/g, " ");
        const second = node.typeArguments?.[1];
        if (
          (first === '"nl" | "en"' || first === "Locale") &&
          second &&
          /^(Readonly<)?Record</.test(second.getText())
        )
          problems.push(`${file}: a per-locale table typed ${text()} instead of a catalogue() (${at(node)})`);
      }
      if (ts.isCallExpression(node) && node.expression.getText() === "fill" && !FILL_ALLOWED[file])
        problems.push(`${file}: fill() where translator() reads the catalogue (${at(node)})`);
      // CATALOGUE[locale][id], CATALOGUE.nl[id], CATALOGUE[locale].id: a catalogue read around translator().
      if (
        (ts.isElementAccessExpression(node) || ts.isPropertyAccessExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        catalogueNames.has(node.expression.text) &&
        !RAW_ALLOWED[file]
      )
        problems.push(`${file}: ${text()} reads a catalogue around translator() (${at(node)})`);
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return problems;
}

test("in the source: catalogues only through catalogue(), read only through translator()", () => {
  expect(styleProblems()).toEqual([]);
});
