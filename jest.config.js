/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  setupFilesAfterEnv: ["<rootDir>/test/helpers/dom-setup.ts"],
  reporters: ["default", "<rootDir>/test/reporters/summary-line.js"],
  // The worker is started with `new URL(…, import.meta.url)` (webpack's syntax), which CommonJS cannot hold: in
  // Jest a worker runs the same code in this process, through structured clones (test/helpers/start-worker.ts).
  moduleNameMapper: { "/letter/start-worker$": "<rootDir>/test/helpers/start-worker.ts" },
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json", diagnostics: { warnOnly: false } }],
  },
};
