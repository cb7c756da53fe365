/**
 * `nota publish --inventory FILE.csv|FILE.json`: one row per published document added to the inventory list
 * (created with its header when it does not exist yet). A file that is not such a list is refused, untouched.
 */
import { promises as fs } from "fs";
import { INVENTORY_COLUMNS, InventoryRow } from "../nota/woo";

export type InventoryProblem = "not-a-list" | "other-columns" | "unreadable";

export class InventoryError extends Error {
  constructor(readonly problem: InventoryProblem) {
    super(problem);
    this.name = "InventoryError";
  }
}

const csvField = (v: string) => (/[",;\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const csvLine = (values: readonly string[]) => values.map(csvField).join(",");
const HEADER = csvLine(INVENTORY_COLUMNS);

async function existing(file: string): Promise<string | undefined> {
  try {
    return await fs.readFile(file, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new InventoryError("unreadable");
  }
}

/** What the file will hold with the row added; checked before anything is written. */
export async function inventoryWithRow(file: string, row: InventoryRow): Promise<string> {
  const before = await existing(file);
  if (/\.json$/i.test(file)) {
    let list: unknown = [];
    if (before !== undefined && before.trim()) {
      try {
        list = JSON.parse(before);
      } catch {
        throw new InventoryError("not-a-list");
      }
    }
    if (!Array.isArray(list)) throw new InventoryError("not-a-list");
    return `${JSON.stringify([...list, row], null, 2)}\n`;
  }
  const line = csvLine(INVENTORY_COLUMNS.map((c) => row[c]));
  if (before === undefined || !before.trim()) return `\uFEFF${HEADER}\r\n${line}\r\n`;
  const first = before.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0];
  if (first !== HEADER) throw new InventoryError("other-columns");
  return `${before}${/\r?\n$/.test(before) ? "" : "\r\n"}${line}\r\n`;
}

export async function writeInventory(file: string, content: string): Promise<void> {
  await fs.writeFile(file, content, "utf8");
}
