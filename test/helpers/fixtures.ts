import { readFileSync } from "fs";
import * as path from "path";
import { readDocx } from "../../src/docx/reader";
import type { DocumentSnapshot } from "../../src/nota/snapshot";

export const FIXTURES = path.join(__dirname, "..", "fixtures", "docx");

export function fixturePath(name: string): string {
  return path.join(FIXTURES, name);
}

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(fixturePath(name)));
}

export function readFixture(name: string): DocumentSnapshot {
  return readDocx(fixtureBytes(name));
}
