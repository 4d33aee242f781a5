/*
 * One teacher's classroom cycle over two classes of 28 on the built bundle: the plan proposed and
 * saved, every student told in their doc's Conference line and by a Calendar event (the teacher
 * and the student its only guests, nobody emailed); a re-run tells no one twice; a cancelled day
 * reschedules and tells everyone on it; the day's table reads the docs in one call; notes stay in
 * the hub; a no-show with feedback as purpose gets the video prompt in coverage. Another teacher,
 * a student of another class and anyone else are refused.
 */
import { rest, run, runDueTriggers, sheetToCsv } from "../../emulator";
import { toConferCsv } from "../../scripts/demo-school";
import { parseCsv } from "../../src/domain/roster/csv";
import { readDoc } from "./doc-access";
import { type DemoHub, demoHub, docsAllowanceSpent, runIn } from "./harness";

const ROUND = "Math · Q2 conferences";
const FORM = {
  from: "2026-11-30",
  to: "2026-12-11",
  weekdays: [1, 2, 3, 4, 5],
  periods: [
    { classId: "MATH-6A", start: "09:00", end: "09:50" },
    { classId: "MATH-6B", start: "10:00", end: "10:50" },
  ],
  perDay: 5,
  minutes: 10,
  objective: "your fractions project",
};

interface Row {
  key: string;
  studentId: string;
  studentName: string;
  classId: string;
  day: string;
  start: string;
  end: string;
  status: string;
  told: boolean;
}
interface View {
  ok?: boolean;
  problems: string[];
  conferences: Row[];
  unplaced: { studentId: string; reason: string }[];
  told: number;
  cancelledDays: string[];
}

/** The demo school with one teacher's two classes made 28 students each, and the roster imported. */
let clock = Date.UTC(2026, 10, 23, 14);

function cycleHub(): { hub: DemoHub; teacher: string; other: string; classIds: string[] } {
  const hub = demoHub(() => clock);
  const teacher = "jun.bianchi@school.test";
  const classIds = ["MATH-6A", "MATH-6B"];
  const ids = hub.school.students.map((s) => s.id);
  const classes = hub.school.classes as unknown as { id: string; studentIds: string[] }[];
  classes.find((c) => c.id === classIds[0])!.studentIds = ids.slice(0, 28);
  classes.find((c) => c.id === classIds[1])!.studentIds = ids.slice(28, 56);
  runIn(hub, "setUpHub", hub.coordinator);
  runIn(hub, "saveSettings", hub.coordinator, {
    schoolName: hub.school.name,
    term: hub.school.term,
    grades: hub.school.grades.join(", "),
    webAppUrl: hub.ws.webAppUrl,
  });
  const files = toConferCsv(hub.school);
  runIn(hub, "importRoster", hub.coordinator, {
    format: "confer",
    students: files["students.csv"],
    staff: files["staff.csv"],
    classes: files["classes.csv"],
  });
  const other = hub.school.classes.find((c) => c.teacherEmail !== teacher)!.teacherEmail;
  return { hub, teacher, other, classIds };
}

const ask = (hubOf: DemoHub, email: string, docId: string) =>
  run(hubOf.ws, { fn: "askForExtraConference", as: email, containerId: docId });

const call = (hub: DemoHub, fn: string, as: string, ...args: unknown[]) =>
  run(hub.ws, { fn, args, as, containerId: hub.hubId, kind: "sidebar" });

function cycleTab(hub: DemoHub): Record<string, string>[] {
  const [header, ...rows] = parseCsv(sheetToCsv(hub.ws, hub.hubId, "Classroom Cycle")).map((r) => [
    ...r.fields,
  ]);
  return rows
    .filter((r) => r[0] !== "")
    .map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ""])));
}

