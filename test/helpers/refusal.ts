/**
 * The sentence a damaged or unusable .docx is refused with, as the person reads it, or "read" when it is read.
 * Anything thrown that is no DocxError is thrown on: a bug, never a verdict.
 */
import { describeDocxError } from "../../src/docx/messages";
import { DocxError } from "../../src/docx/package";
import { readDocx } from "../../src/docx/reader";
import type { Locale } from "../../src/i18n";

export function refusal(
  bytes: Uint8Array,
  { read = readDocx, locale = "nl" }: { read?: (bytes: Uint8Array) => unknown; locale?: Locale } = {},
): string {
  try {
    read(bytes);
  } catch (err) {
    if (err instanceof DocxError) return describeDocxError(err, locale);
    throw err;
  }
  return "read";
}
