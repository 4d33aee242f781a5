/*
 * The import-boundary check in npm run lint: every .ts file under src, scripts, test and
 * emulator is read for the modules it names, and each broken boundary is printed as
 * file:line. Deep emulator imports are only warned about until EMULATOR_ENTRY_RULE_FAILS is on.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { type BoundaryProblem, type BoundaryRule, boundaryProblems } from "./imports/boundaries";
import { moduleReferences } from "./imports/specifiers";

/** Turn on once no script or test imports the emulator past its entry. */
const EMULATOR_ENTRY_RULE_FAILS = false;

const ROOT = join(__dirname, "..");
const FOLDERS = ["src", "scripts", "test", "emulator"];

const FAILS: Record<BoundaryRule, boolean> = {
  "domain-imports-domain": true,
  "ui-imports-server-types": true,
  "emulator-entry": EMULATOR_ENTRY_RULE_FAILS,
};

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

function shown(problem: BoundaryProblem, failing: boolean): string {
  const label = failing ? "error" : "warning";
  return `${problem.file}:${problem.line}: ${label} [${problem.rule}] ${problem.message}`;
}

const emulatorPackage = emulatorPackageName();
const problems = FOLDERS.flatMap((folder) => typeScriptFiles(join(ROOT, folder))).flatMap(
  (path) => {
    const file = relative(ROOT, path).split(sep).join("/");
    return boundaryProblems(file, moduleReferences(readFileSync(path, "utf8")), emulatorPackage);
  },
);
const failures = problems.filter((problem) => FAILS[problem.rule]);
for (const problem of problems) console.log(shown(problem, FAILS[problem.rule]));
const warnings = problems.length - failures.length;
console.log(
  `Import boundaries: ${failures.length} broken${warnings > 0 ? `, ${warnings} warned about` : ""}.`,
);
if (failures.length > 0) process.exitCode = 1;
