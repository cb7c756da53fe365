import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

/**
 * The layers (README, "Architecture"): what each folder of src/ may import. A folder not named in `may` is off
 * limits; packages that would drag a host in (React, Fluent, Office) are named where they are not allowed.
 */
const FOLDERS = ["i18n", "nota", "checks", "docx", "word", "taskpane", "cli", "commands"];
const LAYERS = {
  i18n: { may: [], packages: ["*"] },
  nota: { may: ["i18n"], packages: ["react", "react-dom", "@fluentui/*", "fflate", "fs", "path"] },
  checks: {
    may: ["i18n", "nota"],
    packages: ["react", "react-dom", "@fluentui/*", "fflate", "saxes", "fs", "path"],
  },
  docx: { may: ["i18n", "nota"], packages: ["react", "react-dom", "@fluentui/*", "fs", "path"] },
  word: {
    may: ["i18n", "nota", "checks", "docx"],
    packages: ["react", "react-dom", "@fluentui/*", "fs", "path"],
  },
  taskpane: { may: ["i18n", "nota", "checks", "docx", "word"], packages: ["fs", "path"] },
  cli: { may: ["i18n", "nota", "checks", "docx"], packages: ["react", "react-dom", "@fluentui/*"] },
  commands: {
    may: ["i18n", "nota", "word", "taskpane/messages"],
    packages: ["react", "react-dom", "fs", "path"],
  },
};
const layerRules = Object.entries(LAYERS).map(([folder, { may, packages }]) => {
  const others = FOLDERS.filter((f) => f !== folder && !may.includes(f));
  const patterns = others.map((other) => {
    // "taskpane/messages" in `may`: the rest of src/taskpane stays off limits.
    const part = may.find((m) => m.startsWith(`${other}/`))?.slice(other.length + 1);
    return {
      regex: `^\\.\\.?/(\\.\\./)*${other}(/${part ? `(?!${part}$)` : ""}|$)`,
      message: `src/${folder} may not import src/${other}${part ? ` (only ${other}/${part})` : ""} (layers: README, Architecture).`,
    };
  });
  // The rules' own modules are src/checks's inside: other layers use its interface (engine, blocks, the rules'
  // index with their metadata), never a rule's helpers.
  if (folder !== "checks" && may.includes("checks"))
    patterns.push({
      regex: "^\\.\\.?/(\\.\\./)*checks/rules/",
      message: `src/${folder} may not import the rules' modules (src/checks/rules/*): use src/checks's interface.`,
    });
  // The profile's JSON Schema validator (Ajv) is the command line's and Node's: the pane holds only built-in profiles.
  if (folder !== "checks" && folder !== "cli" && may.includes("checks"))
    patterns.push({
      regex: "^\\.\\.?/(\\.\\./)*checks/profile-schema$",
      message: `src/${folder} may not load the profile validator (src/checks/profile-schema, Ajv): the pane holds only built-in profiles.`,
    });
  patterns.push(
    packages.includes("*")
      ? { regex: "^[^.]", message: `src/${folder} imports no package.` }
      : {
          group: packages,
          message: `src/${folder} runs without this package (layers: README, Architecture).`,
        },
  );
  return {
    files: [`src/${folder}/**/*.ts`, `src/${folder}/**/*.tsx`],
    rules: { "no-restricted-imports": ["error", { patterns }] },
  };
});

/** Office's globals: only in src/word and the two entry points (the pane's index.tsx, the ribbon's src/commands). */
const officeGlobals = {
  files: ["src/**/*.ts", "src/**/*.tsx"],
  ignores: ["src/word/**", "src/taskpane/index.tsx", "src/commands/**"],
  rules: {
    "no-restricted-globals": [
      "error",
      ...["Office", "Word", "OfficeExtension"].map((name) => ({
        name,
        message: `${name} is used only in src/word and the entry points (src/taskpane/index.tsx, src/commands).`,
      })),
    ],
  },
};

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      "dist/",
      "dist-cli/",
      "dist-server/",
      "dist-preview/",
      "coverage/",
      "test-results/",
      "test/fixtures/**/*.js",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts", "**/*.tsx"],
    plugins: { "office-addins": officeAddins },
    rules: {
      // The rules that keep Office.js batches honest (see shared/style.md).
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/call-sync-after-load": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  ...layerRules,
  officeGlobals,
  {
    files: ["**/*.js", "**/*.cjs", "**/*.mjs"],
    languageOptions: {
      globals: {
        require: "readonly",
        module: "writable",
        process: "readonly",
        __dirname: "readonly",
        console: "readonly",
        Buffer: "readonly",
        URL: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Functions passed to page.evaluate run in the browser.
    files: ["test/e2e/**/*.js"],
    languageOptions: {
      globals: {
        document: "readonly",
        axe: "readonly",
        performance: "readonly",
        setTimeout: "readonly",
        getComputedStyle: "readonly",
      },
    },
  },
);
