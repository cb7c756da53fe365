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
// Output piped into a command that stops reading early (`| head`) is not an error of ours.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (err) => {
    if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw err;
  });
}
require(entry)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
