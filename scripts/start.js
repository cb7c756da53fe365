// npm start: build and serve the add-in over HTTPS on https://localhost:3000.
// - Windows and Mac (where Word desktop can run): installs Microsoft's development certificates
//   (office-addin-dev-certs) and sideloads manifest.xml into Word (office-addin-debugging). Both are fetched
//   with npx when needed, so `npm install` never builds their native parts on machines that have no Word.
// - Elsewhere (Linux, CI): serves the preview, the real task pane beside a simulated document, at
//   https://localhost:3000/preview.html (a self-signed certificate: the browser asks once to accept it).
//   NOTA_HTTP=1 serves plain http instead.
const { spawn } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const root = path.join(__dirname, "..");
const run = (cmd, args, opts = {}) =>
  spawn(cmd, args, { cwd: root, stdio: "inherit", shell: process.platform === "win32", ...opts });
const wordPlatform = process.platform === "win32" || process.platform === "darwin";

if (wordPlatform && !process.env.NOTA_PREVIEW) {
  console.log("Nota-assistent: installing development certificates and sideloading into Word…");
  const certs = run("npx", ["--yes", "office-addin-dev-certs", "install"]);
  certs.on("exit", (code) => {
    if (code !== 0) {
      console.error(
        "The development certificates could not be installed; see the message above. Without them Word refuses the add-in.",
      );
      process.exit(code ?? 1);
    }
    const dir = path.join(os.homedir(), ".office-addin-dev-certs");
    process.env.NOTA_DEV_CERTS = fs.existsSync(dir) ? dir : "";
    run("npx", [
      "--yes",
      "office-addin-debugging",
      "start",
      "manifest.xml",
      "desktop",
      "--dev-server",
      "npx webpack serve --mode development",
      "--dev-server-port",
      "3000",
    ]);
  });
} else {
  const http = process.env.NOTA_HTTP === "1";
  const url = `${http ? "http" : "https"}://localhost:3000/preview.html`;
  console.log(`Nota-assistent: no Word on this machine — serving the preview at ${url}`);
  console.log("(the real task pane beside a simulated document; drop a .docx on the page to load it)");
  // webpack's own lines end with the server's root (which has no page); after every build the preview's
  // address is said again, last, with what the command does while it runs.
  const server = run(
    "npx",
    ["webpack", "serve", "--mode", "development", ...(http ? ["--env", "http"] : [])],
    {
      stdio: ["inherit", "pipe", "pipe"],
    },
  );
  const relay = (stream, out) => {
    stream.on("data", (chunk) => {
      out.write(chunk);
      if (/compiled (successfully|with \d+ warnings?)/.test(chunk.toString()))
        console.log(
          `\nNota-assistent: open ${url}\n(keeps running and rebuilds when a file changes; Ctrl+C stops it)\n`,
        );
    });
  };
  relay(server.stdout, process.stdout);
  relay(server.stderr, process.stderr);
  server.on("exit", (code) => process.exit(code ?? 0));
}
