/*
 * Import roster from Google Classroom, run as the hub owner for a coordinator (any courses they
 * can see in Classroom) or for a teacher (only courses they teach, which become their classes for
 * a classroom round). The Classroom reads are made with the caller's own OAuth token, forwarded
 * by the add-on and checked here with Google's tokeninfo (it must be the caller's, with
 * Classroom's read-only scopes), so that Google itself refuses a course the caller may not see;
 * the hub is written, as by every import, only here in the owner's web app. Nothing the client
 * sends is taken as roster data.
 */
import {
  CLASSROOM_CLASS_PREFIX,
  type ClassroomCourse,
  type ImportOutcome,
  importClassroom,
  type Problem,
} from "../../domain/roster";
import {
  type ClassroomImportRequest,
  ClassroomTokenError,
  tokenProblem,
} from "../../domain/roster/classroom-request";
import { listCourses, readCourses, readGuardians, tokenInfo } from "../../workspace/classroom-api";
import { importUnderLock, type RosterImportResult } from "./import";

export interface ClassroomCourseChoice {
  readonly id: string;
  readonly name: string;
  readonly section: string;
}

export interface ClassroomCoursesView {
  readonly courses: readonly ClassroomCourseChoice[];
  /** Google's refusal, when it would not list them. */
  readonly problem?: string;
}

export type ClassroomImportResult = RosterImportResult & {
  /** The classes the courses became, for a classroom round. */
  readonly classIds: readonly string[];
};

/** The caller's forwarded token, once Google says it is theirs and lets Confer read Classroom. */
function verifiedToken(caller: string, token: string): string {
  if (token === "") {
    throw new ClassroomTokenError(
      "No Google sign-in came with this request: open Confer from its menu and try again.",
    );
  }
  const problem = tokenProblem(caller, tokenInfo(token));
  if (problem) throw new ClassroomTokenError(problem);
  return token;
}

/** The active courses the caller can see in Classroom; only those they teach when `taught`. */
export function classroomCoursesFor(
  caller: string,
  token: string,
  taught: boolean,
): ClassroomCoursesView {
  const listed = listCourses(verifiedToken(caller, token), taught);
  if (!listed.ok) {
    return {
      courses: [],
      problem: `Google Classroom would not list your courses: ${listed.error}`,
    };
  }
  return {
    courses: listed.value.map((c) => ({ id: c.id, name: c.name, section: c.section ?? "" })),
  };
}

const teacherEmails = (course: ClassroomCourse) =>
  course.teachers.map((t) => (t.profile?.emailAddress ?? "").toLowerCase());

function refusedWith(problems: readonly string[]): ClassroomImportResult {
  return { imported: false, problems, warnings: [], classIds: [] };
}

function guardianWarning(refused: number, error: string): Problem {
  return {
    file: "Google Classroom guardians",
    row: 0,
    field: "",
    value: "",
    reason: `Google Classroom would not show the guardians of ${refused} student${refused === 1 ? "" : "s"} (${error}): they keep the guardians Confer already had`,
  };
}

function withWarning(outcome: ImportOutcome, warning: Problem | undefined): ImportOutcome {
  return warning ? { ...outcome, warnings: [...outcome.warnings, warning] } : outcome;
}

export function importClassroomFor(
  caller: string,
  request: ClassroomImportRequest,
  taught: boolean,
): ClassroomImportResult {
  const token = verifiedToken(caller, request.token);
  const reads = readCourses(token, request.courseIds);
  const refused = reads.flatMap((read) =>
    read.course.ok ? [] : [`Google Classroom course ${read.courseId}: ${read.course.error}`],
  );
  if (refused.length > 0) return refusedWith(refused);
  const courses = reads.map((read) => (read.course as { value: ClassroomCourse }).value);
  if (taught) {
    const notMine = courses.filter((course) => !teacherEmails(course).includes(caller));
    if (notMine.length > 0) {
      return refusedWith(
        notMine.map(
          (c) =>
            `Google Classroom course "${c.name}" (${c.id}): you do not teach it, so it cannot be one of your classes.`,
        ),
      );
    }
  }
  const studentIds = [...new Set(courses.flatMap((c) => c.students.map((s) => s.userId)))];
  const guardians = readGuardians(token, studentIds);
  const first = guardians.refused[0];
  const warning = first ? guardianWarning(guardians.refused.length, first.error) : undefined;
  const result = importUnderLock(caller, (context) =>
    withWarning(
      importClassroom(
        {
          courses,
          guardians: guardians.links,
          ...(!taught && request.homeroomCourseId
            ? { homeroomCourseId: request.homeroomCourseId }
            : {}),
          ...(request.grade ? { grade: request.grade } : {}),
          ...(taught ? { teacherEmail: caller } : {}),
        },
        context.settings,
        context.roster,
      ),
      warning,
    ),
  );
  return {
    ...result,
    classIds: result.imported ? courses.map((c) => `${CLASSROOM_CLASS_PREFIX}${c.id}`) : [],
  };
}
