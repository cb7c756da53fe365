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

function serve(extraEnv = []) {
  const args = ["webpack", "serve", "--mode", "development", ...extraEnv];
  return run("npx", args);
}

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
  serve(http ? ["--env", "http"] : []);
}
