/* Who may pull for whom: advisors for their own advisees only, coordinators for anyone. */
import { missingCommentsFor } from "../../../src/domain/pull/advisee-missing";
import { parsePullScope, pullTargets } from "../../../src/domain/pull/scope";
import { personOf } from "../../../src/domain/roles";
import type { Roster, Student } from "../../../src/domain/roster/model";

const student = (id: string, advisorEmail: string, active = true): Student => ({
  id,
  givenName: `G${id}`,
  familyName: `F${id}`,
  preferredName: "",
  email: `${id}@school.test`,
  grade: "6",
  advisorEmail,
  guardians: [],
  active,
});

const roster: Roster = {
  students: [
    student("1", "ana@school.test"),
    student("2", "ana@school.test"),
    student("3", "ben@school.test"),
    student("4", "ana@school.test", false),
  ],
  staff: [
    { email: "ana@school.test", name: "Ana", roles: ["teacher", "advisor"] },
    { email: "ben@school.test", name: "Ben", roles: ["teacher", "advisor"] },
    { email: "tom@school.test", name: "Tom", roles: ["teacher"] },
  ],
  classes: [
    {
      id: "M",
      course: "Math",
      period: "1",
      grade: "6",
      teacherEmail: "tom@school.test",
      studentIds: ["1", "2", "3"],
    },
  ],
};

const ana = personOf("ana@school.test", roster, "boss@school.test");

describe("pullTargets", () => {
  it("gives an advisor their active advisees", () => {
    expect(pullTargets(ana, roster, { kind: "advisees" }).map((s) => s.id)).toEqual(["1", "2"]);
  });

  it("refuses another advisor's student with a clear message", () => {
    expect(() => pullTargets(ana, roster, { kind: "student", studentId: "3" })).toThrow(
      "Student 3 is not your advisee: only their advisor (ben@school.test) or a coordinator can pull their comments.",
    );
  });

  it("lets a coordinator pull for any student, and refuses a teacher", () => {
    const boss = personOf("boss@school.test", roster, "boss@school.test");
    expect(pullTargets(boss, roster, { kind: "student", studentId: "3" })).toHaveLength(1);
    const tom = personOf("tom@school.test", roster, "boss@school.test");
    expect(() => pullTargets(tom, roster, { kind: "advisees" })).toThrow(/Only an advisor/);
  });

  it("reads only the two scope shapes", () => {
    expect(parsePullScope({ kind: "student", studentId: " 3 " })).toEqual({
      kind: "student",
      studentId: "3",
    });
    expect(() => parsePullScope({ kind: "all" })).toThrow(/Unknown scope/);
  });
});

describe("missingCommentsFor", () => {
  it("lists only these students, under the class teacher who has not commented", () => {
    const comment = {
      id: "C1",
      studentId: "1",
      studentName: "",
      grade: "6",
      classId: "M",
      period: "1",
      teacherEmail: "tom@school.test",
      text: "ok",
      version: 1,
      created: "",
      updated: "",
      status: "active" as const,
      round: "",
    };
    expect(missingCommentsFor(roster, ["1", "2"], [comment])).toEqual([
      expect.objectContaining({
        teacherEmail: "tom@school.test",
        classId: "M",
        students: ["G2 F2"],
      }),
    ]);
  });
});
