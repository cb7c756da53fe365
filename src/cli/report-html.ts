/**
 * The coordinators' report (`nota check … --format html --out rapport.html`): one self-contained page — inline
 * styles, no script, a Content-Security-Policy that allows no request at all — with a table of notas × rules, the
 * emancipation status per nota, a chart of findings per rule, and every finding with its place. Readable at a
 * glance (status in words and symbols, not colour alone) and printable. Pure: text in, text out.
 */
import { own } from "../checks/own";
import { escapeXml } from "../nota/xml-escape";
import type { Profile } from "../checks/profile";
import { RULES } from "../checks/rules";
import { SEVERITIES, type Finding, type Severity } from "../checks/types";
import { catalogue, translator, type Locale } from "../i18n";
import { passagePages, type Passage } from "../nota/emancipation";
import { formatPageReferences } from "../nota/pages";
import type { Nota } from "../nota/parser";
import type { DocumentSnapshot } from "../nota/snapshot";
import { ENGINE_MESSAGES, summarize } from "../checks/engine";
import { placeParts } from "./place";
import { ruleName } from "../checks/rule-names";
import type { Suppression } from "../checks/suppressions";

export const REPORT_MESSAGES = catalogue(
  {
    title: "Controlerapport nota's",
    subtitle:
      "{date} · {n, plural, one {# nota} other {# nota's}}{notANota, plural, =0 {} other { · # geen nota}} · {profile}",
    profileChosen: "profiel {name}",
    profileInferred: "profiel per nota afgeleid: {names}",
    notANota: "geen nota",
    accepted: "Geaccepteerd (niet meegeteld)",
    acceptedBy: "door {by}",
    acceptedAt: "op {at}",
    acceptedAll: "regel uit voor dit document",
    notApplicable: "n.v.t. (geen emancipatieregel in dit profiel)",
    overview: "Overzicht: nota's en regels",
    nota: "Nota",
    total: "Totaal",
    ok: "in orde",
    off: "uit",
    unusable: "niet te gebruiken",
    emancipation: "Emancipatie",
    via: "Via {official}",
    flagged: "Passages gemeld in de nota",
    pagesMatch: "Pagina's kloppen met de brief",
    yes: "ja",
    no: "nee",
    noLetter: "geen brief gegeven",
    notNeeded: "niet nodig (geen passages)",
    pagesDiffer: "nee: brief {letter}, nota {nota}",
    chart: "Bevindingen per regel",
    chartLabel: "Staafdiagram: aantal bevindingen per regel, alle nota's samen",
    findings: "Bevindingen per nota",
    none: "Geen bevindingen.",
    error: "fout",
    warning: "waarschuwing",
    info: "opmerking",
    generated: "Gemaakt met de Nota-assistent ({command}).",
  },
  {
    title: "Nota check report",
    subtitle:
      "{date} · {n, plural, one {# nota} other {# notas}}{notANota, plural, =0 {} other { · # not a nota}} · {profile}",
    profileChosen: "profile {name}",
    profileInferred: "profile inferred per nota: {names}",
    notANota: "not a nota",
    accepted: "Accepted (not counted)",
    acceptedBy: "by {by}",
    acceptedAt: "on {at}",
    acceptedAll: "rule off for this document",
    notApplicable: "n/a (no emancipation rule in this profile)",
    overview: "Overview: notas and rules",
    nota: "Nota",
    total: "Total",
    ok: "fine",
    off: "off",
    unusable: "cannot be used",
    emancipation: "Emancipation",
    via: "Via {official}",
    flagged: "Passages flagged in the nota",
    pagesMatch: "Pages match the letter",
    yes: "yes",
    no: "no",
    noLetter: "no letter given",
    notNeeded: "not needed (no passages)",
    pagesDiffer: "no: letter {letter}, nota {nota}",
    chart: "Findings per rule",
    chartLabel: "Bar chart: number of findings per rule, all notas together",
    findings: "Findings per nota",
    none: "No findings.",
    error: "error",
    warning: "warning",
    info: "note",
    generated: "Made with the Nota assistant ({command}).",
  },
);

export interface ReportEntry {
  file: string;
  /** The checked nota, or why the file could not be used. */
  checked?: {
    nota: Nota;
    findings: Finding[];
    snapshot: DocumentSnapshot;
    /** The profile this nota was checked with, and the sentence saying why (chosen, inferred, default). */
    profile?: Profile;
    profileSentence?: string;
    /** No nota: counted apart, one sentence. */
    notANota?: boolean;
    /** Findings the document's suppressions accepted. */
    suppressed?: { finding: Finding; suppression: Suppression }[];
  };
  error?: string;
}

