/*
 * Reads the folder given to --roster: Confer's students.csv, staff.csv and classes.csv, or a
 * OneRoster or SDS v2.1 set (users.csv, classes.csv, enrollments.csv, and when there: roles.csv,
 * userProfiles.csv, manifest.csv, advisors.csv, languages.csv, relationships.csv). A missing file
 * of the set is read as empty, so that the import names it; a folder Confer cannot read at all is
 * a RosterPathError.
 */
import fs from "node:fs";
import path from "node:path";
import { ONEROSTER_OPTIONAL_FILES } from "../../../src/domain/roster/import";

export type RosterFolder =
  | {
      readonly format: "confer";
      readonly files: { students: string; staff: string; classes: string };
    }
  | {
      readonly format: "oneroster";
      readonly files: {
        users: string;
        classes: string;
        enrollments: string;
        roles?: string;
        userProfiles?: string;
        manifest?: string;
        advisors?: string;
        languages?: string;
        relationships?: string;
      };
    };

const ONEROSTER_EXTRAS = ONEROSTER_OPTIONAL_FILES;

export class RosterPathError extends Error {}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file or folder";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  return error instanceof Error ? error.message : String(error);
}

function listFolder(dir: string): string[] {
  try {
    if (!fs.statSync(dir).isDirectory()) {
      throw new RosterPathError(
        `--roster ${dir}: not a folder (give the folder that holds the CSV files).`,
      );
    }
    return fs.readdirSync(dir);
  } catch (error) {
    if (error instanceof RosterPathError) throw error;
    throw new RosterPathError(`--roster ${dir}: cannot read it (${reason(error)}).`);
  }
}

function find(names: readonly string[], file: string): string | undefined {
  return names.find((name) => name.toLowerCase() === file);
}

function readAll<K extends string>(dir: string, names: readonly string[], keys: readonly K[]) {
  const files = {} as Record<K, string>;
  for (const key of keys) {
    const name = find(names, `${key.toLowerCase()}.csv`);
    if (!name) {
      files[key] = "";
      continue;
    }
    try {
      files[key] = fs.readFileSync(path.join(dir, name), "utf8");
    } catch (error) {
      throw new RosterPathError(`--roster ${dir}: cannot read ${name} (${reason(error)}).`);
    }
  }
  return files;
}

export function readRosterFolder(dir: string): RosterFolder {
  const names = listFolder(dir);
  if (find(names, "students.csv") || find(names, "staff.csv")) {
    return { format: "confer", files: readAll(dir, names, ["students", "staff", "classes"]) };
  }
  if (find(names, "users.csv") || find(names, "enrollments.csv")) {
    const files = readAll(dir, names, ["users", "classes", "enrollments"]);
    const present = ONEROSTER_EXTRAS.filter((key) => find(names, `${key.toLowerCase()}.csv`));
    return { format: "oneroster", files: { ...files, ...readAll(dir, names, present) } };
  }
  throw new RosterPathError(
    `--roster ${dir}: holds neither Confer's students.csv, staff.csv and classes.csv nor OneRoster's users.csv, classes.csv and enrollments.csv.`,
  );
}
