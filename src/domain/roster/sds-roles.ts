/*
 * Roles beyond OneRoster's, as Microsoft School Data Sync writes them in roles.csv and
 * enrollments.csv (its "Organization user roles": principal, professor, lecturer, nurse, …, see
 * https://learn.microsoft.com/schooldatasync/default-list-of-values). Confer keeps students and the
 * staff who teach: the roles that teach a class are read as teacher; every other staff role
 * (principal, advisor, aide, teacherAssistant, nurse, officeStaff, …) is staff only when they teach
 * or advise a class, and is otherwise left out with a warning.
 */

/** Lower-cased, as the readers compare roles. */
const TEACHING_ROLES = new Set([
  "teacher",
  "professor",
  "lecturer",
  "instructor",
  "adjunct",
  "faculty",
  "substitute",
]);

/** A role that teaches a class (a teacher by another name) is read as teacher. */
export function teachingRole(role: string): string {
  const lower = role.trim().toLowerCase();
  return TEACHING_ROLES.has(lower) ? "teacher" : lower;
}

export const NOT_IMPORTED_STAFF =
  "not a role Confer imports on its own (students, guardians, teachers): left out, as they teach and advise no class";

export const NO_ROLE =
  "no role (neither users.csv nor roles.csv gives one), and no class or student names them: left out";

export const NOT_IMPORTED_ENROLLMENT =
  "Confer keeps a class's students and teachers only: this enrollment is left out";
