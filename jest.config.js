/*
 * Jest runs the unit, emulator (the emulator's own tests, in emulator/test), integration and e2e
 * (Chromium) suites; TypeScript goes through SWC. Two workers, so a 2-core CI machine runs two
 * suites at once (Jest's default there is one).
 */
const swc = [
  "@swc/jest",
  { jsc: { parser: { syntax: "typescript" }, target: "es2022" }, module: { type: "commonjs" } },
];

/** @param {string} name @param {string} [root] */
const suite = (name, root = `test/${name}`) => ({
  displayName: name,
  testEnvironment: "node",
  roots: [`<rootDir>/${root}`],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": swc },
});

/** @type {import('jest').Config} */
module.exports = {
  projects: [suite("unit"), suite("emulator", "emulator/test"), suite("integration"), suite("e2e")],
  maxWorkers: 2,
  testTimeout: 60_000,
};
