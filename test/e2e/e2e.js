// End-to-end: Debian's Chromium (playwright-core) drives the built preview (the real task pane beside a
// document in the Word double), with office.js from the local @microsoft/office-js copy, through the three
// jobs: drafter, reviewer, coordinator; then the production build (dist/) with a stand-in office.js. Fails on any request outside localhost, on serious or critical axe-core
// violations, or on a step that does not happen. Screenshots of each tab, light and dark: test-results/.
// Run: npm run test:e2e (builds the preview first; E2E_SKIP_BUILD=1 reuses dist-preview/; E2E_ONLY=preview runs
// only the steps whose name holds "preview").
const { chromium } = require("playwright-core");
const { execSync, spawnSync } = require("child_process");
const fs = require("fs");
const http = require("http");
const path = require("path");

const ROOT = path.join(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist-preview");
const RESULTS = path.join(ROOT, "test-results");
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const TIMEOUT = 15000;

const TYPES = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".png": "image/png",
  ".json": "application/json",
  ".docx": "application/octet-stream",
};

function serve(dir) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://localhost");
    const file = path.join(dir, decodeURIComponent(url.pathname));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] || "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

const PRODUCTION = path.join(ROOT, "dist");
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** A stand-in for office.js in the production pane: Word in `lang`, every Word.run failing (unverified as Word). */
const officeStandIn = (lang) => `
window.Office = {
  HostType: { Word: "Word" },
  PlatformType: { OfficeOnline: "OfficeOnline" },
  context: { displayLanguage: ${JSON.stringify(lang)}, platform: "PC", officeTheme: { bodyBackgroundColor: "#ffffff" },
    requirements: { isSetSupported: () => true }, document: {} },
  onReady: (cb) => Promise.resolve(cb({ host: "Word" })),
};
window.Word = { run: () => Promise.reject(new Error("stand-in: no Word here")) };
window.OfficeExtension = {};`;
/** The pane in each language: its tabs' names and the sentence of Word's failure (the stand-in's). */
const DUTCH = {
  lang: "nl-NL",
  tabs: ["Opstellen", "Controle", "Afstemming"],
  failure: "Word kon de opdracht niet uitvoeren",
};
const ENGLISH = {
  lang: "en-US",
  tabs: ["Draft", "Check", "Coordination"],
  failure: "Word could not carry out the command",
};
/** Per case: the tab it opens on, what that tab shows (from its own chunk), and another tab loaded on a click. */
const PRODUCTION_CASES = [
  { ...DUTCH, tab: "opstellen", shows: "Soort nota", then: { tab: "Controle", shows: "Controleren" } },
  {
    ...ENGLISH,
    tab: "controle",
    shows: "Choose 'Check' after editing",
    then: { tab: "Draft", shows: "Insert nota" },
  },
  {
    ...DUTCH,
    tab: "afstemming",
    shows: "Opnieuw proberen",
    then: { tab: "Opstellen", shows: "Nota invoegen" },
  },
];

const AXE_SOURCE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

async function axeCheck(page, name, include = "[data-testid=pane]") {
  // Evaluated through the DevTools protocol: the page's Content-Security-Policy stays as it is.
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async (include) => {
    // Tabster's focus sentinels (data-tabster-dummy) are aria-hidden and focusable by design: they hand focus on
    // at once and are never where focus stays. Everything else in the pane is checked.
    const r = await axe.run(
      { include: [[include]], exclude: [["[data-tabster-dummy]"]] },
      { resultTypes: ["violations"] },
    );
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length }));
  }, include);
  const bad = result.filter((v) => v.impact === "serious" || v.impact === "critical");
  if (bad.length)
    throw new Error(
      `axe (${name}): ${bad.map((v) => `${v.id} [${v.impact}] ${v.help} ×${v.nodes}`).join("; ")}`,
    );
  return result.length;
}

