/*
 * Attacks on conference rounds through the real doors, each refused with nothing written: a
 * teacher naming a classroom round after the school's term (which would hand them the advisors'
 * docs and hide those docs from Status), a teacher's classroom round stopping advisors' slots,
 * a teacher on another teacher's cycle, an advisor on another advisor's check-in, Status asked for
 * a classroom round, a round name that would be a formula in a hub cell, and draft records an
 * advisor makes up (a formula, markup or 60,000 characters where a Gmail draft ID or time goes).
 */
import { run, sheetToCsv } from "../../emulator";
import { toConferCsv } from "../../scripts/demo-school";
import { type DemoHub, publishFallSlots, readyHub, runIn } from "./harness";
import { fingerprint } from "./security/fingerprint";

const TEACHER = "jun.bianchi@school.test";
const OTHER_TEACHER = "linda.novak@school.test";
const ADVISOR = "niamh.zhang@school.test";

const call = (hub: DemoHub, fn: string, as: string, ...args: unknown[]) =>
  run(hub.ws, { fn, args, as, containerId: hub.hubId, kind: "sidebar" });

const classesOf = (hub: DemoHub, teacher: string) =>
  hub.school.classes.filter((c) => c.teacherEmail === teacher).map((c) => c.id);

const form = (hub: DemoHub, name: string, teacher = TEACHER) => ({
  name,
  preparationFrom: "2026-11-23",
  preparationTo: "2026-11-27",
  conferenceFrom: "2026-11-30",
  conferenceTo: "2026-12-18",
  classIds: classesOf(hub, teacher),
});

interface Opened {
  opened: boolean;
  problems?: { field: string; message: string }[];
}

const docsWithDoc = (hub: DemoHub) =>
  (call(hub, "getStatus", ADVISOR, {}).value as { rows: { docCreated: boolean }[] }).rows.filter(
    (r) => r.docCreated,
  ).length;

describe("a classroom round named after a round the school already has", () => {
  const hub = readyHub();
  runIn(hub, "createConferenceDocs", hub.coordinator, { kind: "all" });
  publishFallSlots(hub, ADVISOR);
  const withDocs = docsWithDoc(hub);

  it.each([
    ["Settings' term", "Fall 2026"],
    ["the term in another case and spacing", "  fall 2026 "],
    ["a round that has slots", "FALL CONFERENCES"],
  ])("refuses %s, naming the field, and writes nothing", (_what, name) => {
    const before = fingerprint(hub);
    const result = call(hub, "openClassroomRound", TEACHER, form(hub, name));
    expect(result.ok).toBe(true);
    const opened = result.value as Opened;
    expect(opened.opened).toBe(false);
    expect(opened.problems?.[0]?.field).toBe("name");
    expect(opened.problems?.[0]?.message).toMatch(
      /already names a round of the school's \(its conference docs, slots or Settings' term\)/,
    );
    expect(fingerprint(hub)).toBe(before);
    expect(sheetToCsv(hub.ws, hub.hubId, "Rounds")).not.toMatch(/classroom/);
  });

  it("leaves the advisors' docs in Status, and a second docs run makes no second doc", () => {
    expect(withDocs).toBeGreaterThan(0);
    expect(docsWithDoc(hub)).toBe(withDocs);
    const docs = () =>
      hub.ws.drive.all().filter((f) => f.appProperties.conferStudentId && !f.trashed).length;
    const count = docs();
    runIn(hub, "createConferenceDocs", hub.coordinator, { kind: "all" });
    expect(docs()).toBe(count);
  });

  it("gives the teacher no cycle, table or plan line on the term's docs", () => {
    const student = hub.school.classes.find((c) => c.teacherEmail === TEACHER)!.studentIds[0]!;
    for (const [fn, args] of [
      ["getConferenceTable", ["Fall 2026", "2026-11-30"]],
      ["writeClassroomPlanLine", ["Fall 2026", student, "2026-11-30", "Written by a teacher"]],
      ["saveClassroomCycle", ["Fall 2026", {}]],
    ] as const) {
      const before = fingerprint(hub);
      const result = call(hub, fn, TEACHER, ...args);
      expect(result.ok).toBe(false);
      expect(result.error?.message).toBe("There is no classroom round named “Fall 2026”.");
      expect(fingerprint(hub)).toBe(before);
    }
  });
});

