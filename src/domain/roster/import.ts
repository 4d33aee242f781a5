/*
 * A whole roster import as one decision: read the files (Confer's tables, text pasted from a
 * sheet, or a OneRoster set), validate everything, and only then merge into the current roster.
 * Either every problem is reported and nothing changes, or the merged roster is returned.
 */
import { readConferRoster } from "./confer-format";
import type { PastedTable } from "./csv";
import { type MergeSummary, mergeRoster } from "./merge";
import type { Roster, RosterSettings } from "./model";
import { readOneRoster } from "./oneroster";
import { formatProblem, type Problem } from "./problem";
import type { TableSource } from "./table";
import { validateRoster } from "./validate";

export type RosterUpload =
  | {
      readonly format: "confer";
      readonly students: string;
      readonly staff: string;
      readonly classes: string;
    }
  | {
      readonly format: "oneroster";
      readonly users: string;
      readonly classes: string;
      readonly enrollments: string;
    };

export type ImportOutcome =
  | { readonly ok: true; readonly roster: Roster; readonly summary: MergeSummary }
  | {
      readonly ok: false;
      readonly problems: readonly Problem[];
      readonly messages: readonly string[];
    };

/** Cells copied from a spreadsheet arrive as tab-separated lines; CSV files stay text. */
export function asTableSource(text: string): TableSource {
  const firstLine = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/, 1)[0] ?? "";
  if (!firstLine.includes("\t") || firstLine.includes(",")) return text;
  const table: PastedTable = text
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\n|\r/)
    .filter((line) => line.trim() !== "")
    .map((line) => line.split("\t"));
  return table;
}

function missingFile(name: string): Problem {
  return { file: name, row: 0, field: "", value: "", reason: "the file is missing or empty" };
}

export function importRoster(
  upload: RosterUpload,
  settings: RosterSettings,
  current: Roster,
): ImportOutcome {
  const empty =
    upload.format === "confer"
      ? (["students", "staff", "classes"] as const)
          .filter((k) => upload[k].trim() === "")
          .map((k) => `${k}.csv`)
      : (["users", "classes", "enrollments"] as const)
          .filter((k) => upload[k].trim() === "")
          .map((k) => `${k}.csv`);
  if (empty.length > 0) {
    const problems = empty.map(missingFile);
    return { ok: false, problems, messages: problems.map(formatProblem) };
  }
  const parsed =
    upload.format === "confer"
      ? readConferRoster({
          students: asTableSource(upload.students),
          staff: asTableSource(upload.staff),
          classes: asTableSource(upload.classes),
        })
      : readOneRoster({
          users: upload.users,
          classes: upload.classes,
          enrollments: upload.enrollments,
        });
  const validated = validateRoster(parsed, settings);
  if (!validated.ok) {
    return {
      ok: false,
      problems: validated.problems,
      messages: validated.problems.map(formatProblem),
    };
  }
  const merged = mergeRoster(current, validated.roster, {
    keepsCoordinators: upload.format === "oneroster",
  });
  return { ok: true, roster: merged.roster, summary: merged.summary };
}
