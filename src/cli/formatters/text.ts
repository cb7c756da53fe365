/** `nota check` on the terminal: per file its profile, its findings grouped by severity, and a summary line. */
import { summarize } from "../../checks/engine";
import { ruleName } from "../../checks/rule-names";
import { SEVERITIES } from "../../checks/types";
import { safeName, safeText } from "../io";
import { describeEditShort, placeParts } from "../place";
import type { CheckFormatter, FormatContext } from "./types";

const SEVERITY_HEADING = { error: "errors", warning: "warnings", info: "infos" } as const;
const SEVERITY_MARK = { error: "✖", warning: "▲", info: "·" } as const;

export function textFormatter({ io, t, paint, locale }: FormatContext): CheckFormatter {
  return {
    checked({ file, snapshot, result, findings, profileSentence }) {
      io.out(paint("file", safeName(file)));
      if (result.notANota) {
        io.out(`  ${t("notANota")}`);
        io.out("");
        return;
      }
      io.out(`  ${paint("dim", safeText(profileSentence))}`);
      for (const severity of SEVERITIES) {
        const group = findings.filter((f) => f.severity === severity);
        if (!group.length) continue;
        io.out(`  ${paint(severity, t(SEVERITY_HEADING[severity]))}`);
        for (const f of group) {
          const place = placeParts(f, snapshot, locale);
          io.out(
            `    ${paint(severity, SEVERITY_MARK[severity])} ${safeText(f.message)}${place.length ? `  (${place.join(", ")})` : ""}  ${paint("dim", `[${ruleName(f.ruleId, locale)}]`)}`,
          );
          if (f.fix) io.out(`        ${t("fix")}: ${safeText(describeEditShort(f.fix))}`);
          for (const s of f.suggestions ?? []) io.out(`        ${t("suggestion")}: ${safeText(s.message)}`);
        }
      }
      for (const { finding, suppression } of result.suppressed) {
        const who =
          (suppression.by ? t("suppressedBy", { by: suppression.by }) : "") +
          (suppression.reason ? t("suppressedReason", { reason: suppression.reason }) : "");
        io.out(
          `  ${paint("dim", safeText(t("suppressedLine", { message: finding.message, rule: ruleName(finding.ruleId, locale), who })))}`,
        );
      }
      const summary = summarize(findings, locale);
      io.out(`  ${findings.length ? summary : paint("ok", summary)}`);
      io.out("");
    },
    unusable() {
      // Its line is on standard error already.
    },
    async finish(counted) {
      if (counted.n + counted.notANota + counted.unusable > 1 || counted.notANota)
        io.out(t("totals", counted));
    },
  };
}
