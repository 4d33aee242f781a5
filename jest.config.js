/* Jest runs the unit, emulator, integration and e2e (Chromium) suites; TypeScript goes through SWC. */
const swc = [
  "@swc/jest",
  { jsc: { parser: { syntax: "typescript" }, target: "es2022" }, module: { type: "commonjs" } },
];

/** @param {string} name */
const suite = (name) => ({
  displayName: name,
  testEnvironment: "node",
  roots: [`<rootDir>/test/${name}`],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": swc },
});

/** @type {import('jest').Config} */
module.exports = {
  projects: [suite("unit"), suite("emulator"), suite("integration"), suite("e2e")],
  testTimeout: 60_000,
};
