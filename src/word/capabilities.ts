/** What this Word can do, from its requirement sets: known before the adapter itself has loaded. */
import type { Capabilities } from "./types";

export function detectCapabilities(host: {
  isSetSupported(name: string, version: string): boolean;
  /** "web" in Word on the web (Office.context.platform OfficeOnline). */
  readonly platform?: "web" | "desktop";
}): Capabilities {
  return {
    publishAsDownload: host.platform === "web",
    customXmlParts: host.isSetSupported("WordApi", "1.4"),
    comments: host.isSetSupported("WordApi", "1.4"),
    paragraphEvents: host.isSetSupported("WordApi", "1.6"),
    pages: host.isSetSupported("WordApiDesktop", "1.2"),
    createDocument: host.isSetSupported("WordApi", "1.3"),
  };
}
