/*
 * Google Classroom API v1, the read-only methods a roster import calls: courses.list and
 * courses.get, courses.teachers.list and courses.students.list, and userProfiles.guardians.list,
 * each as the caller is permitted to see it, paged with pageSize and pageToken. Any other
 * Classroom method answers "not emulated". References, under
 * developers.google.com/workspace/classroom/reference/rest/v1/: courses/list, courses/get,
 * courses.teachers/list, courses.students/list, userProfiles.guardians/list, userProfiles
 * (UserProfile), and developers.google.com/workspace/classroom/reference/Access.Errors.
 */
import { domainOf } from "../core/users";
import { apiError, json, type RestRequest, type RestResponse, registerRoute } from "../rest/router";
import {
  type ClassroomProfile,
  type ClassroomStore,
  COURSE_STATES,
  type CourseState,
  type StoredCourse,
} from "./store";

const HOST = String.raw`^classroom\.googleapis\.com\/v1`;
const AUTH = "https://www.googleapis.com/auth/";

/** Google's answers for the two errors an import meets most (google.rpc codes' usual messages). */
const NOT_FOUND = "Requested entity was not found.";
const NO_PERMISSION = "The caller does not have permission";
const INSUFFICIENT_SCOPES = "Request had insufficient authentication scopes.";

/**
 * courses.teachers.list, courses.students.list: "The default is 30 if unspecified or 0".
 * courses.list and guardians.list: "Zero or unspecified indicates that the server may assign a
 * maximum"; Google publishes no figure, so the emulator assigns 30 there too (unconfirmed).
 * No maximum page size is documented: the emulator returns at most what is asked for.
 */
const DEFAULT_PAGE_SIZE = 30;

/** Each method's "Authorization scopes" section: one of these is required. */
const COURSE_SCOPES = ["classroom.courses", "classroom.courses.readonly"];
const ROSTER_SCOPES = [
  "classroom.rosters",
  "classroom.rosters.readonly",
  "classroom.profile.emails",
  "classroom.profile.photos",
];
const GUARDIAN_SCOPES = [
  "classroom.guardianlinks.students",
  "classroom.guardianlinks.students.readonly",
  "classroom.guardianlinks.me.readonly",
];
/** UserProfile.emailAddress: "Read-only. Requires the classroom.profile.emails scope" (userProfiles). */
const EMAIL_SCOPE = `${AUTH}classroom.profile.emails`;

interface Call {
  readonly request: RestRequest;
  readonly store: ClassroomStore;
  readonly scopes: readonly string[] | null;
}

type Handler = (call: Call, match: RegExpMatchArray) => RestResponse;

function route(path: string, name: string, scopes: readonly string[], handle: Handler): void {
  registerRoute({
    method: "GET",
    pattern: new RegExp(`${HOST}${path}$`),
    latencyKey: `Classroom.${name}`,
    handle: (request, match) => {
      const token = /^Bearer\s+(\S+)$/i.exec(authorization(request))?.[1] ?? "";
      const granted = request.exec.workspace.scopesOf(token);
      if (granted && !scopes.some((scope) => granted.includes(`${AUTH}${scope}`))) {
        return apiError(403, INSUFFICIENT_SCOPES);
      }
      return handle({ request, store: request.exec.workspace.classroom, scopes: granted }, match);
    },
  });
}

function authorization(request: RestRequest): string {
  const entry = Object.entries(request.headers).find(([k]) => k.toLowerCase() === "authorization");
  return String(entry?.[1] ?? "").trim();
}

const isAdmin = (call: Call) =>
  call.store.isAdminOf(call.request.user, domainOf(call.request.user));

function callerProfile(call: Call): ClassroomProfile | undefined {
  return call.store.profileByEmail(call.request.user);
}

/** "Returns a list of courses that the requesting user is permitted to view": members, and admins of the owner's domain. */
function mayView(call: Call, course: StoredCourse): boolean {
  const me = callerProfile(call);
  if (me && (course.teachers.includes(me.id) || course.students.includes(me.id))) return true;
  const owner = call.store.profileById(course.ownerId);
  return owner !== undefined && call.store.isAdminOf(call.request.user, domainOf(owner.email));
}

/** A user named as the API allows: "the numeric identifier for the user", their email, or "me". */
function userNamed(call: Call, id: string): { profile?: ClassroomProfile; error?: RestResponse } {
  if (id === "me") {
    const me = callerProfile(call);
    return { profile: me ?? { id: "", email: call.request.user, givenName: "", familyName: "" } };
  }
  if (!/^\d+$/.test(id) && !/^[^@\s]+@[^@\s]+$/.test(id)) {
    return { error: apiError(400, `Invalid user identifier: ${id}`) };
  }
  const profile = /^\d+$/.test(id) ? call.store.profileById(id) : call.store.profileByEmail(id);
  return profile ? { profile } : { error: apiError(404, NOT_FOUND) };
}

