/*
 * The scripted demo (npm run demo / npm start) on the built bundle in dist/: it sets up the hub,
 * imports the demo school's roster (or the one given with --roster), creates every conference
 * doc, has teachers comment, students prepare, advisors pull and draft guardian updates, and
 * writes the roster files, the saved state, the hub's tabs, the docs, the drafts and calls.json
 * into the folder it is given; a refused roster writes nothing.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type AddressObject, simpleParser } from "mailparser";
import {
  exportWorkspace,
  MIME,
  newSheet,
  SpreadsheetContent,
  safeFileName,
  Workspace,
} from "../../emulator";
import type { DemoContext } from "../../scripts/demo/context";
import { createConferenceDocs } from "../../scripts/demo/docs-step";
import { demoMain } from "../../scripts/demo/main";
import { openHub } from "../../scripts/demo/opening-steps";
import { StepRecorder } from "../../scripts/demo/record";
import { demoSchoolRoster } from "../../scripts/demo/roster";
import { seedRoster } from "../../scripts/demo/seed-roster";
import { importRoster, setUpHub } from "../../scripts/demo/setup-steps";
import { demoSummary } from "../../scripts/demo/summary";
import { type DemoTermResult, PLANNED_STEPS, runDemoTerm } from "../../scripts/demo/term";
import { generateDemoSchool, toConferCsv, toOneRosterCsv } from "../../scripts/demo-school";
import { parseCsv } from "../../src/domain/roster/csv";
import { DIST } from "./harness";
import { columnsIn } from "./hub-columns";

const ROOT = path.resolve(__dirname, "../..");
const TERM = "Fall 2026";
const SPRING = "Spring 2027";

function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

function writeFolder(dir: string, files: Readonly<Record<string, string>>): string {
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

function demo(...argv: string[]) {
  const log: string[] = [];
  const error: string[] = [];
  const code = demoMain(argv, {
    bundleDir: DIST,
    output: { log: (text) => log.push(text), error: (text) => error.push(text) },
  });
  return { code, stdout: log.join("\n"), stderr: error.join("\n") };
}

function csvRows(file: string): string[][] {
  return parseCsv(fs.readFileSync(file, "utf8")).map((record) => [...record.fields]);
}

const escapeHtml = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");

describe("the demo term on dist/", () => {
  const out = tempDir("confer-demo-");
  const school = generateDemoSchool();
  let result: DemoTermResult;
  beforeAll(() => {
    result = runDemoTerm({ out, bundleDir: DIST });
  });
  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));
  const read = (file: string) => fs.readFileSync(path.join(out, file), "utf8");
  const shownName = (s: { givenName: string; preferredName: string; familyName: string }) =>
    `${s.preferredName || s.givenName} ${s.familyName}`;
  const docFile = (s: { givenName: string; familyName: string }) =>
    `docs/${safeFileName(`${s.familyName}, ${s.givenName} · ${TERM}`)}.html`;

  it("writes the roster files it used, in Confer's columns and as OneRoster", () => {
    const students = read("roster/confer/students.csv");
    expect(students.startsWith("Student ID,Given Name,Family Name,")).toBe(true);
    expect(read("roster/confer/staff.csv")).toContain("coordinator@school.test");
    expect(read("roster/confer/classes.csv")).toMatch(/^Class ID,Course,Period,Grade,/);
    for (const file of ["users", "classes", "enrollments", "orgs", "academicSessions"]) {
      expect(read(`roster/oneroster/${file}.csv`).startsWith("sourcedId,status,")).toBe(true);
    }
  });

  it("saves the Workspace with every person of the school and the script deployed as the coordinator", () => {
    const state = JSON.parse(read("state/state.json"));
    expect(state.users).toHaveLength(
      school.staff.length + school.students.length + school.guardians.length,
    );
    expect(state.script.owner).toBe("coordinator@school.test");
    expect(state.drive.files.map((f: { id: string }) => f.id)).toContain(result.hubId);
  });

  it("exports every hub tab, with every demo student in tabs/Students.csv", () => {
    const tabs = fs.readdirSync(path.join(out, "tabs"));
    for (const tab of ["Settings", "Students", "Staff", "Classes", "Conference Docs"]) {
      expect(tabs).toContain(`${tab}.csv`);
    }
    expect(tabs).toEqual(
      expect.arrayContaining(school.grades.map((g) => `Grade ${g} Comments.csv`)),
    );
    const [header, ...rows] = csvRows(path.join(out, "tabs/Students.csv"));
    expect(header!.slice(0, 2)).toEqual(["Student ID", "Given Name"]);
    const cell = columnsIn(header!, "Students");
    expect(rows.map((row) => cell(row, "Student ID")).sort()).toEqual(
      school.students.map((s) => s.id).sort(),
    );
    const settings = new Map(csvRows(path.join(out, "tabs/Settings.csv")).map(([k, v]) => [k, v]));
    expect(settings.get("School name")).toBe(school.name);
    expect(settings.get("Term")).toBe(SPRING);
    expect(settings.get("Grades")).toBe("6, 7, 8");
    const rounds = csvRows(path.join(out, "tabs/Rounds.csv"));
    expect(rounds.slice(1).map((row) => [row[0], row[1], row[9]])).toEqual([
      [TERM, "student-led", "closed"],
      [SPRING, "student-led", "open"],
      [result.classroom!.round, "classroom", "open"],
    ]);
  });

  it("runs a spring round whose docs carry each prepared student's fall goal", () => {
    const spring = fs
      .readdirSync(path.join(out, "docs"))
      .filter((f) => f.endsWith(` · ${SPRING}.html`));
    expect(spring).toHaveLength(school.students.length);
    expect(result.rounds).toEqual([TERM, SPRING]);
    expect(result.spring).toEqual({
      docs: { made: school.students.length, problems: [] },
      carried: result.prepared,
      lookedBack: result.prepared,
      compared: result.prepared,
      comments: result.comments.saved,
      pulled: { made: school.students.length, problems: [] },
    });
    const springFile = (s: { givenName: string; familyName: string }) =>
      `docs/${safeFileName(`${s.familyName}, ${s.givenName} · ${SPRING}`)}.html`;
    const carrying = school.students.filter((s) =>
      read(springFile(s)).includes("My goal last time (Fall 2026) was: "),
    );
    expect(carrying).toHaveLength(school.students.length);
    const planned = carrying.filter(
      (s) =>
        !read(springFile(s)).includes("My goal last time (Fall 2026) was: (nothing was written)"),
    );
    expect(planned).toHaveLength(result.prepared);
    for (const s of planned) {
      expect(read(docFile(s))).not.toContain("My goal last time");
      expect(read(springFile(s))).toContain("What happened: ");
    }
  });

  it("exports one conference doc per student as HTML that opens cleanly", () => {
    const conference = fs
      .readdirSync(path.join(out, "docs"))
      .filter((f) => f.endsWith(` · ${TERM}.html`));
    expect(conference).toHaveLength(school.students.length);
    expect(result.docs).toEqual({ made: school.students.length, problems: [] });
    for (const student of school.students) {
      const html = read(docFile(student));
      expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
      expect(html).toContain(escapeHtml(shownName(student)));
      expect(html.trimEnd().endsWith("</html>")).toBe(true);
    }
    const quoted = school.students.find((s) => /['&]/.test(s.givenName + s.familyName))!;
    const html = read(docFile(quoted));
    expect(html).toContain(escapeHtml(shownName(quoted)));
    expect(html).not.toContain(shownName(quoted));
  });

  it("records each step's executions, service calls by Class.method and modelled seconds", () => {
    const calls = JSON.parse(read("calls.json"));
    expect(calls.steps.map((s: { name: string }) => s.name)).toEqual([
      "The coordinator opens the hub spreadsheet",
      "Set up hub",
      "Import roster",
      "The coordinator opens the fall round",
      "Create conference docs",
      "Teachers enter comments",
      "Students prepare",
      "Advisors pull comments",
      "Status",
      "Advisors draft guardian updates",
      "Families book conferences",
      "In February, goal check-ins come due",
      "In March, the coordinator closes the fall round and opens the spring round",
      "Create the spring round's conference docs",
      "Students look back on their fall goal",
      "Teachers enter spring comments",
      "Advisors pull the spring comments",
      "Status of the spring round beside the fall",
      "A teacher plans a classroom cycle and tells each student",
      "The coordinator opens About Confer",
      "A teacher pings the web app",
    ]);
    for (const step of calls.steps) {
      expect(step.executions.length).toBeGreaterThan(0);
      expect(step.executions.every((e: { ok: boolean }) => e.ok)).toBe(true);
      expect(step.totalCalls).toBeGreaterThan(0);
      expect(step.modelledSeconds).toBeGreaterThan(0);
    }
    const [open, setUp, roster, fallRound, docs, comments, prepare, pull, status, drafts, book] =
      calls.steps;
    const [checkIns, springRound, springDocs, lookBack, springComments, springPull, compare] =
      calls.steps.slice(11);
    const [about, ping] = calls.steps.slice(-2);
    const fns = (step: { executions: { fn: string }[] }) => step.executions.map((e) => e.fn);
    expect(open.executions[0]).toMatchObject({ fn: "onOpen", as: "coordinator@school.test" });
    expect(open.calls["Menu.addToUi"]).toBe(1);
    expect(fns(setUp)).toEqual(["setUpHub", "saveSettings"]);
    expect(fns(roster)).toEqual(["previewRoster", "importRoster"]);
    expect(fns(fallRound)).toEqual(["openRound"]);
    expect(fns(checkIns)).toContain("runBackgroundWork");
    expect(result.checkIns.due).toBeGreaterThan(0);
    expect(fns(checkIns).filter((fn) => fn === "draftGoalCheckInReminder")).toHaveLength(
      result.checkIns.marked,
    );
    expect(fns(springRound)).toEqual(["closeRound", "saveSettings", "openRound"]);
    expect(fns(springDocs)).toEqual(fns(docs));
    expect(springDocs.calls["Drive.files.copy"]).toBe(school.students.length);
    expect(lookBack.calls["Docs.documents.batchUpdate"]).toBe(result.prepared);
    expect(fns(compare)).toEqual(["getStatus"]);
    expect(fns(springComments)).toEqual(fns(comments));
    expect(fns(springPull)).toEqual(fns(pull));
    expect(fns(docs)).toEqual(["createConferenceDocs", "showDocsSidebar", "getDocsSidebarInfo"]);
    expect(docs.calls["Drive.files.copy"]).toBe(school.students.length);
    const sidebar = docs.executions[2];
    expect(sidebar.as).not.toBe("coordinator@school.test");
    expect(sidebar.viaWebApp.map((e: { as: string }) => e.as)).toEqual(["coordinator@school.test"]);
    expect(fns(comments)).toEqual(school.classes.map(() => "saveComments"));
    expect(comments.executions.map((e: { as: string }) => e.as).sort()).toEqual(
      school.classes.map((c) => c.teacherEmail).sort(),
    );
    expect(prepare.executions).toHaveLength(result.prepared);
    expect(prepare.executions[0]).toMatchObject({ fn: "Docs editor", kind: "editor" });
    expect(prepare.calls["Docs.documents.batchUpdate"]).toBe(result.prepared);
    const advisors = [...new Set(school.students.map((s) => s.advisorEmail))].sort();
    expect(pull.executions.map((e: { as: string }) => e.as).sort()).toEqual(advisors);
    expect(fns(pull).every((fn) => fn === "pullComments")).toBe(true);
    expect(status.executions).toMatchObject([{ fn: "getStatus", as: "coordinator@school.test" }]);
    expect(fns(drafts)).toEqual(advisors.map(() => "createGuardianUpdates"));
    const booked = book.executions.filter((e: { fn: string }) => e.fn === "bookFamilySlot");
    expect(booked).toHaveLength(result.bookings.booked);
    expect(booked.every((e: { activeUser: string }) => e.activeUser === "")).toBe(true);
    expect(book.calls["Calendar.events.insert"]).toBe(result.bookings.booked);
    expect(fns(book).filter((fn) => fn === "publishSlots")).toHaveLength(advisors.length);
    expect(about.calls["Ui.showSidebar"]).toBe(1);
    expect(fns(ping)).toEqual(["doGet", "doPost"]);
    expect(ping.executions[0].activeUser).toMatch(/@school\.test$/);
    expect(ping.executions[0].activeUser).not.toBe("coordinator@school.test");
    expect(calls.calls).toBe(
      calls.steps.reduce((n: number, s: { totalCalls: number }) => n + s.totalCalls, 0),
    );
  });

  it("runs one teacher's classroom cycle: a doc and a told Conference line and event for each student", () => {
    const classroom = result.classroom!;
    const [header, ...rows] = csvRows(path.join(out, "tabs/Classroom Cycle.csv"));
    const column = (name: string) => header!.indexOf(name);
    const ours = rows.filter((row) => row[column("Round")] === classroom.round);
    expect(ours).toHaveLength(classroom.told);
    expect(classroom.docs).toBe(classroom.told);
    expect(ours.every((row) => row[column("Told")]!.startsWith(row[column("Day")]!))).toBe(true);
    expect(ours.filter((row) => row[column("Status")] === "held")).toHaveLength(1);
    const student = school.students.find((s) => s.id === ours[1]![column("Student ID")])!;
    const doc = read(
      `docs/${safeFileName(`${student.familyName}, ${student.givenName} · ${classroom.round}`)}.html`,
    );
    expect(doc).toContain("We will work on: the goal you set this term");
    expect(doc).not.toContain("Brought the draft");
  });

  it("stores every teacher's comment in the grade's tab, a formula-looking one as text", () => {
    const [header, ...all] = csvRows(path.join(out, "tabs/Grade 6 Comments.csv"));
    const column = (name: string) => header!.indexOf(name);
    const rows = all.filter((row) => row[column("Round")] === TERM);
    const spring = all.filter((row) => row[column("Round")] === SPRING);
    const grade6 = school.classes.filter((c) => c.grade === "6");
    expect(rows).toHaveLength(grade6.reduce((n, c) => n + c.studentIds.length, 0));
    expect(spring).toHaveLength(rows.length);
    expect(all).toHaveLength(rows.length * 2);
    expect(spring.every((row) => row[column("Comment")]!.startsWith("Since the fall: "))).toBe(
      true,
    );
    expect(rows.every((row) => row[column("Status")] === "active")).toBe(true);
    const texts = rows.map((row) => row[column("Comment")]!);
    expect(texts.filter((text) => text.startsWith("="))).toEqual([
      expect.stringMatching(/^=A\+ on the end-of-unit project: \S+/),
    ]);
    expect(texts.some((text) => /[áéíñ¡]/.test(text))).toBe(true);
    expect(result.comments).toEqual({
      saved: school.classes.reduce((n, c) => n + c.studentIds.length, 0),
      classes: school.classes.length,
    });
  });

  it("shows each round's teachers' comments in that round's doc only, after the advisors' pulls", () => {
    const [header, ...rows] = csvRows(path.join(out, "tabs/Grade 6 Comments.csv"));
    const studentId = header!.indexOf("Student ID");
    const comment = header!.indexOf("Comment");
    const round = header!.indexOf("Round");
    const springFile = (s: { givenName: string; familyName: string }) =>
      `docs/${safeFileName(`${s.familyName}, ${s.givenName} · ${SPRING}`)}.html`;
    const fallRows = rows.filter((row) => row[round] === TERM).slice(0, 20);
    const springRows = rows.filter((row) => row[round] === SPRING).slice(0, 20);
    for (const row of fallRows) {
      const student = school.students.find((s) => s.id === row[studentId])!;
      expect(read(docFile(student))).toContain(escapeHtml(row[comment]!));
      expect(read(springFile(student))).not.toContain(escapeHtml(`): ${row[comment]!}`));
    }
    for (const row of springRows) {
      const student = school.students.find((s) => s.id === row[studentId])!;
      expect(read(springFile(student))).toContain(escapeHtml(row[comment]!));
      expect(read(docFile(student))).not.toContain(escapeHtml(row[comment]!));
    }
    expect(result.pulled).toEqual({ made: school.students.length, problems: [] });
    expect(result.status).toMatchObject({
      students: school.students.length,
      prepared: result.prepared,
      planWritten: result.prepared,
    });
  });

  it("writes each advisor's drafts as .eml a MIME parser opens, to their advisees' guardians", async () => {
    const folders = fs.readdirSync(path.join(out, "drafts"));
    const advisors = [...new Set(school.students.map((s) => s.advisorEmail))];
    expect(folders.sort()).toEqual([...advisors, "coordinator@school.test"].sort());
    const confirmations = fs.readdirSync(path.join(out, "drafts", "coordinator@school.test"));
    expect(confirmations.length).toBeGreaterThanOrEqual(result.bookings.booked);
    let drafts = 0;
    let checkInReminders = 0;
    for (const advisor of advisors) {
      const guardians = new Set(
        school.students
          .filter((s) => s.advisorEmail === advisor)
          .flatMap((s) => s.guardians.map((g) => g.email)),
      );
      const advisees = new Set(
        school.students.filter((s) => s.advisorEmail === advisor).map((s) => s.email),
      );
      const files = fs.readdirSync(path.join(out, "drafts", advisor));
      expect(files.every((file) => /^\d+\.eml$/.test(file))).toBe(true);
      for (const file of files) {
        const mail = await simpleParser(fs.readFileSync(path.join(out, "drafts", advisor, file)));
        expect(mail.subject).toMatch(/\S/);
        const to = (mail.to as AddressObject).value.map((a) => a.address!);
        expect(to.length).toBeGreaterThan(0);
        if (to.includes(advisor)) {
          checkInReminders++;
          expect(to.filter((address) => address !== advisor).every((a) => advisees.has(a))).toBe(
            true,
          );
        } else {
          expect(to.every((address) => guardians.has(address))).toBe(true);
        }
        expect(mail.text).toMatch(/\S/);
      }
      drafts += files.length;
    }
    expect(checkInReminders).toBe(result.checkIns.marked);
    expect(drafts).toBe(result.drafts.made + result.bookings.reminded + result.checkIns.marked);
    // Before families book, every advisee with a guardian's email gets an invitation to book.
    expect(result.drafts.students).toBe(
      school.students.filter((s) => s.guardians.some((g) => g.email !== "")).length,
    );
  });

  it("prints what the term made, with nothing left out of the demo", () => {
    const summary = demoSummary(result, "demo-out", PLANNED_STEPS);
    expect(summary).toContain(`${result.comments.saved} teacher comments saved in 48 classes`);
    expect(summary).toContain(`comments pulled into ${school.students.length} docs`);
    expect(summary).toContain(`${result.drafts.made} guardian update drafts made`);
    const drafted = result.files.filter((file) => file.startsWith("drafts/")).length;
    expect(summary).toContain(`drafts/ (${drafted} Gmail drafts as .eml`);
    expect(summary).toContain(
      `${result.bookings.booked} families booked through their sign-up link`,
    );
    expect(summary).not.toContain("Not in the demo yet");
  });
});

describe("the demo with --roster", () => {
  const dir = tempDir("confer-roster-");
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("runs the term on a OneRoster folder, with that roster's people and grades", () => {
    const other = generateDemoSchool(7);
    const roster = writeFolder(path.join(dir, "oneroster"), toOneRosterCsv(other));
    const out = path.join(dir, "out-oneroster");
    const run = demo("--roster", roster, "--out", out);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`${other.students.length} students imported`);
    expect(run.stdout).toContain(`${other.students.length} conference docs`);
    expect(run.stdout).toMatch(/teacher comments saved in \d+ classes/);
    expect(run.stdout).toContain(`comments pulled into ${other.students.length} docs`);
    const [header, ...students] = csvRows(path.join(out, "tabs/Students.csv"));
    const cell = columnsIn(header!, "Students");
    expect(students.map((row) => cell(row, "Email")).sort()).toEqual(
      other.students.map((s) => s.email).sort(),
    );
    const docs = fs
      .readdirSync(path.join(out, "docs"))
      .filter((f) => f.endsWith(` · ${TERM}.html`));
    expect(docs).toHaveLength(other.students.length);
    const settings = new Map(csvRows(path.join(out, "tabs/Settings.csv")).map(([k, v]) => [k, v]));
    expect(settings.get("Grades")).toBe(other.grades.join(", "));
    const users = JSON.parse(fs.readFileSync(path.join(out, "state/state.json"), "utf8")).users;
    const emails = new Set(users.map((u: { email: string }) => u.email));
    for (const person of [...other.students, ...other.staff, ...other.guardians]) {
      expect(emails.has(person.email)).toBe(true);
    }
    expect(fs.readdirSync(path.join(out, "roster/oneroster")).sort()).toEqual([
      "classes.csv",
      "enrollments.csv",
      "users.csv",
    ]);
  });

  it("runs the term on a OneRoster 1.2 folder (roles.csv, a manifest, Japanese names), printing the import's warnings", () => {
    const roster = path.join(__dirname, "../unit/roster/fixtures/oneroster-1.2-ja");
    const out = path.join(dir, "out-oneroster-1.2");
    const run = demo("--roster", roster, "--out", out);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("2 students in grades K, 7");
    expect(run.stdout).toContain("2 students imported, 2 conference docs");
    expect(run.stdout).toContain(
      "Roster preview, before applying it:\n  Students: 2 added, 0 updated, 0 made inactive, 0 back, 0 unchanged.\n",
    );
    expect(run.stdout.indexOf("Roster preview")).toBeLessThan(run.stdout.indexOf("Confer demo:"));
    expect(run.stdout).toContain(
      "Imported with 1 warning, for the school to fix later:\n  users.csv row 4 (美咲 鈴木, sourcedId u-s2), homeroom teacher: needs an advisor: imported without one",
    );
    const [header, ...students] = csvRows(path.join(out, "tabs/Students.csv"));
    const cell = columnsIn(header!, "Students");
    expect(students.map((row) => [cell(row, "Student ID"), cell(row, "Grade")])).toEqual([
      ["S-1", "7"],
      ["S-2", "K"],
    ]);
    expect(fs.readdirSync(path.join(out, "roster/oneroster")).sort()).toEqual([
      "classes.csv",
      "enrollments.csv",
      "manifest.csv",
      "roles.csv",
      "userProfiles.csv",
      "users.csv",
    ]);
  });

  it("prints every problem of a refused Confer roster, writes nothing and exits non-zero", () => {
    const files = { ...toConferCsv(generateDemoSchool()) };
    const lines = files["students.csv"].split("\r\n");
    const cells = lines[1]!.split(",");
    cells[4] = "not-an-email";
    lines[1] = cells.join(",");
    const roster = writeFolder(path.join(dir, "broken"), {
      ...files,
      "students.csv": lines.join("\r\n"),
    });
    const out = path.join(dir, "out-broken");
    const run = demo("--roster", roster, "--out", out);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/students\.csv row 2 \([^)]+\), Email "not-an-email": /);
    expect(run.stdout).toBe("");
    expect(fs.existsSync(out)).toBe(false);
  });

  it("gives a one-line error and exit 2 for a missing folder, from the command line too", () => {
    const missing = path.join(dir, "no-such-folder");
    const inProcess = demo("--roster", missing, "--out", path.join(dir, "unused"));
    expect(inProcess.code).toBe(2);
    expect(inProcess.stderr.split("\n")).toHaveLength(1);
    expect(inProcess.stderr).toContain("no such file or folder");
    const cli = spawnSync(
      path.join(ROOT, "node_modules/.bin/tsx"),
      ["scripts/demo.ts", "--roster", missing, "--out", path.join(dir, "unused")],
      { cwd: ROOT, encoding: "utf8" },
    );
    expect(cli.status).toBe(2);
    expect(cli.stderr.trim().split("\n").at(-1)).toContain(`--roster ${missing}: cannot read it`);
    expect(fs.existsSync(path.join(dir, "unused"))).toBe(false);
  });

  it("names an unknown argument", () => {
    const run = demo("--outt", "x");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Unknown argument "--outt"');
  });

  it("refuses a school size that is not a whole number in range, or one given with --roster", () => {
    for (const size of ["many", "2", "20001", "12.5"]) {
      const run = demo("--students", size);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(
        `--students must be a whole number from 3 to 20,000, not "${size}"`,
      );
    }
    const both = demo("--students", "300", "--roster", "x");
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("--students and --roster cannot be used together");
  });
});

describe("Create conference docs, cut short by the execution limit", () => {
  it("continues by the time-based trigger until every student has a doc", () => {
    const roster = demoSchoolRoster(generateDemoSchool());
    const ws = new Workspace({ bundleDir: DIST, now: () => Date.UTC(2026, 9, 14, 13, 30) });
    seedRoster(ws, roster);
    const context: DemoContext = { ws, roster };
    for (const step of [openHub, setUpHub, importRoster]) step(context, new StepRecorder(ws, "-"));
    ws.latency.set("Drive.files.copy", 290_000);
    const recorder = new StepRecorder(ws, "Create conference docs");
    createConferenceDocs(context, recorder);
    const step = recorder.finish();
    expect(step.executions.map((e) => e.fn)).toContain("runBackgroundWork");
    expect(step.executions.find((e) => e.fn === "runBackgroundWork")?.kind).toBe("trigger");
    expect(context.docs).toEqual({ made: roster.students.length, problems: [] });
    expect(ws.scriptProperties.has("confer.docsRun.scope")).toBe(false);
    expect(ws.triggers.of(ws.script.owner).map((t) => t.handler)).toEqual(["runBackgroundWork"]);
  });
});

describe("exportWorkspace", () => {
  it("names files safely on every OS, keeps accents, and writes drafts as CRLF .eml", () => {
    const out = tempDir("confer-export-");
    const ws = new Workspace({ bundleDir: DIST });
    ws.users.add("coordinator@school.test", "Rosalind Achebe-Lindqvist");
    const content = SpreadsheetContent.create("America/New_York");
    content.sheets.push(newSheet(content.allocateId(), 'Grade 6: "Zoë" / Ó Súilleabháin?'));
    const hub = ws.drive.create({
      name: "hub",
      mimeType: MIME.spreadsheet,
      owner: "coordinator@school.test",
      content,
    });
    Object.assign(ws, {
      gmail: {
        users: () => ["zoë.o'brien@school.test"],
        draftsOf: () => [{ id: "r1", raw: "To: a@gmail.test\nSubject: Hi\n\nBody\n" }],
      },
    });
    fs.mkdirSync(path.join(out, "docs/stale"), { recursive: true });
    const { files } = exportWorkspace(ws, out, { hubId: hub.id });
    expect(files).toContain("tabs/Sheet1.csv");
    expect(files).toContain("tabs/Grade 6_ _Zoë_ _ Ó Súilleabháin_.csv");
    expect(files).toContain("drafts/zoë.o'brien@school.test/1.eml");
    const eml = fs.readFileSync(path.join(out, "drafts/zoë.o'brien@school.test/1.eml"), "utf8");
    expect(eml).toBe("To: a@gmail.test\r\nSubject: Hi\r\n\r\nBody\r\n");
    expect(fs.existsSync(path.join(out, "docs/stale"))).toBe(false);
    fs.rmSync(out, { recursive: true, force: true });
  });
});
