/**
 * What Word loads: in development as in production, the pages Word opens take office.js from Microsoft's CDN
 * (the only copy Microsoft supports in Word); only the preview, which runs outside Word, takes the npm copy (of
 * the Word library itself, word-web-16.00.js, in front of the Word double).
 */
import * as path from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the webpack config is CommonJS
const config = require(path.join(__dirname, "..", "..", "webpack.config.js")) as (
  env: Record<string, unknown>,
  argv: { mode: string },
) => { plugins: { userOptions?: { filename?: string; officeJs?: string } }[]; devServer: { host?: string } };

const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

function officeJsByPage(mode: string): Record<string, string | undefined> {
  const pages: Record<string, string | undefined> = {};
  for (const plugin of config({}, { mode }).plugins)
    if (plugin.userOptions?.filename) pages[plugin.userOptions.filename] = plugin.userOptions.officeJs;
  return pages;
}

test.each(["development", "production"])("%s: every page Word opens loads office.js from the CDN", (mode) => {
  const pages = officeJsByPage(mode);
  for (const name of ["taskpane.html", "commands.html", "choice.html"]) expect(pages[name]).toBe(CDN);
});

test("the preview (outside Word) loads the npm copy of Microsoft's Word library", () => {
  expect(officeJsByPage("development")["preview.html"]).toBe("office-js/word-web-16.00.js");
  expect(officeJsByPage("production")["preview.html"]).toBeUndefined();
});

test("the dev server answers on this machine only", () => {
  expect(config({}, { mode: "development" }).devServer.host).toBe("localhost");
});
