/**
 * Builds the add-in.
 *   production (npm run build): task pane, function commands, dialog and help page; office.js from Microsoft's
 *     CDN; a Content-Security-Policy that allows nothing else from outside; manifest URLs rewritten to
 *     ADDIN_URL. No Word double, preview or test code.
 *   development (npm start, npm run build:preview): the same pages, which Word loads with office.js from
 *     Microsoft's CDN as in production (Microsoft supports only the CDN copy in Word), plus the preview harness
 *     (test/preview), which runs outside Word and uses the local @microsoft/office-js copy of Word's library.
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_URL = "https://localhost:3000/";
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** Microsoft's development certificates when `npm start` installed them (Windows, Mac); otherwise
 * webpack-dev-server makes a self-signed one. */
function devCertificates() {
  const dir = process.env.NOTA_DEV_CERTS;
  if (!dir) return {};
  const file = (name) => require("fs").readFileSync(path.join(dir, name));
  return { ca: file("ca.crt"), key: file("localhost.key"), cert: file("localhost.crt") };
}

const { CSP, nginxConfig } = require("./deploy/policy");

/** Writes the example web-server configuration beside the production build (dist-server/nginx.conf). */
class ServerConfigPlugin {
  constructor(serverName) {
    this.serverName = serverName;
  }
  apply(compiler) {
    compiler.hooks.afterEmit.tap("ServerConfigPlugin", () => {
      const dir = path.join(__dirname, "dist-server");
      require("fs").mkdirSync(dir, { recursive: true });
      require("fs").writeFileSync(path.join(dir, "nginx.conf"), nginxConfig(this.serverName));
    });
  }
}

/**
 * Writes, beside the production build (dist-stats/chunk-groups.json, not served), the script files each named chunk
 * group needs: npm run size adds up what the pane loads before each tab shows (scripts/check-bundle.js).
 */
class ChunkGroupsPlugin {
  apply(compiler) {
    compiler.hooks.done.tap("ChunkGroupsPlugin", (stats) => {
      const groups = {};
      for (const [name, group] of Object.entries(
        stats.toJson({ all: false, chunkGroups: true }).namedChunkGroups,
      ))
        groups[name] = group.assets.map((a) => a.name).filter((f) => f.endsWith(".js"));
      const dir = path.join(__dirname, "dist-stats");
      require("fs").mkdirSync(dir, { recursive: true });
      require("fs").writeFileSync(path.join(dir, "chunk-groups.json"), JSON.stringify(groups, null, 2));
    });
  }
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const prodUrl = (process.env.ADDIN_URL || "https://nota-assistent.example.nl/").replace(/\/?$/, "/");
  // Pages that Word loads always take the CDN copy; only the preview (no Word) takes the npm copy: Microsoft's
  // Word library itself (word-web-16.00.js), in front of the Word double.
  const officeJs = OFFICE_CDN;
  const localOfficeJs = "office-js/word-web-16.00.js";
  // One policy for the pages' <meta> tag and the server's header (deploy/policy.js).
  const csp = production ? `<meta http-equiv="Content-Security-Policy" content="${CSP}" />` : "";
  const page = (name, chunks) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template: `src/html/${name}.html`,
      chunks,
      officeJs,
      csp,
      scriptLoading: "defer",
    });

  const entry = {
    taskpane: "./src/taskpane/index.tsx",
    commands: "./src/commands/commands.ts",
    choice: "./src/commands/choice.ts",
    diagnostics: "./src/commands/diagnostics.ts",
  };
  const plugins = [
    page("taskpane", ["taskpane"]),
    page("commands", ["commands"]),
    page("choice", ["choice"]),
    page("help", []),
    page("diagnostics", ["diagnostics"]),
    new CopyWebpackPlugin({
      patterns: [
        { from: "assets/*.png", to: "assets/[name][ext]" },
        {
          from: "manifest.xml",
          to: "manifest.xml",
          transform: (content) => (production ? content.toString().replaceAll(DEV_URL, prodUrl) : content),
        },
        ...(production
          ? []
          : [
              { from: "node_modules/@microsoft/office-js/dist", to: "office-js" },
              { from: "test/fixtures/docx/*.docx", to: "fixtures/[name][ext]" },
            ]),
      ],
    }),
  ];
  if (production) plugins.push(new ServerConfigPlugin(new URL(prodUrl).hostname), new ChunkGroupsPlugin());
  if (!production) {
    entry.preview = "./test/preview/preview.tsx";
    plugins.push(
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "test/preview/preview.html",
        chunks: ["preview"],
        officeJs: localOfficeJs,
        scriptLoading: "defer",
      }),
    );
  }

  return {
    mode: production ? "production" : "development",
    devtool: production ? "source-map" : "eval-cheap-module-source-map",
    entry,
    output: {
      path: path.resolve(__dirname, env.out || "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: { extensions: [".tsx", ".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, configFile: "tsconfig.build.json" } },
        },
      ],
    },
    plugins,
    performance: { hints: false },
    optimization: { splitChunks: { chunks: "async" } },
    devServer: {
      static: false,
      host: "localhost",
      port: 3000,
      server: env.http ? "http" : { type: "https", options: devCertificates() },
      headers: { "Access-Control-Allow-Origin": "*" },
      open: env.open ? ["/preview.html"] : false,
      client: { overlay: { warnings: false } },
    },
  };
};