function profileJson(call: Call, profile: ClassroomProfile): Record<string, unknown> {
  const fullName = [profile.givenName, profile.familyName].filter((p) => p !== "").join(" ");
  return {
    id: profile.id,
    name: { givenName: profile.givenName, familyName: profile.familyName, fullName },
    ...(call.scopes === null || call.scopes.includes(EMAIL_SCOPE)
      ? { emailAddress: profile.email }
      : {}),
  };
}

function courseJson(call: Call, course: StoredCourse): Record<string, unknown> {
  const me = callerProfile(call);
  const teaches = me !== undefined && course.teachers.includes(me.id);
  return {
    id: course.id,
    name: course.name,
    ...(course.section ? { section: course.section } : {}),
    ...(course.room ? { room: course.room } : {}),
    ownerId: course.ownerId,
    creationTime: new Date(course.creationTime).toISOString(),
    updateTime: new Date(course.creationTime).toISOString(),
    ...(teaches || isAdmin(call) ? { enrollmentCode: `c${course.id.slice(-6)}` } : {}),
    courseState: course.courseState,
    alternateLink: `https://classroom.google.com/c/${course.id}`,
    guardiansEnabled: true,
  };
}

interface Page<T> {
  readonly items?: T[];
  readonly nextPageToken?: string;
  readonly error?: RestResponse;
}

/**
 * One page of `all`. The token carries the offset and the request it came from: "The list
 * request must be otherwise identical to the one that resulted in this token"; a token that does
 * not fit is INVALID_ARGUMENT (its message here is the emulator's own, unconfirmed).
 */
function page<T>(call: Call, all: readonly T[]): Page<T> {
  const params = call.request.url.searchParams;
  const sizeText = params.get("pageSize") ?? "0";
  const size = Number(sizeText);
  if (!Number.isInteger(size) || size < 0) {
    return { error: apiError(400, `Invalid value at 'page_size' (TYPE_INT32), "${sizeText}"`) };
  }
  const pageSize = size === 0 ? DEFAULT_PAGE_SIZE : size;
  const rest = [...params.entries()]
    .filter(([k]) => k !== "pageToken" && k !== "pageSize")
    .sort(([a], [b]) => a.localeCompare(b));
  const shape = `${call.request.url.pathname}?${new URLSearchParams(rest).toString()}`;
  let offset = 0;
  const token = params.get("pageToken");
  if (token) {
    const decoded = decodeToken(token);
    if (!decoded || decoded.shape !== shape) {
      return { error: apiError(400, "Request contains an invalid argument.") };
    }
    offset = decoded.offset;
  }
  const items = all.slice(offset, offset + pageSize);
  const next = offset + pageSize;
  return {
    items,
    ...(next < all.length
      ? { nextPageToken: Buffer.from(JSON.stringify({ shape, offset: next })).toString("base64") }
      : {}),
  };
}

function decodeToken(token: string): { shape: string; offset: number } | undefined {
  try {
    const parsed = JSON.parse(Buffer.from(token, "base64").toString("utf8"));
    return typeof parsed?.shape === "string" && Number.isInteger(parsed?.offset)
      ? parsed
      : undefined;
  } catch {
    return undefined;
  }
}

function listed(key: string, result: Page<unknown>): RestResponse {
  if (result.error) return result.error;
  return json(200, {
    ...(result.items && result.items.length > 0 ? { [key]: result.items } : {}),
    ...(result.nextPageToken ? { nextPageToken: result.nextPageToken } : {}),
  });
}

/** courses.list: teacherId, studentId ("me", an email or an ID) and courseStates filters. */
route(String.raw`\/courses`, "courses.list", COURSE_SCOPES, (call) => {
  const params = call.request.url.searchParams;
  for (const name of params.keys()) {
    const known = ["teacherId", "studentId", "courseStates", "pageSize", "pageToken"];
    if (!known.includes(name) && name !== "alt" && name !== "prettyPrint") {
      return apiError(400, `not emulated: courses.list parameter ${name}`);
    }
  }
  const states = params.getAll("courseStates");
  for (const state of states) {
    if (!COURSE_STATES.includes(state as CourseState)) {
      return apiError(
        400,
        `Invalid value at 'course_states' (type.googleapis.com/google.classroom.v1.Course.CourseState), "${state}"`,
      );
    }
  }
  /** "The default value is ACTIVE, ARCHIVED, PROVISIONED, DECLINED." */
  const wanted = states.length > 0 ? states : ["ACTIVE", "ARCHIVED", "PROVISIONED", "DECLINED"];
  const filters: ((course: StoredCourse) => boolean)[] = [];
  for (const [param, list] of [
    ["teacherId", "teachers"],
    ["studentId", "students"],
  ] as const) {
    const id = params.get(param);
    if (id === null) continue;
    const named = userNamed(call, id);
    if (named.error) return named.error;
    filters.push((course) => course[list].includes(named.profile!.id));
  }
  const courses = call.store
    .allCourses()
    .filter((course) => wanted.includes(course.courseState))
    .filter((course) => mayView(call, course))
    .filter((course) => filters.every((f) => f(course)));
  const result = page(call, courses);
  return listed("courses", {
    ...result,
    ...(result.items ? { items: result.items.map((c) => courseJson(call, c)) } : {}),
  });
});