/** A pane catalogue's texts by message id, read from its source (the test runs without a TypeScript build). */
function catalogueOf(file) {
  const source = fs.readFileSync(path.join(ROOT, file), "utf8");
  const out = {};
  for (const m of source.matchAll(/^ {2}(\w+):\s*(?:\n\s*)?"((?:[^"\\]|\\.)*)"/gm))
    out[m[1]] = JSON.parse(`"${m[2]}"`);
  return out;
}
const CATALOGUES = {
  nl: { ...catalogueOf("src/taskpane/messages.ts"), ...catalogueOf("src/taskpane/messages-later.ts") },
  en: {
    ...catalogueOf("src/taskpane/messages-en.ts"),
    ...catalogueOf("src/taskpane/messages-later-en.ts"),
  },
};
/** A message's text without placeholders (for labels: only ids without `{…}` are used as such). */
const T = (locale, id) => {
  const text = CATALOGUES[locale][id];
  if (text === undefined) throw new Error(`no message ${id}`);
  return text;
};
/** The words (5 letters or more) of a text, placeholders and plural syntax left out. */
const wordsOf = (text) =>
  new Set(
    (
      text
        .replace(/\{\w+(, plural,)?/g, " ")
        .toLowerCase()
        .match(/\p{L}{5,}/gu) ?? []
    ).filter((w) => !["plural", "other"].includes(w)),
  );
const catalogueWords = (locale) => wordsOf(Object.values(CATALOGUES[locale]).join(" "));
/**
 * Every text the pane may show in a language: its catalogue, the rules' messages and names (built by
 * build:cli), and the nota's standard Dutch headings and labels, which stay Dutch in English as the document's
 * own words ("Aanleiding", "Informatie die niet openbaar gemaakt kan worden").
 */
function languageWords(locale) {
  const { RULES } = require(path.join(ROOT, "dist-cli/src/checks/rules"));
  const { RULE_NAMES } = require(path.join(ROOT, "dist-cli/src/checks/rule-names"));
  const { NOTA_SCHEMA } = require(path.join(ROOT, "dist-cli/src/nota/schema"));
  const texts = [...Object.values(CATALOGUES[locale])];
  for (const rule of RULES)
    texts.push(rule.meta.description[locale], ...Object.values(rule.meta.messages[locale]));
  for (const r of Object.values(RULE_NAMES)) texts.push(r.name[locale], r.why[locale]);
  for (const part of [...NOTA_SCHEMA.blocks, ...NOTA_SCHEMA.fields]) texts.push(part.label.nl);
  return wordsOf(texts.join(" "));
}
/** Words only the other language has: one of them in the pane's text is a fragment of that language. */
const otherOnly = (locale) => {
  const own = languageWords(locale);
  return [...languageWords(locale === "nl" ? "en" : "nl")].filter((w) => !own.has(w));
};

/**
 * What must never reach the pane's visible text: a rule id, a message id, a word from the other language's
 * catalogue (words the document itself holds are the document's, and stay). And nothing in the pane overlaps
 * anything else in it, nor reaches past its right edge.
 */
async function assertClean(page, locale, where) {
  const { RULE_IDS } = require(path.join(ROOT, "dist-cli/src/checks/rules"));
  const messageIds = Object.keys(CATALOGUES.nl).filter((id) => /[a-z][A-Z]/.test(id));
  const { text, documentText, overlaps } = await page.evaluate(() => {
    const pane = document.querySelector("[data-testid=pane]");
    const visible = (el) => {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && style.visibility !== "hidden" && style.opacity !== "0";
    };
    const atoms = [
      ...pane.querySelectorAll(
        "button, input, select, textarea, a, label, h1, h2, h3, p, [role=tab], .fui-Badge, .fui-Text, .fui-MessageBar",
      ),
    ].filter(visible);
    const name = (el) =>
      `${el.tagName.toLowerCase()} "${(el.labels?.[0]?.textContent || el.getAttribute("aria-label") || el.textContent || "").trim().slice(0, 30)}"`;
    const found = [];
    const edge = pane.getBoundingClientRect().left + pane.clientLeft + pane.clientWidth;
    for (let i = 0; i < atoms.length; i++) {
      const a = atoms[i].getBoundingClientRect();
      if (a.right > edge + 0.5)
        found.push(`${name(atoms[i])} ends ${Math.round(a.right - edge)} px past the edge`);
      for (let j = i + 1; j < atoms.length; j++) {
        if (atoms[i].contains(atoms[j]) || atoms[j].contains(atoms[i])) continue;
        const b = atoms[j].getBoundingClientRect();
        const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (x > 1 && y > 1)
          found.push(
            `${name(atoms[i])} and ${name(atoms[j])} overlap by ${Math.round(x)}×${Math.round(y)} px`,
          );
      }
    }
    return {
      text: pane.innerText,
      documentText: document.querySelector("[data-testid=document]").innerText,
      overlaps: found,
    };
  });
  const problems = [...overlaps, ...(await page.evaluate(clippedText, "[data-testid=pane]"))];
  // An id that is also a word of the pane's language ("afstemming") is read as that word.
  const words = catalogueWords(locale);
  for (const id of RULE_IDS.filter((id) => !words.has(id)))
    if (new RegExp(`\\b${id}\\b`).test(text)) problems.push(`rule id ${id} in the text`);
  for (const id of messageIds)
    if (new RegExp(`\\b${id}\\b`).test(text)) problems.push(`message id ${id} in the text`);
  const own = wordsOf(documentText);
  const shown = wordsOf(text);
  for (const w of otherOnly(locale))
    if (shown.has(w) && !own.has(w)) problems.push(`"${w}" from the other language's catalogue`);
  if (problems.length) throw new Error(`${where}: ${problems.slice(0, 10).join("; ")}`);
}

/**
 * Text the pane cuts off, measured in the page: a select whose chosen option is wider than the box that shows it
 * (Chromium clips a select's text without a sign), and an element that hides or ellipsises its own overflowing
 * text. The overlap and right-edge checks cannot see either: the box itself fits.
 */
function clippedText(paneSelector) {
  const pane = document.querySelector(paneSelector);
  const out = [];
  const canvas = document.createElement("canvas").getContext("2d");
  const px = (v) => parseFloat(v) || 0;
  const describe = (el) =>
    `${el.tagName.toLowerCase()} "${(el.labels?.[0]?.textContent || el.getAttribute("aria-label") || el.textContent || "").trim().slice(0, 40)}"`;
  for (const el of pane.querySelectorAll("*")) {
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    if (r.width === 0 || r.height === 0 || style.visibility === "hidden") continue;
    if (el.tagName === "SELECT") {
      const option = el.options[el.selectedIndex];
      if (!option) continue;
      canvas.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const needed = canvas.measureText(option.label || option.text).width;
      const room = el.clientWidth - px(style.paddingLeft) - px(style.paddingRight);
      if (needed > room + 1)
        out.push(
          `${describe(el)} cuts its choice "${option.text.slice(0, 40)}" off (${Math.round(needed)} px in ${Math.round(room)})`,
        );
      continue;
    }
    if (["INPUT", "TEXTAREA"].includes(el.tagName)) continue; // typed text scrolls inside its box
    const hides = ["hidden", "clip"].includes(style.overflowX) || style.textOverflow === "ellipsis";
    const ownText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
    if (hides && ownText && el.scrollWidth > el.clientWidth + 1)
      out.push(`${describe(el)} cuts its text off (${el.scrollWidth} px in ${el.clientWidth})`);
  }
  return out;
}

/** The document as the person sees it (text and comments): what a second click must leave as it is. */
const documentState = (page) =>
  page.evaluate(() => document.querySelector("[data-testid=document]").innerText);

/**
 * Clicks an action, waits for its outcome, then clicks it again where it can still be clicked, and holds the
 * document to what the first click made. The wait after the second click is the pane's re-check delay (800 ms)
 * and a little: a change would have shown by then.
 */
async function twice(page, button, outcome) {
  await button.click();
  await outcome();
  const first = await documentState(page);
  if ((await button.count()) && (await button.isVisible()) && (await button.isEnabled())) {
    await button.click();
    await page.waitForTimeout(1200);
  }
  const second = await documentState(page);
  if (second !== first) throw new Error("a second click changed the document again");
}

/** A .docx of `n` paragraphs (some about emancipation), made here: no binary fixture in git. */
/**
 * A letter of `n` paragraphs, a passage on emancipation every 5,000; `verbose`: in Word's own markup (revision ids,
 * spacing, fonts, language on every paragraph and run), which takes several times longer to read than bare text.
 */
function largeLetter(n, verbose = false) {
  const { zipSync, strToU8 } = require("fflate");
  const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  const paragraphs = [];
  for (let i = 0; i < n; i++) {
    const text =
      i % 5000 === 0 ? "De positie van vrouwen en lhbti-personen verbetert." : `Alinea ${i} van de brief.`;
    paragraphs.push(
      verbose
        ? `<w:p w:rsidR="00A1B2C3" w:rsidRDefault="00A1B2C3" w:rsidP="00D4E5F6"><w:pPr><w:spacing w:after="0" w:line="276" w:lineRule="auto"/><w:rPr><w:lang w:val="nl-NL"/></w:rPr></w:pPr><w:r w:rsidRPr="00D4E5F6"><w:rPr><w:rFonts w:ascii="Verdana" w:hAnsi="Verdana" w:cs="Arial"/><w:sz w:val="18"/><w:szCs w:val="18"/><w:lang w:val="nl-NL"/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`
        : `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`,
    );
  }
  return zipSync({
    "[Content_Types].xml": strToU8(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    "_rels/.rels": strToU8(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    "word/document.xml": strToU8(
      `<w:document xmlns:w="${W}"><w:body>${paragraphs.join("")}</w:body></w:document>`,
    ),
  });
}

async function main() {
  if (!process.env.E2E_SKIP_BUILD) {
    execSync("npx webpack --mode development --env out=dist-preview", { cwd: ROOT, stdio: "inherit" });
    execSync("npm run build:cli", { cwd: ROOT, stdio: "inherit" });
  }
  fs.mkdirSync(RESULTS, { recursive: true });
  const server = await serve(DIST);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
      "--disable-gpu",
      "--disable-quic",
    ],
  });
  const outside = [];
  const results = [];
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  context.setDefaultTimeout(TIMEOUT);
  /** Lets a request to this machine (or a data: or blob: URL) through; anything else is recorded and refused. */
  const keepLocal = (route) => {
    const url = new URL(route.request().url());
    if (
      url.protocol === "data:" ||
      url.protocol === "blob:" ||
      ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname)
    )
      return route.continue();
    outside.push(url.href);
    return route.abort();
  };
  await context.route("**/*", keepLocal);
  const pageErrors = [];
  const open = async (query) => {
    const page = await context.newPage();
    page.on("pageerror", (err) => pageErrors.push(`${query}: ${err.message}`));
    await page.goto(`${base}/preview.html?${query}`);
    await page.getByTestId("pane").getByRole("tablist").waitFor();
    return page;
  };
  const step = async (name, fn) => {
    // E2E_ONLY=text runs only the steps whose name holds it (while working on one of them).
    if (process.env.E2E_ONLY && !name.includes(process.env.E2E_ONLY)) return;
    const started = Date.now();
    try {
      await fn();
      results.push({ name, ok: true });
      console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
    } catch (err) {
      results.push({ name, ok: false });
      console.log(`  ✗ ${name}\n      ${String(err.message).split("\n").slice(0, 6).join("\n      ")}`);
    }
  };

  await step("drafter: insert the template, fill the header, see the block guide go green", async () => {
    const page = await open("doc=empty&tab=opstellen");
    const pane = page.getByTestId("pane");
    await pane.getByRole("button", { name: "Nota invoegen" }).click();
    const form = pane.getByRole("form", { name: "Kopgegevens" });
    await form.waitFor();
    await form.getByLabel("Doel").selectOption("TER ONDERTEKENING");
    await form.getByLabel("Aan", { exact: true }).fill("MOCW");
    await form.getByLabel("Via (optioneel)").fill("SOCW");
    await form.getByLabel("Datum").fill("2024-11-26");
    await form.getByLabel("Referentie").fill("49235295");
    await form.getByLabel("Bijlage 1", { exact: true }).fill("Kamerbrief");
    await form.getByRole("button", { name: "Opslaan" }).click();
    await pane.getByText("Opgeslagen").waitFor();
    const doc = page.getByTestId("document");
    await doc.getByText("MOCW (via SOCW)").waitFor();
    await doc.getByText("26 november 2024").waitFor();
    // The author writes in the Aanleiding block: the guide turns green by itself (paragraph events).
    const item = pane.locator("li[data-block=aanleiding]");
    await item.getByText("leeg").waitFor();
    const body = doc.locator("div:has(> div:text-is('nota:block:aanleiding')) > p");
    await body.click();
    await page.keyboard.press("Control+A");
    await page.keyboard.type("De Kamer vroeg om een reactie op de monitor.");
    await doc.getByText("nota:title").click(); // leave the paragraph
    await item.getByText("ingevuld").waitFor();
    await item.getByText("9 woorden").waitFor();
  });

  await step("coordinator: adopt the example nota, then change its Datum in the form, in place", async () => {
    const page = await open("doc=example-nota.docx&tab=opstellen");
    const pane = page.getByTestId("pane");
    const doc = page.getByTestId("document");
    const before = await doc.locator("p").allInnerTexts();
    await pane.getByRole("button", { name: "Nota koppelen" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText("Informatie die niet openbaar gemaakt kan worden").waitFor();
    await dialog.getByRole("button", { name: "Koppelen" }).click();
    await pane.getByText("12 onderdelen gekoppeld.").waitFor();
    await doc.getByText("nota:field:datum").waitFor();
    const adopted = await doc.locator("p").allInnerTexts();
    if (JSON.stringify(adopted) !== JSON.stringify(before)) throw new Error("adopting changed the text");
    const form = pane.getByRole("form", { name: "Kopgegevens" });
    await form.getByLabel("Datum").fill("2024-11-28");
    await form.getByRole("button", { name: "Opslaan" }).click();
    await pane.getByText("Opgeslagen").waitFor();
    await doc.getByText("28 november 2024").waitFor();
    const after = await doc.locator("p").allInnerTexts();
    const changed = after.filter((text, i) => text !== before[i]);
    if (after.length !== before.length || changed.length !== 1)
      throw new Error(`expected one paragraph changed in place, got ${JSON.stringify(changed)}`);
  });

  await step(
    "drafter: mark a phrase as not public, make the copy: it shows 5.1.2e where the phrase was",
    async () => {
      const page = await open("doc=example-nota.docx&tab=opstellen");
      const pane = page.getByTestId("pane");
      const doc = page.getByTestId("document");
      const phrase = "Tweede Kamer";
      const paragraph = doc.locator("p[data-paragraph]", { hasText: phrase }).first();
      // Select the phrase with the mouse's equivalent: a DOM selection inside the paragraph.
      await paragraph.evaluate((p, text) => {
        const node = [...p.childNodes].find((n) => n.nodeType === 3 && n.textContent.includes(text));
        const range = document.createRange();
        const at = node.textContent.indexOf(text);
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        const selection = document.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
      }, phrase);
      const section = pane.locator("section", {
        has: page.getByRole("heading", { name: "Openbaarmaking (Woo)" }),
      });
      await section.getByRole("button", { name: "Niet openbaar maken" }).click();
      await section.getByText("Gemarkeerd als niet openbaar (5.1.2e).").waitFor();
      await doc.locator("[data-woo='nota:woo:5.1.2e']", { hasText: phrase }).waitFor();
      await section.getByRole("button", { name: "Openbaarmakingsversie maken" }).click();
      await section.getByText(/De openbaarmakingsversie staat in een nieuw document/).waitFor();
      const copy = page.getByTestId("created-document");
      await copy.waitFor();
      const text = await copy.innerText();
      if (text.includes(phrase)) throw new Error("the copy still shows the marked phrase");
      if (!/5\.1\.2e/.test(text)) throw new Error("the copy does not show 5.1.2e");
      if (text.includes("Persoonsgegevens")) throw new Error("the copy still shows the Van field's value");
    },
  );

  await step(
    "reviewer: the missing sentence is found, clicked, inserted from the letter, and the finding clears",
    async () => {
      const page = await open("doc=example-nota-no-flag.docx&tab=controle");
      const pane = page.getByTestId("pane");
      const finding = pane.getByRole("button", { name: /De nota gaat via SOCW/ });
      await finding.click();
      await page.locator("[data-selected=true]", { hasText: "MOCW (via SOCW)" }).waitFor();
      await pane.getByTestId("letter-input").setInputFiles(path.join(ROOT, "test/fixtures/docx/letter.docx"));
      await pane.getByText("Brief: letter.docx").waitFor();
      await pane.getByText("4 passages op blz. 2, 6 en 7").waitFor();
      await pane.getByRole("button", { name: "Zin invoegen" }).click();
      await pane.getByText("De zin staat in de Aanleiding.").waitFor();
      await finding.waitFor({ state: "detached" });
      await page
        .getByTestId("document")
        .getByText(/worden gevonden op blz\. 2, 6 en 7/)
        .waitFor();
    },
  );

  await step(
    "reviewer: a large letter is read in a worker, with progress, and the pane stays responsive",
    async () => {
      const page = await open("doc=example-nota-no-flag.docx&tab=controle");
      const pane = page.getByTestId("pane");
      const workers = [];
      page.on("worker", (w) => workers.push(w.url()));
      const file = path.join(RESULTS, "grote-brief.docx");
      // Large enough that reading it lasts well past the 300 ms after which the pane shows progress, on a quiet
      // machine too (150,000 bare paragraphs did not: read in under 300 ms, no progress, a flaky step).
      fs.writeFileSync(file, largeLetter(200_000, true));
      const started = Date.now();
      await pane.getByTestId("letter-input").setInputFiles(file);
      await pane.getByTestId("letter-progress").waitFor();
      // While the worker reads, the page answers: a timer set now fires well within a frame or two.
      const lag = await page.evaluate(
        () =>
          new Promise((resolve) => {
            const t0 = performance.now();
            setTimeout(() => resolve(performance.now() - t0), 0);
          }),
      );
      if (lag > 100) throw new Error(`the pane's thread was busy for ${Math.round(lag)} ms while reading`);
      await pane.getByText("Brief: grote-brief.docx").waitFor({ timeout: 60_000 });
      await pane.getByTestId("letter-progress").waitFor({ state: "detached" });
      if (!workers.length) throw new Error("no worker was started");
      console.log(`      (the letter read in ${Date.now() - started} ms)`);
    },
  );

  await step("reviewer: a suggestion is shown before it is applied", async () => {
    const page = await open("doc=header-table-bold.docx&tab=controle");
    const pane = page.getByTestId("pane");
    const item = pane.locator("li", { has: page.getByRole("button", { name: /niet afgestemd met DE/ }) });
    await pane.getByTestId("letter-input").setInputFiles(path.join(ROOT, "test/fixtures/docx/letter.docx"));
    await item.getByRole("button", { name: "Voorstel bekijken" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText("DE toevoegen aan Intern afgestemd").waitFor();
    await dialog.getByRole("button", { name: "Toepassen" }).click();
    await page.getByTestId("document").getByText("FEZ, WJZ, XYZ, DE").waitFor();
  });

  await step("coordinator: record afstemming with the keyboard and read it back", async () => {
    const page = await open("doc=empty&tab=opstellen");
    const pane = page.getByTestId("pane");
    await pane.getByRole("button", { name: "Nota invoegen" }).click();
    await pane.getByRole("form", { name: "Kopgegevens" }).waitFor();
    // Keyboard only: into the tab list, arrows to Afstemming, Enter.
    await pane.getByRole("tab", { name: "Opstellen" }).focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    const internal = pane.getByRole("region", { name: "Intern afgestemd" });
    await internal.getByLabel("Naam").focus();
    const focusVisible = await page.evaluate(
      () => document.activeElement && document.activeElement.matches(":focus-visible"),
    );
    if (!focusVisible) throw new Error("the focused field shows no focus indicator");
    await page.keyboard.type("DE");
    await page.keyboard.press("Enter");
    await internal.getByLabel("Status").selectOption("akkoord");
    const external = pane.getByRole("region", { name: "Extern afgestemd" });
    await external.getByLabel("Naam").fill("MBO Raad");
    await external.getByLabel("Naam").press("Enter");
    await pane.getByRole("button", { name: "Afstemming opslaan" }).click();
    await pane.getByText("De afstemming is opgeslagen in het document.").waitFor();
    await pane.getByText("Intern afgestemd: DE (akkoord)").waitFor();
    await pane.getByText("Extern afgestemd: MBO Raad").waitFor();
    await pane.getByText("vastgelegd als gegevens en als tekst in de kop").waitFor();
    await page.getByTestId("document").getByText("DE (akkoord)").waitFor();
  });

  for (const theme of ["light", "dark"]) {
    for (const tab of ["opstellen", "controle", "afstemming"]) {
      await step(`screenshot and axe: ${tab}, ${theme}`, async () => {
        const page = await open(`doc=example-nota-no-flag.docx&tab=${tab}&theme=${theme}`);
        const pane = page.getByTestId("pane");
        if (tab === "controle") await pane.getByRole("button", { name: /De nota gaat via SOCW/ }).waitFor();
        else if (tab === "opstellen") await pane.getByRole("heading", { name: "Blokken" }).waitFor();
        else await pane.getByText("Nu in het document").waitFor();
        await page.screenshot({ path: path.join(RESULTS, `${tab}-${theme}.png`), fullPage: false });
        await pane.screenshot({ path: path.join(RESULTS, `pane-${tab}-${theme}.png`) });
        await axeCheck(page, `${tab} ${theme}`);
      });
    }
  }

  await step(
    "coordinator: the HTML report opens alone, passes axe, asks nothing from outside, prints",
    async () => {
      const fixtures = ["example-nota.docx", "example-nota-no-flag.docx", "header-table-bold.docx"].map((f) =>
        path.join(ROOT, "test/fixtures/docx", f),
      );
      const report = path.join(DIST, "rapport.html");
      const made = spawnSync(
        process.execPath,
        [
          "bin/nota.js",
          "check",
          ...fixtures,
          "--letter",
          path.join(ROOT, "test/fixtures/docx/letter.docx"),
        ].concat(["--format", "html", "--out", report, "--force"]),
        { cwd: ROOT, encoding: "utf8" },
      );
      // Exit 1: header-table-bold.docx has an error; the report is written all the same.
      if (made.status !== 1) throw new Error(`nota check ended with ${made.status}: ${made.stderr}`);
      const page = await context.newPage();
      const requests = [];
      page.on("request", (r) => requests.push(r.url()));
      page.on("pageerror", (err) => pageErrors.push(`report: ${err.message}`));
      await page.goto(`${base}/rapport.html`);
      await page.getByRole("heading", { name: "Controlerapport nota's" }).waitFor();
      await page.getByRole("img", { name: /Staafdiagram/ }).waitFor();
      const others = requests.filter((u) => u !== `${base}/rapport.html`);
      if (others.length) throw new Error(`the report asked for ${others.join(", ")}`);
      await page.screenshot({ path: path.join(RESULTS, "report.png"), fullPage: true });
      await axeCheck(page, "report", "body");
      await page.emulateMedia({ media: "print" });
      await page.pdf({ path: path.join(RESULTS, "report.pdf"), format: "A4" });
      await page.close();
    },
  );

  await step(
    "deployment: the example nginx configuration parses, and serves the CSP header and cache rules",
    async () => {
      const { nginxConfig, CSP } = require("../../deploy/policy");
      const dir = fs.mkdtempSync(path.join(require("os").tmpdir(), "nota-nginx-"));
      const root = path.join(dir, "root");
      fs.mkdirSync(root);
      fs.writeFileSync(path.join(root, "taskpane.html"), "<!doctype html><title>x</title>");
      fs.writeFileSync(path.join(root, "taskpane.0123abcd.js"), "void 0;");
      const pems = await require("selfsigned").generate([{ name: "commonName", value: "localhost" }], {
        days: 1,
      });
      fs.writeFileSync(`${dir}/key.pem`, pems.private);
      fs.writeFileSync(`${dir}/cert.pem`, pems.cert);
      const port = 20000 + Math.floor(Math.random() * 20000);
      const server = nginxConfig("localhost")
        .replace("listen 443 ssl http2;", `listen 127.0.0.1:${port} ssl http2;`)
        .replace(/ssl_certificate\s+\S+;/, `ssl_certificate ${dir}/cert.pem;`)
        .replace(/ssl_certificate_key\s+\S+;/, `ssl_certificate_key ${dir}/key.pem;`)
        .replace("root /srv/nota-assistent;", `root ${root};`);
      fs.writeFileSync(path.join(dir, "server.conf"), server);
      const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]
        .map((t) => `${t}_temp_path ${dir};`)
        .join(" ");
      fs.writeFileSync(
        path.join(dir, "nginx.conf"),
        `daemon off; pid ${dir}/nginx.pid; error_log ${dir}/error.log; events {} ` +
          `http { access_log off; ${temp} include ${dir}/server.conf; }`,
      );
      const test = spawnSync("nginx", ["-t", "-c", `${dir}/nginx.conf`, "-p", dir], { encoding: "utf8" });
      if (test.error) throw new Error("nginx is not installed: apt-get install nginx-light");
      if (test.status !== 0) throw new Error(`nginx -t: ${test.stderr}`);
      const nginx = require("child_process").spawn("nginx", ["-c", `${dir}/nginx.conf`, "-p", dir], {
        stdio: "ignore",
      });
      try {
        const headersOf = async (file) => {
          for (let i = 0; i < 50; i++) {
            const got = await new Promise((resolve) =>
              require("https")
                .get({ host: "127.0.0.1", port, path: file, rejectUnauthorized: false }, (res) => {
                  res.resume();
                  resolve(res.headers);
                })
                .on("error", () => resolve(undefined)),
            );
            if (got) return got;
            await new Promise((r) => setTimeout(r, 100));
          }
          throw new Error("nginx did not answer");
        };
        const page = await headersOf("/taskpane.html");
        const script = await headersOf("/taskpane.0123abcd.js");
        if (page["content-security-policy"] !== CSP)
          throw new Error(`page CSP: ${page["content-security-policy"]}`);
        if (page["cache-control"] !== "no-store") throw new Error(`page cache: ${page["cache-control"]}`);
        if (script["cache-control"] !== "public, max-age=31536000, immutable")
          throw new Error(`script cache: ${script["cache-control"]}`);
        if (script["content-security-policy"] !== CSP) throw new Error("the script lacks the CSP header");
      } finally {
        nginx.kill();
      }
    },
  );

  /** Drops a file on the preview as a person would (a native drop event carrying the file). */
  const drop = (page, name, bytes) =>
    page.evaluate(
      ({ name, base64 }) => {
        const data = Uint8Array.from(globalThis.atob(base64), (c) => c.charCodeAt(0));
        const transfer = new globalThis.DataTransfer();
        transfer.items.add(new globalThis.File([data], name));
        document
          .querySelector("[data-testid=document]")
          .dispatchEvent(
            new globalThis.DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }),
          );
      },
      { name, base64: Buffer.from(bytes).toString("base64") },
    );

  await step(
    "preview: a bulleted paragraph clicked into and out keeps its text; a mark made after lands on its words",
    async () => {
      const page = await open("doc=example-nota.docx&tab=opstellen");
      const doc = page.getByTestId("document");
      const bullet = doc.locator("p[data-prefix]").first();
      const before = await bullet.textContent();
      await bullet.click();
      await page.getByRole("banner").click(); // leave the paragraph
      await page.waitForTimeout(1000); // the pane's re-check, had the text changed
      if ((await bullet.textContent()) !== before)
        throw new Error(`the paragraph changed: ${await bullet.textContent()}`);
      if (before.startsWith("•")) throw new Error("the bullet is part of the paragraph's text");
      const words = before.split(" ").slice(1, 3).join(" ");
      await bullet.evaluate((p, text) => {
        const node = [...p.childNodes].find((n) => n.nodeType === 3 && n.textContent.includes(text));
        const range = document.createRange();
        const at = node.textContent.indexOf(text);
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        document.getSelection().removeAllRanges();
        document.getSelection().addRange(range);
      }, words);
      await page.getByTestId("pane").getByRole("button", { name: "Niet openbaar maken" }).click();
      const mark = doc.locator("[data-woo]").first();
      await mark.waitFor();
      if ((await mark.textContent()) !== words)
        throw new Error(`the mark holds "${await mark.textContent()}", not "${words}"`);
      await page.close();
    },
  );

  await step("preview: typing in a paragraph right after leaving another loses nothing", async () => {
    const page = await open("doc=example-nota.docx&tab=controle");
    const doc = page.getByTestId("document");
    const paragraphs = doc.locator("p[data-paragraph]");
    const a = paragraphs.nth(12);
    const b = paragraphs.nth(14);
    await a.click();
    await page.keyboard.press("End");
    await page.keyboard.type(" en meer");
    await b.click();
    await page.keyboard.press("Home");
    await page.keyboard.type("Eerst ");
    await page.getByRole("banner").click(); // leave the paragraph
    await page.waitForTimeout(1200); // the pane's re-check after both edits
    if (!(await b.textContent()).startsWith("Eerst ")) throw new Error(`lost: ${await b.textContent()}`);
    if (!(await a.textContent()).endsWith(" en meer")) throw new Error(`lost: ${await a.textContent()}`);
    await page.close();
  });

  await step(
    "preview: the pane reaches the document through Microsoft's library; with ?word=library alone it degrades",
    async () => {
      // Routed (the default): reading and editing are requests of Microsoft's library (test/preview/document.ts).
      const page = await open("doc=example-nota.docx&tab=opstellen");
      await page.getByTestId("pane").getByRole("button", { name: "Nota koppelen" }).waitFor();
      const sent = await page.evaluate(() => globalThis.notaLibraryTraffic.length);
      if (!sent) throw new Error("no request went through Microsoft's library");
      await page.close();
      // Library alone: no custom XML parts in the npm library, so the afstemming form says it keeps text only.
      const alone = await open("doc=example-nota.docx&tab=afstemming&word=library");
      await alone.getByTestId("pane").getByText(T("nl", "recordUnsupported")).waitFor();
      if (!(await alone.evaluate(() => globalThis.notaLibraryTraffic.length)))
        throw new Error("no request went through Microsoft's library");
      await alone.close();
    },
  );

  await step(
    "preview: a dropped letter asks before it replaces the nota; 20,000 paragraphs do not freeze the page",
    async () => {
      const page = await open("doc=example-nota.docx&tab=controle");
      const before = await documentState(page);
      await drop(page, "brief.docx", largeLetter(20_000));
      await page.getByText(/lijkt geen nota/).waitFor();
      if ((await documentState(page)) !== before) throw new Error("the nota was replaced without asking");
      await page.getByRole("button", { name: "De nota houden" }).click();
      if ((await documentState(page)) !== before) throw new Error("keeping the nota changed it");
      await drop(page, "brief.docx", largeLetter(20_000));
      await page.getByRole("button", { name: "Toch als document openen" }).click();
      // While the paragraphs are drawn the page answers: the longest gap between animation frames stays short.
      const longest = await page.evaluate(
        () =>
          new Promise((resolve) => {
            let last = performance.now();
            let worst = 0;
            const started = last;
            const tick = (now) => {
              worst = Math.max(worst, now - last);
              last = now;
              if (now - started < 3000) globalThis.requestAnimationFrame(tick);
              else resolve(worst);
            };
            globalThis.requestAnimationFrame(tick);
          }),
      );
      await page.getByText(/Geladen: brief\.docx \(20\.000 alinea's\)/).waitFor();
      await page
        .getByTestId("document")
        .locator("p[data-paragraph='19999']")
        .waitFor({ state: "attached", timeout: 60_000 });
      console.log(`      longest frame while drawing 20,000 paragraphs: ${Math.round(longest)} ms`);
      if (longest > 1500) throw new Error(`the page froze for ${Math.round(longest)} ms`);
      await page.close();
    },
  );

  // The three people's paths at 320 px and wide, light and dark, Dutch and English: each step's outcome, a second
  // click that changes nothing more, and the clean-text and no-overlap assertions; a screenshot of each.
  for (const width of [320, 720])
    for (const theme of ["light", "dark"])
      for (const locale of ["nl", "en"]) {
        const L = (id) => T(locale, id);
        const label = `${width} px, ${theme}, ${locale}`;
        const at = async (query) => {
          const page = await open(`${query}&theme=${theme}&lang=${locale}`);
          await page.evaluate((w) => {
            document.querySelector("[data-testid=pane]").style.width = `${w}px`;
          }, width);
          return page;
        };
        const shot = (page, name) =>
          page
            .getByTestId("pane")
            .screenshot({ path: path.join(RESULTS, `path-${name}-${width}-${theme}-${locale}.png`) });

        await step(`drafter's path (${label})`, async () => {
          const page = await at("doc=empty&tab=opstellen");
          const pane = page.getByTestId("pane");
          await pane.getByText(L("startEmpty")).waitFor();
          // One clear next step: one button in the tab, no block guide with "ontbreekt" and "Blok toevoegen".
          const buttons = await pane.locator("main button").count();
          if (buttons !== 1)
            throw new Error(`the empty document shows ${buttons} buttons, not only 'Nota invoegen'`);
          if (await pane.getByText(L("statusMissing"), { exact: true }).count())
            throw new Error("an empty document shows 'ontbreekt' badges");
          await assertClean(page, locale, "empty document");
          await shot(page, "drafter-start");
          await pane.getByRole("button", { name: L("insertNota") }).click();
          const form = pane.getByRole("form", { name: L("header") });
          await form.waitFor();
          await page.waitForFunction(() => document.activeElement?.id === "nota-field-purpose");
          // A second "Nota invoegen" asks where (the document is no longer empty); cancelled, nothing changes.
          const before = await documentState(page);
          await pane.getByRole("button", { name: L("insertNota") }).click();
          await page
            .getByRole("dialog")
            .getByRole("button", { name: L("cancel") })
            .click();
          if ((await documentState(page)) !== before)
            throw new Error("a second 'Nota invoegen' changed the document");
          await form.getByLabel(L("aan"), { exact: true }).fill("MOCW");
          await form.getByLabel(L("datum")).fill("2024-11-26");
          await form.getByLabel(L("referentie")).fill("49235295");
          await twice(page, form.getByRole("button", { name: L("save") }), () =>
            page.getByTestId("document").getByText("26 november 2024").waitFor(),
          );
          await pane.getByText(L("saved")).waitFor();
          await assertClean(page, locale, "after saving the header");
          await shot(page, "drafter-filled");
          await page.close();
        });

        await step(`reviewer's path (${label})`, async () => {
          const page = await at("doc=header-table-bold.docx&tab=controle");
          const pane = page.getByTestId("pane");
          await pane.getByText(L("notReadyTitle")).waitFor();
          await pane.getByRole("button", { name: L("nextFinding") }).click();
          await pane.locator("#finding-0:focus").waitFor();
          const why = pane
            .locator("#finding-0")
            .getByRole("button", { name: new RegExp(`^${L("ruleWhyLabel").split("{")[0]}`) });
          await why.click();
          await pane.locator("#finding-0-why").waitFor();
          const fixAll = pane.getByRole("button", { name: new RegExp(`^${L("fixAll").split(":")[0]}`) });
          await twice(page, fixAll, () => fixAll.waitFor({ state: "detached" }));
          // "Negeren" with a reason: the finding leaves the list and the record says so; its card is gone, so a
          // second click has nothing left to do.
          const cards = await pane.locator("li[data-rule]").count();
          const first = pane.locator("li[data-rule]").first();
          await first.getByRole("button", { name: new RegExp(`^${L("ignoreLabel").split("{")[0]}`) }).click();
          await first.getByLabel(L("ignoreReason")).fill("besproken");
          await first.getByRole("button", { name: L("ignoreConfirm") }).click();
          await pane.getByText(/1 (bevinding genegeerd|finding ignored)/).waitFor();
          if ((await pane.locator("li[data-rule]").count()) !== cards - 1)
            throw new Error("the ignored finding stayed");
          const place = pane.getByRole("button", { name: L("addComments") });
          const remove = pane.getByRole("button", { name: L("removeComments") });
          if (await remove.isEnabled())
            throw new Error("'Opmerkingen verwijderen' is enabled before there is a comment of ours");
          await place.click();
          await pane.getByText(/(opmerkingen|comments?) (geplaatst|added)/i).waitFor();
          const comments = await page.getByTestId("document").getByRole("note").count();
          await place.click();
          await page.waitForTimeout(1200);
          if ((await page.getByTestId("document").getByRole("note").count()) !== comments)
            throw new Error("placing the comments twice doubled them");
          await remove.click();
          await page.getByTestId("document").getByRole("note").first().waitFor({ state: "detached" });
          if (await remove.isEnabled())
            throw new Error("'Opmerkingen verwijderen' is enabled with none left");
          await assertClean(page, locale, "the checklist");
          await shot(page, "reviewer");
          await page.close();
        });

        await step(`coordinator's path (${label})`, async () => {
          const page = await at("doc=example-nota.docx&tab=afstemming");
          const pane = page.getByTestId("pane");
          const internal = pane.getByRole("region", { name: L("internal") });
          await internal.getByLabel(L("partyName")).fill("FEZ");
          await internal.getByRole("button", { name: L("addParty") }).click();
          const external = pane.getByRole("region", { name: L("external") });
          await external.getByLabel(L("partyName")).fill("MBO Raad");
          await external.getByLabel(L("partyName")).press("Enter");
          await assertClean(page, locale, "the afstemming form");
          await twice(page, pane.getByRole("button", { name: L("saveAfstemming") }), () =>
            pane.getByText(L("afstemmingSaved")).waitFor(),
          );
          // The nota had no Extern field: the header now has one (a row or a line, in the nota's own layout), and the
          // pane reads the party back from it.
          await page
            .getByTestId("document")
            .getByText(/^Extern afgestemd/)
            .first()
            .waitFor();
          await pane.getByText(`${L("external")}: MBO Raad`).waitFor();
          await assertClean(page, locale, "after saving the afstemming");
          await shot(page, "coordinator");
          await page.close();
        });
      }

  for (const width of [320, 340]) {
    await step(
      `narrow pane (${width} px): nothing reaches past the pane's right edge or is cut off, on every tab`,
      async () => {
        const overflowing = [];
        for (const tab of ["opstellen", "controle", "afstemming"]) {
          const page = await open(`doc=header-table-bold.docx&tab=${tab}`);
          const pane = page.getByTestId("pane");
          // Every lazily loaded part of the tab in place before measuring.
          if (tab === "opstellen")
            await pane.getByRole("heading", { name: "Openbaarmaking (Woo)" }).waitFor();
          else if (tab === "controle") await pane.getByRole("heading", { name: "Emancipatie" }).waitFor();
          else await pane.getByText("Nu in het document").waitFor();
          const found = await page.evaluate((w) => {
            const pane = document.querySelector("[data-testid=pane]");
            pane.style.width = `${w}px`;
            const edge = pane.getBoundingClientRect().left + pane.clientLeft + pane.clientWidth;
            const out = [];
            for (const el of pane.querySelectorAll("*")) {
              const r = el.getBoundingClientRect();
              if (r.width > 0 && r.right > edge + 0.5 && getComputedStyle(el).visibility !== "hidden")
                out.push(
                  `${el.tagName.toLowerCase()} "${(el.labels?.[0]?.textContent || el.getAttribute("aria-label") || el.textContent || el.parentElement?.textContent || "").trim().slice(0, 40)}" ends at ${Math.round(r.right - edge)} px past the edge`,
                );
            }
            if (pane.scrollWidth > pane.clientWidth)
              out.push(`the pane scrolls sideways (${pane.scrollWidth} > ${pane.clientWidth})`);
            return out;
          }, width);
          overflowing.push(...found.map((f) => `${tab}: ${f}`));
          const clipped = await page.evaluate(clippedText, "[data-testid=pane]");
          overflowing.push(...clipped.map((f) => `${tab}: ${f}`));
          await page.close();
        }
        if (overflowing.length) throw new Error(overflowing.slice(0, 8).join("\n"));
      },
    );
  }

  // The production pane (dist/, as `npm run build` makes it, under its Content-Security-Policy) with a stand-in for
  // Microsoft's office.js whose Word.run fails: the preview above is a development build, so only this shows that
  // the first load, the tabs' chunks, the Word layer's chunk and the English catalogues load in production. Word's
  // failure is then said in the pane's error bar, beside the tab's own content.
  await step(
    "production build: each tab's chunks and the English catalogues load under the CSP",
    async () => {
      // Built again, as the preview is, unless told it is fresh (E2E_SKIP_BUILD; .ci/run builds it just before).
      if (!process.env.E2E_SKIP_BUILD && !process.env.E2E_PRODUCTION_BUILT)
        execSync("npm run build", { cwd: ROOT, stdio: "inherit" });
      const server = await serve(PRODUCTION);
      const origin = `http://127.0.0.1:${server.address().port}`;
      const production = await browser.newContext({ viewport: { width: 400, height: 900 } });
      production.setDefaultTimeout(TIMEOUT);
      const problems = [];
      try {
        for (const c of PRODUCTION_CASES) {
          const page = await production.newPage();
          page.on("pageerror", (err) => problems.push(`${c.lang} ${c.tab}: ${err.message}`));
          // The pane's own logging starts with its name (here: Word's stand-in failing); anything else — a refused
          // script, a chunk that did not load — is a problem.
          page.on("console", (m) => {
            if (m.type() === "error" && !m.text().startsWith("Nota-assistent:"))
              problems.push(`${c.lang} ${c.tab}: ${m.text().split("\n")[0]}`);
          });
          await page.route("**/*", (route) =>
            route.request().url() === OFFICE_CDN
              ? route.fulfill({ contentType: "text/javascript", body: officeStandIn(c.lang) })
              : keepLocal(route),
          );
          await page.goto(`${origin}/taskpane.html?tab=${c.tab}`);
          for (const name of c.tabs) await page.getByRole("tab", { name }).waitFor();
          await page.getByRole("alert").getByText(c.failure).waitFor();
          await page.getByText(c.shows).first().waitFor();
          await page.getByRole("tab", { name: c.then.tab }).click();
          await page.getByText(c.then.shows).first().waitFor();
          await page.close();
        }
      } finally {
        await production.close();
        server.close();
      }
      if (problems.length) throw new Error(problems.join("\n"));
    },
  );

  await step("no request left localhost", async () => {
    if (outside.length) throw new Error(`requests outside localhost: ${[...new Set(outside)].join(", ")}`);
  });
  await step("no uncaught error in the page", async () => {
    if (pageErrors.length) throw new Error(pageErrors.join("\n"));
  });

  await browser.close();
  server.close();
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

main().catch((err) => {
  console.error(`e2e: could not run: ${err.message}`);
  process.exitCode = 2;
});
