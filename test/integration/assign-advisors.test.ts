/*
 * Assign advisors… on the built bundle: a roster imported with two students lacking an advisor
 * gives them docs in the "Needs an advisor" folder; the coordinator assigns both in one save,
 * which writes the Students tab's advisor column and moves each doc into the advisor's folder,
 * reached by the advisor and nobody else new; changing one moves it on, out of the first
 * advisor's reach; the student's docs of earlier rounds follow too. Refusals (an unknown student, an email that is not an advisor, a teacher
 * calling it) write nothing, re-running changes nothing, and a re-import with no advisor for
 * them keeps the sidebar's while one that names an advisor wins. An advisor's list past the 9 KB
 * of a script property is refused by name with nothing written.
 */
import { DocumentContent, type DriveFile, MIME, run, sheetToCsv } from "../../emulator";
import { type DemoSchool, type DemoStudent, toConferCsv } from "../../scripts/demo-school";
import { parseCsv } from "../../src/domain/roster/csv";
import { type DemoHub, readyHub, runIn } from "./harness";
import { columnsOf } from "./hub-columns";
import { FALL_2026, SPRING_2027 } from "./round-forms";
import { fingerprint } from "./security/fingerprint";

interface Row {
  id: string;
  name: string;
  grade: string;
  advisorEmail: string;
  needs: string;
}
interface View {
  needsAdvisor: Row[];
  students: Row[];
  advisors: { email: string; name: string }[];
}
type Saved =
  | {
      saved: true;
      assigned: { studentId: string; student: string; from: string; to: string }[];
      unchanged: number;
      docsMoved: number;
      problems: string[];
    }
  | { saved: false; problems: string[] };

function importSchool(hub: DemoHub, school: DemoSchool) {
  const files = toConferCsv(school);
  return runIn(hub, "importRoster", hub.coordinator, {
    format: "confer",
    students: files["students.csv"],
    staff: files["staff.csv"],
    classes: files["classes.csv"],
  }).value as { imported: boolean; needsAdvisor: string[]; warnings: string[] };
}

function previewSchool(hub: DemoHub, school: DemoSchool) {
  const files = toConferCsv(school);
  return runIn(hub, "previewRoster", hub.coordinator, {
    format: "confer",
    students: files["students.csv"],
    staff: files["staff.csv"],
    classes: files["classes.csv"],
  }).value as { ok: boolean; needsAdvisor: string[]; summary: { updated: number } };
}

const view = (hub: DemoHub) => runIn(hub, "getAdvisors", hub.coordinator).value as View;
const assign = (hub: DemoHub, assignments: { studentId: string; advisorEmail: string }[]) =>
  runIn(hub, "assignAdvisors", hub.coordinator, assignments).value as Saved;

function docOf(hub: DemoHub, student: DemoStudent): DriveFile {
  return hub.ws.drive
    .all()
    .find((f) => !f.trashed && f.appProperties.conferStudentId === student.id)!;
}

/** The doc's folders from Confer's root down, by name. */
function folderPath(hub: DemoHub, file: DriveFile): string[] {
  const path: string[] = [];
  for (let id = file.parents[0]; id; ) {
    const folder = hub.ws.drive.get(id)!;
    if (folder.name === "Confer") break;
    path.unshift(folder.name);
    id = folder.parents[0];
  }
  return path;
}

/** Everyone who can open the doc, with their role: owner, its direct editors, its folders'. */
function reachedBy(hub: DemoHub, file: DriveFile): Record<string, string> {
  return Object.fromEntries(
    hub.ws.users
      .all()
      .flatMap((u) => {
        const role = hub.ws.drive.roleOf(u.email, file);
        return role ? [[u.email, role] as const] : [];
      })
      .sort(),
  );
}

function advisorCell(hub: DemoHub, student: DemoStudent): string {
  const cell = columnsOf(hub, "Students");
  const rows = parseCsv(sheetToCsv(hub.ws, hub.hubId, "Students")).map((r) => [...r.fields]);
  return cell(rows.find((r) => cell(r, "Student ID") === student.id)!, "Advisor Email");
}

