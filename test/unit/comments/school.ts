/* A small school for the comment domain tests: two teachers, an advisor, a coordinator, two classes. */
import type { LogEntry, TeacherComment } from "../../../src/domain/comments/model";
import type { SaveContext, SaveEntry, SaveRequest } from "../../../src/domain/comments/save";
import type { Roster, Student } from "../../../src/domain/roster/model";

export const ANA = "ana@school.test";
export const BEN = "ben@school.test";
export const ADVISOR = "ada@school.test";
export const COORDINATOR = "coordinator@school.test";
export const NOW = "2026-11-23T14:00:00.000Z";
export const EARLIER = "2026-11-20T09:00:00.000Z";
export const TERM = "2026–27";
export const FALL = "Fall 2026 student-led";
export const SPRING = "Spring 2027 student-led";

function student(id: string, given: string, family: string, extra: Partial<Student> = {}): Student {
  return {
    id,
    givenName: given,
    familyName: family,
    preferredName: "",
    email: `${id.toLowerCase()}@students.school.test`,
    grade: "7",
    advisorEmail: ADVISOR,
    guardians: [],
    active: true,
    ...extra,
  };
}

export const roster: Roster = {
  students: [
    student("S1", "Zoë", "Nguyễn"),
    student("S2", "Liam", "Abbott", { preferredName: "Lee" }),
    student("S3", "Mia", "Okafor", { advisorEmail: "other@school.test" }),
    student("S4", "Noah", "Berg", { grade: "8" }),
    student("S5", "Ivy", "Chen", { active: false }),
  ],
  staff: [
    { email: ANA, name: "Ana Diaz", roles: ["teacher"] },
    { email: BEN, name: "Ben Ito", roles: ["teacher"] },
    { email: ADVISOR, name: "Ada Lund", roles: ["advisor"] },
  ],
  classes: [
    {
      id: "MATH7-2",
      course: "Math 7",
      period: "2",
      grade: "7",
      teacherEmail: ANA,
      studentIds: ["S1", "S2", "S3", "S5"],
    },
    {
      id: "SCI7-10",
      course: "Science 7",
      period: "10",
      grade: "7",
      teacherEmail: BEN,
      studentIds: ["S1", "S2"],
    },
  ],
};

export function comment(overrides: Partial<TeacherComment> = {}): TeacherComment {
  return {
    id: "C-1",
    studentId: "S1",
    studentName: "Zoë Nguyễn",
    grade: "7",
    classId: "MATH7-2",
    period: "2",
    teacherEmail: ANA,
    text: "Steady work.",
    version: 1,
    created: EARLIER,
    updated: EARLIER,
    status: "active",
    round: FALL,
    ...overrides,
  };
}

export function context(
  caller: string,
  existing: readonly TeacherComment[] = [],
  isCoordinator = false,
  round = FALL,
): SaveContext {
  let n = 0;
  return {
    caller,
    isCoordinator,
    roster,
    existing,
    round,
    term: TERM,
    now: NOW,
    newId: () => `C-new-${++n}`,
  };
}

export function request(
  entries: SaveEntry[],
  teacherEmail = ANA,
  classId = "MATH7-2",
): SaveRequest {
  return { classId, teacherEmail, entries };
}

/** A Comment Log entry by Ana, as a save writes it. */
export function logEntry(
  action: LogEntry["action"],
  before: TeacherComment | null,
  after: TeacherComment | null,
): LogEntry {
  return {
    time: NOW,
    actor: ANA,
    action,
    commentId: (after ?? before)?.id ?? "",
    before,
    after,
    reason: "",
  };
}