describe("a teacher's classroom round beside the advisors' rounds", () => {
  const hub = readyHub();
  const opened = call(hub, "openClassroomRound", TEACHER, form(hub, "Math · Q2 conferences"));

  it("leaves advisors publishing slots on a hub with no student-led round open", () => {
    expect((opened.value as Opened).opened).toBe(true);
    const published = publishFallSlots(hub, ADVISOR);
    expect(published.error?.message).toBeUndefined();
    expect(sheetToCsv(hub.ws, hub.hubId, "Schedule")).toMatch(/Fall conferences/);
  });

  it("refuses slots published into the classroom round, writing nothing", () => {
    const before = fingerprint(hub);
    const published = call(hub, "publishSlots", ADVISOR, {
      kind: "conference",
      round: "math · q2 conferences",
      days: ["2026-12-01"],
      startTime: "13:00",
      endTime: "14:00",
      minutes: 15,
      location: "Room 12",
    });
    expect(published.ok).toBe(false);
    expect(published.error?.message).toMatch(
      /^Round “Math · Q2 conferences”: is jun\.bianchi@school\.test's classroom round, which takes no published slots/,
    );
    expect(fingerprint(hub)).toBe(before);
  });

  it("refuses another teacher every change of the cycle, by name, writing nothing", () => {
    const student = hub.school.classes.find((c) => c.teacherEmail === TEACHER)!.studentIds[0]!;
    for (const [fn, args] of [
      ["saveClassroomCycle", ["MATH · Q2 CONFERENCES ", {}]],
      ["cancelClassroomStudent", ["Math · Q2 conferences", student]],
      ["saveConferenceNote", ["Math · Q2 conferences", student, "2026-11-30", "mine now"]],
      ["writeClassroomPlanLine", ["Math · Q2 conferences", student, "2026-11-30", "x"]],
      ["getConferenceTable", ["Math · Q2 conferences", "2026-11-30"]],
      ["closeClassroomRound", ["Math · Q2 conferences"]],
      ["createClassroomDocs", ["Math · Q2 conferences"]],
    ] as const) {
      const before = fingerprint(hub);
      const result = call(hub, fn, OTHER_TEACHER, ...args);
      expect(result.ok).toBe(false);
      expect(result.value).toBeUndefined();
      expect(result.error?.message).toMatch(/^Only jun\.bianchi@school\.test, who hosts/);
      expect(fingerprint(hub)).toBe(before);
    }
  });

  it("refuses Status for the classroom round or compared with it", () => {
    for (const filter of [
      { round: "Math · Q2 conferences" },
      { compareWith: "math · q2 conferences" },
    ]) {
      const result = call(hub, "getStatus", ADVISOR, filter);
      expect(result.ok).toBe(false);
      expect(result.error?.message).toMatch(
        /^Status has no round called “math · q2 conferences”|^Status has no round called “Math · Q2 conferences”/,
      );
    }
  });

  it("keeps a round name that looks like a formula as text, or refuses it", () => {
    const result = call(hub, "openClassroomRound", TEACHER, form(hub, '=IMPORTRANGE("x","A1")'));
    expect(result.error?.message).toBeUndefined();
    const rounds = sheetToCsv(hub.ws, hub.hubId, "Rounds");
    if ((result.value as Opened).opened) expect(rounds).toContain("=IMPORTRANGE");
  });
});

describe("goal check-ins of another advisor's advisee", () => {
  it("refuses marking and drafting, naming the student's advisor, and writes nothing", () => {
    const hub = readyHub();
    runIn(hub, "createConferenceDocs", hub.coordinator, { kind: "all" });
    const other = hub.school.students.find((s) => s.advisorEmail !== ADVISOR)!;
    const doc = hub.ws.drive
      .all()
      .find((f) => f.appProperties.conferStudentId === other.id && !f.trashed)!;
    for (const [fn, args] of [
      ["markGoalCheckIn", [doc.id, "met"]],
      ["draftGoalCheckInReminder", [doc.id]],
    ] as const) {
      const before = fingerprint(hub);
      const result = call(hub, fn, ADVISOR, ...args);
      expect(result.ok).toBe(false);
      expect(result.value).toBeUndefined();
      expect(fingerprint(hub)).toBe(before);
    }
  });
});

