/* Re-import: people updated in place, leavers made inactive, fields Confer does not own kept. */
import { mergeRoster, type Roster, type Student } from "../../../src/domain/roster";

const student = (id: string, over: Partial<Student> = {}): Student => ({
  id,
  givenName: `Given ${id}`,
  familyName: "Lopez",
  preferredName: "",
  email: `${id.toLowerCase()}@students.school.test`,
  grade: "6",
  advisorEmail: "adv@school.test",
  guardians: [
    { name: "Luz Lopez", email: `luz.${id}@mail.test`, language: "es", relationship: "Mother" },
  ],
  active: true,
  ...over,
});

const current: Roster = {
  students: [
    { ...student("S1"), docId: "doc-1" } as Student,
    student("S2"),
    student("S3"),
    student("S4", { active: false }),
    student("S5", { active: false }),
  ],
  staff: [
    { email: "adv@school.test", name: "Ada Vance", roles: ["advisor"] },
    { email: "old@school.test", name: "Old Timer", roles: ["teacher"] },
  ],
  classes: [
    {
      id: "M1",
      course: "Math",
      period: "1",
      grade: "6",
      teacherEmail: "adv@school.test",
      studentIds: ["S1"],
    },
    {
      id: "GONE",
      course: "Art",
      period: "2",
      grade: "6",
      teacherEmail: "adv@school.test",
      studentIds: [],
    },
  ],
};

const incoming: Roster = {
  students: [student("S1", { grade: "7" }), student("S2"), student("S4"), student("S6")],
  staff: [
    { email: "adv@school.test", name: "Ada Vance", roles: ["advisor", "teacher"] },
    { email: "new@school.test", name: "New Hire", roles: ["teacher"] },
  ],
  classes: [
    {
      id: "M1",
      course: "Math",
      period: "1",
      grade: "6",
      teacherEmail: "adv@school.test",
      studentIds: ["S1", "S2"],
    },
    {
      id: "M2",
      course: "Music",
      period: "3",
      grade: "6",
      teacherEmail: "new@school.test",
      studentIds: ["S6"],
    },
  ],
};

describe("mergeRoster", () => {
  const before = JSON.stringify(current);
  const { roster, summary } = mergeRoster(current, incoming);

  it("counts what changed", () => {
    expect(summary).toEqual({
      added: 1,
      updated: 1,
      deactivated: 1,
      reactivated: 1,
      unchanged: 2,
      staff: { added: 1, updated: 1, deactivated: 1, unchanged: 0 },
      classes: { added: 1, updated: 1, removed: 1, unchanged: 0 },
      guardians: { added: 2, updated: 0, deactivated: 1, unchanged: 2 },
      imported: { students: 4, staff: 2, classes: 2, guardians: 4 },
    });
  });

  it("counts a guardian whose language changed as updated, and one no active student lists as inactive", () => {
    const spanish = incoming.students.map((s) =>
      s.id === "S2" ? { ...s, guardians: [{ ...s.guardians[0]!, language: "en" }] } : s,
    );
    const merged = mergeRoster(current, { ...incoming, students: spanish });
    expect(merged.summary.guardians).toEqual({
      added: 2,
      updated: 1,
      deactivated: 1,
      unchanged: 1,
    });
  });

  it("counts a guardian of siblings once", () => {
    const shared = { name: "Luz Lopez", email: "luz@mail.test", language: "es", relationship: "" };
    const siblings = incoming.students.map((s) => ({ ...s, guardians: [shared] }));
    const merged = mergeRoster(current, { ...incoming, students: siblings });
    expect(merged.summary.imported.guardians).toBe(1);
  });

  it("updates students in place, makes leavers inactive and never removes anyone", () => {
    expect(roster.students.map((s) => [s.id, s.active, s.grade])).toEqual([
      ["S1", true, "7"],
      ["S2", true, "6"],
      ["S3", false, "6"],
      ["S4", true, "6"],
      ["S5", false, "6"],
      ["S6", true, "6"],
    ]);
  });

  it("keeps fields of existing records that the import does not carry", () => {
    expect(roster.students[0]).toMatchObject({ id: "S1", docId: "doc-1", grade: "7" });
  });

  it("matches staff by email, makes staff the import leaves out inactive, and replaces the classes", () => {
    expect(roster.staff).toEqual([
      { email: "adv@school.test", name: "Ada Vance", roles: ["advisor", "teacher"], active: true },
      { email: "old@school.test", name: "Old Timer", roles: ["teacher"], active: false },
      { email: "new@school.test", name: "New Hire", roles: ["teacher"], active: true },
    ]);
    expect(roster.classes.map((c) => c.id)).toEqual(["M1", "M2"]);
  });

  it("keeps the coordinator role only from an import that cannot express it (OneRoster)", () => {
    const withCoordinator: Roster = {
      ...current,
      staff: [{ email: "adv@school.test", name: "Ada Vance", roles: ["advisor", "coordinator"] }],
    };
    const kept = mergeRoster(withCoordinator, incoming, { keepsCoordinators: true }).roster;
    expect(kept.staff[0]!.roles).toEqual(["advisor", "teacher", "coordinator"]);
    const followed = mergeRoster(withCoordinator, incoming).roster;
    expect(followed.staff[0]!.roles).toEqual(["advisor", "teacher"]);
  });

  it("changes neither input", () => {
    expect(JSON.stringify(current)).toBe(before);
  });

  it("reports a second identical import as all unchanged", () => {
    const again = mergeRoster(roster, incoming).summary;
    expect(again).toEqual({
      added: 0,
      updated: 0,
      deactivated: 0,
      reactivated: 0,
      unchanged: 6,
      staff: { added: 0, updated: 0, deactivated: 0, unchanged: 3 },
      classes: { added: 0, updated: 0, removed: 0, unchanged: 2 },
      guardians: { added: 0, updated: 0, deactivated: 0, unchanged: 4 },
      imported: { students: 4, staff: 2, classes: 2, guardians: 4 },
    });
  });

  it("counts a guardian change as an update and keeps the guardian's other fields", () => {
    const withPrefs: Roster = {
      ...current,
      students: [
        {
          ...student("S1"),
          guardians: [
            { ...student("S1").guardians[0]!, booked: "slot-3" } as Student["guardians"][0],
          ],
        },
      ],
    };
    const next: Roster = {
      ...incoming,
      students: [
        student("S1", {
          guardians: [
            {
              name: "Luz López",
              email: "luz.S1@mail.test",
              language: "es",
              relationship: "Mother",
            },
          ],
        }),
      ],
    };
    const merged = mergeRoster(withPrefs, next);
    expect(merged.summary.updated).toBe(1);
    expect(merged.roster.students[0]?.guardians[0]).toEqual({
      name: "Luz López",
      email: "luz.S1@mail.test",
      language: "es",
      relationship: "Mother",
      booked: "slot-3",
    });
  });
});
