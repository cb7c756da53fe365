/**
 * Validates XML against the XML Schemas in test/schemas/xsd (copied into the project, see its README) with xmllint compiled to WebAssembly
 * (xmllint-wasm): no system install, no network.
 */
import { readFileSync, readdirSync } from "fs";
import * as path from "path";
import { validateXML } from "xmllint-wasm";

export const SCHEMAS = path.join(__dirname, "..", "schemas", "xsd");

function filesIn(dir: string): { fileName: string; contents: string }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".xsd"))
    .map((f) => ({ fileName: f, contents: readFileSync(path.join(dir, f), "utf8") }));
}

/** The error lines (empty when valid). */
export async function validateAgainst(
  folder: "ooxml" | "addin-manifest",
  mainSchema: string,
  xml: string,
): Promise<string[]> {
  const all = filesIn(path.join(SCHEMAS, folder));
  const main = all.find((f) => f.fileName === mainSchema)!;
  const result = await validateXML({
    xml: [{ fileName: "input.xml", contents: xml }],
    schema: [main],
    preload: all.filter((f) => f !== main),
    initialMemoryPages: 512,
    maxMemoryPages: 4096,
  });
  return result.errors.map((e) => e.rawMessage);
}
