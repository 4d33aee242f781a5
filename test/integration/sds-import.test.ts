/*
 * Microsoft School Data Sync sets imported on the built bundle through the sidebar's action: the
 * classic (v1) set and the v2.1 set written in test/unit/roster/fixtures land in the Students,
 * Staff and Classes tabs, guardians and all.
 */
import fs from "node:fs";
import path from "node:path";
import { sheetToCsv } from "../../emulator";
import { parseCsv } from "../../src/domain/roster/csv";
import { type DemoHub, demoHub, runIn } from "./harness";
import { columnsOf } from "./hub-columns";

const fixture = (set: string, name: string) =>
  fs.readFileSync(path.join(__dirname, "../unit/roster/fixtures", set, name), "utf8");

function tab(hub: DemoHub, name: string): string[][] {
  return parseCsv(sheetToCsv(hub.ws, hub.hubId, name)).map((record) => [...record.fields]);
}

function readyForImport(): DemoHub {
  const hub = demoHub();
  runIn(hub, "setUpHub", hub.coordinator);
  runIn(hub, "saveSettings", hub.coordinator, {
    schoolName: hub.school.name,
    term: hub.school.term,
    grades: "6, 7, 8",
    webAppUrl: hub.ws.webAppUrl,
  });
  return hub;
}

type Result = { imported: boolean; problems?: string[]; warnings?: string[] };

describe("School Data Sync imports", () => {
  it("imports a classic set, with the email domains and the advisory course given", () => {
    const hub = readyForImport();
    const file = (name: string) => fixture("sds-classic", name);
    const result = runIn(hub, "importRoster", hub.coordinator, {
      format: "sds",
      student: file("Student.csv"),
      teacher: file("Teacher.csv"),
      section: file("Section.csv"),
      studentEnrollment: file("StudentEnrollment.csv"),
      teacherRoster: file("TeacherRoster.csv"),
      user: file("User.csv"),
      guardianRelationship: file("GuardianRelationship.csv"),
      studentDomain: "students.lakeside.test",
      teacherDomain: "lakeside.test",
      homeroomCourse: "Advisory",
    }).value as Result;
    expect(result.problems).toBeUndefined();
    expect(result.imported).toBe(true);
    const student = columnsOf(hub, "Students");
    expect(
      tab(hub, "Students")
        .slice(1)
        .map((row) => [student(row, "Student ID"), student(row, "Email"), student(row, "Grade")]),
    ).toEqual([
      ["S501", "aruiz@students.lakeside.test", "7"],
      ["502", "bokafor@students.lakeside.test", "8"],
      ["S503", "cdubois@students.lakeside.test", "7"],
    ]);
    expect(student(tab(hub, "Students")[1]!, "Guardians")).toContain("luz.ruiz@mail.test");
    const staff = columnsOf(hub, "Staff");
    expect(
      tab(hub, "Staff")
        .slice(1)
        .map((row) => [staff(row, "Email"), staff(row, "Roles")]),
    ).toEqual([
      ["mli@lakeside.test", "teacher"],
      ["ohaddad@lakeside.test", "teacher, advisor"],
    ]);
    expect(
      tab(hub, "Classes")
        .slice(1)
        .map((row) => row[0]),
    ).toEqual(["901", "902"]);
  });

  it("imports a v2.1 set through the OneRoster files, relationships.csv included", () => {
    const hub = readyForImport();
    const file = (name: string) => fixture("sds-v2.1", name);
    const result = runIn(hub, "importRoster", hub.coordinator, {
      format: "oneroster",
      users: file("users.csv"),
      classes: file("classes.csv"),
      enrollments: file("enrollments.csv"),
      roles: file("roles.csv"),
      relationships: file("relationships.csv"),
    }).value as Result;
    expect(result.problems).toBeUndefined();
    expect(result.imported).toBe(true);
    const student = columnsOf(hub, "Students");
    const rows = tab(hub, "Students").slice(1);
    expect(rows.map((row) => student(row, "Email"))).toEqual([
      "ana.ruiz@students.lakeside.test",
      "ben.okafor@students.lakeside.test",
    ]);
    expect(student(rows[1]!, "Guardians")).toContain("kenji.sato@mail.test");
    expect(result.warnings).toContain(
      'roles.csv row 8 (Pat Quinn, sourcedId u6), role "nurse": not a role Confer imports on its own (students, guardians, teachers): left out, as they teach and advise no class',
    );
  });
});
