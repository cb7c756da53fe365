/**
 * Validates XML against the XML Schemas in test/schemas/xsd (copied into the project, see its README) with xmllint
 * compiled to WebAssembly (xmllint-wasm): no system install, no network.
 *
 * Each xmllint run compiles its schema set again (the whole WordprocessingML set takes most of a second on a loaded
 * 2-core machine), so whoever has several parts validates them in one call (`validateAll`): one compile for all.
 * The schema files are read from disk once per test file.
 */
import { readFileSync, readdirSync } from "fs";
import * as path from "path";
import { validateXML } from "xmllint-wasm";

export const SCHEMAS = path.join(__dirname, "..", "schemas", "xsd");

type Folder = "ooxml" | "addin-manifest";
const loaded = new Map<Folder, { fileName: string; contents: string }[]>();

function schemaFiles(folder: Folder): { fileName: string; contents: string }[] {
  let files = loaded.get(folder);
  if (!files) {
    const dir = path.join(SCHEMAS, folder);
    files = readdirSync(dir)
      .filter((f) => f.endsWith(".xsd"))
      .map((f) => ({ fileName: f, contents: readFileSync(path.join(dir, f), "utf8") }));
    loaded.set(folder, files);
  }
  return files;
}

/**
 * Validates every document in one xmllint run; the error lines per document name (an empty list when valid).
 * Names are used as file names inside the run: they are made safe (no slashes, no leading dash) and unique.
 */
export async function validateAll(
  folder: Folder,
  mainSchema: string,
  documents: { name: string; xml: string }[],
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>(documents.map((d) => [d.name, []]));
  if (!documents.length) return out;
  const all = schemaFiles(folder);
  const main = all.find((f) => f.fileName === mainSchema);
  if (!main) throw new Error(`no schema ${mainSchema} in ${folder}`);
  const fileNames = documents.map((d, i) => `doc${i}_${d.name.replace(/[^A-Za-z0-9.]/g, "_")}`);
  const result = await validateXML({
    xml: documents.map((d, i) => ({ fileName: fileNames[i], contents: d.xml })),
    schema: [main],
    preload: all.filter((f) => f !== main),
    initialMemoryPages: 512,
    maxMemoryPages: 4096,
  });
  for (const e of result.errors) {
    const i = e.loc ? fileNames.indexOf(e.loc.fileName) : -1;
    // An error xmllint could not attribute to a document (a schema problem) counts against every document.
    const owners = i >= 0 ? [documents[i].name] : documents.map((d) => d.name);
    for (const name of owners) out.get(name)!.push(e.rawMessage);
  }
  return out;
}

/** The error lines for one document (empty when valid). */
export async function validateAgainst(folder: Folder, mainSchema: string, xml: string): Promise<string[]> {
  return (await validateAll(folder, mainSchema, [{ name: "input.xml", xml }])).get("input.xml")!;
}
