/** The formatters by --format. A new format: a module here, its name in the table, and in `check`'s formats. */
import type { Format } from "../args";
import { htmlFormatter } from "./html";
import { jsonFormatter } from "./json";
import { textFormatter } from "./text";
import type { CheckFormatter, FormatContext } from "./types";

export const FORMATTERS: Record<Format, (context: FormatContext) => CheckFormatter> = {
  text: textFormatter,
  json: jsonFormatter,
  html: htmlFormatter,
};

export type { CheckFormatter, CheckedFile, FormatContext, UnusableFile } from "./types";
