/**
 * Deployment: one policy (deploy/policy.js) for the pages' CSP <meta> tag, the example nginx configuration the
 * production build writes, and `npm run serve:dist`, which serves the build over HTTPS with the same headers.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from "fs";
import { request } from "https";
import type { Server } from "https";
import { tmpdir } from "os";
import * as path from "path";

/* eslint-disable @typescript-eslint/no-require-imports -- deploy/ and scripts/ are CommonJS, as webpack reads them */
const { CSP, cacheControl, nginxConfig } = require("../../deploy/policy") as {
  CSP: string;
  cacheControl: (file: string) => string;
  nginxConfig: (serverName?: string) => string;
};
const { serveDist } = require("../../scripts/serve-dist") as {
  serveDist: (dir: string, port?: number) => Promise<Server>;
};
const config = require("../../webpack.config.js") as (
  env: Record<string, unknown>,
  argv: { mode: string },
) => { plugins: { userOptions?: { filename?: string; csp?: string } }[] };
/* eslint-enable @typescript-eslint/no-require-imports */

test("the CSP allows nothing from outside but Office.js's CDN, and the pages carry the same one", () => {
  expect(CSP).toMatch(/default-src 'self'/);
  expect(CSP).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com/);
  expect(CSP).toMatch(/object-src 'none'/);
  const taskpane = config({}, { mode: "production" }).plugins.find(
    (p) => p.userOptions?.filename === "taskpane.html",
  );
  expect(taskpane?.userOptions?.csp).toBe(`<meta http-equiv="Content-Security-Policy" content="${CSP}" />`);
});

test("caching: hashed assets a year, pages and the manifest never", () => {
  expect(cacheControl("taskpane.db9379bd.js")).toBe("public, max-age=31536000, immutable");
  expect(cacheControl("taskpane.html")).toBe("no-store");
  expect(cacheControl("manifest.xml")).toBe("no-store");
  expect(cacheControl("assets/icon-32.png")).toBe("public, max-age=3600");
});

test("the nginx example sends the CSP as a header and the same cache rules", () => {
  const conf = nginxConfig("nota.minocw.nl");
  expect(conf).toContain("server_name nota.minocw.nl;");
  expect(conf.split(`add_header Content-Security-Policy "${CSP}" always;`).length - 1).toBe(4);
  expect(conf).toMatch(
    /\\\.\[0-9a-f\]\{8\}\\\.\(js\|css\)\$"\s*{\s*add_header Cache-Control "public, max-age=31536000, immutable"/,
  );
  expect(conf).toMatch(/\(\\\.html\|manifest\\\.xml\)\$"\s*{\s*add_header Cache-Control "no-store"/);
});

describe("npm run serve:dist", () => {
  let server: Server;
  const dir = mkdtempSync(path.join(tmpdir(), "nota-dist-"));
  beforeAll(async () => {
    mkdirSync(path.join(dir, "assets"));
    writeFileSync(path.join(dir, "taskpane.html"), "<!doctype html><title>x</title>");
    writeFileSync(path.join(dir, "taskpane.0123abcd.js"), "void 0;");
    server = await serveDist(dir, 0);
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const get = (file: string) =>
    new Promise<{ status: number; headers: Record<string, string | string[] | undefined> }>(
      (resolve, reject) => {
        const port = (server.address() as { port: number }).port;
        request({ host: "localhost", port, path: file, rejectUnauthorized: false }, (res) => {
          res.resume();
          resolve({ status: res.statusCode ?? 0, headers: res.headers });
        })
          .on("error", reject)
          .end();
      },
    );

  test("over HTTPS, with the production headers", async () => {
    const page = await get("/taskpane.html");
    expect(page.status).toBe(200);
    expect(page.headers["content-security-policy"]).toBe(CSP);
    expect(page.headers["cache-control"]).toBe("no-store");
    const script = await get("/taskpane.0123abcd.js");
    expect(script.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
  });

  test("nothing outside the build folder", async () => {
    expect((await get("/../package.json")).status).toBe(404);
    expect((await get("/%2e%2e/package.json")).status).toBe(404);
    expect((await get("/missing.js")).status).toBe(404);
  });
});
