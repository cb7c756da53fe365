/** `nota template --out NOTA.docx`: the standard nota (of the profile's kind) as a .docx. */
import * as path from "path";
import { templateOptionsFor } from "../checks/kinds";
import type { Translate } from "../i18n";
import { UsageError, type Options } from "./args";
import { type Io, safeName, writeOutput } from "./io";
import { loadProfile } from "./load";
import type { CliMessageId } from "./messages";

type T = Translate<CliMessageId>;

export async function runTemplate(o: Options, io: Io, t: T): Promise<number> {
  if (!o.out) throw new UsageError("outRequired", { command: "template" }, true);
  const profile = await loadProfile(o.profile, o.locale);
  if (o.kind !== undefined && !profile.kinds.some((k) => k.id === o.kind))
    throw new UsageError(
      "badKind",
      { value: o.kind, known: profile.kinds.map((k) => k.id).join(", "), command: "template" },
      true,
    );
  const { blocks, labels, purpose } = templateOptionsFor(profile, o.kind);
  const { buildTemplateDocx } = await import("../docx/template-docx");
  const values = purpose ? { purpose } : undefined;
  await writeOutput(
    o.out,
    buildTemplateDocx({ locale: o.locale, blocks, labels, values }),
    o.force,
    o.locale,
  );
  io.out(t("templateWritten", { file: safeName(path.resolve(o.out)) }));
  return 0;
}
