/*
 * The import boundaries between Confer's rooms. The domain imports nothing outside the domain;
 * the ui takes only types from the server; and nothing but the emulator and its own tests
 * reaches past the emulator's entry. Paths are relative to the repository root, with "/".
 */
import { posix } from "node:path";
import type { ModuleReference } from "./specifiers";

export type BoundaryRule = "domain-imports-domain" | "ui-imports-server-types" | "emulator-entry";

export interface BoundaryProblem {
  readonly file: string;
  readonly line: number;
  readonly rule: BoundaryRule;
  readonly message: string;
}

const EMULATOR_ENTRIES = ["emulator", "emulator/index"];
const EMULATOR_OWN = ["emulator/"];

/** The repository path a relative specifier names, without its extension; null for a package. */
function target(file: string, specifier: string): string | null {
  if (!specifier.startsWith(".")) return null;
  return posix.join(posix.dirname(file), specifier).replace(/\.[cm]?[jt]s$/, "");
}

function within(path: string, folder: string): boolean {
  return path === folder.replace(/\/$/, "") || path.startsWith(folder);
}

function problemWith(
  file: string,
  reference: ModuleReference,
  emulatorPackage: string | undefined,
): Omit<BoundaryProblem, "file" | "line"> | undefined {
  const path = target(file, reference.specifier);
  const named = `"${reference.specifier}"`;
  if (within(file, "src/domain/") && (path === null || !within(path, "src/domain/"))) {
    return {
      rule: "domain-imports-domain",
      message: `a domain file imports ${named}, outside src/domain/`,
    };
  }
  if (within(file, "src/ui/") && path !== null && within(path, "src/server/")) {
    if (!reference.typeOnly) {
      return {
        rule: "ui-imports-server-types",
        message: `the ui imports values from ${named}; from src/server/ it may take only types (import type)`,
      };
    }
  }
  if (EMULATOR_OWN.some((folder) => within(file, folder))) return undefined;
  const deepPackage =
    emulatorPackage !== undefined && reference.specifier.startsWith(`${emulatorPackage}/`);
  const deepPath = path !== null && within(path, "emulator/") && !EMULATOR_ENTRIES.includes(path);
  if (deepPackage || deepPath) {
    return {
      rule: "emulator-entry",
      message: `${named} reaches past the emulator's entry; import from the emulator's index`,
    };
  }
  return undefined;
}

/** What the file's references break, if anything. */
export function boundaryProblems(
  file: string,
  references: readonly ModuleReference[],
  emulatorPackage?: string,
): BoundaryProblem[] {
  return references.flatMap((reference) => {
    const problem = problemWith(file, reference, emulatorPackage);
    return problem ? [{ file, line: reference.line, ...problem }] : [];
  });
}
