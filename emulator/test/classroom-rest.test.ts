/*
 * Google Classroom API v1 read methods and OAuth2 tokeninfo through callRest, as documented under
 * developers.google.com/workspace/classroom/reference/rest/v1 (courses.list and get,
 * courses.teachers.list, courses.students.list, userProfiles.guardians.list, Access.Errors).
 */
import type { Workspace } from "..";
import { rest } from "../rest/client";
import { OUTSIDER, OWNER, schoolWorkspace, TEACHER } from "./harness";

const V1 = "https://classroom.googleapis.com/v1";
const OTHER = "other.teacher@school.test";
const AUTH = "https://www.googleapis.com/auth/";

function school(): { ws: Workspace; course: string; other: string } {
  const ws = schoolWorkspace("counter");
  ws.users.add(OTHER, "Olga Other");
  const course = ws.classroom.createCourse(
    { name: "Biology", owner: TEACHER, section: "P2" },
    ws.now(),
  ).id;
  const other = ws.classroom.createCourse({ name: "Chemistry", owner: OTHER }, ws.now()).id;
  for (let i = 1; i <= 35; i++) {
    ws.classroom.addStudent(course, {
      email: `s${i}@school.test`,
      givenName: `Stu${i}`,
      familyName: "Dent",
    });
  }
  ws.classroom.addGuardian("s1@school.test", {
    email: "parent1@gmail.test",
    givenName: "Pat",
    familyName: "Dent",
  });
  ws.classroom.addStudent(other, "s2@school.test");
  return { ws, course, other };
}

const errorOf = (reply: {
  status: number;
  json: () => { error: { message: string; status: string } };
}) => ({
  status: reply.status,
  code: reply.json().error.status,
  message: reply.json().error.message,
});

