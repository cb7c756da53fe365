/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // A limit only against a hang, never a performance claim (those are measured in `npm run bench`): CI's machine has
  // 2 cores and may be loaded, and Jest's default of 5 s was missed there by tests that take 1 s on a quiet machine.
  testTimeout: 120_000,
  setupFilesAfterEnv: ["<rootDir>/test/helpers/dom-setup.ts"],
  reporters: ["default", "<rootDir>/test/reporters/summary-line.js"],
  // The worker is started with `new URL(…, import.meta.url)` (webpack's syntax), which CommonJS cannot hold: in
  // Jest a worker runs the same code in this process, through structured clones (test/helpers/start-worker.ts).
  moduleNameMapper: { "/letter/start-worker$": "<rootDir>/test/helpers/start-worker.ts" },
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json", diagnostics: { warnOnly: false } }],
  },
};
