/*
 * Google Classroom API v1 reads, made with a caller's own OAuth token so that Google itself
 * decides what they may see (a course they do not teach answers PERMISSION_DENIED), and the
 * OAuth2 tokeninfo check that says whose token it is and what it grants. Every list is read to
 * its last page; requests of one wave go out together with fetchAll.
 */
import type {
  ClassroomCourse,
  ClassroomGuardianLink,
  ClassroomMember,
} from "../domain/roster/classroom-source";
import { callAll, query } from "./google-api";

export const CLASSROOM = "https://classroom.googleapis.com/v1";
const TOKENINFO = "https://oauth2.googleapis.com/tokeninfo";

export interface TokenInfo {
  readonly email: string;
  readonly scopes: readonly string[];
}

/** Whose token it is and its scopes, from Google's tokeninfo; undefined when Google does not know it. */
export function tokenInfo(token: string): TokenInfo | undefined {
  const response = UrlFetchApp.fetch(`${TOKENINFO}?${query({ access_token: token })}`, {
    method: "get",
    muteHttpExceptions: true,
  });
  if (response.getResponseCode() !== 200) return undefined;
  const info = JSON.parse(response.getContentText()) as { email?: string; scope?: string };
  return {
    email: (info.email ?? "").toLowerCase(),
    scopes: (info.scope ?? "").split(" ").filter((s) => s !== ""),
  };
}

export type Read<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: string };

export interface ClassroomListing {
  readonly id: string;
  readonly name: string;
  readonly section?: string;
  readonly courseState?: string;
  readonly ownerId?: string;
}

interface Paged {
  readonly url: string;
  readonly key: string;
}

/** Reads each list to its end, one wave of requests per page; an error stops that list. */
export function readAllPages(token: string, lists: readonly Paged[]): Read<unknown[]>[] {
  const results: Read<unknown[]>[] = lists.map(() => ({ ok: true, value: [] }));
  let pending = lists.map((_list, index) => ({ index, pageToken: "" }));
  while (pending.length > 0) {
    const requests = pending.map(({ index, pageToken }) => {
      const url = lists[index]!.url;
      const joined =
        pageToken === "" ? url : `${url}${url.includes("?") ? "&" : "?"}${query({ pageToken })}`;
      return { method: "get" as const, url: joined };
    });
    const answers = callAll(requests, { token });
    const next: typeof pending = [];
    answers.forEach((answer, k) => {
      const { index } = pending[k]!;
      if (!answer.ok) {
        results[index] = { ok: false, error: answer.error };
        return;
      }
      const body = answer.value as Record<string, unknown> & { nextPageToken?: string };
      const items = (body[lists[index]!.key] as unknown[] | undefined) ?? [];
      const sofar = results[index] as { ok: true; value: unknown[] };
      sofar.value.push(...items);
      if (body.nextPageToken) next.push({ index, pageToken: body.nextPageToken });
    });
    pending = next;
  }
  return results;
}

/** The active courses the token's user may see; only those they teach when `taught`. */
export function listCourses(token: string, taught: boolean): Read<ClassroomListing[]> {
  const params = { courseStates: "ACTIVE", ...(taught ? { teacherId: "me" } : {}) };
  const [read] = readAllPages(token, [
    { url: `${CLASSROOM}/courses?${query(params)}`, key: "courses" },
  ]);
  return read as Read<ClassroomListing[]>;
}

export interface CourseRead {
  readonly courseId: string;
  readonly course: Read<ClassroomCourse>;
}

/** Each course with its teachers and students, every page of them. */
export function readCourses(token: string, courseIds: readonly string[]): CourseRead[] {
  const path = (id: string) => `${CLASSROOM}/courses/${encodeURIComponent(id)}`;
  const lists = courseIds.flatMap((id) => [
    { url: `${path(id)}/teachers`, key: "teachers" },
    { url: `${path(id)}/students`, key: "students" },
  ]);
  const courses = callAll(
    courseIds.map((id) => ({ method: "get" as const, url: path(id) })),
    {
      token,
    },
  );
  const rosters = readAllPages(token, lists);
  return courseIds.map((courseId, i) => {
    const course = courses[i]!;
    const teachers = rosters[2 * i]!;
    const students = rosters[2 * i + 1]!;
    if (!course.ok) return { courseId, course: { ok: false, error: course.error } };
    if (!teachers.ok) return { courseId, course: teachers };
    if (!students.ok) return { courseId, course: students };
    const listing = course.value as ClassroomListing;
    return {
      courseId,
      course: {
        ok: true,
        value: {
          id: listing.id,
          name: listing.name,
          ...(listing.section ? { section: listing.section } : {}),
          ...(listing.ownerId ? { ownerId: listing.ownerId } : {}),
          teachers: teachers.value as ClassroomMember[],
          students: students.value as ClassroomMember[],
        },
      },
    };
  });
}

/** The guardian links of each student (by Classroom user ID), every page of them. */
export function readGuardians(
  token: string,
  studentIds: readonly string[],
): { links: ClassroomGuardianLink[]; refused: { studentId: string; error: string }[] } {
  const reads = readAllPages(
    token,
    studentIds.map((id) => ({
      url: `${CLASSROOM}/userProfiles/${encodeURIComponent(id)}/guardians`,
      key: "guardians",
    })),
  );
  const links: ClassroomGuardianLink[] = [];
  const refused: { studentId: string; error: string }[] = [];
  reads.forEach((read, i) => {
    if (read.ok) links.push(...(read.value as ClassroomGuardianLink[]));
    else refused.push({ studentId: studentIds[i]!, error: read.error });
  });
  return { links, refused };
}
