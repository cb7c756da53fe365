/**
 * The diagnostics page (diagnostics.html, linked from the help page): in a new, blank document, runs the probes of
 * src/word/diagnostics.ts, records the library's traffic meanwhile, and offers one file to attach to an issue.
 * Its sentences are in the page itself (Dutch, like the help page); failures are the adapter's catalogued ones.
 */
import { OfficeNotaDocument } from "../word/adapter";
import { officeHost } from "../word/office-host";
import { diagnosticsFile, recordTraffic, runDiagnostics } from "../word/diagnostics";
import { toNotaWordError } from "../word/errors";
import { localeFor } from "../i18n";

const show = (id: string, text?: string) => {
  for (const el of document.querySelectorAll<HTMLElement>("[data-state]")) el.hidden = el.id !== id;
  const el = document.getElementById(id)!;
  if (text !== undefined) el.querySelector("[data-text]")!.textContent = text;
};

async function start(): Promise<void> {
  const button = document.getElementById("start") as HTMLButtonElement;
  button.disabled = true;
  show("running");
  const exchanges = recordTraffic(OfficeExtension);
  const host = officeHost();
  const doc = new OfficeNotaDocument(host);
  try {
    const report = await runDiagnostics(host, () => doc.isEmpty());
    const source = `${Office.context.diagnostics.host} ${Office.context.diagnostics.platform} ${Office.context.diagnostics.version}`;
    const blob = new Blob([diagnosticsFile(report, exchanges, source)], { type: "application/json" });
    const link = document.getElementById("download") as HTMLAnchorElement;
    link.href = URL.createObjectURL(blob);
    link.download = "nota-assistent-diagnose.json";
    show("done");
  } catch (err) {
    show("failed", toNotaWordError(err).messageFor(localeFor(Office.context.displayLanguage)));
    button.disabled = false;
  }
}

void Office.onReady(() => {
  show("ready");
  document.getElementById("start")!.addEventListener("click", () => void start());
});
