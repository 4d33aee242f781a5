/* Assigning advisors from the sidebar: who needs one, and every assignment checked before any is written. */
import { advisorsView, NO_ADVISOR_YET } from "../../../src/domain/advisors/advisors-view";
import {
  decideAssignments,
  parseAssignments,
  withAdvisors,
} from "../../../src/domain/advisors/assign";
import type { Roster, Student } from "../../../src/domain/roster/model";

const student = (id: string, over: Partial<Student> = {}): Student => ({
  id,
  givenName: `Given${id}`,
  familyName: `Family${id}`,
  preferredName: "",
  email: `${id}@students.school.test`,
  grade: "6",
  advisorEmail: "",
  guardians: [],
  active: true,
  ...over,
});

const roster: Roster = {
  students: [
    student("S3", { advisorEmail: "ana@school.test" }),
    student("S1"),
    student("S2", { advisorEmail: "gone@school.test", preferredName: "Bo" }),
    student("S4", { active: false }),
  ],
  staff: [
    { email: "zed@school.test", name: "Zed Young", roles: ["teacher", "advisor"] },
    { email: "ana@school.test", name: "Ana Díaz", roles: ["advisor"] },
    { email: "tom@school.test", name: "Tom Teach", roles: ["teacher"] },
    { email: "gone@school.test", name: "Gone Away", roles: ["advisor"], active: false },
  ],
  classes: [],
};

describe("advisorsView", () => {
  const view = advisorsView(roster);

  it("lists the active students who need an advisor, with why, by family name", () => {
    expect(view.needsAdvisor.map((r) => [r.id, r.name, r.grade, r.needs])).toEqual([
      ["S1", "GivenS1 FamilyS1", "6", NO_ADVISOR_YET],
      [
        "S2",
        "Bo FamilyS2",
        "6",
        "gone@school.test is no longer active staff with the advisor role",
      ],
    ]);
  });

  it("lists every active student, and only active advisors to choose from", () => {
    expect(view.students.map((r) => r.id)).toEqual(["S1", "S2", "S3"]);
    expect(view.students.find((r) => r.id === "S3")).toMatchObject({
      advisorEmail: "ana@school.test",
      advisorName: "Ana Díaz",
      needs: "",
    });
    expect(view.advisors).toEqual([
      { email: "ana@school.test", name: "Ana Díaz" },
      { email: "zed@school.test", name: "Zed Young" },
    ]);
  });
});

describe("decideAssignments", () => {
  it("gives the changes, and counts an advisor asked for again as unchanged", () => {
    const decision = decideAssignments(roster, [
      { studentId: "S1", advisorEmail: "zed@school.test" },
      { studentId: "S2", advisorEmail: "ana@school.test" },
      { studentId: "S3", advisorEmail: "ana@school.test" },
    ]);
    expect(decision).toEqual({
      ok: true,
      changes: [
        { studentId: "S1", student: "GivenS1 FamilyS1", from: "", to: "zed@school.test" },
        {
          studentId: "S2",
          student: "Bo FamilyS2",
          from: "gone@school.test",
          to: "ana@school.test",
        },
      ],
      unchanged: ["S3"],
    });
    if (!decision.ok) return;
    const after = withAdvisors(roster, decision.changes);
    expect(after.students.map((s) => s.advisorEmail)).toEqual([
      "ana@school.test",
      "zed@school.test",
      "ana@school.test",
      "",
    ]);
    expect(advisorsView(after).needsAdvisor).toEqual([]);
  });

  it("refuses them all, each by name, when any is wrong", () => {
    const decision = decideAssignments(roster, [
      { studentId: "S1", advisorEmail: "zed@school.test" },
      { studentId: "S9", advisorEmail: "zed@school.test" },
      { studentId: "S4", advisorEmail: "zed@school.test" },
      { studentId: "S3", advisorEmail: "tom@school.test" },
      { studentId: "S2", advisorEmail: "gone@school.test" },
      { studentId: "S2", advisorEmail: "nobody@school.test" },
      { studentId: "S1", advisorEmail: "ana@school.test" },
    ]);
    expect(decision).toEqual({
      ok: false,
      problems: [
        "Student ID “S9” is not in the roster.",
        "GivenS4 FamilyS4 (Student ID S4) is inactive in the roster: the last import left them out.",
        "GivenS3 FamilyS3 (Student ID S3): tom@school.test is a staff member, but without the advisor role.",
        "Bo FamilyS2 (Student ID S2): gone@school.test is no longer active staff.",
        "Bo FamilyS2 (Student ID S2) was given two advisors: gone@school.test and nobody@school.test.",
        "GivenS1 FamilyS1 (Student ID S1) was given two advisors: zed@school.test and ana@school.test.",
      ],
    });
    expect(decideAssignments(roster, [{ studentId: "S1", advisorEmail: "x@y.test" }])).toEqual({
      ok: false,
      problems: ["GivenS1 FamilyS1 (Student ID S1): x@y.test is not a staff member in the roster."],
    });
    expect(decideAssignments(roster, [{ studentId: "S1", advisorEmail: "" }])).toEqual({
      ok: false,
      problems: ["GivenS1 FamilyS1 (Student ID S1): no advisor was chosen."],
    });
    expect(decideAssignments(roster, [])).toEqual({
      ok: false,
      problems: ["Nothing to save: choose an advisor for at least one student."],
    });
  });
});

describe("parseAssignments", () => {
  it("trims IDs and lower-cases emails, and refuses anything but a list of pairs", () => {
    expect(parseAssignments([{ studentId: " S1 ", advisorEmail: " Zed@School.test" }])).toEqual([
      { studentId: "S1", advisorEmail: "zed@school.test" },
    ]);
    for (const bad of [undefined, "S1", [{ studentId: "S1" }], [null]]) {
      expect(() => parseAssignments(bad)).toThrow(
        "Assign advisors takes a list of students, each with a studentId and an advisorEmail.",
      );
    }
  });
});