describe("a teacher whose class a re-import gave to another teacher", () => {
  it("no longer plans, tells or changes that classroom round, and nothing is written", () => {
    const hub = readyHub();
    const opened = call(hub, "openClassroomRound", TEACHER, {
      ...form(hub, "Math · Q2 conferences"),
      classIds: ["MATH-6A"],
    });
    expect((opened.value as Opened).opened).toBe(true);
    runIn(hub, "createClassroomDocs", TEACHER, "Math · Q2 conferences");
    const files = toConferCsv(hub.school);
    runIn(hub, "importRoster", hub.coordinator, {
      format: "confer",
      students: files["students.csv"],
      staff: files["staff.csv"],
      classes: files["classes.csv"].replace(
        /^(MATH-6A,[^\n]*?)jun\.bianchi@school\.test/m,
        `$1${OTHER_TEACHER}`,
      ),
    });
    expect(sheetToCsv(hub.ws, hub.hubId, "Classes")).toMatch(/MATH-6A,[^\n]*linda\.novak/);
    const student = hub.school.classes.find((c) => c.id === "MATH-6A")!.studentIds[0]!;
    const plan = {
      from: "2026-11-30",
      to: "2026-12-11",
      weekdays: [1, 2, 3, 4, 5],
      periods: [{ classId: "MATH-6A", start: "09:00", end: "09:50" }],
      perDay: 5,
      minutes: 10,
    };
    for (const [fn, args] of [
      ["saveClassroomCycle", ["Math · Q2 conferences", plan]],
      ["proposeClassroomCycle", ["Math · Q2 conferences", plan]],
      ["cancelClassroomStudent", ["Math · Q2 conferences", student]],
    ] as const) {
      const before = fingerprint(hub);
      const result = call(hub, fn, TEACHER, ...args);
      expect(result.ok).toBe(false);
      expect(result.error?.message).toMatch(
        /^Math \(period 1\) \(MATH-6A\) of “Math · Q2 conferences” is now taught by linda\.novak@school\.test, not by jun\.bianchi@school\.test; nothing was changed or told\.$/,
      );
      expect(fingerprint(hub)).toBe(before);
    }
  });
});

describe("an advisor posting made-up draft records to the staff web app", () => {
  const hub = readyHub();
  runIn(hub, "createConferenceDocs", hub.coordinator, { kind: "all" });
  const advisee = hub.school.students.find((s) => s.advisorEmail === ADVISOR)!;
  const doc = hub.ws.drive
    .all()
    .find((f) => f.appProperties.conferStudentId === advisee.id && !f.trashed)!;
  const NOW = "2026-11-23T14:00:00.000Z";
  const post = (action: string, args: unknown[]) => {
    const body = JSON.stringify({ action, args });
    const result = run(hub.ws, {
      fn: "doPost",
      args: [{ parameter: {}, postData: { contents: body, type: "application/json" } }],
      as: hub.coordinator,
      activeUser: ADVISOR,
      kind: "webapp",
    });
    const output = result.value as { content?: string } | undefined;
    return JSON.parse(output?.content ?? "{}") as { ok: boolean; error?: { message: string } };
  };
  const drafts = (draft: Record<string, unknown>) => [
    [{ studentId: advisee.id, drafts: [{ draftId: "r1", language: "en", kind: "met", ...draft }] }],
    NOW,
  ];

  it.each([
    [
      "a formula for the check-in's drafted time",
      "recordCheckInReminder",
      [doc.id, "r1", "=IMAGE(1)"],
      /^Drafted at “=IMAGE\(1\)”: is not a time/,
    ],
    [
      "a 60,000-character draft ID",
      "recordCheckInReminder",
      [doc.id, "r".repeat(60_000), NOW],
      /^Draft ID “r{40}…”: is not a Gmail draft ID\.$/,
    ],
    [
      "a formula for the updates' drafted time",
      "recordDrafts",
      [drafts({})[0], "+1"],
      /^Drafted at “\+1”/,
    ],
    [
      "a draft ID that is markup",
      "recordDrafts",
      drafts({ draftId: "<b>r1</b>" }),
      /^Draft ID “<b>r1<\/b>”/,
    ],
    [
      "a language that is no code",
      "recordDrafts",
      drafts({ language: "x".repeat(5000) }),
      /^Language “x{40}…”/,
    ],
    [
      "a kind Confer never drafts",
      "recordDrafts",
      drafts({ kind: "sent" }),
      /^Update kind “sent”: is none of met, booked, invite\.$/,
    ],
  ])("refuses %s, naming the field, and writes nothing", (_what, action, args, message) => {
    const before = fingerprint(hub);
    const answer = post(action as string, args as unknown[]);
    expect(answer.ok).toBe(false);
    expect(answer.error?.message).toMatch(message as RegExp);
    expect(fingerprint(hub)).toBe(before);
  });

  it("still records real drafts", () => {
    const answer = post(
      "recordDrafts",
      drafts({ draftId: "r-5179851373213335373", language: "pt_br" }),
    );
    expect(answer).toEqual({ ok: true, data: { recorded: 1 } });
  });
});
