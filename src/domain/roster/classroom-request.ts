/*
 * A Google Classroom import as it arrives from a sidebar: which courses (Classroom IDs or
 * aliases), which of them stands in for homeroom, the grade for new students, and the caller's
 * own OAuth token, which the add-on adds in the caller's execution. No roster data ever comes
 * from the client: the web app reads Classroom itself, with that token, once it has checked it.
 * The token's check fails with a ClassroomTokenError, which names what was wrong.
 */
import { ConferError } from "../errors";

export class ClassroomTokenError extends ConferError {
  readonly code = "classroom-token";

  constructor(message: string) {
    super(message);
    this.name = "ClassroomTokenError";
  }
}

export class ClassroomRequestError extends ConferError {
  readonly code = "bad-request";

  constructor(message: string) {
    super(message);
    this.name = "ClassroomRequestError";
  }
}

/** The Classroom scopes a forwarded token must grant, all read-only. */
export const CLASSROOM_SCOPES: readonly string[] = [
  "https://www.googleapis.com/auth/classroom.courses.readonly",
  "https://www.googleapis.com/auth/classroom.rosters.readonly",
  "https://www.googleapis.com/auth/classroom.profile.emails",
  "https://www.googleapis.com/auth/classroom.guardianlinks.students.readonly",
];

export interface ClassroomImportRequest {
  readonly courseIds: readonly string[];
  readonly homeroomCourseId?: string;
  readonly grade?: string;
  readonly token: string;
}

/** A Classroom course ID ("123456789") or alias ("d:math-7", "p:bio"). */
const COURSE_ID = /^(?:[dp]:)?[A-Za-z0-9._-]{1,64}$/;
const MAX_COURSES = 40;

export function parseClassroomToken(token: unknown): string {
  return typeof token === "string" ? token.trim() : "";
}

export function parseClassroomImport(request: unknown, token: unknown): ClassroomImportRequest {
  const input = (request ?? {}) as Record<string, unknown>;
  const ids = Array.isArray(input.courseIds) ? input.courseIds : [];
  if (ids.length === 0)
    throw new ClassroomRequestError("Choose at least one Google Classroom course.");
  if (ids.length > MAX_COURSES) {
    throw new ClassroomRequestError(
      `Import at most ${MAX_COURSES} Google Classroom courses at once.`,
    );
  }
  const courseIds = ids.map((id) => {
    if (typeof id !== "string" || !COURSE_ID.test(id.trim())) {
      throw new ClassroomRequestError(
        `"${String(id).slice(0, 80)}" is not a Google Classroom course ID.`,
      );
    }
    return id.trim();
  });
  const homeroom = typeof input.homeroomCourseId === "string" ? input.homeroomCourseId.trim() : "";
  if (homeroom !== "" && !courseIds.includes(homeroom)) {
    throw new ClassroomRequestError("The homeroom course must be one of the courses imported.");
  }
  const grade = typeof input.grade === "string" ? input.grade.trim().slice(0, 20) : "";
  return {
    courseIds: [...new Set(courseIds)],
    ...(homeroom !== "" ? { homeroomCourseId: homeroom } : {}),
    ...(grade !== "" ? { grade } : {}),
    token: parseClassroomToken(token),
  };
}

/** Why a tokeninfo answer does not let the web app act for `caller`, or undefined when it does. */
export function tokenProblem(
  caller: string,
  info: { readonly email: string; readonly scopes: readonly string[] } | undefined,
): string | undefined {
  if (!info) return "Google does not recognise the OAuth token sent with this request.";
  if (info.email === "" || info.email !== caller.toLowerCase()) {
    return "The OAuth token sent with this request is not yours.";
  }
  const missing = CLASSROOM_SCOPES.filter((scope) => !info.scopes.includes(scope));
  if (missing.length > 0) {
    return `Confer has not been given read access to Google Classroom (missing ${missing.map((s) => s.replace(/^.*\//, "")).join(", ")}): reopen Confer and allow it.`;
  }
  return undefined;
}
