#!/usr/bin/env node
"use strict";
// Entry point of the `nota` command. The TypeScript sources are compiled to dist-cli/ by `npm install`
// (the `prepare` script) or `npm run build:cli`.
const path = require("path");
const fs = require("fs");
const entry = path.join(__dirname, "..", "dist-cli", "src", "cli", "main.js");
if (!fs.existsSync(entry)) {
  process.stderr.write(
    "nota: the command is not built yet. Run `npm install` (or `npm run build:cli`) first.\n",
  );
  process.exit(2);
}
// Output piped into a command that stops reading early (`| head`) is not an error of ours; any other failure
// of the output (a full disk, a closed descriptor) ends with one plain sentence and exit 2, never a trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (err) => {
    if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
    const dutch = !/^en/i.test(process.env.NOTA_LANG ?? "") && !process.argv.includes("en");
    try {
      require("fs").writeSync(
        2,
        dutch
          ? "nota: de uitvoer kon niet worden geschreven (is de schijf vol of de uitvoer gesloten?).\n"
          : "nota: the output could not be written (is the disk full or the output closed?).\n",
      );
    } catch {
      // Standard error is gone too: the exit code says it.
    }
    process.exit(2);
  });
}
require(entry)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
