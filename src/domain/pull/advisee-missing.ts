/* The comments an advisor still lacks: which of these students have no comment yet from which class teacher. */
import type { TeacherComment } from "../comments/model";
import { type MissingComment, missingComments } from "../comments/views";
import type { Roster } from "../roster/model";

export function missingCommentsFor(
  roster: Roster,
  studentIds: Iterable<string>,
  comments: readonly TeacherComment[],
): MissingComment[] {
  const wanted = new Set(studentIds);
  const classes = roster.classes
    .map((c) => ({ ...c, studentIds: c.studentIds.filter((id) => wanted.has(id)) }))
    .filter((c) => c.studentIds.length > 0);
  return missingComments({ ...roster, classes }, comments);
}