function docsRow(hub: DemoHub, docId: string): string[] {
  const cell = columnsOf(hub, "Conference Docs");
  const rows = parseCsv(sheetToCsv(hub.ws, hub.hubId, "Conference Docs")).map((r) => [...r.fields]);
  const row = rows.find((r) => cell(r, "Doc ID") === docId)!;
  return [cell(row, "Advisor Email"), cell(row, "Shared With")];
}

describe("assigning advisors in the sidebar", () => {
  const hub = readyHub();
  const { school } = hub;
  const [first, second] = school.students.filter((s) => s.grade === "7") as [
    DemoStudent,
    DemoStudent,
  ];
  const advisorName = (email: string) => school.staff.find((m) => m.email === email)!.name;
  const advisorA = first.advisorEmail;
  const advisorB = school.advisors.find((a) => a.advisorEmail !== advisorA)!.advisorEmail;
  const teacher = school.staff.find(
    (m) => m.roles.includes("teacher") && !m.roles.includes("advisor"),
  )!.email;
  const lacking: DemoSchool = {
    ...school,
    students: school.students.map((s) =>
      s === first || s === second ? { ...s, advisorEmail: "" } : s,
    ),
  };
  const name = (s: DemoStudent) => `${s.preferredName || s.givenName} ${s.familyName}`;

  it("lists the students imported without an advisor first, and the advisors to choose from", () => {
    expect(importSchool(hub, lacking)).toMatchObject({ imported: true });
    runIn(hub, "openRound", hub.coordinator, FALL_2026);
    const docs = runIn(hub, "createConferenceDocs", hub.coordinator, { kind: "all" }).value;
    expect(docs).toMatchObject({ created: school.students.length, problems: [] });
    expect(folderPath(hub, docOf(hub, first))).toEqual([
      FALL_2026.name,
      "Grade 7",
      "Needs an advisor",
    ]);
    const shown = view(hub);
    const byId = (a: string[], b: string[]) => a[0]!.localeCompare(b[0]!);
    expect(shown.needsAdvisor.map((r) => [r.id, r.name, r.grade, r.needs]).sort(byId)).toEqual(
      [first, second].map((s) => [s.id, name(s), "7", "no advisor yet"]).sort(byId),
    );
    expect(shown.students).toHaveLength(school.students.length);
    expect(shown.advisors.map((a) => a.email).sort()).toEqual(
      school.advisors.map((a) => a.advisorEmail).sort(),
    );
  });

  it("refuses an unknown student, an email that is not an advisor, and a teacher, writing nothing", () => {
    const ownDoc = hub.ws.drive.create({
      name: "Teacher's notes",
      mimeType: MIME.document,
      owner: teacher,
      content: DocumentContent.create(),
    });
    const before = fingerprint(hub);
    const unknown = assign(hub, [
      { studentId: first.id, advisorEmail: advisorA },
      { studentId: "S-NOBODY", advisorEmail: advisorA },
    ]);
    expect(unknown).toEqual({
      saved: false,
      problems: ["Student ID “S-NOBODY” is not in the roster."],
    });
    const notStaff = assign(hub, [
      { studentId: first.id, advisorEmail: first.email },
      { studentId: second.id, advisorEmail: teacher },
    ]);
    expect(notStaff).toEqual({
      saved: false,
      problems: [
        `${name(first)} (Student ID ${first.id}): ${first.email} is not a staff member in the roster.`,
        `${name(second)} (Student ID ${second.id}): ${teacher} is a staff member, but without the advisor role.`,
      ],
    });
    const byTeacher = run(hub.ws, {
      fn: "assignAdvisors",
      args: [[{ studentId: first.id, advisorEmail: advisorA }]],
      as: teacher,
      containerId: ownDoc.id,
      kind: "sidebar",
    });
    expect(byTeacher.ok).toBe(false);
    expect(byTeacher.error?.message).toBe(
      `Only a coordinator can assign advisors: you (${teacher}) are in Confer's roster as a teacher.`,
    );
    expect(fingerprint(hub)).toBe(before);
    expect(advisorCell(hub, first)).toBe("");
    expect(folderPath(hub, docOf(hub, first)).at(-1)).toBe("Needs an advisor");
  });

  it("assigns both in one save: the Students tab, each doc's folder and who reaches it", () => {
    const tabBefore = sheetToCsv(hub.ws, hub.hubId, "Students");
    const saved = assign(hub, [
      { studentId: first.id, advisorEmail: advisorA.toUpperCase() },
      { studentId: second.id, advisorEmail: advisorB },
    ]);
    expect(saved).toEqual({
      saved: true,
      assigned: [
        { studentId: first.id, student: name(first), from: "", to: advisorA },
        { studentId: second.id, student: name(second), from: "", to: advisorB },
      ],
      unchanged: 0,
      docsMoved: 2,
      problems: [],
    });
    expect([advisorCell(hub, first), advisorCell(hub, second)]).toEqual([advisorA, advisorB]);
    const rowsOf = (csvText: string) => parseCsv(csvText).map((r) => [...r.fields]);
    const column = rowsOf(tabBefore)[0]!.indexOf("Advisor Email");
    const assignedTo = new Map([
      [first.id, advisorA],
      [second.id, advisorB],
    ]);
    const expected = rowsOf(tabBefore).map((row) =>
      row.map((v, i) => (i === column ? (assignedTo.get(row[0]!) ?? v) : v)),
    );
    expect(rowsOf(sheetToCsv(hub.ws, hub.hubId, "Students"))).toEqual(expected);
    const doc = docOf(hub, first);
    expect(folderPath(hub, doc)).toEqual([
      FALL_2026.name,
      "Grade 7",
      `${advisorName(advisorA)} (${advisorA})`,
    ]);
    expect(reachedBy(hub, doc)).toEqual({
      [hub.coordinator]: "owner",
      [first.email]: "editor",
      [advisorA]: "editor",
    });
    expect(doc.editors).toEqual(new Set([first.email]));
    expect(docsRow(hub, doc.id)).toEqual([advisorA, `${first.email}, ${advisorA}`]);
    expect(reachedBy(hub, docOf(hub, second))[advisorB]).toBe("editor");
    expect(view(hub).needsAdvisor).toEqual([]);
  });

  it("changes an advisor: the doc moves on, out of the first advisor's reach", () => {
    const saved = assign(hub, [{ studentId: first.id, advisorEmail: advisorB }]);
    expect(saved).toMatchObject({
      saved: true,
      assigned: [{ studentId: first.id, from: advisorA, to: advisorB }],
      docsMoved: 1,
    });
    const doc = docOf(hub, first);
    expect(folderPath(hub, doc).at(-1)).toBe(`${advisorName(advisorB)} (${advisorB})`);
    expect(reachedBy(hub, doc)).toEqual({
      [hub.coordinator]: "owner",
      [first.email]: "editor",
      [advisorB]: "editor",
    });
    expect(docsRow(hub, doc.id)).toEqual([advisorB, `${first.email}, ${advisorB}`]);
  });

  it("changes nothing when run again, and leaves a docs run nothing to repair", () => {
    const before = fingerprint(hub);
    const again = assign(hub, [
      { studentId: first.id, advisorEmail: advisorB },
      { studentId: second.id, advisorEmail: advisorB },
    ]);
    expect(again).toEqual({ saved: true, assigned: [], unchanged: 2, docsMoved: 0, problems: [] });
    expect(fingerprint(hub)).toBe(before);
    const kept = [...hub.ws.scriptProperties].filter(([key]) => key.startsWith("confer.advisees:"));
    expect(kept).toEqual([[`confer.advisees:${advisorB}`, `${second.id} ${first.id}`]]);
    const run = runIn(hub, "createConferenceDocs", hub.coordinator, { kind: "all" }).value;
    expect(run).toMatchObject({ created: 0, accessRepaired: 0, problems: [] });
  });

  it("keeps the sidebar's advisors through a re-import that gives none, and takes one an import names", () => {
    const preview = previewSchool(hub, lacking);
    expect(preview).toMatchObject({ ok: true, needsAdvisor: [] });
    expect(preview.summary.updated).toBe(0);
    const kept = importSchool(hub, lacking);
    expect(kept).toMatchObject({ imported: true, needsAdvisor: [] });
    expect([advisorCell(hub, first), advisorCell(hub, second)]).toEqual([advisorB, advisorB]);
    expect(view(hub).needsAdvisor).toEqual([]);
    const named: DemoSchool = {
      ...lacking,
      students: lacking.students.map((s) =>
        s.id === first.id ? { ...s, advisorEmail: advisorA } : s,
      ),
    };
    expect(importSchool(hub, named)).toMatchObject({ imported: true, needsAdvisor: [] });
    expect([advisorCell(hub, first), advisorCell(hub, second)]).toEqual([advisorA, advisorB]);
    const afterImport = importSchool(hub, lacking);
    expect(afterImport.needsAdvisor).toEqual([
      `${first.givenName} ${first.familyName}, Student ID ${first.id}`,
    ]);
    expect([advisorCell(hub, first), advisorCell(hub, second)]).toEqual(["", advisorB]);
  });

  it("moves the student's docs of earlier rounds too, as a docs run does for a new advisor", () => {
    runIn(hub, "closeRound", hub.coordinator, FALL_2026.name);
    runIn(hub, "openRound", hub.coordinator, SPRING_2027);
    runIn(hub, "createConferenceDocs", hub.coordinator, { kind: "all" });
    const docsOf = (s: DemoStudent) =>
      hub.ws.drive.all().filter((f) => !f.trashed && f.appProperties.conferStudentId === s.id);
    const [fall, spring] = docsOf(first).sort((a, b) => a.name.localeCompare(b.name)) as [
      DriveFile,
      DriveFile,
    ];
    expect(fall.name).toContain(FALL_2026.name);
    expect(folderPath(hub, fall).at(-1)).toBe(`${advisorName(advisorB)} (${advisorB})`);
    expect(folderPath(hub, spring)).toEqual([SPRING_2027.name, "Grade 7", "Needs an advisor"]);
    const saved = assign(hub, [{ studentId: first.id, advisorEmail: advisorA }]);
    expect(saved).toMatchObject({ saved: true, docsMoved: 2, problems: [] });
    const folderOfA = `${advisorName(advisorA)} (${advisorA})`;
    expect(folderPath(hub, fall)).toEqual([FALL_2026.name, "Grade 7", folderOfA]);
    expect(folderPath(hub, spring)).toEqual([SPRING_2027.name, "Grade 7", folderOfA]);
    for (const doc of [fall, spring]) {
      expect(reachedBy(hub, doc)).toEqual({
        [hub.coordinator]: "owner",
        [first.email]: "editor",
        [advisorA]: "editor",
      });
    }
  });
});

