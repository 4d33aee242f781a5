/* Builds dist/ with scripts/build.ts when dist/Code.js is missing or older than what it is built from. */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
export const DIST = path.join(ROOT, "dist");
const SOURCES = ["src", "appsscript.json", "scripts/build.ts"];

function newestMtime(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) {
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

export function distIsStale(): boolean {
  const bundle = path.join(DIST, "Code.js");
  if (!fs.existsSync(bundle)) return true;
  const built = fs.statSync(bundle).mtimeMs;
  return SOURCES.some((source) => newestMtime(path.join(ROOT, source)) > built);
}

/** Returns true when it had to build. */
export function buildIfStale(): boolean {
  if (!distIsStale()) return false;
  console.log("dist/ is missing or older than src/: building it first (npm run build).");
  execFileSync(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/build.ts"], {
    cwd: ROOT,
    stdio: "inherit",
  });
  return true;
}
