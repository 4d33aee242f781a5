/* The rows a write to a hub tab covers, joined into runs so that each run is one setValues. */

export interface RowRun {
  readonly first: number;
  readonly last: number;
}

/**
 * The rows to write, joined into runs; rows at most `gap` apart share a run, whose rows between
 * are written back as they are.
 */
export function rowRuns(rows: readonly number[], gap: number): RowRun[] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const runs: { first: number; last: number }[] = [];
  for (const row of sorted) {
    const open = runs[runs.length - 1];
    if (open && row - open.last <= gap + 1) open.last = row;
    else runs.push({ first: row, last: row });
  }
  return runs;
}
