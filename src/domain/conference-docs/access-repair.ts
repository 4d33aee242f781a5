/*
 * What a re-run of Create conference docs repairs in the docs it made before, after a re-import:
 * a doc whose student changed advisor or grade moves to the folder they now call for (the advisor
 * reaches a doc only through that folder, so the old advisor loses it and the new one gains it),
 * and a student the doc was never shared with (no account yet when it was made) is shared now.
 * The student's docs from earlier rounds follow a new advisor the same way.
 */
import type { DocRecord } from "./records";

export interface RepairStudent {
  readonly id: string;
  readonly email: string;
  readonly grade: string;
  readonly advisorEmail: string;
}

export interface AccessRepair<S extends RepairStudent = RepairStudent> {
  readonly student: S;
  readonly docId: string;
  /** The doc is in another advisor's or grade's folder. */
  readonly move: boolean;
  /** The student's email, when the doc is not shared with them yet. */
  readonly share?: string;
}

export function accessRepairs<S extends RepairStudent>(
  students: readonly S[],
  records: ReadonlyMap<string, DocRecord>,
): AccessRepair<S>[] {
  return students.flatMap((student) => {
    const record = records.get(student.id);
    if (!record) return [];
    const move =
      student.advisorEmail !== "" &&
      (record.advisorEmail !== student.advisorEmail.toLowerCase() ||
        record.grade !== student.grade);
    const email = student.email.toLowerCase();
    const share = email !== "" && !record.sharedWith.includes(email) ? email : undefined;
    if (!move && !share) return [];
    return [{ student, docId: record.docId, move, ...(share ? { share } : {}) }];
  });
}

export interface EarlierDocRepair<S extends RepairStudent = RepairStudent> {
  readonly student: S;
  /** The doc's row from an earlier round, still naming the advisor it was filed for. */
  readonly record: DocRecord;
}

/**
 * A student's docs from earlier rounds, once their advisor changed: each moves to the new
 * advisor's folder of its own round and grade (the grade it was made in stays), so the student's
 * history reaches their current advisor and no longer the one before.
 */
export function earlierDocRepairs<S extends RepairStudent>(
  students: readonly S[],
  earlier: ReadonlyMap<string, readonly DocRecord[]>,
): EarlierDocRepair<S>[] {
  return students.flatMap((student) => {
    const advisor = student.advisorEmail.toLowerCase();
    if (advisor === "") return [];
    return (earlier.get(student.id) ?? [])
      .filter((record) => record.advisorEmail !== advisor)
      .map((record) => ({ student, record }));
  });
}

/** Whom a moved doc is shared with: its new advisor in place of the one it was filed for. */
export function sharedAfterMove(record: DocRecord, advisorEmail: string): string[] {
  const advisor = advisorEmail.toLowerCase();
  return [
    ...new Set([...record.sharedWith.filter((email) => email !== record.advisorEmail), advisor]),
  ];
}
