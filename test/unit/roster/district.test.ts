/*
 * A 10,000-student district export in OneRoster 1.2 (roles.csv, no role column): imported whole,
 * then a delta (manifest.csv) that renames 100 students, removes 50 and adds none, leaving the
 * other 9,850 as they are, each within a few seconds on this machine.
 */
import { importRoster, type Roster } from "../../../src/domain/roster";
import { csvLine, generateOneRoster } from "./generate";

const STUDENTS = 10_000;
const set = generateOneRoster({ students: STUDENTS, version: "1.2" });
const empty: Roster = { students: [], staff: [], classes: [] };

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

describe("a 10,000-student OneRoster 1.2 district export", () => {
  const bulk = timed(() =>
    importRoster(
      { format: "oneroster", ...set.files, roles: set.files.roles },
      set.settings,
      empty,
    ),
  );

  it("imports whole from users.csv and roles.csv", () => {
    if (!bulk.value.ok) throw new Error(bulk.value.messages.slice(0, 5).join("\n"));
    const { summary, warnings } = bulk.value;
    expect(summary.imported).toMatchObject({ students: STUDENTS, guardians: 15_000 });
    expect(summary.added).toBe(STUDENTS);
    expect(warnings).toEqual([]);
    expect(bulk.ms).toBeLessThan(10_000);
  });

  it("applies a delta in place: 100 renamed, 50 removed, nobody made inactive for being absent", () => {
    if (!bulk.value.ok) throw new Error("the bulk import failed");
    const current = bulk.value.roster;
    const header = ["sourcedId", "status", "dateLastModified", "givenName", "familyName"];
    const rows = current.students.slice(0, 150).map((student, i) => {
      const sourcedId = `stu-${student.id.slice(1)}`;
      return i < 100
        ? [sourcedId, "active", "2026-09-01T07:00:00Z", `New${i}`, student.familyName]
        : [sourcedId, "tobedeleted", "2026-09-01", student.givenName, student.familyName];
    });
    const identifiers = current.students.slice(0, 150).map((s) => s.id);
    const users = [
      csvLine([...header, "identifier", "email", "grades"]),
      ...rows.map((row, i) =>
        csvLine([...row, identifiers[i]!, current.students[i]!.email, current.students[i]!.grade]),
      ),
    ].join("\r\n");
    const roles = [
      csvLine(["sourcedId", "userSourcedId", "roleType", "role"]),
      ...rows.map((row, i) => csvLine([`dr-${i}`, row[0]!, "primary", "student"])),
    ].join("\r\n");
    const manifest = [
      "propertyName,value",
      "manifest.version,1.0",
      "oneroster.version,1.2",
      "file.users,delta",
      "file.roles,delta",
      "file.classes,absent",
      "file.enrollments,absent",
    ].join("\r\n");
    const delta = timed(() =>
      importRoster(
        { format: "oneroster", manifest, users, roles, classes: "", enrollments: "" },
        set.settings,
        current,
      ),
    );
    if (!delta.value.ok) throw new Error(delta.value.messages.slice(0, 5).join("\n"));
    expect(delta.value.summary).toMatchObject({
      added: 0,
      updated: 100,
      deactivated: 50,
      unchanged: STUDENTS - 150,
    });
    const students = delta.value.roster.students;
    expect(students.filter((s) => s.active)).toHaveLength(STUDENTS - 50);
    expect(students[0]).toMatchObject({
      givenName: "New0",
      advisorEmail: current.students[0]!.advisorEmail,
      guardians: current.students[0]!.guardians,
    });
    expect(delta.value.roster.classes).toEqual(current.classes);
    expect(delta.ms).toBeLessThan(10_000);
  });
});
