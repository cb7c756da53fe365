// Checks the production build (run after `npm run build`; npm run size):
// - the task pane's first-load JavaScript (the scripts taskpane.html loads; office.js comes from Microsoft's
//   CDN and is not ours), minified and gzipped, against the budget;
// - office.js from the CDN and a Content-Security-Policy on every page;
// - no Word double, preview or test code in any file of the bundle.
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

// Microsoft's own React add-in template weighs 168 KB gzipped (measured beside ours, issue 11). Issue 20 asked for
// 150: the first paint needs only the pane's frame (its tabs, the spinner, the texts); each tab, the document's
// adapter and reader ("word") and the rules ("checks") are chunks of their own, fetched while Office starts.
// Measured: 169.9 KB before (the drafter's tab and the adapter in the first load), 144.1 KB after. What loads until
// a tab shows the document (first load, the tab, the adapter, the rules) was 192.1 / 231.5 / 198.7 KB before for
// Opstellen / Controle / Afstemming and is 199.9 / 231.8 / 199.2 after: split chunks compress less well together,
// but they come in parallel, and the pane paints its frame before any of them. In Dutch, that is; in English the
// English texts of the frame and of the later parts (messages-en, messages-later, messages-later-en: a few KB, not
// counted here) are fetched before the first paint too.
const BUDGET_GZIP = 150 * 1024;
const dist = path.join(__dirname, "..", "dist");
const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)]
  .map((m) => m[1])
  .filter((src) => !/^https?:/.test(src));
if (scripts.length === 0) {
  console.error("bundle-size: taskpane.html loads no local script; build first (npm run build)");
  process.exit(2);
}
let min = 0;
let gz = 0;
for (const src of scripts) {
  const data = fs.readFileSync(path.join(dist, src));
  const g = zlib.gzipSync(data, { level: 9 }).length;
  min += data.length;
  gz += g;
  console.log(`${src}: ${(data.length / 1024).toFixed(1)} KB minified, ${(g / 1024).toFixed(1)} KB gzipped`);
}
const lazy = fs.readdirSync(dist).filter((f) => f.endsWith(".js") && !scripts.includes(f));
const lazyGz = lazy.reduce(
  (n, f) => n + zlib.gzipSync(fs.readFileSync(path.join(dist, f)), { level: 9 }).length,
  0,
);
console.log(
  `first load: ${(min / 1024).toFixed(1)} KB minified, ${(gz / 1024).toFixed(1)} KB gzipped (budget ${BUDGET_GZIP / 1024} KB gzipped)`,
);
console.log(
  `loaded later or by other pages (${lazy.length} files): ${(lazyGz / 1024).toFixed(1)} KB gzipped`,
);
const problems = [];
// What loads before each tab shows the document: the first load, the tab's chunks, the adapter's and the rules'.
const groupsFile = path.join(__dirname, "..", "dist-stats", "chunk-groups.json");
const groups = fs.existsSync(groupsFile) ? JSON.parse(fs.readFileSync(groupsFile, "utf8")) : {};
const gzipOf = (f) => zlib.gzipSync(fs.readFileSync(path.join(dist, f)), { level: 9 }).length;
for (const tab of ["opstellen", "controle", "afstemming"]) {
  const own = groups[`tab-${tab}`];
  if (!own || own.some((f) => scripts.includes(f))) {
    problems.push(`the ${tab} tab is not a chunk of its own (the first paint needs none of the tabs)`);
    continue;
  }
  const files = [...new Set([...own, ...(groups.word ?? []), ...(groups.checks ?? [])])].filter(
    (f) => !scripts.includes(f),
  );
  const tabGz = own.filter((f) => !scripts.includes(f)).reduce((n, f) => n + gzipOf(f), 0);
  const allGz = files.reduce((n, f) => n + gzipOf(f), 0);
  console.log(
    `opening on ${tab}: + the tab ${(tabGz / 1024).toFixed(1)} KB, + the tab, adapter and rules ${(allGz / 1024).toFixed(1)} KB: ${((gz + allGz) / 1024).toFixed(1)} KB gzipped until it shows the document`,
  );
}
for (const page of fs.readdirSync(dist).filter((f) => f.endsWith(".html"))) {
  const text = fs.readFileSync(path.join(dist, page), "utf8");
  if (!text.includes("Content-Security-Policy")) problems.push(`${page} has no Content-Security-Policy`);
  if (/<script[^>]*office-js\/office\.js/.test(text)) problems.push(`${page} loads the local office.js copy`);
}
if (!html.includes("https://appsforoffice.microsoft.com/lib/1/hosted/office.js"))
  problems.push("taskpane.html does not load office.js from the CDN");
const FORBIDDEN = ["WordDouble", "WordDocumentModel", "PREVIEW_MESSAGES", "preview.html", "test/fixtures"];
for (const f of fs.readdirSync(dist).filter((x) => x.endsWith(".js") || x.endsWith(".html"))) {
  const text = fs.readFileSync(path.join(dist, f), "utf8");
  for (const word of FORBIDDEN)
    if (text.includes(word)) problems.push(`${f} contains "${word}" (test or preview code in production)`);
}
const manifest = fs.readFileSync(path.join(dist, "manifest.xml"), "utf8");
if (manifest.includes("https://localhost:3000")) problems.push("manifest.xml still points at localhost");
async function validateManifest() {
  // The rewritten manifest must still be a valid manifest (the project's copy of the schemas, as in npm test).
  const schemas = path.join(__dirname, "..", "test", "schemas", "xsd", "addin-manifest");
  const { validateXML } = require("xmllint-wasm");
  const files = fs.readdirSync(schemas).filter((f) => f.endsWith(".xsd"));
  const read = (f) => ({ fileName: f, contents: fs.readFileSync(path.join(schemas, f), "utf8") });
  const result = await validateXML({
    xml: [{ fileName: "manifest.xml", contents: manifest }],
    schema: [read("OfficeAppManifestV1_1.xsd")],
    preload: files.filter((f) => f !== "OfficeAppManifestV1_1.xsd").map(read),
  });
  if (!result.valid)
    problems.push(
      `dist/manifest.xml does not validate: ${result.errors.map((e) => e.rawMessage).join("; ")}`,
    );
  return result.valid ? "valid" : "invalid";
}

async function finish() {
  console.log(`production manifest: ${await validateManifest()}`);
  for (const p of problems) console.error(`check-bundle: ${p}`);
  if (problems.length) process.exit(1);
  console.log(
    "production bundle: CDN office.js, CSP on every page, no test or preview code, manifest URLs rewritten",
  );
  if (gz > BUDGET_GZIP) {
    console.error(`bundle-size: first load ${(gz / 1024).toFixed(1)} KB gzipped is over the budget`);
    process.exit(1);
  }
}

void finish();
