/*
 * The import-boundary check in npm run lint: every .ts file under src, scripts, test and
 * emulator is read for the modules it names, and each broken boundary is printed as
 * file:line; any broken boundary fails the lint.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { type BoundaryProblem, boundaryProblems } from "./imports/boundaries";
import { moduleReferences } from "./imports/specifiers";

const ROOT = join(__dirname, "..");
const FOLDERS = ["src", "scripts", "test", "emulator"];

function typeScriptFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : typeScriptFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

function emulatorPackageName(): string | undefined {
  const manifest = join(ROOT, "emulator", "package.json");
  if (!existsSync(manifest)) return undefined;
  return (JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name;
}

function shown(problem: BoundaryProblem): string {
  return `${problem.file}:${problem.line}: [${problem.rule}] ${problem.message}`;
}

const emulatorPackage = emulatorPackageName();
const problems = FOLDERS.flatMap((folder) => typeScriptFiles(join(ROOT, folder))).flatMap(
  (path) => {
    const file = relative(ROOT, path).split(sep).join("/");
    return boundaryProblems(file, moduleReferences(readFileSync(path, "utf8")), emulatorPackage);
  },
);
for (const problem of problems) console.log(shown(problem));
console.log(`Import boundaries: ${problems.length} broken.`);
if (problems.length > 0) process.exitCode = 1;