export interface ReportOptions {
  locale: Locale;
  profile: Profile;
  /** The profile was chosen (--profile) for every nota; otherwise each nota's own is shown. */
  profileChosen?: boolean;
  /** The letter's passages, when a letter was given. */
  letterPassages?: Passage[];
  /** The nota's own passages per file (the emancipation helper's search of the nota itself). */
  notaPassages?: (entry: ReportEntry) => Passage[];
  date: Date;
  command: string;
}

/** HTML text and attribute values: the one XML escaping serves (&apos; is HTML too). */
// eslint-disable-next-line no-control-regex -- control characters are what this matches
const UNPRINTABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/**
 * Text for the page: XML-escaped, and the controls HTML has no place for (C0 but tab and line breaks, DEL, the C1
 * range U+0080–U+009F, which a numeric reference would even turn into Windows-1252 letters) shown as \uXXXX.
 */
const escapeHtml = (text: string) =>
  escapeXml(text).replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

const SYMBOL: Record<Severity, string> = { error: "✖", warning: "▲", info: "●" };

const STYLE = `
:root { color-scheme: light; --error: #b10e1c; --warning: #8a5300; --info: #0f548c; --ok: #0e700e; --line: #d1d1d1; }
* { box-sizing: border-box; }
body { font: 14px/1.45 "Segoe UI", system-ui, sans-serif; color: #242424; margin: 0 auto; max-width: 1100px; padding: 24px; }
h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 17px; margin: 28px 0 8px; } h3 { font-size: 15px; margin: 18px 0 6px; }
.sub { color: #616161; margin: 0; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; }
thead th { background: #f5f5f5; font-weight: 600; }
th[scope=col] { font-size: 12px; }
td.error { color: var(--error); font-weight: 600; } td.warning { color: var(--warning); } td.info { color: var(--info); }
td.ok { color: var(--ok); } td.off { color: #707070; }
.overview { overflow-x: auto; }
/* The matrix fits its column: fixed columns, the nota's name wider, words wrap; nothing needs sideways scrolling. */
table.matrix { table-layout: fixed; }
table.matrix th, table.matrix td { overflow-wrap: break-word; hyphens: auto; }
table.matrix thead th[scope=col] { font-size: 11px; }
table.matrix th[scope=row] { width: 16%; font-weight: 600; }
table.matrix th[scope=col], table.matrix td { font-size: 12px; }
table.matrix th[scope=col]:first-child { width: 16%; }
ul.findings { padding-left: 0; list-style: none; margin: 0; }
ul.findings li { padding: 3px 0; border-bottom: 1px solid #eee; }
.sev { display: inline-block; min-width: 7.5em; font-weight: 600; }
.sev.error { color: var(--error); } .sev.warning { color: var(--warning); } .sev.info { color: var(--info); }
.place, .rule { color: #616161; font-size: 12px; }
.unusable { color: var(--error); }
footer { margin-top: 32px; color: #707070; font-size: 12px; }
@page { size: A4 landscape; margin: 12mm; }
@media print {
  body { padding: 0; max-width: none; font-size: 11px; }
  h2 { break-after: avoid; } section.nota { break-inside: avoid; }
  .overview { overflow: visible; }
}
`;

/**
 * A file's name as the report shows it: relative to the folder all files share (the full path stays in its
 * title), so that a row is "2024/nota-12.docx", not a path across the table.
 */
export function shortNames(files: readonly string[]): (file: string) => string {
  const split = (f: string) => f.split(/[\\/]/);
  const parts = files.map(split);
  let common = 0;
  if (parts.length)
    while (
      common < Math.min(...parts.map((p) => p.length - 1)) &&
      parts.every((p) => p[common] === parts[0][common])
    )
      common++;
  return (file) => split(file).slice(common).join("/");
}

