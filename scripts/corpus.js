#!/usr/bin/env node
"use strict";
/* global __filename, setTimeout, clearTimeout */
/**
 * Runs `check`, `adopt` and `publish` over every .docx in a corpus folder (default /work/corpus), each file in a
 * child process of its own under a time and memory limit, and classifies what happens (not part of npm test):
 *
 *   ok            the command did its work, or refused with a sentence for a reason that is not a false refusal
 *   crash         an internal error (an exception that is no DocxError / AdoptError / PublishError)
 *   hang          the child passed the time limit, or ran out of memory
 *   refused       refused as damaged, XML error or a limit: a false refusal when LibreOffice opens the file
 *                 (run with --libreoffice to ask it; otherwise listed for judging by reason)
 *   lost-text     adopt's output has other paragraph texts than its input
 *
 * Usage: npm run build:cli && node scripts/corpus.js [FOLDER] [--dist DIR] [--jobs N] [--json OUT] [--libreoffice]
 */
const { spawn, spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const SECONDS = 60;
const HEAP_MB = 1024;

if (process.argv[2] === "--child") {
  child(process.argv[3], process.argv[4]);
} else {
  parent();
}

function child(dist, file) {
  const load = (m) => require(path.join(dist, "src", m));
  const { readUsableDocx, readDocx } = load("docx/reader.js");
  const { DocxError } = load("docx/package.js");
  const { adoptDocx, AdoptError } = load("docx/adopt.js");
  const { publishDocx, PublishError } = load("docx/publish.js");
  const { checkNota } = load("checks/engine.js");
  const { DEFAULT_PROFILE } = load("checks/profile.js");
  const data = new Uint8Array(fs.readFileSync(file));
  const verdict = (run) => {
    try {
      return { outcome: "ok", ...(run() ?? {}) };
    } catch (err) {
      if (err instanceof DocxError)
        return { outcome: "refused", code: err.code, detail: JSON.stringify(err.problem) };
      if ((AdoptError && err instanceof AdoptError) || (PublishError && err instanceof PublishError))
        return { outcome: "declined", code: err.reason };
      return { outcome: "crash", error: String(err && err.stack ? err.stack : err).slice(0, 600) };
    }
  };
  const result = {};
  result.check = verdict(() => {
    const snapshot = readUsableDocx(data);
    checkNota(snapshot, { profile: DEFAULT_PROFILE, locale: "nl" });
  });
  result.adopt = verdict(() => {
    const out = adoptDocx(data);
    const texts = (bytes) => readDocx(bytes).paragraphs.map((p) => p.text);
    const before = texts(data);
    const after = texts(out.bytes);
    if (before.length !== after.length || before.some((t, i) => t !== after[i]))
      return { outcome: "lost-text", detail: `${before.length} → ${after.length} paragraphs` };
    // Adopting the copy again changes nothing.
    const again = adoptDocx(out.bytes);
    if (again.wrapped.length) return { outcome: "not-idempotent", detail: `${again.wrapped.length} wrapped` };
    return undefined;
  });
  result.publish = verdict(() => {
    publishDocx(data, DEFAULT_PROFILE.woo);
  });
  const status = fs.readFileSync("/proc/self/status", "utf8");
  result.peakMb = Math.round(Number(/VmHWM:\s+(\d+)/.exec(status)[1]) / 1024);
  process.stdout.write(JSON.stringify(result));
}

function parent() {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(name);
    if (i < 0) return fallback;
    const [value] = args.splice(i, 2).slice(1);
    return value;
  };
  const dist = path.resolve(option("--dist", path.join(__dirname, "..", "dist-cli")));
  const jobs = Number(option("--jobs", "2"));
  const jsonOut = option("--json", undefined);
  const askLibreOffice = args.includes("--libreoffice");
  const folder = args.find((a) => !a.startsWith("--")) ?? "/work/corpus";
  const files = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.isFile() && /\.docx$/i.test(e.name)) files.push(full);
    }
  };
  walk(folder);
  const results = [];
  let next = 0;
  let done = 0;
  const runOne = (file) =>
    new Promise((resolve) => {
      const started = Date.now();
      const proc = spawn(
        process.execPath,
        [`--max-old-space-size=${HEAP_MB}`, __filename, "--child", dist, file],
        // The built files may live outside the project (a baseline build): packages come from the project's.
        {
          stdio: ["ignore", "pipe", "pipe"],
          env: { ...process.env, NODE_PATH: path.join(__dirname, "..", "node_modules") },
        },
      );
      let out = "";
      proc.stdout.on("data", (d) => (out += d));
      proc.stderr.on("data", () => undefined);
      const timer = setTimeout(() => proc.kill("SIGKILL"), SECONDS * 1000);
      proc.on("close", (code, signal) => {
        clearTimeout(timer);
        const seconds = (Date.now() - started) / 1000;
        let parsed;
        try {
          parsed = JSON.parse(out);
        } catch {
          parsed = { hang: signal ? "time" : `exit ${code}` };
        }
        resolve({ file: path.relative(folder, file), seconds, ...parsed });
      });
    });
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++];
      results.push(await runOne(file));
      if (++done % 50 === 0) process.stderr.write(`${done}/${files.length}\n`);
    }
  };
  Promise.all(Array.from({ length: jobs }, worker)).then(() => {
    results.sort((a, b) => (a.file < b.file ? -1 : 1));
    const libreOfficeOpens = (file) => {
      if (!askLibreOffice) return undefined;
      const out = fs.mkdtempSync(path.join(os.tmpdir(), "corpus-lo-"));
      const r = spawnSync(
        "soffice",
        ["--headless", "--convert-to", "pdf", "--outdir", out, path.join(folder, file)],
        { timeout: 120_000 },
      );
      const opened = fs.readdirSync(out).length > 0;
      fs.rmSync(out, { recursive: true, force: true });
      return r.status === 0 && opened;
    };
    const counts = {};
    const listed = {};
    const count = (command, kind, r, detail) => {
      counts[command] ??= {};
      counts[command][kind] = (counts[command][kind] ?? 0) + 1;
      if (kind !== "ok")
        (listed[`${command} ${kind}`] ??= []).push(`${r.file}${detail ? `  (${detail})` : ""}`);
    };
    for (const r of results) {
      for (const command of ["check", "adopt", "publish"]) {
        if (r.hang) {
          count(command, "hang", r, r.hang);
          continue;
        }
        const v = r[command];
        if (v.outcome === "crash") count(command, "crash", r, v.error.split("\n").slice(0, 3).join(" | "));
        else if (v.outcome === "lost-text" || v.outcome === "not-idempotent")
          count(command, v.outcome, r, v.detail);
        else if (
          v.outcome === "refused" &&
          ["damaged", "xml", "limit", "too-large", "not-word"].includes(v.code)
        ) {
          const opens = libreOfficeOpens(r.file);
          const kind = opens === false ? "ok" : "refused";
          count(command, opens ? "false-refusal" : kind, r, `${v.code} ${v.detail ?? ""}`);
        } else count(command, "ok", r);
      }
    }
    const peak = results.reduce((m, r) => Math.max(m, r.peakMb ?? 0), 0);
    const slowest = results.reduce((m, r) => Math.max(m, r.seconds), 0);
    const summary = { files: files.length, counts, peakMb: peak, slowestSeconds: slowest, listed };
    if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify({ summary, results }, null, 2));
    process.stdout.write(JSON.stringify(summary, null, 2) + "\n");
  });
}
