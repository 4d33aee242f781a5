/*
 * The demo school as a OneRoster 1.1 CSV set (/work/brief/ROSTER.md): users with guardians
 * linked through agentSourcedIds, scheduled classes and one homeroom per advisory group, and
 * their enrollments; plus orgs.csv and academicSessions.csv, as a student information system
 * would export them.
 */
import { toCsv } from "./csv";
import type { DemoGuardian, DemoSchool } from "./model";

export type OneRosterCsv = {
  readonly "orgs.csv": string;
  readonly "academicSessions.csv": string;
  readonly "users.csv": string;
  readonly "classes.csv": string;
  readonly "enrollments.csv": string;
};

const MODIFIED = "2026-08-15T00:00:00.000Z";
const SCHOOL_ID = "org-maple-grove";
const DISTRICT_ID = "org-district";
const TERM_ID = "term-fall-2026";
const YEAR_ID = "year-2026-27";

const USER_HEADER = [
  "sourcedId",
  "status",
  "dateLastModified",
  "enabledUser",
  "orgSourcedIds",
  "role",
  "username",
  "userIds",
  "givenName",
  "familyName",
  "middleName",
  "identifier",
  "email",
  "sms",
  "phone",
  "agentSourcedIds",
  "grades",
  "password",
  "metadata.preferredName",
  "metadata.language",
  "metadata.relationship",
];

const CLASS_HEADER = [
  "sourcedId",
  "status",
  "dateLastModified",
  "title",
  "grades",
  "courseSourcedId",
  "classCode",
  "classType",
  "location",
  "schoolSourcedId",
  "termSourcedIds",
  "subjects",
  "subjectCodes",
  "periods",
];

const ENROLLMENT_HEADER = [
  "sourcedId",
  "status",
  "dateLastModified",
  "classSourcedId",
  "schoolSourcedId",
  "userSourcedId",
  "role",
  "primary",
  "beginDate",
  "endDate",
];

const studentSourcedId = (id: string) => `stu-${id}`;
const staffSourcedId = (email: string) => `staff-${email.split("@")[0]}`;
const twoDigitGrade = (grade: string) => grade.padStart(2, "0");

/** OneRoster's role for a guardian, from the relationship people wrote. */
export function guardianRole(relationship: string): "parent" | "guardian" | "relative" {
  if (/mother|father|parent/i.test(relationship)) return "parent";
  if (/grand|aunt|uncle|sibling|cousin/i.test(relationship)) return "relative";
  return "guardian";
}

function guardianRow(guardian: DemoGuardian): string[] {
  return [
    guardian.id,
    "active",
    MODIFIED,
    "true",
    SCHOOL_ID,
    guardianRole(guardian.relationship),
    guardian.email,
    "",
    guardian.givenName,
    guardian.familyName,
    "",
    "",
    guardian.email,
    "",
    "",
    studentSourcedId(guardian.studentId),
    "",
    "",
    "",
    guardian.language,
    guardian.relationship,
  ];
}

function users(school: DemoSchool): string {
  const staff = school.staff.map((member) => [
    staffSourcedId(member.email),
    "active",
    MODIFIED,
    "true",
    SCHOOL_ID,
    member.roles.includes("teacher") ? "teacher" : "administrator",
    member.email,
    "",
    member.givenName,
    member.familyName,
    "",
    "",
    member.email,
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
  ]);
  const students = school.students.map((student) => [
    studentSourcedId(student.id),
    "active",
    MODIFIED,
    "true",
    SCHOOL_ID,
    "student",
    student.email,
    "",
    student.givenName,
    student.familyName,
    "",
    student.id,
    student.email,
    "",
    "",
    student.guardians.map((g) => g.id).join(","),
    twoDigitGrade(student.grade),
    "",
    student.preferredName,
    "",
    "",
  ]);
  return toCsv(USER_HEADER, [...staff, ...students, ...school.guardians.map(guardianRow)]);
}

function classes(school: DemoSchool): string {
  const scheduled = school.classes.map((c) => [
    c.id,
    "active",
    MODIFIED,
    c.course,
    twoDigitGrade(c.grade),
    `course-${c.id.split("-")[0]!.toLowerCase()}-${c.grade}`,
    c.id,
    "scheduled",
    `Room ${100 * Number(c.grade) + c.period}`,
    SCHOOL_ID,
    TERM_ID,
    c.course,
    "",
    String(c.period),
  ]);
  const homerooms = school.advisors.map((a) => [
    a.id,
    "active",
    MODIFIED,
    `Advisory ${a.id.slice(4)}`,
    twoDigitGrade(a.grade),
    `course-advisory-${a.grade}`,
    a.id,
    "homeroom",
    `Room ${100 * Number(a.grade) + a.period}`,
    SCHOOL_ID,
    TERM_ID,
    "Advisory",
    "",
    String(a.period),
  ]);
  return toCsv(CLASS_HEADER, [...scheduled, ...homerooms]);
}

function enrollments(school: DemoSchool): string {
  const rows: string[][] = [];
  const enroll = (classId: string, user: string, role: "student" | "teacher") =>
    rows.push([
      `enr-${classId}-${user}`,
      "active",
      MODIFIED,
      classId,
      SCHOOL_ID,
      user,
      role,
      role === "teacher" ? "true" : "false",
      "2026-08-24",
      "2026-12-18",
    ]);
  const groups = [
    ...school.classes.map((c) => ({ id: c.id, teacher: c.teacherEmail, students: c.studentIds })),
    ...school.advisors.map((a) => ({ id: a.id, teacher: a.advisorEmail, students: a.studentIds })),
  ];
  for (const group of groups) {
    enroll(group.id, staffSourcedId(group.teacher), "teacher");
    for (const id of group.students) enroll(group.id, studentSourcedId(id), "student");
  }
  return toCsv(ENROLLMENT_HEADER, rows);
}

export function toOneRosterCsv(school: DemoSchool): OneRosterCsv {
  return {
    "orgs.csv": toCsv(
      ["sourcedId", "status", "dateLastModified", "name", "type", "identifier", "parentSourcedId"],
      [
        [DISTRICT_ID, "active", MODIFIED, "Maple Grove Unified", "district", "MGU", ""],
        [SCHOOL_ID, "active", MODIFIED, school.name, "school", "MGMS", DISTRICT_ID],
      ],
    ),
    "academicSessions.csv": toCsv(
      [
        "sourcedId",
        "status",
        "dateLastModified",
        "title",
        "type",
        "startDate",
        "endDate",
        "parentSourcedId",
        "schoolYear",
      ],
      [
        [
          YEAR_ID,
          "active",
          MODIFIED,
          "2026-27",
          "schoolYear",
          "2026-08-24",
          "2027-06-11",
          "",
          "2027",
        ],
        [
          TERM_ID,
          "active",
          MODIFIED,
          school.term,
          "term",
          "2026-08-24",
          "2026-12-18",
          YEAR_ID,
          "2027",
        ],
      ],
    ),
    "users.csv": users(school),
    "classes.csv": classes(school),
    "enrollments.csv": enrollments(school),
  };
}