describe("an advisor's sidebar list past Google's 9 KB for a script property", () => {
  const hub = readyHub();
  const student = hub.school.students[0]!;
  const advisor = hub.school.advisors.find(
    (a) => a.advisorEmail !== student.advisorEmail,
  )!.advisorEmail;
  const key = `confer.advisees:${advisor}`;
  const long = Array.from({ length: 1840 }, (_, i) => `9${String(i).padStart(4, "0")}`).join(" ");

  it("is refused by name before anything is written", () => {
    hub.ws.scriptProperties.set(key, long);
    expect(Buffer.byteLength(`${long} ${student.id}`)).toBeGreaterThan(9 * 1024);
    const properties = [...hub.ws.scriptProperties];
    const before = sheetToCsv(hub.ws, hub.hubId, "Students");
    const result = run(hub.ws, {
      fn: "assignAdvisors",
      args: [[{ studentId: student.id, advisorEmail: advisor }]],
      as: hub.coordinator,
      containerId: hub.hubId,
      kind: "sidebar",
    });
    expect(result.ok).toBe(false);
    expect(result.error?.message).toContain(advisor);
    expect(result.error?.message).toMatch(/9,216 bytes\. Nothing was saved\./);
    expect([...hub.ws.scriptProperties]).toEqual(properties);
    expect(sheetToCsv(hub.ws, hub.hubId, "Students")).toBe(before);
  });
});
