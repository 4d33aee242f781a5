/*
 * npm run deploy stops before pushing, in one sentence and with a non-zero exit, when no
 * script is attached or clasp is not logged in. It runs on a copy of the deploy script in a
 * scratch project, under a home directory with no clasp credentials.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");

function deployIn(claspJson: object) {
  const project = fs.mkdtempSync(path.join(os.tmpdir(), "confer-deploy-"));
  fs.mkdirSync(path.join(project, "scripts"));
  fs.copyFileSync(path.join(ROOT, "scripts/deploy.ts"), path.join(project, "scripts/deploy.ts"));
  fs.writeFileSync(path.join(project, ".clasp.json"), JSON.stringify(claspJson));
  const home = fs.mkdtempSync(path.join(os.tmpdir(), "confer-home-"));
  const result = spawnSync(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/deploy.ts"], {
    cwd: project,
    env: { PATH: process.env.PATH, HOME: home },
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.trim() };
}

describe("npm run deploy without Google set up", () => {
  it("names the missing script ID in one sentence", () => {
    const result = deployIn({ scriptId: "", rootDir: "dist" });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      'No Apps Script project is attached: put your script ID in .clasp.json as "scriptId" (README, "Deploy to Google"), then run npm run deploy again.',
    );
  });

  it("asks for clasp login in one sentence, without a stack trace", () => {
    const result = deployIn({ scriptId: "1abcDEF_ghiJKL", rootDir: "dist" });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      "You are not logged in to clasp: run `npx clasp login`, then run npm run deploy again.",
    );
    expect(result.stderr).not.toMatch(/\bat \w+ \(/);
  });
});