describe("a classroom cycle", () => {
  const { hub, teacher, other, classIds } = cycleHub();
  const students = hub.school.students.slice(0, 56);
  const outsider = hub.school.students[70]!;
  const docOf = new Map<string, string>();
  const lineOf = (studentId: string) => {
    const student = students.find((s) => s.id === studentId)!;
    const text = readDoc(hub.ws, student.email, docOf.get(studentId)!).text;
    return text.split("\n").find((l) => l.startsWith("Conference: ")) ?? "";
  };
  const eventOf = (key: string) => {
    const row = cycleTab(hub).find((r) => (r["Student ID"] ?? "") === key)!;
    return hub.ws.calendar.find(hub.coordinator, row["Calendar Event"]!);
  };
  let saved: View;
  const alertsOf = (email: string, docId: string) => hub.ws.ui.of(email, "Docs", docId).alerts;

  beforeAll(() => {
    runIn(hub, "openClassroomRound", teacher, {
      name: ROUND,
      preparationFrom: "2026-11-23",
      preparationTo: "2026-11-27",
      conferenceFrom: "2026-11-30",
      conferenceTo: "2026-12-18",
      classIds,
    });
    for (let i = 0; i < 10; i++) {
      const progress = runIn(hub, "createClassroomDocs", teacher, ROUND).value as {
        remaining: number;
      };
      if (progress.remaining === 0) break;
    }
    for (const f of hub.ws.drive.all()) {
      if (f.appProperties.conferTerm === ROUND && !f.trashed)
        docOf.set(f.appProperties.conferStudentId!, f.id);
    }
    expect(docOf.size).toBe(56);
    clock = Date.UTC(2026, 10, 24, 14);
  });

  it("proposes a schedule reaching all 56 students, saving nothing", () => {
    const proposed = runIn(hub, "proposeClassroomCycle", teacher, ROUND, FORM).value as View;
    expect(proposed.ok).toBe(true);
    expect(proposed.conferences).toHaveLength(56);
    expect(proposed.unplaced).toEqual([]);
    expect(new Set(proposed.conferences.map((c) => c.studentId)).size).toBe(56);
    expect(proposed.conferences.every((c) => !c.told)).toBe(true);
    expect(cycleTab(hub)).toEqual([]);
    expect(hub.ws.calendar.all()).toHaveLength(0);
    const bad = runIn(hub, "proposeClassroomCycle", teacher, ROUND, { ...FORM, perDay: 2 })
      .value as View;
    expect(bad.ok).toBe(false);
    expect(bad.problems.join(" ")).toContain("28 students of MATH-6A at 2 a day need 14");
    const long = runIn(hub, "proposeClassroomCycle", teacher, ROUND, {
      ...FORM,
      objective: "x".repeat(201),
    }).value as View;
    expect(long.problems).toEqual([
      "What we will work on (every student) is 201 characters; keep it under 200.",
    ]);
  });

  it("saves the plan and tells each student in their doc and on their calendar, in one round", () => {
    const from = hub.ws.history.length;
    saved = runIn(hub, "saveClassroomCycle", teacher, ROUND, FORM).value as View;
    const [owner, ...more] = hub.ws.history.slice(from).filter((r) => r.kind === "webapp");
    expect(more).toEqual([]);
    // One round of requests; Calendar's per-calendar limit on quick writes sends some again.
    expect(owner!.counts["Calendar.events.insert"]).toBeGreaterThanOrEqual(56);
    expect(owner!.counts["Docs.documents.batchUpdate"]).toBe(56);
    expect(owner!.counts["Docs.documents.get"] ?? 0).toBe(0);
    expect(owner!.counts["Range.getValues"]).toBeLessThanOrEqual(12);
    expect(saved.problems).toEqual([]);
    expect(saved.told).toBe(56);
    expect(saved.conferences.every((c) => c.told)).toBe(true);
    const rows = cycleTab(hub);
    expect(rows).toHaveLength(56);
    const first = saved.conferences[0]!;
    expect(first).toMatchObject({ day: "2026-11-30", start: "09:00", end: "09:10" });
    expect(lineOf(first.studentId)).toBe(
      "Conference: Monday, November 30, 2026, 9:00 – 9:10 AM · We will work on: your fractions project",
    );
    for (const c of saved.conferences) {
      const student = students.find((s) => s.id === c.studentId)!;
      const event = eventOf(c.studentId)!;
      expect(event.status).toBe("confirmed");
      expect(event.attendees.map((a) => a.email).sort()).toEqual([teacher, student.email].sort());
      expect(hub.ws.calendar.eventsOn(student.email).map((e) => e.id)).toEqual([event.id]);
    }
    expect(hub.ws.calendar.all()).toHaveLength(56);
    expect(hub.ws.calendar.notifications).toEqual([]);
    const event = eventOf(first.studentId)!;
    const nameOf = (email: string) =>
      hub.school.staff.find((s) => s.email === email)?.name ?? email;
    const teacherName = nameOf(teacher);
    expect(event.organizer).toBe(hub.coordinator);
    expect(event.fields.description).toBe(
      `Classroom conference with ${teacherName}: ${ROUND} · ${hub.school.name}. We will work on: your fractions project. You meet ${teacherName}. Confer put this event on your calendar from ${nameOf(hub.coordinator)}'s calendar (your school's Confer hub), so Calendar shows them as the organizer. If the time changes, your conference doc and this event both change; ask ${teacherName} about it.`,
    );
  });

  it("tells no one twice on a re-run of Save and tell", () => {
    const again = runIn(hub, "saveClassroomCycle", teacher, ROUND, FORM).value as View;
    expect(again.told).toBe(0);
    expect(hub.ws.calendar.all()).toHaveLength(56);
    expect(cycleTab(hub)).toHaveLength(56);
  });

  it("swaps two students and re-tells only them", () => {
    const [a, , , , , b] = saved.conferences.filter((c) => c.classId === classIds[0]);
    const view = runIn(hub, "swapClassroomStudents", teacher, ROUND, a!.studentId, b!.studentId)
      .value as View;
    expect(view.told).toBe(2);
    expect(lineOf(a!.studentId)).toContain(
      `(moved from Monday, November 30, 2026, 9:00 – 9:10 AM)`,
    );
    const startOf = (c: Row) => Date.parse(`${c.day}T${c.start}:00-05:00`);
    expect(eventOf(a!.studentId)!.start.ms).toBe(startOf(b!));
    expect(eventOf(b!.studentId)!.start.ms).toBe(startOf(a!));
    expect(hub.ws.calendar.all()).toHaveLength(56);
  });

  it("cancels a day: everyone on it is rescheduled into free places and told", () => {
    const day = "2026-12-01";
    const before = (runIn(hub, "getClassroomCycle", teacher, ROUND).value as View).conferences;
    const onDay = before.filter((c) => c.day === day);
    expect(onDay).toHaveLength(10);
    const view = runIn(hub, "cancelClassroomDay", teacher, ROUND, day).value as View;
    expect(view.cancelledDays).toEqual([day]);
    expect(view.told).toBe(10);
    expect(view.unplaced).toEqual([]);
    for (const c of onDay) {
      const now = view.conferences.find((x) => x.studentId === c.studentId)!;
      expect(now.day > day).toBe(true);
      expect(now.told).toBe(true);
      expect(lineOf(c.studentId)).toContain("(moved from Tuesday, December 1, 2026");
      const event = eventOf(c.studentId)!;
      expect(event.status).toBe("confirmed");
      expect(new Date(event.start.ms).toISOString().slice(0, 10)).toBe(now.day);
    }
    expect(hub.ws.calendar.all()).toHaveLength(56);
    const again = call(hub, "cancelClassroomDay", teacher, ROUND, day);
    expect(again.error?.message).toBe(`${day} is already cancelled, so nothing was cancelled.`);
  });

  it("opens a day's table in one call, keeps notes private, ticks held and writes a plan line", () => {
    const table = runIn(hub, "getConferenceTable", teacher, ROUND, "2026-11-30");
    const value = table.value as {
      day: string;
      rows: { studentId: string; purpose: string; questions: string[]; notes: string }[];
    };
    expect(value.day).toBe("2026-11-30");
    expect(value.rows).toHaveLength(10);
    const one = value.rows[1]!;
    const note = "=Struggles with 3/4 ÷ 1/2 — wants more practice";
    runIn(hub, "saveConferenceNote", teacher, ROUND, one.studentId, "2026-11-30", note);
    runIn(hub, "markClassroomHeld", teacher, ROUND, one.studentId, "2026-11-30");
    runIn(
      hub,
      "writeClassroomPlanLine",
      teacher,
      ROUND,
      one.studentId,
      "2026-11-30",
      "Practise dividing fractions =SUM(A1) 10 minutes a day",
    );
    expect(() =>
      runIn(hub, "saveConferenceNote", teacher, ROUND, one.studentId, "2026-11-30", { note }),
    ).toThrow("The notes must be text, so nothing was saved.");
    const row = cycleTab(hub).find((r) => r["Student ID"] === one.studentId)!;
    expect(row.Notes).toBe(note);
    expect(row.Status).toBe("held");
    const student = students.find((s) => s.id === one.studentId)!;
    const text = readDoc(hub.ws, student.email, docOf.get(one.studentId)!).text;
    expect(text).toContain("Practise dividing fractions =SUM(A1) 10 minutes a day");
    expect(text).not.toContain("Struggles with");
    expect(text).toContain("Conference held on (date): 2026-11-30");
    const reread = runIn(hub, "getConferenceTable", teacher, ROUND, "2026-11-30").value as {
      rows: { studentId: string; notes: string }[];
    };
    expect(reread.rows.find((r) => r.studentId === one.studentId)!.notes).toBe(note);
    const seen = runIn(hub, "getConferenceTable", hub.coordinator, ROUND, "2026-11-30").value as {
      rows: { notes: string }[];
    };
    expect(seen.rows.every((r) => r.notes === "")).toBe(true);
  });

  it("marks a no-show whose purpose was feedback, and coverage asks for video feedback", () => {
    const table = runIn(hub, "getConferenceTable", teacher, ROUND, "2026-11-30").value as {
      rows: { studentId: string; studentName: string; status: string }[];
    };
    const missing = table.rows.find((r) => r.status === "planned")!;
    const student = students.find((s) => s.id === missing.studentId)!;
    const docId = docOf.get(missing.studentId)!;
    const ticked = rest(
      hub.ws,
      student.email,
      "POST",
      `https://docs.googleapis.com/v1/documents/${docId}:batchUpdate`,
      {
        requests: [
          {
            replaceAllText: {
              containsText: { text: "☐ Feedback", matchCase: true },
              replaceText: "☑ Feedback",
            },
          },
        ],
      },
    );
    expect(ticked.status).toBe(200);
    const marked = runIn(hub, "markNoShow", teacher, ROUND, missing.studentId, "2026-11-30")
      .value as { purpose: string };
    expect(marked.purpose).toBe("Feedback");
    const coverage = runIn(hub, "getClassroomCoverage", teacher, ROUND).value as {
      notYetHad: { studentId: string; why: string }[];
      noShows: { studentId: string; prompt?: string }[];
    };
    expect(coverage.noShows).toEqual([
      expect.objectContaining({
        studentId: missing.studentId,
        prompt: `Record short video feedback and share it with ${missing.studentName}.`,
      }),
    ]);
    expect(coverage.notYetHad).toHaveLength(55);
    expect(coverage.notYetHad.find((n) => n.studentId === missing.studentId)!.why).toMatch(
      /^missed 2026-11-30 at 09:\d0$/,
    );
  });

  it("takes a student's request for an extra conference into the teacher's list", () => {
    const student = students[3]!;
    const docId = docOf.get(student.id)!;
    const asked = ask(hub, student.email, docId);
    expect(asked.ok).toBe(true);
    expect(alertsOf(student.email, docId).at(-1)).toBe(
      `Ask for an extra conference: Your teacher has your request for an extra conference in “${ROUND}”. They will offer you a time or point you to office hours.`,
    );
    ask(hub, students[4]!.email, docId);
    expect(alertsOf(students[4]!.email, docId).at(-1)).toBe(
      "Ask for an extra conference: Open your classroom conference doc in Google Docs first.",
    );
    const coverage = runIn(hub, "getClassroomCoverage", teacher, ROUND).value as {
      requests: { studentId: string; state: string; note: string }[];
    };
    expect(coverage.requests).toEqual([
      expect.objectContaining({ studentId: student.id, state: "open" }),
    ]);
    runIn(hub, "pointToOfficeHours", teacher, ROUND, student.id);
    const after = runIn(hub, "getClassroomCoverage", teacher, ROUND).value as {
      requests: { state: string }[];
    };
    expect(after.requests.map((r) => r.state)).toEqual(["office-hours"]);
  });

  it("cancels one student's conference into another day, and offers an extra one as its own event", () => {
    const view = runIn(hub, "getClassroomCycle", teacher, ROUND).value as View;
    const one = view.conferences.find((c) => c.day === "2026-12-02")!;
    const moved = runIn(hub, "cancelClassroomStudent", teacher, ROUND, one.studentId).value as View;
    expect(moved.told).toBe(1);
    const now = moved.conferences.find((c) => c.studentId === one.studentId)!;
    expect(now.day).not.toBe("2026-12-02");
    expect(lineOf(one.studentId)).toContain("(moved from Wednesday, December 2, 2026");
    const student = students.find((s) => s.id === one.studentId)!;
    const docId = docOf.get(one.studentId)!;
    expect(ask(hub, student.email, docId).ok).toBe(true);
    const free = moved.conferences.filter(
      (c) => c.classId === now.classId && c.day === "2026-12-11",
    );
    expect(free.length).toBeLessThan(5);
    const offered = runIn(hub, "offerExtraConference", teacher, ROUND, {
      studentId: one.studentId,
      day: "2026-12-11",
    }).value as View;
    expect(offered.told).toBe(1);
    const extra = offered.conferences.find(
      (c) => c.studentId === one.studentId && c.day === "2026-12-11",
    )!;
    expect(extra.key).toBe(`${one.studentId}+2026-12-11`);
    expect(hub.ws.calendar.eventsOn(student.email)).toHaveLength(2);
    expect(lineOf(one.studentId)).toMatch(
      /^Conference: .* · Extra conference: Friday, December 11, 2026, \d+:\d\d – \d+:\d\d [AP]M$/,
    );
  });

  it("tells a student the Docs API could not take yet with the next hourly run", () => {
    const view = runIn(hub, "getClassroomCycle", teacher, ROUND).value as View;
    const one = view.conferences.find((c) => c.day === "2026-12-03" && !c.key.includes("+"))!;
    docsAllowanceSpent(hub, 60);
    const waiting = runIn(hub, "cancelClassroomStudent", teacher, ROUND, one.studentId)
      .value as View;
    expect(waiting.told).toBe(0);
    expect(waiting.problems.join(" ")).toContain("60 writes a minute");
    expect(waiting.conferences.find((c) => c.studentId === one.studentId)!.told).toBe(false);
    expect(lineOf(one.studentId)).not.toContain("moved from");
    const fired = runDueTriggers(hub.ws, hub.ws.now() + 61 * 60_000);
    expect(fired.length).toBeGreaterThan(0);
    expect(fired.every((r) => r.ok)).toBe(true);
    const after = runIn(hub, "getClassroomCycle", teacher, ROUND).value as View;
    expect(after.conferences.every((c) => c.told)).toBe(true);
    expect(lineOf(one.studentId)).toContain("(moved from Thursday, December 3, 2026");
  });

  it("cancels the rest of the cycle: held conferences stay, everyone else is told and their event cancelled", () => {
    const view = runIn(hub, "cancelClassroomCycle", teacher, ROUND, {}).value as View;
    const held = view.conferences.filter((c) => c.status === "held");
    expect(held).toHaveLength(1);
    expect(view.unplaced).toHaveLength(55);
    expect(view.told).toBe(55);
    const gone = view.unplaced[0]!;
    expect(lineOf(gone.studentId)).toMatch(
      /^Conference: Your conference on .* is cancelled\. Your teacher will give you a new time\.$/,
    );
    const confirmed = hub.ws.calendar.all().filter((e) => e.status === "confirmed");
    expect(confirmed).toHaveLength(1);
    const again = runIn(hub, "cancelClassroomCycle", teacher, ROUND, {}).value as View;
    expect(again.told).toBe(0);
  });

  it("refuses another teacher, a student of the class, a student of another class and anyone else", () => {
    const before = sheetToCsv(hub.ws, hub.hubId, "Classroom Cycle");
    const events = hub.ws.calendar.all().length;
    const tries: [string, unknown[]][] = [
      ["saveClassroomCycle", [ROUND, FORM]],
      ["cancelClassroomDay", [ROUND, "2026-12-03"]],
      ["getConferenceTable", [ROUND, "2026-11-30"]],
      ["saveConferenceNote", [ROUND, students[0]!.id, "2026-11-30", "x"]],
      ["getClassroomCoverage", [ROUND]],
    ];
    for (const who of [other, students[0]!.email, outsider.email, "nobody@school.test"]) {
      for (const [fn, args] of tries) {
        const refused = call(hub, fn, who, ...args);
        expect(refused.ok).toBe(false);
        expect(refused.value).toBeUndefined();
      }
    }
    const theirs = call(hub, "cancelClassroomDay", other, ROUND, "2026-12-03");
    expect(theirs.error?.message).toBe(
      `Only ${teacher}, who hosts “${ROUND}”, can change it; ${other} cannot.`,
    );
    const coordinator = call(hub, "cancelClassroomDay", hub.coordinator, ROUND, "2026-12-03");
    expect(coordinator.ok).toBe(false);
    expect(sheetToCsv(hub.ws, hub.hubId, "Classroom Cycle")).toBe(before);
    expect(hub.ws.calendar.all()).toHaveLength(events);
  });
});