/** The whole report as one HTML page. */
export function htmlReport(entries: readonly ReportEntry[], o: ReportOptions): string {
  const t = translator(REPORT_MESSAGES, o.locale);
  const rules = RULES.map((r) => r.meta);
  const date = o.date.toLocaleDateString(o.locale === "nl" ? "nl-NL" : "en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
  });
  const severityWord = (s: Severity) => t(s);
  const shown = shortNames(entries.map((e) => e.file));
  const notANota = entries.filter((e) => e.checked?.notANota).length;
  const used = [
    ...new Set(
      entries.flatMap((e) => (e.checked && !e.checked.notANota ? [e.checked.profile ?? o.profile] : [])),
    ),
  ];
  const profileLine =
    o.profileChosen || !used.length
      ? t("profileChosen", { name: o.profile.name || o.profile.id })
      : t("profileInferred", { names: used.map((p) => p.name || p.id).join(", ") });

  // Table: notas × rules.
  const head = `<tr><th scope="col">${t("nota")}</th>${rules
    .map(
      (r) =>
        `<th scope="col" data-rule="${r.id}"><abbr title="${escapeHtml(r.description[o.locale])}">${escapeHtml(ruleName(r.id, o.locale))}</abbr></th>`,
    )
    .join("")}<th scope="col">${t("total")}</th></tr>`;
  const rows = entries.map((e) => {
    const name = `<th scope="row" title="${escapeHtml(e.file)}">${escapeHtml(shown(e.file))}</th>`;
    if (!e.checked)
      return `<tr>${name}<td class="error" colspan="${rules.length + 1}">${t("unusable")}: ${escapeHtml(e.error ?? "")}</td></tr>`;
    if (e.checked.notANota)
      return `<tr>${name}<td class="off" colspan="${rules.length + 1}">${t("notANota")}</td></tr>`;
    const profile = e.checked.profile ?? o.profile;
    const cells = rules.map((r) => {
      if (own(profile.severities, r.id) === "off") return `<td class="off">${t("off")}</td>`;
      const mine = e.checked!.findings.filter((f) => f.ruleId === r.id);
      const worst = SEVERITIES.find((s) => mine.some((f) => f.severity === s));
      if (!worst) return `<td class="ok"><span aria-hidden="true">✔</span> ${t("ok")}</td>`;
      return `<td class="${worst}"><span aria-hidden="true">${SYMBOL[worst]}</span> ${summarize(mine, o.locale)}</td>`;
    });
    const total = summarize(e.checked.findings, o.locale);
    return `<tr>${name}${cells.join("")}<td>${escapeHtml(total)}</td></tr>`;
  });

  // Emancipation status per nota.
  const official = o.profile.emancipation.official;
  const letterPages = o.letterPassages ? passagePages(o.letterPassages) : undefined;
  const emancipationRows = entries
    .filter((e) => e.checked && !e.checked.notANota)
    .map((e) => {
      const { nota } = e.checked!;
      const its = e.checked!.profile ?? o.profile;
      if (!its.emancipation.official || own(its.severities, "emancipation-flag") === "off")
        return `<tr><th scope="row" title="${escapeHtml(e.file)}">${escapeHtml(shown(e.file))}</th><td class="off" colspan="3">${t("notApplicable")}</td></tr>`;
      const routed = (nota.addressing?.via ?? []).some((v) => v.toLowerCase() === official.toLowerCase());
      const passages = o.letterPassages ?? o.notaPassages?.(e) ?? [];
      const flagPages = nota.flag ? nota.flag.references.flatMap((r) => r.pages) : [];
      let pages: string;
      if (!passages.length) pages = t("notNeeded");
      else if (!letterPages) pages = t("noLetter");
      else if (!nota.flag) pages = t("no");
      else
        pages =
          formatPageReferences(letterPages) === formatPageReferences(flagPages)
            ? `${t("yes")} (${formatPageReferences(flagPages)})`
            : t("pagesDiffer", {
                letter: formatPageReferences(letterPages) || "—",
                nota: formatPageReferences(flagPages) || "—",
              });
      const yesNo = (b: boolean) => `<td class="${b ? "ok" : "warning"}">${b ? t("yes") : t("no")}</td>`;
      return `<tr><th scope="row" title="${escapeHtml(e.file)}">${escapeHtml(shown(e.file))}</th>${yesNo(routed)}${yesNo(nota.flag !== undefined)}<td>${escapeHtml(pages)}</td></tr>`;
    });

  // Chart: findings per rule, all notas together (inline SVG: no script, no request).
  const counts = rules.map((r) => ({
    id: r.id,
    name: ruleName(r.id, o.locale),
    n: entries.reduce(
      (sum, e) => sum + (e.checked?.findings.filter((f) => f.ruleId === r.id).length ?? 0),
      0,
    ),
  }));
  const max = Math.max(1, ...counts.map((c) => c.n));
  const barHeight = 22;
  const chart = `<svg role="img" aria-labelledby="chart-title" width="100%" height="${counts.length * barHeight + 8}" viewBox="0 0 700 ${counts.length * barHeight + 8}" preserveAspectRatio="xMinYMin meet" style="max-width:700px">
<title id="chart-title">${t("chartLabel")}</title>
${counts
  .map((c, i) => {
    const y = i * barHeight + 4;
    const w = Math.round((c.n / max) * 360);
    return `<text x="270" y="${y + 15}" text-anchor="end" font-size="12" fill="#242424">${escapeHtml(c.name)}</text><rect x="278" y="${y + 3}" width="${w}" height="${barHeight - 8}" fill="#0f548c"></rect><text x="${284 + w}" y="${y + 15}" font-size="12" fill="#242424">${c.n}</text>`;
  })
  .join("\n")}
</svg>`;

  // Findings per nota.
  const details = entries.map((e) => {
    const heading = `<h3 title="${escapeHtml(e.file)}">${escapeHtml(shown(e.file))}</h3>`;
    if (!e.checked)
      return `<section class="nota">${heading}<p class="unusable">${escapeHtml(e.error ?? "")}</p></section>`;
    const { findings, snapshot } = e.checked;
    if (e.checked.notANota)
      return `<section class="nota">${heading}<p>${escapeHtml(translator(ENGINE_MESSAGES, o.locale)("notANota"))}</p></section>`;
    const about = e.checked.profileSentence
      ? `<p class="place">${escapeHtml(e.checked.profileSentence)}</p>`
      : "";
    const accepted = (e.checked.suppressed ?? []).map(({ finding, suppression: s }) => {
      const meta = [
        s.messageId ? "" : t("acceptedAll"),
        s.by ? t("acceptedBy", { by: s.by }) : "",
        s.at ? t("acceptedAt", { at: s.at }) : "",
      ].filter(Boolean);
      return `<li>${escapeHtml(finding.message)} <span class="rule" data-rule="${finding.ruleId}">[${escapeHtml(ruleName(finding.ruleId, o.locale))}]</span>${meta.length ? ` <span class="place">(${escapeHtml(meta.join(", "))})</span>` : ""}${s.reason ? `: ${escapeHtml(s.reason)}` : ""}</li>`;
    });
    const acceptedList = accepted.length
      ? `<h4>${t("accepted")}</h4><ul class="findings accepted">${accepted.join("")}</ul>`
      : "";
    if (!findings.length)
      return `<section class="nota">${heading}${about}<p>${t("none")}</p>${acceptedList}</section>`;
    const items = findings.map((f) => {
      const place = placeParts(f, snapshot, o.locale).join(", ");
      return `<li><span class="sev ${f.severity}"><span aria-hidden="true">${SYMBOL[f.severity]}</span> ${severityWord(f.severity)}</span> ${escapeHtml(f.message)}${place ? ` <span class="place">(${escapeHtml(place)})</span>` : ""} <span class="rule" data-rule="${f.ruleId}">[${escapeHtml(ruleName(f.ruleId, o.locale))}]</span></li>`;
    });
    return `<section class="nota">${heading}${about}<ul class="findings">${items.join("")}</ul>${acceptedList}</section>`;
  });

  return `<!doctype html>
<html lang="${o.locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t("title")}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>${t("title")}</h1><p class="sub">${escapeHtml(t("subtitle", { date, n: entries.length - notANota, notANota, profile: profileLine }))}</p></header>
<main>
<section aria-labelledby="overview"><h2 id="overview">${t("overview")}</h2>
<div class="overview" tabindex="0" role="region" aria-labelledby="overview"><table class="matrix"><thead>${head}</thead><tbody>${rows.join("\n")}</tbody></table></div></section>
<section aria-labelledby="emancipation"><h2 id="emancipation">${t("emancipation")}</h2>
<table><thead><tr><th scope="col">${t("nota")}</th><th scope="col">${escapeHtml(t("via", { official }))}</th><th scope="col">${t("flagged")}</th><th scope="col">${t("pagesMatch")}</th></tr></thead>
<tbody>${emancipationRows.join("\n")}</tbody></table></section>
<section aria-labelledby="chart"><h2 id="chart">${t("chart")}</h2>${chart}</section>
<section aria-labelledby="details"><h2 id="details">${t("findings")}</h2>${details.join("\n")}</section>
</main>
<footer>${escapeHtml(t("generated", { command: o.command }))}</footer>
</body>
</html>
`;
}
