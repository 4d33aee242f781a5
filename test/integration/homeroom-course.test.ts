/*
 * The Import roster sidebar's "course standing in for homeroom", on the built bundle: a OneRoster
 * export whose advisories are ordinary classes (no homeroom class type) imports every student
 * without an advisor, unless the course is named; then each advisory section's teacher becomes
 * its students' advisor, and the advisories stay classes.
 */
import { sheetToCsv } from "../../emulator";
import { toOneRosterCsv } from "../../scripts/demo-school";
import { toCsv } from "../../scripts/demo-school/csv";
import { parseCsv } from "../../src/domain/roster/csv";
import { type DemoHub, demoHub, runIn } from "./harness";
import { columnsOf } from "./hub-columns";

function tab(hub: DemoHub, name: string): string[][] {
  return parseCsv(sheetToCsv(hub.ws, hub.hubId, name)).map((r) => [...r.fields]);
}

function freshHub(): DemoHub {
  const hub = demoHub();
  runIn(hub, "setUpHub", hub.coordinator);
  runIn(hub, "saveSettings", hub.coordinator, {
    schoolName: hub.school.name,
    term: hub.school.term,
    grades: hub.school.grades.join(", "),
    webAppUrl: hub.ws.webAppUrl,
  });
  return hub;
}

/** The demo school's OneRoster classes.csv with its homerooms made "Advisory" scheduled classes. */
function withoutHomerooms(classesCsv: string): string {
  const [header, ...rows] = parseCsv(classesCsv).map((r) => [...r.fields]);
  const type = header!.indexOf("classType");
  const title = header!.indexOf("title");
  const changed = rows.map((row) =>
    row[type] === "homeroom"
      ? row.map((cell, i) => (i === type ? "scheduled" : i === title ? "Advisory" : cell))
      : row,
  );
  return toCsv(header!, changed);
}

function importWith(hub: DemoHub, homeroomCourse?: string) {
  const files = toOneRosterCsv(hub.school);
  return runIn(hub, "importRoster", hub.coordinator, {
    format: "oneroster",
    users: files["users.csv"],
    classes: withoutHomerooms(files["classes.csv"]),
    enrollments: files["enrollments.csv"],
    ...(homeroomCourse === undefined ? {} : { homeroomCourse }),
  }).value as { imported: boolean; needsAdvisor: string[]; problems?: string[] };
}

function advisorsById(hub: DemoHub): Map<string, string> {
  const cell = columnsOf(hub, "Students");
  return new Map(
    tab(hub, "Students")
      .slice(1)
      .map((row) => [cell(row, "Student ID"), cell(row, "Advisor Email")]),
  );
}

describe("a course standing in for homeroom", () => {
  it("without it, an export with no homeroom class imports every student needing an advisor", () => {
    const hub = freshHub();
    const result = importWith(hub);
    expect(result).toMatchObject({ imported: true });
    expect(result.needsAdvisor).toHaveLength(hub.school.students.length);
    expect([...new Set(advisorsById(hub).values())]).toEqual([""]);
  });

  it("named by title (any case), makes each section's teacher its students' advisor, and stays a class", () => {
    const hub = freshHub();
    const result = importWith(hub, " advisory ");
    expect(result).toMatchObject({ imported: true, needsAdvisor: [] });
    const advisors = advisorsById(hub);
    expect(advisors.size).toBe(hub.school.students.length);
    for (const student of hub.school.students) {
      expect([student.id, advisors.get(student.id)]).toEqual([student.id, student.advisorEmail]);
    }
    const cell = columnsOf(hub, "Classes");
    const advisories = tab(hub, "Classes")
      .slice(1)
      .filter((row) => cell(row, "Course") === "Advisory");
    expect(advisories.map((row) => cell(row, "Class ID")).sort()).toEqual(
      hub.school.advisors.map((a) => a.id).sort(),
    );
  });
});
