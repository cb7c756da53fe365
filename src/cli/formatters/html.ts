/** `nota check --format html --out FILE`: the coordinators' report (src/cli/report-html.ts), written at the end. */
import * as path from "path";
import { lexiconOf } from "../../checks/engine";
import { findPassages } from "../../nota/emancipation";
import { safeName, writeOutput } from "../io";
import type { ReportEntry } from "../report-html";
import type { CheckFormatter, FormatContext } from "./types";

export function htmlFormatter(c: FormatContext): CheckFormatter {
  const { o, io, t } = c;
  // The report keeps each snapshot (the text formatter does not).
  const report: ReportEntry[] = [];
  return {
    checked({ file, snapshot, result, findings, choice, profileSentence }) {
      report.push({
        file,
        checked: {
          nota: result.nota,
          findings,
          snapshot,
          profile: choice.profile,
          profileSentence,
          notANota: result.notANota,
          suppressed: result.suppressed,
        },
      });
    },
    unusable(entry) {
      report.push(entry);
    },
    async finish() {
      const { htmlReport } = await import("../report-html");
      const html = htmlReport(report, {
        locale: o.locale,
        profile: c.profile,
        profileChosen: c.profileChosen,
        letterPassages: c.letter ? findPassages(c.letter, lexiconOf(c.profile)) : undefined,
        notaPassages: (e) =>
          e.checked ? findPassages(e.checked.snapshot, lexiconOf(e.checked.profile ?? c.profile)) : [],
        date: new Date(),
        command: ["nota", "check", ...o.files.map((f) => path.basename(f))].join(" "),
      });
      await writeOutput(o.out!, html, o.force, o.locale, c.inputs);
      io.out(t("reportWritten", { file: safeName(path.resolve(o.out!)) }));
    },
  };
}
