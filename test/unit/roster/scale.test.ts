/* A generated 2,000-student OneRoster set reads and validates whole and correct. */
import { readOneRoster, validateRoster } from "../../../src/domain/roster";
import { generateOneRoster } from "./generate";

describe("a 2,000-student OneRoster set", () => {
  const set = generateOneRoster({ students: 2000 });
  const result = validateRoster(readOneRoster(set.files), set.settings);

  it("has the proportions of the benchmark set", () => {
    expect(set.counts).toMatchObject({
      students: 2000,
      guardians: 3000,
      teachers: 100,
      homerooms: 100,
      scheduledClasses: 900,
    });
    expect(set.counts.enrollments).toBeGreaterThanOrEqual(14000);
  });

  it("validates with every student, guardian, teacher and class in place", () => {
    if (!result.ok) throw new Error(`unexpected problems: ${JSON.stringify(result.problems)}`);
    const { students, staff, classes } = result.roster;
    expect(students).toHaveLength(2000);
    expect(students.reduce((n, s) => n + s.guardians.length, 0)).toBe(3000);
    expect(new Set(students.map((s) => s.id)).size).toBe(2000);
    expect(staff).toHaveLength(100);
    expect(staff.every((m) => m.roles.includes("teacher") && m.roles.includes("advisor"))).toBe(
      true,
    );
    expect(classes).toHaveLength(900);

    const staffEmails = new Set(staff.map((m) => m.email));
    for (const student of students) {
      expect(["6", "7", "8"]).toContain(student.grade);
      expect(staffEmails.has(student.advisorEmail)).toBe(true);
      expect(student.guardians.length).toBeGreaterThan(0);
      for (const guardian of student.guardians)
        expect(guardian.email).toBe(guardian.email.toLowerCase());
    }
    const classesPerStudent = new Map<string, number>();
    for (const c of classes)
      for (const id of c.studentIds)
        classesPerStudent.set(id, (classesPerStudent.get(id) ?? 0) + 1);
    expect([...classesPerStudent.values()].every((n) => n === 6)).toBe(true);
    expect(classesPerStudent.size).toBe(2000);
  });

  it("keeps accented, apostrophe and hyphenated names as written", () => {
    if (!result.ok) throw new Error("expected a valid roster");
    const names = result.roster.students.flatMap((s) => [s.givenName, s.familyName]);
    for (const name of ["Zoë", "Ana-María", "D'Shawn", "O'Brien", "Smith-Jones", "Nguyễn"]) {
      expect(names).toContain(name);
    }
  });
});