describe("the emulated Classroom API", () => {
  it("lists the caller's courses, newest first, filtered by teacherId=me", () => {
    const { ws, course } = school();
    const mine = rest(ws, TEACHER, "GET", `${V1}/courses?teacherId=me`).json();
    expect(mine.courses.map((c: { id: string }) => c.id)).toEqual([course]);
    expect(mine.courses[0]).toMatchObject({
      name: "Biology",
      section: "P2",
      courseState: "ACTIVE",
    });
    expect(rest(ws, OUTSIDER, "GET", `${V1}/courses`).json()).toEqual({});
  });

  it("pages students 30 at a time by default, and refuses a token from another request", () => {
    const { ws, course } = school();
    const first = rest(ws, TEACHER, "GET", `${V1}/courses/${course}/students`).json();
    expect(first.students).toHaveLength(30);
    expect(first.students[0].profile).toMatchObject({
      name: { givenName: "Stu1", familyName: "Dent", fullName: "Stu1 Dent" },
      emailAddress: "s1@school.test",
    });
    const token = encodeURIComponent(first.nextPageToken);
    const second = rest(
      ws,
      TEACHER,
      "GET",
      `${V1}/courses/${course}/students?pageToken=${token}`,
    ).json();
    expect(second.students).toHaveLength(5);
    expect(second.nextPageToken).toBeUndefined();
    const bad = rest(ws, TEACHER, "GET", `${V1}/courses/${course}/teachers?pageToken=${token}`);
    expect(bad.status).toBe(400);
    const small = rest(ws, TEACHER, "GET", `${V1}/courses/${course}/students?pageSize=10`).json();
    expect(small.students).toHaveLength(10);
  });

  it("answers NOT_FOUND for an unknown course and PERMISSION_DENIED for one the caller is not in", () => {
    const { ws, other } = school();
    expect(errorOf(rest(ws, TEACHER, "GET", `${V1}/courses/999`))).toEqual({
      status: 404,
      code: "NOT_FOUND",
      message: "Requested entity was not found.",
    });
    expect(errorOf(rest(ws, TEACHER, "GET", `${V1}/courses/${other}/students`))).toEqual({
      status: 403,
      code: "PERMISSION_DENIED",
      message: "The caller does not have permission",
    });
  });

  it("lets a domain administrator see every course of the domain", () => {
    const { ws, other } = school();
    ws.classroom.makeAdmin(OWNER);
    expect(rest(ws, OWNER, "GET", `${V1}/courses/${other}/teachers`).json().teachers).toHaveLength(
      1,
    );
    expect(rest(ws, OWNER, "GET", `${V1}/courses`).json().courses).toHaveLength(2);
  });

  it("shows a student's guardians to their teacher, without invitedEmailAddress, and to nobody else", () => {
    const { ws } = school();
    const listed = rest(ws, TEACHER, "GET", `${V1}/userProfiles/s1@school.test/guardians`).json();
    expect(listed.guardians).toHaveLength(1);
    expect(listed.guardians[0].guardianProfile).toMatchObject({
      emailAddress: "parent1@gmail.test",
      name: { fullName: "Pat Dent" },
    });
    expect(listed.guardians[0].invitedEmailAddress).toBeUndefined();
    expect(rest(ws, OTHER, "GET", `${V1}/userProfiles/s1@school.test/guardians`).status).toBe(403);
    expect(rest(ws, TEACHER, "GET", `${V1}/userProfiles/-/guardians`).status).toBe(403);
    expect(rest(ws, TEACHER, "GET", `${V1}/userProfiles/nobody@school.test/guardians`).status).toBe(
      404,
    );
    ws.classroom.setGuardianAccess("school.test", false);
    expect(rest(ws, TEACHER, "GET", `${V1}/userProfiles/s1@school.test/guardians`).status).toBe(
      403,
    );
  });

  it("leaves out emails without the profile.emails scope and refuses a token without a roster scope", () => {
    const { ws, course } = school();
    const noEmails = ws.issueToken(TEACHER, [`${AUTH}classroom.rosters.readonly`]);
    const listed = rest(
      ws,
      TEACHER,
      "GET",
      `${V1}/courses/${course}/students`,
      undefined,
      noEmails,
    ).json();
    expect(listed.students[0].profile.emailAddress).toBeUndefined();
    const coursesOnly = ws.issueToken(TEACHER, [`${AUTH}classroom.courses.readonly`]);
    const refused = rest(
      ws,
      TEACHER,
      "GET",
      `${V1}/courses/${course}/students`,
      undefined,
      coursesOnly,
    );
    expect(errorOf(refused)).toMatchObject({
      status: 403,
      message: "Request had insufficient authentication scopes.",
    });
  });

  it("answers not emulated for a method it does not emulate", () => {
    const { ws } = school();
    const reply = rest(ws, TEACHER, "POST", `${V1}/courses`, { name: "New" });
    expect(reply.status).toBe(400);
    expect(reply.json().error.message).toMatch(/^not emulated: Classroom POST/);
  });

  it("stops a user at 1,200 Classroom queries a minute with 429", () => {
    const { ws, course } = school();
    ws.rates.setLimit("Classroom API queries", 2);
    rest(ws, TEACHER, "GET", `${V1}/courses/${course}`);
    rest(ws, TEACHER, "GET", `${V1}/courses/${course}`);
    expect(rest(ws, TEACHER, "GET", `${V1}/courses/${course}`).status).toBe(429);
  });
});

describe("the emulated tokeninfo endpoint", () => {
  it("names the token's user and scopes, and refuses an unknown token", () => {
    const ws = schoolWorkspace("counter");
    const token = ws.issueToken(TEACHER, [
      `${AUTH}userinfo.email`,
      `${AUTH}classroom.courses.readonly`,
    ]);
    const info = rest(
      ws,
      OWNER,
      "GET",
      `https://oauth2.googleapis.com/tokeninfo?access_token=${token}`,
    ).json();
    expect(info).toMatchObject({ email: TEACHER, email_verified: "true" });
    expect(info.scope.split(" ")).toContain(`${AUTH}classroom.courses.readonly`);
    const bad = rest(
      ws,
      OWNER,
      "GET",
      "https://oauth2.googleapis.com/tokeninfo?access_token=ya29.nope",
    );
    expect(bad.status).toBe(400);
    expect(bad.json()).toEqual({ error: "invalid_token", error_description: "Invalid Value" });
  });
});
