/*
 * npm run deploy: the one gate to Google. Checks that a script is attached and clasp is
 * logged in, then runs lint, typecheck, the tests and the build, then `clasp push` from dist/.
 * A missing precondition ends in one sentence on what to do, with a non-zero exit.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..");

class DeployStop extends Error {}

function attachedScriptId(): string {
  const file = path.join(ROOT, ".clasp.json");
  let config: { scriptId?: unknown; rootDir?: unknown };
  try {
    config = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    throw new DeployStop(
      ".clasp.json is missing or not valid JSON: restore it from git, then run npm run deploy again.",
    );
  }
  if (config.rootDir !== "dist") {
    throw new DeployStop(
      '.clasp.json must have "rootDir": "dist" so that only the built add-on is pushed.',
    );
  }
  if (typeof config.scriptId !== "string" || config.scriptId.trim() === "") {
    throw new DeployStop(
      'No Apps Script project is attached: put your script ID in .clasp.json as "scriptId" (README, "Deploy to Google"), then run npm run deploy again.',
    );
  }
  return config.scriptId;
}

function requireClaspLogin(): void {
  const credentials = process.env.CLASP_CREDENTIALS ?? path.join(os.homedir(), ".clasprc.json");
  let stored: unknown;
  try {
    stored = JSON.parse(fs.readFileSync(credentials, "utf8"));
  } catch {
    stored = undefined;
  }
  const hasToken =
    typeof stored === "object" &&
    stored !== null &&
    JSON.stringify(stored).includes("refresh_token");
  if (!hasToken) {
    throw new DeployStop(
      "You are not logged in to clasp: run `npx clasp login`, then run npm run deploy again.",
    );
  }
}

function step(title: string, command: string, args: string[]): void {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit" });
  if (result.status !== 0)
    throw new DeployStop(
      `${title} failed, so nothing was pushed: fix the errors above and run npm run deploy again.`,
    );
}

function main(): void {
  const scriptId = attachedScriptId();
  requireClaspLogin();
  step("Lint and format check", "npm", ["run", "--silent", "lint"]);
  step("Typecheck", "npm", ["run", "--silent", "typecheck"]);
  step("Build", "npm", ["run", "--silent", "build"]);
  step("Tests", "npx", ["jest"]);
  step(`Push dist/ to script ${scriptId}`, "npx", ["clasp", "push", "--force"]);
  console.log("\nPushed. Next: deploy the web app (see README, 'Deploy to Google').");
}

try {
  main();
} catch (error) {
  if (error instanceof DeployStop) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
