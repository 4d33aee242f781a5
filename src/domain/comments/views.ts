/*
 * Who reads which comments, and the views built from them: a teacher's grid for one class, their
 * own comments of earlier rounds, an advisor's advisees, and the coordinator's list of missing
 * comments.
 */
import type { Person } from "../roles";
import type { Roster, Student } from "../roster/model";
import type { TeacherComment } from "./model";
import { inRound, roundOf } from "./rounds";

export interface GridRow {
  readonly studentId: string;
  readonly studentName: string;
  readonly comment: TeacherComment | null;
}

export interface ClassGrid {
  readonly classId: string;
  readonly course: string;
  readonly period: string;
  readonly grade: string;
  readonly rows: readonly GridRow[];
}

function nameOf(student: Student): string {
  return `${student.preferredName || student.givenName} ${student.familyName}`;
}

/** Read rules: coordinators read everything, advisors their advisees', teachers their own. */
export function canRead(person: Person, roster: Roster, comment: TeacherComment): boolean {
  if (person.roles.has("coordinator")) return true;
  if (comment.teacherEmail === person.email) return true;
  if (!person.roles.has("advisor")) return false;
  const student = roster.students.find((s) => s.id === comment.studentId);
  return student?.advisorEmail === person.email;
}

/** The classes a teacher writes comments for, in period order. */
export function classesOf(roster: Roster, teacher: string) {
  return roster.classes
    .filter((c) => c.teacherEmail === teacher)
    .sort(
      (a, b) =>
        a.period.localeCompare(b.period, "en", { numeric: true }) || a.id.localeCompare(b.id),
    );
}

export function classGrid(
  roster: Roster,
  classId: string,
  teacher: string,
  comments: readonly TeacherComment[],
): ClassGrid {
  const schoolClass = roster.classes.find((c) => c.id === classId);
  if (!schoolClass) throw new Error(`There is no class “${classId}”.`);
  const students = new Map(roster.students.map((s) => [s.id, s]));
  const mine = new Map(
    comments
      .filter((c) => c.classId === classId && c.teacherEmail === teacher)
      .map((c) => [c.studentId, c]),
  );
  const rows = schoolClass.studentIds
    .map((id) => students.get(id))
    .filter((s): s is Student => s !== undefined && s.active)
    .sort(
      (a, b) => a.familyName.localeCompare(b.familyName) || a.givenName.localeCompare(b.givenName),
    )
    .map((student) => ({
      studentId: student.id,
      studentName: nameOf(student),
      comment: mine.get(student.id) ?? null,
    }));
  return {
    classId,
    course: schoolClass.course,
    period: schoolClass.period,
    grade: schoolClass.grade,
    rows,
  };
}

/** A teacher's comment of an earlier round, shown read-only beside the working round's grid. */
export interface EarlierComment {
  readonly round: string;
  readonly studentName: string;
  readonly classId: string;
  readonly course: string;
  readonly period: string;
  readonly text: string;
  readonly withdrawn: boolean;
}

/** The teacher's own comments of rounds other than `round`, latest round first, then by name. */
export function earlierComments(
  roster: Roster,
  teacher: string,
  comments: readonly TeacherComment[],
  round: string,
  term: string,
): EarlierComment[] {
  const classes = new Map(roster.classes.map((c) => [c.id, c]));
  const mine = comments.filter((c) => c.teacherEmail === teacher && !inRound(c, round, term));
  const latest = new Map<string, string>();
  for (const c of mine) {
    const name = roundOf(c, term);
    if (c.created > (latest.get(name) ?? "")) latest.set(name, c.created);
  }
  const roundOrder = (c: TeacherComment) => latest.get(roundOf(c, term)) ?? "";
  return mine
    .sort(
      (a, b) =>
        roundOrder(b).localeCompare(roundOrder(a)) ||
        roundOf(a, term).localeCompare(roundOf(b, term)) ||
        a.studentName.localeCompare(b.studentName) ||
        a.classId.localeCompare(b.classId),
    )
    .map((c) => ({
      round: roundOf(c, term),
      studentName: c.studentName,
      classId: c.classId,
      course: classes.get(c.classId)?.course ?? c.classId,
      period: c.period,
      text: c.text,
      withdrawn: c.status === "withdrawn",
    }));
}

export interface MissingComment {
  readonly teacherEmail: string;
  /** The teacher's name, with their email only when another staff member has the same name. */
  readonly teacherName: string;
  readonly classId: string;
  readonly course: string;
  readonly period: string;
  /** Student names, each with their email only when another active student has the same name. */
  readonly students: readonly string[];
}

function namesThatRepeat(names: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const name of names) (seen.has(name) ? repeated : seen).add(name);
  return repeated;
}

/** For each class, the active students its teacher has no active comment on yet. */
export function missingComments(
  roster: Roster,
  comments: readonly TeacherComment[],
): MissingComment[] {
  const done = new Set(
    comments
      .filter((c) => c.status === "active")
      .map((c) => `${c.classId} ${c.teacherEmail} ${c.studentId}`),
  );
  const students = new Map(roster.students.map((s) => [s.id, s]));
  const staff = new Map(roster.staff.map((m) => [m.email, m.name.trim()]));
  const sameStaffName = namesThatRepeat([...staff.values()]);
  const sameStudentName = namesThatRepeat(roster.students.filter((s) => s.active).map(nameOf));
  const teacherName = (email: string) => {
    const name = staff.get(email) ?? "";
    if (name === "") return email;
    return sameStaffName.has(name) ? `${name} (${email})` : name;
  };
  const studentName = (student: Student) => {
    const name = nameOf(student);
    return sameStudentName.has(name) ? `${name} (${student.email || student.id})` : name;
  };
  return roster.classes
    .map((c) => ({
      teacherEmail: c.teacherEmail,
      teacherName: teacherName(c.teacherEmail),
      classId: c.id,
      course: c.course,
      period: c.period,
      students: c.studentIds
        .filter((id) => students.get(id)?.active && !done.has(`${c.id} ${c.teacherEmail} ${id}`))
        .map((id) => studentName(students.get(id)!)),
    }))
    .filter((m) => m.students.length > 0);
}
