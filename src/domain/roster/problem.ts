/*
 * An import problem: which file, which line, whose row it is, which column, what was there, and
 * why it is wrong, worded for the coordinator who has to fix the file (or the SIS behind it).
 */

export interface Problem {
  readonly file: string;
  readonly row: number;
  readonly field: string;
  readonly value: string;
  readonly reason: string;
  /** Who (or which class) the row is about, e.g. `Ana Chen, Student ID 1042`. */
  readonly person?: string;
}

/** `name, label id` from whichever of the two the row has; undefined when it has neither. */
export function nameAndId(name: string, idLabel: string, id: string): string | undefined {
  const parts = [name.trim(), id.trim() === "" ? "" : `${idLabel} ${id.trim()}`];
  const text = parts.filter((part) => part !== "").join(", ");
  return text === "" ? undefined : text;
}

/**
 * e.g. `students.csv row 14 (Ana Chen, Student ID 1042), Advisor Email "ms.li@school.test": not a
 * staff member with the advisor role`
 */
export function formatProblem(problem: Problem): string {
  const row = problem.row > 0 ? `${problem.file} row ${problem.row}` : problem.file;
  const where = problem.person ? `${row} (${problem.person})` : row;
  if (problem.field === "") return `${where}: ${problem.reason}`;
  const value = problem.value === "" ? "" : ` "${problem.value}"`;
  return `${where}, ${problem.field}${value}: ${problem.reason}`;
}

/** Drops repeats and orders problems by file (in `fileOrder`, then as first mentioned) and row. */
export function tidyProblems(
  problems: readonly Problem[],
  fileOrder: readonly string[] = [],
): Problem[] {
  const seen = new Set<string>();
  const fileRank = new Map<string, number>();
  for (const file of [...fileOrder, ...problems.map((p) => p.file)]) {
    if (!fileRank.has(file)) fileRank.set(file, fileRank.size);
  }
  const unique: Problem[] = [];
  for (const problem of problems) {
    const key = JSON.stringify([
      problem.file,
      problem.row,
      problem.field,
      problem.value,
      problem.reason,
    ]);
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(problem);
  }
  return unique.sort((a, b) => fileRank.get(a.file)! - fileRank.get(b.file)! || a.row - b.row);
}
