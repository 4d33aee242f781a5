/*
 * What an import warns about, on the built bundle: a student imported without an advisor and one
 * without an email get their docs (the first in a "Needs an advisor" folder shared with no one,
 * the second shared with nobody), and once a re-import gives them an advisor and an email, the
 * next docs run moves the one doc to the advisor's folder and shares the other with the student.
 * A student without a grade is imported, and a teacher's comment on them is refused by name.
 */
import type { DriveFile } from "../../emulator";
import { type DemoSchool, type DemoStudent, toConferCsv } from "../../scripts/demo-school";
import { type DemoHub, readyHub, runIn } from "./harness";
import { FALL_2026 } from "./round-forms";

function importSchool(hub: DemoHub, school: DemoSchool) {
  const files = toConferCsv(school);
  return runIn(hub, "importRoster", hub.coordinator, {
    format: "confer",
    students: files["students.csv"],
    staff: files["staff.csv"],
    classes: files["classes.csv"],
  }).value as {
    imported: boolean;
    problems?: string[];
    warnings?: string[];
    needsAdvisor?: string[];
  };
}

function docOf(hub: DemoHub, student: DemoStudent): DriveFile {
  return hub.ws.drive
    .all()
    .find((f) => !f.trashed && f.appProperties.conferStudentId === student.id)!;
}

const folderName = (hub: DemoHub, file: DriveFile) => hub.ws.drive.get(file.parents[0]!)!.name;

describe("students imported with warnings", () => {
  const hub = readyHub();
  const school = hub.school;
  const [noAdvisor, noEmail] = school.students;
  const advisorName = school.staff.find((m) => m.email === noAdvisor!.advisorEmail)!;
  const warned: DemoSchool = {
    ...school,
    students: school.students.map((s) =>
      s === noAdvisor ? { ...s, advisorEmail: "" } : s === noEmail ? { ...s, email: "" } : s,
    ),
  };

  it("are imported, each warning naming the row and the student", () => {
    const result = importSchool(hub, warned);
    const person = (s: DemoStudent) => `${s.givenName} ${s.familyName}, Student ID ${s.id}`;
    expect(result).toMatchObject({ imported: true, needsAdvisor: [person(noAdvisor!)] });
    expect(result.warnings).toEqual([
      `students.csv row 2 (${person(noAdvisor!)}), Advisor Email: needs an advisor: imported without one`,
      `students.csv row 3 (${person(noEmail!)}), Email: no email: imported; their doc is shared once they have one`,
    ]);
  });

  it("get their docs: one in a folder shared with no one, one shared with nobody", () => {
    expect(runIn(hub, "openRound", hub.coordinator, FALL_2026).value).toMatchObject({
      opened: true,
    });
    const docs = runIn(hub, "createConferenceDocs", hub.coordinator, { kind: "all" }).value;
    expect(docs).toMatchObject({ created: school.students.length, problems: [] });
    const orphan = docOf(hub, noAdvisor!);
    expect(folderName(hub, orphan)).toBe("Needs an advisor");
    expect(hub.ws.drive.roleOf(advisorName.email, orphan)).toBeUndefined();
    expect(hub.ws.drive.roleOf(noEmail!.email, docOf(hub, noEmail!))).toBeUndefined();
  });

  it("once a re-import gives them an advisor and an email, the next run moves and shares their docs", () => {
    expect(importSchool(hub, school)).toMatchObject({ imported: true, warnings: [] });
    const again = runIn(hub, "createConferenceDocs", hub.coordinator, { kind: "all" }).value;
    expect(again).toMatchObject({ created: 0, problems: [] });
    const moved = docOf(hub, noAdvisor!);
    expect(folderName(hub, moved)).toContain(advisorName.email);
    expect(hub.ws.drive.roleOf(advisorName.email, moved)).toBe("editor");
    expect(hub.ws.drive.roleOf(noEmail!.email, docOf(hub, noEmail!))).toBe("editor");
  });

  it("a student without a grade is imported, and a comment on them is refused by name", () => {
    const student = school.students[2]!;
    const gradeless: DemoSchool = {
      ...school,
      students: school.students.map((s) => (s === student ? { ...s, grade: "" } : s)),
    };
    expect(importSchool(hub, gradeless)).toMatchObject({ imported: true });
    const math = school.classes.find((c) => c.studentIds.includes(student.id))!;
    const saved = runIn(hub, "saveComments", math.teacherEmail, {
      classId: math.id,
      teacherEmail: math.teacherEmail,
      entries: [{ studentId: student.id, text: "Works steadily." }],
    }).value as { results: { studentId: string; outcome: string; reason?: string }[] };
    expect(saved.results).toEqual([
      {
        studentId: student.id,
        outcome: "refused",
        reason: `${student.preferredName || student.givenName} ${student.familyName} has no grade in the roster yet, so no comments tab: a coordinator imports their grade first`,
      },
    ]);
  });
});
