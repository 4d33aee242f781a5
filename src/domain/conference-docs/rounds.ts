/*
 * A student has one conference doc per round. These pick, from every row of the Conference Docs
 * tab, one round's docs, or the docs a student had in the rounds before.
 */
import type { DocRecord } from "./records";

/** The round's docs by student ID; a student's first row wins should the tab hold two. */
export function recordsOfRound(
  records: readonly DocRecord[],
  round: string,
): Map<string, DocRecord> {
  const mine = new Map<string, DocRecord>();
  for (const record of records) {
    if (record.round === round && !mine.has(record.studentId)) mine.set(record.studentId, record);
  }
  return mine;
}

/** Each student's earlier docs, for many students at once. */
export function earlierRecordsByStudent(
  records: readonly DocRecord[],
  round: string,
): Map<string, DocRecord[]> {
  const byStudent = new Map<string, DocRecord[]>();
  for (const record of records) {
    if (record.round === round) continue;
    byStudent.set(record.studentId, [...(byStudent.get(record.studentId) ?? []), record]);
  }
  for (const list of byStudent.values()) list.sort((a, b) => a.created.localeCompare(b.created));
  return byStudent;
}

/** Every round that has docs, oldest first by its first doc, with the working round last if it has none yet. */
export function roundsWithDocs(records: readonly DocRecord[], working: string): string[] {
  const first = new Map<string, string>();
  for (const record of records) {
    const seen = first.get(record.round);
    if (seen === undefined || record.created < seen) first.set(record.round, record.created);
  }
  const rounds = [...first].sort((a, b) => a[1].localeCompare(b[1])).map(([round]) => round);
  return working === "" || first.has(working) ? rounds : [...rounds, working];
}
