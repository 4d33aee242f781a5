/*
 * OneRoster's manifest.csv (propertyName,value rows): for each file, whether the set holds all of
 * it (bulk), only what changed (delta), or none of it (absent). With no manifest a set is bulk. A
 * file given no mode is as if unlisted; a mode Confer does not know is refused only for the files
 * it reads.
 */
import type { Problem } from "./problem";
import { cellReader, hasColumns, readTable } from "./table";

export type FileMode = "bulk" | "delta" | "absent";

export interface Manifest {
  /** Delta when any file of the set is a delta: then absent people stay as they are. */
  readonly delta: boolean;
  readonly modes: Readonly<Record<string, FileMode>>;
}

const MANIFEST = "manifest.csv";
const MODES: readonly FileMode[] = ["bulk", "delta", "absent"];
/** The files Confer reads (or accepts): another file's mode is not Confer's to check. */
const READ_FILES = new Set([
  "users",
  "classes",
  "enrollments",
  "roles",
  "userprofiles",
  "relationships",
]);

/** The manifest's file modes, keyed by file name without ".csv" (users, classes, …). */
export function readManifest(text: string | undefined, problems: Problem[]): Manifest {
  if (text === undefined || text.trim() === "") return { delta: false, modes: {} };
  const table = readTable(MANIFEST, text, problems);
  if (!table || !hasColumns(table, ["propertyName", "value"], problems)) {
    return { delta: false, modes: {} };
  }
  const cell = cellReader(table);
  const modes: Record<string, FileMode> = {};
  for (const record of table.rows) {
    const property = cell(record, "propertyName");
    if (!/^file\./i.test(property)) continue;
    const name = property.slice("file.".length).toLowerCase();
    const written = cell(record, "value").toLowerCase();
    const value = written as FileMode;
    if (!MODES.includes(value) && (written === "" || !READ_FILES.has(name))) continue;
    if (!MODES.includes(value)) {
      problems.push({
        file: MANIFEST,
        row: record.line,
        field: "value",
        value: cell(record, "value"),
        reason: `not a file mode (use bulk, delta or absent) for ${property}`,
      });
      continue;
    }
    modes[name] = value;
  }
  return { delta: Object.values(modes).includes("delta"), modes };
}
