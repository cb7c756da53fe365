/**
 * The layers are enforced by lint (eslint.config.mjs): an import that crosses a layer, or an Office global
 * outside src/word and the entry points, is an error. Each case lints a line of code as if it stood in that file.
 */
import { spawnSync } from "child_process";
import * as path from "path";

/**
 * ESLint's flat config is an ES module, which Jest's CommonJS cannot load: the cases are linted in one child
 * process with ESLint's own API, and their messages come back as JSON.
 */
function lintAll(cases: { file: string; code: string }[]): string[][] {
  const script = `
    const { ESLint } = require("eslint");
    const cases = JSON.parse(require("fs").readFileSync(0, "utf8"));
    (async () => {
      const eslint = new ESLint();
      const out = [];
      for (const c of cases) {
        const [r] = await eslint.lintText(c.code, { filePath: c.file });
        out.push(r.messages.map((m) => m.ruleId + ": " + m.message));
      }
      process.stdout.write(JSON.stringify(out));
    })();`;
  const child = spawnSync(process.execPath, ["-e", script], {
    cwd: path.join(__dirname, "..", ".."),
    input: JSON.stringify(cases),
    encoding: "utf8",
  });
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout) as string[][];
}

const FORBIDDEN: [string, string, RegExp][] = [
  ["src/nota/x.ts", 'import { checkNota } from "../checks/engine";', /src\/nota may not import src\/checks/],
  ["src/nota/x.ts", 'import { readDocx } from "../docx/reader";', /src\/nota may not import src\/docx/],
  [
    "src/checks/rules/x.ts",
    'import { readDocx } from "../../docx/reader";',
    /src\/checks may not import src\/docx/,
  ],
  ["src/docx/x.ts", 'import { RULES } from "../checks/rules";', /src\/docx may not import src\/checks/],
  ["src/docx/x.ts", 'import { createElement } from "react";', /src\/docx runs without this package/],
  ["src/word/x.ts", 'import { App } from "../taskpane/App";', /src\/word may not import src\/taskpane/],
  [
    "src/cli/x.ts",
    'import { OfficeNotaDocument } from "../word/adapter";',
    /src\/cli may not import src\/word/,
  ],
  ["src/i18n/x.ts", 'import type { Nota } from "../nota/parser";', /src\/i18n may not import src\/nota/],
  ["src/i18n/x.ts", 'import { x } from "saxes";', /src\/i18n imports no package/],
  ["src/commands/x.ts", 'import { App } from "../taskpane/App";', /only taskpane\/messages/],
  [
    "src/taskpane/components/x.tsx",
    'import { meaningfulContent } from "../../checks/rules/util";',
    /may not import the rules' modules/,
  ],
  [
    "src/taskpane/components/x.tsx",
    'import { parseProfile } from "../../checks/profile-schema";',
    /may not load the profile validator/,
  ],
  [
    "src/taskpane/components/x.tsx",
    "export const n = Word.InsertLocation.end;",
    /Word is used only in src\/word/,
  ],
  ["src/checks/x.ts", "export const ready = Office.onReady();", /Office is used only in src\/word/],
];

const ALLOWED: [string, string][] = [
  ["src/checks/x.ts", 'import { parseNota } from "../nota/parser";'],
  ["src/taskpane/components/x.tsx", 'import { blockFilling } from "../../checks/blocks";'],
  ["src/cli/x.ts", 'import { RULES } from "../checks/rules";'],
  ["src/cli/x.ts", 'import { parseProfile } from "../checks/profile-schema";'],
  ["src/checks/blocks.ts", 'import { meaningfulContent } from "./rules/util";'],
  ["src/commands/x.ts", 'import { PANE_MESSAGES } from "../taskpane/messages";'],
  ["src/word/x.ts", "export const n = Word.InsertLocation.end;"],
  ["src/taskpane/index.tsx", "export const ready = Office.onReady();"],
];

const results = lintAll(
  [...FORBIDDEN, ...ALLOWED].map(([file, code]) => ({ file, code: `${code}\nexport {};\n` })),
);

test.each(FORBIDDEN.map((c, i) => [...c, i] as const))(
  "%s: %s is a lint error",
  (_file, _code, expected, i) => {
    expect(results[i].join("\n")).toMatch(expected);
  },
);

test.each(ALLOWED.map((c, i) => [...c, FORBIDDEN.length + i] as const))(
  "%s: %s is allowed",
  (_file, _code, i) => {
    expect(results[i].filter((p) => /restricted/.test(p))).toEqual([]);
  },
);