/** A course the caller may see, or the error Google answers: NOT_FOUND, else PERMISSION_DENIED. */
function courseFor(call: Call, id: string): StoredCourse | RestResponse {
  const course = call.store.course(decodeURIComponent(id));
  if (!course) return apiError(404, NOT_FOUND);
  if (!mayView(call, course)) return apiError(403, NO_PERMISSION);
  return course;
}

const isCourse = (value: StoredCourse | RestResponse): value is StoredCourse => "teachers" in value;

route(String.raw`\/courses\/([^/:]+)`, "courses.get", COURSE_SCOPES, (call, match) => {
  const course = courseFor(call, match[1]!);
  return isCourse(course) ? json(200, courseJson(call, course)) : course;
});

for (const [list, name] of [
  ["teachers", "courses.teachers.list"],
  ["students", "courses.students.list"],
] as const) {
  route(String.raw`\/courses\/([^/:]+)\/${list}`, name, ROSTER_SCOPES, (call, match) => {
    const course = courseFor(call, match[1]!);
    if (!isCourse(course)) return course;
    const members = course[list].map((id) => call.store.profileById(id)!);
    const result = page(call, members);
    return listed(list, {
      ...result,
      ...(result.items
        ? {
            items: result.items.map((profile) => ({
              courseId: course.id,
              userId: profile.id,
              profile: profileJson(call, profile),
            })),
          }
        : {}),
    });
  });
}

/**
 * userProfiles.guardians.list: "-" only for a domain administrator; a student's guardians for
 * the student themself, their domain's administrators, and (with the domain's guardian access
 * on) the teachers of a course they are in; invitedEmailAddress "is only visible to domain
 * administrators".
 */
route(
  String.raw`\/userProfiles\/([^/:]+)\/guardians`,
  "userProfiles.guardians.list",
  GUARDIAN_SCOPES,
  (call, match) => {
    const params = call.request.url.searchParams;
    if (params.has("invitedEmailAddress") && !isAdmin(call)) return apiError(403, NO_PERMISSION);
    if (params.has("invitedEmailAddress")) {
      return apiError(400, "not emulated: guardians.list parameter invitedEmailAddress");
    }
    const id = decodeURIComponent(match[1]!);
    if (id === "-")
      return apiError(
        isAdmin(call) ? 400 : 403,
        isAdmin(call) ? "not emulated: guardians.list for every student" : NO_PERMISSION,
      );
    const named = userNamed(call, id);
    if (named.error) return named.error;
    const student = named.profile!;
    const domain = domainOf(student.email);
    if (!call.store.guardianAccessOn(domain)) return apiError(403, NO_PERMISSION);
    const me = callerProfile(call);
    const admin = call.store.isAdminOf(call.request.user, domain);
    const teachesThem =
      me !== undefined &&
      call.store
        .allCourses()
        .some((c) => c.teachers.includes(me.id) && c.students.includes(student.id));
    if (!admin && !teachesThem && me?.id !== student.id) return apiError(403, NO_PERMISSION);
    const links = call.store.guardiansOf(student.id);
    const result = page(call, links);
    return listed("guardians", {
      ...result,
      ...(result.items
        ? {
            items: result.items.map((link) => ({
              studentId: link.studentId,
              guardianId: link.guardianId,
              guardianProfile: profileJson(call, call.store.profileById(link.guardianId)!),
              ...(admin ? { invitedEmailAddress: link.invitedEmailAddress } : {}),
            })),
          }
        : {}),
    });
  },
);

for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"]) {
  registerRoute({
    method,
    pattern: new RegExp(`${HOST}\\/.*$`),
    latencyKey: "Classroom.other",
    handle: (request) => apiError(400, `not emulated: Classroom ${method} ${request.url.pathname}`),
  });
}
