/* Read rules, a teacher's class grid, their comments of earlier rounds, and the coordinator's missing comments. */

import {
  canRead,
  classGrid,
  earlierComments,
  missingComments,
} from "../../../src/domain/comments/views";
import type { Person, Role } from "../../../src/domain/roles";
import { ADVISOR, ANA, BEN, COORDINATOR, comment, FALL, roster, SPRING, TERM } from "./school";

const person = (email: string, ...roles: Role[]): Person => ({ email, roles: new Set(roles) });

describe("who reads which comment", () => {
  const anasOnZoe = comment();
  const anasOnMia = comment({ id: "C-3", studentId: "S3" });

  it("lets a teacher read their own comments only", () => {
    expect(canRead(person(ANA, "teacher"), roster, anasOnZoe)).toBe(true);
    expect(canRead(person(BEN, "teacher"), roster, anasOnZoe)).toBe(false);
  });

  it("lets an advisor read their advisees' comments and no one else's", () => {
    expect(canRead(person(ADVISOR, "advisor"), roster, anasOnZoe)).toBe(true);
    expect(canRead(person(ADVISOR, "advisor"), roster, anasOnMia)).toBe(false);
    expect(canRead(person(ADVISOR, "teacher"), roster, anasOnZoe)).toBe(false);
  });

  it("lets a coordinator read everything", () => {
    expect(canRead(person(COORDINATOR, "coordinator"), roster, anasOnMia)).toBe(true);
  });
});

describe("a teacher's grid for one class", () => {
  it("lists the active enrolled students by family name with the teacher's own comments", () => {
    const mine = comment({ studentId: "S2" });
    const grid = classGrid(roster, "MATH7-2", ANA, [
      mine,
      comment({ id: "C-b", teacherEmail: BEN, classId: "SCI7-10" }),
      comment({ id: "C-c", studentId: "S3", classId: "SCI7-10" }),
    ]);
    expect(grid).toMatchObject({ classId: "MATH7-2", course: "Math 7", period: "2", grade: "7" });
    expect(grid.rows).toEqual([
      { studentId: "S2", studentName: "Lee Abbott", comment: mine },
      { studentId: "S1", studentName: "Zoë Nguyễn", comment: null },
      { studentId: "S3", studentName: "Mia Okafor", comment: null },
    ]);
  });

  it("throws for a class that does not exist", () => {
    expect(() => classGrid(roster, "NOPE", ANA, [])).toThrow("There is no class “NOPE”.");
  });
});

describe("missing comments", () => {
  it("lists, per class, the active students its teacher has no active comment on", () => {
    const missing = missingComments(roster, [
      comment({ studentId: "S1" }),
      comment({ id: "C-2", studentId: "S2", status: "withdrawn" }),
      comment({ id: "C-3", studentId: "S3", teacherEmail: BEN }),
      comment({ id: "C-4", studentId: "S1", classId: "SCI7-10", teacherEmail: BEN }),
      comment({ id: "C-5", studentId: "S2", classId: "SCI7-10", teacherEmail: BEN }),
    ]);
    expect(missing).toEqual([
      {
        teacherEmail: ANA,
        teacherName: "Ana Diaz",
        classId: "MATH7-2",
        course: "Math 7",
        period: "2",
        students: ["Lee Abbott", "Mia Okafor"],
      },
    ]);
  });

  it("names teachers and students, adding the email only to tell two of the same name apart", () => {
    const clash = {
      ...roster,
      students: roster.students.map((s) =>
        s.id === "S3" ? { ...s, givenName: "Lee", familyName: "Abbott" } : s,
      ),
      staff: [
        ...roster.staff.filter((m) => m.email !== BEN),
        { email: BEN, name: "Ana Diaz", roles: ["teacher" as const] },
      ],
    };
    const missing = missingComments(clash, [comment({ studentId: "S1" })]);
    expect(missing.map((m) => [m.teacherName, m.students])).toEqual([
      [
        `Ana Diaz (${ANA})`,
        ["Lee Abbott (s2@students.school.test)", "Lee Abbott (s3@students.school.test)"],
      ],
      [`Ana Diaz (${BEN})`, ["Zoë Nguyễn", "Lee Abbott (s2@students.school.test)"]],
    ]);
    const unknown = { ...roster, staff: [] };
    expect(missingComments(unknown, [])[0]?.teacherName).toBe(ANA);
  });

  it("lists every student of every class when there are no comments", () => {
    expect(missingComments(roster, []).map((m) => [m.classId, m.students.length])).toEqual([
      ["MATH7-2", 3],
      ["SCI7-10", 2],
    ]);
  });
});

describe("a teacher's comments of earlier rounds", () => {
  it("lists the teacher's own comments of other rounds, latest round first, then by name", () => {
    const comments = [
      comment({ id: "C-f1", studentName: "Zoë Nguyễn", created: "2026-11-10T09:00:00.000Z" }),
      comment({
        id: "C-f2",
        studentId: "S2",
        studentName: "Lee Abbott",
        status: "withdrawn",
        created: "2026-11-11T09:00:00.000Z",
      }),
      comment({ id: "C-t", round: "", created: "2026-09-01T09:00:00.000Z" }),
      comment({ id: "C-s", round: SPRING, created: "2027-03-10T09:00:00.000Z" }),
      comment({ id: "C-ben", teacherEmail: BEN, classId: "SCI7-10" }),
    ];
    expect(earlierComments(roster, ANA, comments, SPRING, TERM)).toEqual([
      {
        round: FALL,
        studentName: "Lee Abbott",
        classId: "MATH7-2",
        course: "Math 7",
        period: "2",
        text: "Steady work.",
        withdrawn: true,
      },
      expect.objectContaining({ round: FALL, studentName: "Zoë Nguyễn", withdrawn: false }),
      expect.objectContaining({ round: TERM, studentName: "Zoë Nguyễn" }),
    ]);
  });
});
