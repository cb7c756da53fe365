// npm run serve:dist: the production build (dist/) over HTTPS on https://localhost:3000, with the headers the
// production web server sends (deploy/policy.js: the CSP as a header, hashed assets cached for a year, pages and
// the manifest never). `--build` (the npm script) builds it first for this address (ADDIN_URL=https://localhost:3000/).
// The certificate: NOTA_DEV_CERTS (a folder with localhost.crt and localhost.key, as `npm start` uses), otherwise a
// self-signed one made now (the browser asks once to accept it).
"use strict";
const fs = require("fs");
const https = require("https");
const path = require("path");
const { CSP, cacheControl } = require("../deploy/policy");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".json": "application/json",
  ".map": "application/json",
};

/** The request handler for a folder: only files inside it, with the production headers. */
function handler(dir) {
  const root = path.resolve(dir);
  return (req, res) => {
    const url = new URL(req.url, "https://localhost");
    const file = path.join(root, decodeURIComponent(url.pathname === "/" ? "/taskpane.html" : url.pathname));
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found\n");
      return;
    }
    res.writeHead(200, {
      "Content-Type": TYPES[path.extname(file)] || "application/octet-stream",
      "Content-Security-Policy": CSP,
      "Cache-Control": cacheControl(file),
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
    });
    fs.createReadStream(file).pipe(res);
  };
}

async function certificate() {
  const dir = process.env.NOTA_DEV_CERTS;
  if (dir)
    return {
      key: fs.readFileSync(path.join(dir, "localhost.key")),
      cert: fs.readFileSync(path.join(dir, "localhost.crt")),
    };
  const selfsigned = require("selfsigned");
  const pems = await selfsigned.generate([{ name: "commonName", value: "localhost" }], {
    keySize: 2048,
    days: 30,
    extensions: [
      {
        name: "subjectAltName",
        altNames: [
          { type: 2, value: "localhost" },
          { type: 7, ip: "127.0.0.1" },
        ],
      },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}

/** Starts the server; resolves to it once it listens (port 0: any free port). */
async function serveDist(dir, port = 3000) {
  const server = https.createServer(await certificate(), handler(dir));
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "localhost", resolve);
  });
  return server;
}

module.exports = { serveDist, handler };

if (require.main === module) {
  const dir = path.join(__dirname, "..", "dist");
  const port = Number(process.env.PORT) || 3000;
  if (process.argv.includes("--build")) {
    // Built for this address, so that dist/manifest.xml can be sideloaded as it is.
    const built = require("child_process").spawnSync("npx", ["webpack", "--mode", "production"], {
      cwd: path.join(__dirname, ".."),
      stdio: "inherit",
      shell: process.platform === "win32",
      env: { ...process.env, ADDIN_URL: `https://localhost:${port}/` },
    });
    if (built.status !== 0) process.exit(built.status ?? 2);
  }
  if (!fs.existsSync(path.join(dir, "taskpane.html"))) {
    console.error("serve:dist: there is no production build in dist/ — run `npm run build` first.");
    process.exit(2);
  }
  serveDist(dir, port).then(
    (server) => {
      console.log(
        `Nota-assistent (production build): https://localhost:${server.address().port}/taskpane.html`,
      );
      console.log("Sideload dist/manifest.xml in Word to try it; Ctrl+C stops.");
    },
    (err) => {
      console.error(
        `serve:dist: ${err.code === "EADDRINUSE" ? "port 3000 is in use (PORT=… picks another)" : err.message}`,
      );
      process.exit(2);
    },
  );
}
