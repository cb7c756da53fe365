/** `nota adopt NOTA.docx --out …`: a nota made elsewhere, with the template's tags. */
import * as path from "path";
import type { Translate } from "../i18n";
import type { Options } from "./args";
import { type Io, safeName } from "./io";
import type { CliMessageId } from "./messages";
import { rewriteDocx } from "./rewrite";

type T = Translate<CliMessageId>;

export async function runAdopt(o: Options, io: Io, t: T): Promise<number> {
  const { adoptDocx, AdoptError } = await import("../docx/adopt");
  const result = await rewriteDocx(o, io, adoptDocx, (err) =>
    err instanceof AdoptError ? t(err.reason === "no-blocks" ? "adoptNoBlocks" : "adoptNoHeader") : undefined,
  );
  if (typeof result === "number") return result;
  const n = result.wrapped.length;
  io.out(t(n ? "adoptWritten" : "adoptNothing", { n, file: safeName(path.resolve(o.out!)) }));
  for (const item of result.wrapped) io.out(`  + ${item.title}  [${item.tag}]`);
  if (result.skipped.length)
    io.out(`  ${t("adoptSkipped", { parts: result.skipped.map((i) => i.title).join(", ") })}`);
  return 0;
}
