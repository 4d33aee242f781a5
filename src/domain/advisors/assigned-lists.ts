/*
 * Which students had their advisor set in Assign advisors…, kept as one list of student IDs per
 * advisor (so no one list grows with the school, only with an advisor's advisees): read as each
 * student's advisor, and changed by a save, which takes each student off any list and puts them
 * on their new advisor's.
 */
import type { AdvisorAssignment } from "./assign";

export type AssignedLists = ReadonlyMap<string, readonly string[]>;

export function assignedByStudent(lists: AssignedLists): Map<string, string> {
  const byStudent = new Map<string, string>();
  for (const [advisor, ids] of lists) for (const id of ids) byStudent.set(id, advisor);
  return byStudent;
}

/** The lists a save changes, each whole; an empty list is one to remove. */
export function changedLists(
  lists: AssignedLists,
  assignments: readonly AdvisorAssignment[],
): Map<string, string[]> {
  const moved = new Map(assignments.map((a) => [a.studentId, a.advisorEmail]));
  const after = new Map<string, string[]>();
  for (const [advisor, ids] of lists)
    after.set(
      advisor,
      ids.filter((id) => !moved.has(id)),
    );
  for (const [id, advisor] of moved) after.set(advisor, [...(after.get(advisor) ?? []), id]);
  const same = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && a.every((id) => b.includes(id));
  return new Map([...after].filter(([advisor, ids]) => !same(ids, lists.get(advisor) ?? [])));
}
