/*
 * The schedule on the built bundle: advisors publish slots; families book through their own signed
 * link on the anonymous sign-up deployment; Calendar events follow every booking; staff move,
 * cancel and move a whole day; no-shows get a follow-up; the daily trigger reminds; and the
 * not-yet-booked list drafts one reminder per family, with their link.
 */
import { simpleParser } from "mailparser";
import {
  type DocumentContent,
  run,
  runConcurrently,
  runDueTriggers,
  type SpreadsheetContent,
  sheetToCsv,
  webAppPageRun,
} from "../../emulator";
import { toConferCsv } from "../../scripts/demo-school";
import { parseCsv } from "../../src/domain/roster/csv";
import { readDoc } from "./doc-access";
import { type DemoHub, readyHub, runIn } from "./harness";

const ADVISOR = "niamh.zhang@school.test";
const STUDENT = "6001";
const STUDENT_EMAIL = "valentina.chen@school.test";
const GUARDIAN = "giulia.chen@yahoo.test";
const DAY = "2026-12-01";

interface SlotRow {
  id: string;
  start: string;
  when: string;
  status: string;
  studentId: string;
  hostEmail: string;
}

interface ScheduleView {
  slots: SlotRow[];
  rounds: string[];
  students: { id: string }[];
  notices: { mode: string; mailbox: string };
}

interface FamilyPage {
  language: string;
  strings: Record<string, string>;
  changesLeft: number;
  students: {
    id: string;
    name: string;
    booking: { slotId: string; when: string } | null;
    slots: { slotId: string; when: string }[];
  }[];
  message: string;
}

interface NotBooked {
  round: string;
  rows: { studentId: string; link: string; booked: number; needed: number }[];
  linkProblem: string;
}

function call<T>(hub: DemoHub, as: string, fn: string, ...args: unknown[]): T {
  const result = run(hub.ws, { fn, args, as, kind: "sidebar" });
  if (!result.ok) throw new Error(`${fn} as ${as} failed: ${result.error?.message}`);
  return result.value as T;
}

function callError(hub: DemoHub, as: string, fn: string, ...args: unknown[]): string {
  const result = run(hub.ws, { fn, args, as, kind: "sidebar" });
  if (result.ok) throw new Error(`${fn} as ${as} succeeded, but should have been refused`);
  return result.error?.message ?? "";
}

function family<T>(hub: DemoHub, url: string, fn: string, ...args: unknown[]) {
  const result = run(hub.ws, webAppPageRun(hub.ws, url, fn, args));
  return result as { ok: boolean; value?: T; error?: { message: string } };
}

async function messages(raws: readonly string[]) {
  const parsed = await Promise.all(
    raws.map((raw) => simpleParser(Buffer.from(raw.replace(/\r?\n/g, "\r\n"), "utf8"))),
  );
  return parsed.map((mail) => ({
    to: [mail.to]
      .flat()
      .flatMap((a) => a?.value ?? [])
      .map((a) => a.address ?? ""),
    subject: mail.subject ?? "",
    text: mail.text ?? "",
  }));
}

function tokenOf(link: string): string {
  return new URL(link).searchParams.get("signup") ?? "";
}

function scheduleRows(hub: DemoHub): Record<string, string>[] {
  const csv = sheetToCsv(hub.ws, hub.hubId, "Schedule");
  const [header, ...rows] = parseCsv(csv).map((record) => record.fields);
  return rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i] ?? ""])));
}

/** The demo hub with the family sign-up deployment's URL in Settings. */
function scheduleHub(notices: "draft" | "send" = "draft"): DemoHub & { signupUrl: string } {
  const hub = readyHub();
  const signupUrl = hub.ws.addDeployment({
    executeAs: "USER_DEPLOYING",
    access: "ANYONE_ANONYMOUS",
  });
  runIn(hub, "saveSettings", hub.coordinator, {
    schoolName: hub.school.name,
    term: hub.school.term,
    grades: hub.school.grades.join(", "),
    familySignupUrl: signupUrl,
    scheduleNotices: notices,
  });
  return Object.assign(hub, { signupUrl });
}

function publishDay(hub: DemoHub, as: string, extra: Record<string, unknown> = {}) {
  return call<{
    added: number;
    unchanged: number;
    skipped: { when: string; count: number; reason: string }[];
  }>(hub, as, "publishSlots", {
    kind: "conference",
    round: "Fall conferences",
    days: [DAY],
    startTime: "13:00",
    endTime: "15:00",
    minutes: 15,
    breaks: [{ start: "14:00", end: "14:15" }],
    location: "Room 12",
    ...extra,
  });
}

function linkFor(hub: DemoHub, advisor: string, studentId: string): string {
  const view = call<NotBooked>(hub, advisor, "getNotYetBooked", { round: "Fall conferences" });
  const row = view.rows.find((r) => r.studentId === studentId);
  if (!row) throw new Error(`${studentId} is not in ${advisor}'s not-yet-booked list`);
  return row.link;
}

describe("publishing slots", () => {
  const hub = scheduleHub();

  it("writes one row per slot in the Schedule tab, skipping the break, and never twice", () => {
    const first = publishDay(hub, ADVISOR);
    expect(first.added).toBe(7);
    const rows = scheduleRows(hub).filter((r) => r["Host Email"] === ADVISOR);
    expect(rows).toHaveLength(7);
    expect(rows.every((r) => r.Status === "open" && r.Location === "Room 12")).toBe(true);
    expect(rows.map((r) => r.Start)).not.toContain("2026-12-01 14:00");
    expect(rows.map((r) => r.Start)).toContain("2026-12-01 14:15");
    const again = publishDay(hub, ADVISOR);
    expect(again).toMatchObject({ added: 0, unchanged: 7 });
    expect(scheduleRows(hub).filter((r) => r["Host Email"] === ADVISOR)).toHaveLength(7);
  });

  it("refuses malformed times, naming the field and the value, and writes nothing", () => {
    const before = scheduleRows(hub).length;
    const message = callError(hub, ADVISOR, "publishSlots", {
      kind: "conference",
      round: "Fall conferences",
      days: [DAY],
      startTime: "25:00",
      endTime: "15:00",
      minutes: 15,
      breaks: [],
      location: "Room 12",
    });
    expect(message).toMatch(/25:00/);
    expect(scheduleRows(hub)).toHaveLength(before);
  });

  it("skips slots in the past", () => {
    const result = publishDay(hub, ADVISOR, { days: ["2026-11-20"] });
    expect(result.added).toBe(0);
    expect(result.skipped).toHaveLength(1);
    const [run] = result.skipped;
    expect(run!.count).toBeGreaterThan(1);
    expect(run!.reason).toBe("in the past");
    expect(run!.when).toMatch(
      /^Friday, November 20, 2026, \d{1,2}:\d{2}( [AP]M)? – \d{1,2}:\d{2} [AP]M$/,
    );
  });

  it("lets only advisors and coordinators publish", () => {
    const teacher = hub.school.staff.find(
      (s) => s.roles.includes("teacher") && !s.roles.includes("advisor"),
    )!;
    expect(callError(hub, teacher.email, "publishSlots", {})).toMatch(/advisors and coordinators/);
  });

  it("installs the hourly background trigger once", () => {
    const { rows } = hub.ws.triggers.snapshot() as { rows: { handler: string }[] };
    const triggers = rows.filter((row) => row.handler === "runBackgroundWork");
    expect(triggers).toHaveLength(1);
  });
});

describe("publishing against the Settings' conference window and slot lengths", () => {
  const hub = scheduleHub();
  runIn(hub, "saveSettings", hub.coordinator, {
    conferenceStart: "2026-11-30",
    conferenceEnd: "2026-12-04",
    slotMinutes: "15, 30",
  });

  it("refuses a day outside the window, naming the day and the window, and writes no slot", () => {
    const message = callError(hub, ADVISOR, "publishSlots", {
      kind: "conference",
      round: "Fall conferences",
      days: [DAY, "2027-01-05"],
      startTime: "13:00",
      endTime: "15:00",
      minutes: 15,
      location: "Room 12",
    });
    expect(message).toBe(
      "Day “2027-01-05”: is outside the conference window in Settings, 2026-11-30 to 2026-12-04.",
    );
    expect(scheduleRows(hub)).toEqual([]);
  });

  it("refuses a length Settings do not list, and writes no slot", () => {
    const message = callError(hub, ADVISOR, "publishSlots", {
      kind: "conference",
      round: "Fall conferences",
      days: [DAY],
      startTime: "13:00",
      endTime: "15:00",
      minutes: 20,
      location: "Room 12",
    });
    expect(message).toBe(
      "Slot length (minutes) “20”: is not one of the slot lengths in Settings (15, 30).",
    );
    expect(scheduleRows(hub)).toEqual([]);
  });

  it("publishes inside the window in an allowed length", () => {
    expect(publishDay(hub, ADVISOR, { minutes: 30, breaks: [] }).added).toBe(4);
    expect(scheduleRows(hub).map((row) => (row.Start ?? "").slice(0, 10))).toEqual(
      Array(4).fill(DAY),
    );
  });
});

describe("a family booking through their own link", () => {
  const hub = scheduleHub();
  publishDay(hub, ADVISOR);
  const link = linkFor(hub, ADVISOR, STUDENT);
  const token = tokenOf(link);

  it("gets a link on the sign-up deployment", () => {
    expect(link.startsWith(`${hub.signupUrl}?signup=`)).toBe(true);
  });

  it("serves the sign-up page to an anonymous visitor", () => {
    const page = family<{ kind: string; content: string }>(hub, hub.signupUrl, "doGet", {
      parameter: { signup: token },
      parameters: { signup: [token] },
    });
    expect(page.ok).toBe(true);
    expect(JSON.stringify(page.value)).toContain("HtmlOutput");
  });

  it("shows the advisor's free slots, in the family's time zone", () => {
    const page = family<FamilyPage>(hub, hub.signupUrl, "getFamilySignup", token, "Europe/Rome");
    expect(page.ok).toBe(true);
    const student = page.value!.students.find((s) => s.id === STUDENT)!;
    expect(student.booking).toBeNull();
    expect(student.slots).toHaveLength(7);
    expect(student.slots[0]!.when).toMatch(/7:00/);
  });

  it("books: the row, the Calendar event with the student and guardians, and a drafted confirmation", () => {
    const slotId = scheduleRows(hub).find((r) => r["Host Email"] === ADVISOR)!["Slot ID"]!;
    const booked = family<FamilyPage>(
      hub,
      hub.signupUrl,
      "bookFamilySlot",
      token,
      STUDENT,
      slotId,
      "",
    );
    expect(booked.ok).toBe(true);
    expect(booked.value!.students.find((s) => s.id === STUDENT)!.booking?.slotId).toBe(slotId);
    const row = scheduleRows(hub).find((r) => r["Slot ID"] === slotId)!;
    expect(row).toMatchObject({ Status: "booked", "Student ID": STUDENT, "Booked By": GUARDIAN });
    const event = hub.ws.calendar.find(hub.coordinator, row["Calendar Event"]!)!;
    expect(event.status).toBe("confirmed");
    expect(event.attendees.map((a) => a.email).sort()).toEqual(
      [ADVISOR, GUARDIAN, STUDENT_EMAIL].sort(),
    );
    expect(hub.ws.calendar.eventsOn(STUDENT_EMAIL).map((e) => e.id)).toContain(event.id);
    const drafts = hub.ws.gmail.draftsOf(hub.coordinator).map((d) => d.raw);
    expect(drafts.some((raw) => raw.includes(GUARDIAN))).toBe(true);
  });

  it("a second booking for the same student moves it: one booking per student per round", () => {
    const mine = scheduleRows(hub).filter((r) => r["Host Email"] === ADVISOR);
    const held = mine.find((r) => r["Student ID"] === STUDENT)!;
    const other = mine.find((r) => r.Status === "open")!;
    const startBefore = hub.ws.calendar.find(hub.coordinator, held["Calendar Event"]!)!.start.ms;
    const moved = family<FamilyPage>(
      hub,
      hub.signupUrl,
      "bookFamilySlot",
      token,
      STUDENT,
      other["Slot ID"],
      "",
    );
    expect(moved.ok).toBe(true);
    const after = scheduleRows(hub);
    expect(after.filter((r) => r["Student ID"] === STUDENT)).toHaveLength(1);
    expect(after.find((r) => r["Slot ID"] === held["Slot ID"])!.Status).toBe("open");
    const events = hub.ws.calendar.eventsOn(STUDENT_EMAIL);
    expect(events).toHaveLength(1);
    expect(events[0]!.id).toBe(held["Calendar Event"]);
    const start = after.find((r) => r["Slot ID"] === other["Slot ID"])!.Start;
    expect(start).toBe(other.Start);
    expect(events[0]!.start.ms).not.toBe(startBefore);
  });

  it("refuses a slot another student holds", () => {
    const other = hub.school.advisors[0]!.studentIds[1]!;
    const otherLink = linkFor(hub, ADVISOR, other);
    const taken = scheduleRows(hub).find((r) => r["Student ID"] === STUDENT)!["Slot ID"];
    const result = family(
      hub,
      hub.signupUrl,
      "bookFamilySlot",
      tokenOf(otherLink),
      other,
      taken,
      "",
    );
    expect(result.ok).toBe(false);
    expect(result.error?.message).toMatch(/taken|booked/i);
  });

  it("refuses to book for a student the link is not for", () => {
    const other = hub.school.advisors[0]!.studentIds[2]!;
    const open = scheduleRows(hub).find((r) => r.Status === "open")!["Slot ID"];
    const result = family(hub, hub.signupUrl, "bookFamilySlot", token, other, open, "");
    expect(result.ok).toBe(false);
    expect(scheduleRows(hub).some((r) => r["Student ID"] === other)).toBe(false);
  });

  it("refuses a forged or tampered link", () => {
    const [payload, signature] = token.split(".");
    const tampered = `${payload!.slice(0, -2)}AA.${signature}`;
    for (const bad of [tampered, `${payload}.xyz`, "not-a-token"]) {
      const result = family(hub, hub.signupUrl, "getFamilySignup", bad, "");
      expect(result.ok).toBe(false);
      expect(result.error?.message).toMatch(/link/i);
    }
  });

  it("refuses an expired link", () => {
    const later = hub.ws.now() + 61 * 86_400_000;
    hub.ws.triggers.advanceTo(later);
    const result = family(hub, hub.signupUrl, "getFamilySignup", token, "");
    expect(result.ok).toBe(false);
    expect(result.error?.message).toMatch(/expired/i);
  });

  it("keeps the staff web app closed to anonymous visitors on the sign-up deployment", () => {
    const result = run(
      hub.ws,
      webAppPageRun(hub.ws, hub.signupUrl, "doGet", [
        { parameter: { action: "getSchedule" }, parameters: { action: ["getSchedule"] } },
      ]),
    );
    expect(JSON.stringify(result.value)).toContain("not-signed-in");
  });
});

describe("a family link's last changes", () => {
  const hub = scheduleHub();
  publishDay(hub, ADVISOR);
  const token = tokenOf(linkFor(hub, ADVISOR, STUDENT));
  const open = scheduleRows(hub)
    .filter((r) => r["Host Email"] === ADVISOR)
    .map((r) => r["Slot ID"]!);
  const book = (i: number) => {
    hub.ws.triggers.advanceTo(hub.ws.now() + 60_000);
    return family<FamilyPage>(
      hub,
      hub.signupUrl,
      "bookFamilySlot",
      token,
      STUDENT,
      open[i % 2],
      "",
    );
  };

  it("counts down the changes a link has left, and shows 0 once they are used", () => {
    const start = family<FamilyPage>(hub, hub.signupUrl, "getFamilySignup", token, "");
    expect(start.value!.changesLeft).toBe(12);
    const lefts = Array.from({ length: 12 }, (_, i) => book(i).value?.changesLeft);
    expect(lefts).toEqual([11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
    const page = family<FamilyPage>(hub, hub.signupUrl, "getFamilySignup", token, "");
    expect(page.value!.changesLeft).toBe(0);
  });

  it("still refuses a change past the limit, whatever the page offers, and writes nothing", () => {
    const before = scheduleRows(hub);
    const held = before.find((r) => r["Student ID"] === STUDENT)!;
    const moved = book(12);
    expect(moved.ok).toBe(false);
    expect(moved.error?.message).toMatch(/already made 12 changes/);
    hub.ws.triggers.advanceTo(hub.ws.now() + 60_000);
    const cancelled = family<FamilyPage>(
      hub,
      hub.signupUrl,
      "cancelFamilyBooking",
      token,
      STUDENT,
      held["Slot ID"],
      "",
    );
    expect(cancelled.ok).toBe(false);
    expect(cancelled.error?.message).toMatch(/already made 12 changes/);
    expect(scheduleRows(hub)).toEqual(before);
  });
});

describe("many families at the same moment", () => {
  const hub = scheduleHub();
  publishDay(hub, ADVISOR);
  const advisees = hub.school.advisors[0]!.studentIds.slice(0, 10);
  const links = advisees.map((id) => tokenOf(linkFor(hub, ADVISOR, id)));
  const slotIds = scheduleRows(hub)
    .filter((r) => r["Host Email"] === ADVISOR)
    .map((r) => r["Slot ID"]!);

  it("ten families clicking the same slot: exactly one booking, nine clear refusals", async () => {
    const requests = advisees.map((id, i) =>
      webAppPageRun(hub.ws, hub.signupUrl, "bookFamilySlot", [links[i], id, slotIds[0], ""]),
    );
    const results = await runConcurrently(hub.ws, requests, { timeScale: 0.001 });
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const refused of results.filter((r) => !r.ok)) {
      expect(refused.error?.message).toMatch(/taken|booked|try again/i);
    }
    const booked = scheduleRows(hub).filter((r) => r.Status === "booked");
    expect(booked).toHaveLength(1);
    expect(hub.ws.calendar.all().filter((e) => e.status === "confirmed")).toHaveLength(1);
  });

  it("families booking different slots at once lose nothing", async () => {
    const free = scheduleRows(hub)
      .filter((r) => r["Host Email"] === ADVISOR && r.Status === "open")
      .map((r) => r["Slot ID"]!);
    const waiting = advisees.filter((id) => !scheduleRows(hub).some((r) => r["Student ID"] === id));
    const requests = free.map((slotId, i) =>
      webAppPageRun(hub.ws, hub.signupUrl, "bookFamilySlot", [
        links[advisees.indexOf(waiting[i]!)],
        waiting[i],
        slotId,
        "",
      ]),
    );
    const results = await runConcurrently(hub.ws, requests, { timeScale: 0.001 });
    expect(results.every((r) => r.ok)).toBe(true);
    const booked = scheduleRows(hub).filter((r) => r.Status === "booked");
    expect(booked).toHaveLength(1 + free.length);
    expect(new Set(booked.map((r) => r["Student ID"])).size).toBe(booked.length);
  });
});

describe("families racing on a schedule already in use", () => {
  const hub = scheduleHub();
  publishDay(hub, ADVISOR);
  const advisees = hub.school.advisors[0]!.studentIds.slice(0, 11);
  const links = advisees.map((id) => tokenOf(linkFor(hub, ADVISOR, id)));
  const slotIds = scheduleRows(hub)
    .filter((r) => r["Host Email"] === ADVISOR)
    .map((r) => r["Slot ID"]!);

  it("each reads the schedule before the lock, and still only one gets the slot", async () => {
    const warm = run(
      hub.ws,
      webAppPageRun(hub.ws, hub.signupUrl, "bookFamilySlot", [
        links[10],
        advisees[10],
        slotIds[5],
        "",
      ]),
    );
    expect(warm.ok).toBe(true);
    const racing = advisees.slice(0, 10);
    const requests = racing.map((id, i) =>
      webAppPageRun(hub.ws, hub.signupUrl, "bookFamilySlot", [links[i], id, slotIds[0], ""]),
    );
    const results = await runConcurrently(hub.ws, requests, { timeScale: 0.1 });
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const refused of results.filter((r) => !r.ok)) {
      expect(refused.error?.message).toMatch(/already taken/);
    }
    const again = await runConcurrently(
      hub.ws,
      racing.map((id, i) =>
        webAppPageRun(hub.ws, hub.signupUrl, "bookFamilySlot", [
          links[i],
          id,
          slotIds[1 + (i % 2)],
          "",
        ]),
      ),
      { timeScale: 0.1 },
    );
    expect(again.filter((r) => r.ok).length).toBeLessThanOrEqual(2);
    const booked = scheduleRows(hub).filter((r) => r.Status === "booked");
    expect(booked.map((r) => r["Slot ID"]).sort()).toEqual(
      [...new Set(booked.map((r) => r["Slot ID"]))].sort(),
    );
    expect(new Set(booked.map((r) => r["Student ID"])).size).toBe(booked.length);
    expect(
      booked.some((r) => r["Slot ID"] === slotIds[5] && r["Student ID"] === advisees[10]),
    ).toBe(true);
    expect(hub.ws.calendar.all().filter((e) => e.status === "confirmed")).toHaveLength(
      booked.length,
    );
  });
});

describe("staff moving, cancelling and a snow day", () => {
  const hub = scheduleHub("send");
  publishDay(hub, ADVISOR);
  const advisees = hub.school.advisors[0]!.studentIds.slice(0, 3);
  const slots = () => call<ScheduleView>(hub, ADVISOR, "getSchedule", {}).slots;
  for (const [i, id] of advisees.entries()) {
    call(hub, ADVISOR, "changeBooking", { action: "book", studentId: id, slotId: slots()[i]!.id });
  }

  it("the view says how notices go out, and from whose Gmail, before any change is made", () => {
    const view = call<ScheduleView>(hub, ADVISOR, "getSchedule", {});
    expect(view.notices).toEqual({ mode: "send", mailbox: hub.coordinator });
  });

  it("an advisor books for a student on the phone", () => {
    expect(
      slots()
        .filter((s) => s.status === "booked")
        .map((s) => s.studentId),
    ).toEqual(advisees);
  });

  it("moving a booking moves its Calendar event and tells the student and family", async () => {
    const booked = slots().find((s) => s.studentId === advisees[0])!;
    const free = slots().find((s) => s.status === "open")!;
    const sentBefore = hub.ws.gmail.sentOf(hub.coordinator).length;
    const result = call<{ told: number; noticeMode: string; problems: string[] }>(
      hub,
      ADVISOR,
      "changeBooking",
      { action: "move", slotId: booked.id, toSlotId: free.id },
    );
    expect(result.problems).toEqual([]);
    expect(result.noticeMode).toBe("send");
    const sent = await messages(
      hub.ws.gmail
        .sentOf(hub.coordinator)
        .slice(sentBefore)
        .map((m) => m.raw),
    );
    const student = hub.school.students.find((s) => s.id === advisees[0])!;
    const toStudent = sent.find((m) => m.to.includes(student.email))!;
    expect(toStudent.text).toMatch(/moved/i);
    expect(sent.some((m) => m.to.includes(student.guardians[0]!.email))).toBe(true);
    const events = hub.ws.calendar.eventsOn(student.email);
    expect(events).toHaveLength(1);
    expect(new Date(events[0]!.start.ms).toISOString()).toBe(free.start);
  });

  it("booking a student who already has a booking moves them, and says from when to when", () => {
    const id = hub.school.advisors[0]!.studentIds[3]!;
    type Change = { changed: number; moved: { from: string; to: string } | null };
    const [first, second] = slots().filter((s) => s.status === "open");
    const booked = call<Change>(hub, ADVISOR, "changeBooking", {
      action: "book",
      studentId: id,
      slotId: first!.id,
    });
    expect(booked.moved).toBeNull();
    const moved = call<Change>(hub, ADVISOR, "changeBooking", {
      action: "book",
      studentId: id,
      slotId: second!.id,
    });
    expect(moved.moved).toEqual({
      studentName: expect.any(String),
      previousStart: first!.start,
      from: first!.when,
      to: second!.when,
    });
    expect(first!.when).toMatch(/December 1, 2026.*1:\d\d/);
    expect(first!.when).not.toBe(second!.when);
    const now = slots();
    expect(now.find((s) => s.id === first!.id)!.status).toBe("open");
    expect(now.find((s) => s.id === second!.id)!.studentId).toBe(id);
  });

  it("cancelling a slot cancels its event and tells the student", async () => {
    const booked = slots().find((s) => s.studentId === advisees[1])!;
    const student = hub.school.students.find((s) => s.id === advisees[1])!;
    call(hub, ADVISOR, "changeBooking", {
      action: "cancel-slot",
      slotId: booked.id,
      reason: "ill",
    });
    expect(slots().find((s) => s.id === booked.id)!.status).toBe("cancelled");
    expect(hub.ws.calendar.eventsOn(student.email)).toHaveLength(0);
    const sent = await messages(hub.ws.gmail.sentOf(hub.coordinator).map((m) => m.raw));
    expect(sent.some((m) => m.to.includes(student.email) && /cancel/i.test(m.text))).toBe(true);
  });

  it("a snow day moves every booking of the day with one action", () => {
    const before = slots().filter((s) => s.status === "booked");
    expect(before.length).toBeGreaterThan(0);
    call(hub, ADVISOR, "changeBooking", {
      action: "move-day",
      fromDate: DAY,
      toDate: "2026-12-03",
    });
    const after = slots();
    for (const old of before) {
      const moved = after.find((s) => s.studentId === old.studentId && s.status === "booked")!;
      expect(moved.start.slice(0, 10)).toBe("2026-12-03");
      expect(moved.start.slice(11)).toBe(old.start.slice(11));
      const student = hub.school.students.find((s) => s.id === old.studentId)!;
      const events = hub.ws.calendar.eventsOn(student.email);
      expect(events).toHaveLength(1);
      expect(new Date(events[0]!.start.ms).toISOString()).toBe(moved.start);
    }
    expect(after.filter((s) => s.start.startsWith(DAY) && s.status !== "cancelled")).toEqual([]);
  });

  it("another advisor cannot change this advisor's slots", () => {
    const other = hub.school.advisors[1]!.advisorEmail;
    const booked = slots().find((s) => s.status === "booked")!;
    expect(
      callError(hub, other, "changeBooking", {
        action: "cancel-slot",
        slotId: booked.id,
        reason: "",
      }),
    ).toMatch(/only they or a coordinator/);
  });
});

describe("no-shows, reminders and the not-yet-booked list", () => {
  const hub = scheduleHub();
  publishDay(hub, ADVISOR);
  const advisees = hub.school.advisors[0]!.studentIds;
  const first = call<ScheduleView>(hub, ADVISOR, "getSchedule", {}).slots[0]!;
  call(hub, ADVISOR, "changeBooking", { action: "book", studentId: advisees[0], slotId: first.id });

  it("lists every advisee who has not booked, each family with its own link", () => {
    const view = call<NotBooked>(hub, ADVISOR, "getNotYetBooked", { round: "Fall conferences" });
    expect(view.linkProblem).toBe("");
    expect(view.rows.map((r) => r.studentId).sort()).toEqual(advisees.slice(1).sort());
    expect(new Set(view.rows.map((r) => r.link)).size).toBe(view.rows.length);
  });

  it("drafts one reminder to book per family, in the advisor's Gmail, with the family's link", async () => {
    const result = call<{ families: number; messages: number }>(
      hub,
      ADVISOR,
      "draftBookingReminders",
      { round: "Fall conferences" },
    );
    expect(result.families).toBe(advisees.length - 1);
    const drafts = await messages(hub.ws.gmail.draftsOf(ADVISOR).map((d) => d.raw));
    expect(drafts.length).toBe(result.messages);
    for (const draft of drafts) expect(draft.text).toContain(`${hub.signupUrl}?signup=`);
    const from = await Promise.all(
      hub.ws.gmail
        .draftsOf(ADVISOR)
        .map((d) => simpleParser(Buffer.from(d.raw.replace(/\r?\n/g, "\r\n"), "utf8"))),
    );
    const advisorName = hub.school.staff.find((s) => s.email === ADVISOR)?.name;
    for (const mail of from) expect(mail.from?.value[0]?.name).toBe(advisorName);
    const links = new Set(drafts.map((d) => /signup=([A-Za-z0-9_.%-]+)/.exec(d.text)?.[1]));
    expect(links.size).toBe(result.families);
  });

  it("the daily trigger reminds each booking once, the day before", () => {
    const before = hub.ws.gmail.draftsOf(hub.coordinator).length;
    const ran = runDueTriggers(hub.ws, Date.parse("2026-11-30T13:00:00Z"));
    expect(ran.length).toBeGreaterThan(0);
    expect(ran.every((r) => r.ok)).toBe(true);
    const reminded = scheduleRows(hub).find((r) => r["Slot ID"] === first.id)!;
    expect(reminded.Reminded).not.toBe("");
    const after = hub.ws.gmail.draftsOf(hub.coordinator).length;
    expect(after).toBeGreaterThan(before);
    runDueTriggers(hub.ws, Date.parse("2026-12-01T11:00:00Z"));
    expect(hub.ws.gmail.draftsOf(hub.coordinator).length).toBe(after);
  });

  it("a no-show is recorded and the advisor drafts a follow-up with feedback", async () => {
    hub.ws.triggers.advanceTo(Date.parse("2026-12-01T19:00:00Z"));
    const result = call<{ followUp: { slotId: string } | null }>(hub, ADVISOR, "changeBooking", {
      action: "no-show",
      slotId: first.id,
    });
    expect(result.followUp?.slotId).toBe(first.id);
    expect(scheduleRows(hub).find((r) => r["Slot ID"] === first.id)!.Status).toBe("no-show");
    const before = hub.ws.gmail.draftsOf(ADVISOR).length;
    call(hub, ADVISOR, "draftNoShowFollowUp", {
      slotId: first.id,
      feedback: "We missed Valentina today; her reading is going well.",
    });
    const drafts = await messages(
      hub.ws.gmail
        .draftsOf(ADVISOR)
        .slice(before)
        .map((d) => d.raw),
    );
    expect(drafts).toHaveLength(1);
    expect(drafts[0]!.to).toEqual([GUARDIAN]);
    expect(drafts[0]!.text).toContain("her reading is going well");
  });
});

describe("siblings", () => {
  const hub = scheduleHub();
  const sibling = hub.school.students.find((s) => s.grade === "7")!;
  const files = toConferCsv(hub.school);
  const students = files["students.csv"]!.split("\n")
    .map((line) =>
      line.startsWith(`${sibling.id},`)
        ? line.replace(sibling.guardians[0]!.email, GUARDIAN)
        : line,
    )
    .join("\n");
  runIn(hub, "importRoster", hub.coordinator, {
    format: "confer",
    students,
    staff: files["staff.csv"],
    classes: files["classes.csv"],
  });
  publishDay(hub, ADVISOR);
  publishDay(hub, sibling.advisorEmail);
  const link = linkFor(hub, ADVISOR, STUDENT);

  it("share one link, which shows each child's own advisor's slots", () => {
    expect(linkFor(hub, sibling.advisorEmail, sibling.id)).not.toBe("");
    const page = family<FamilyPage>(hub, hub.signupUrl, "getFamilySignup", tokenOf(link), "");
    expect(page.value!.students.map((s) => s.id).sort()).toEqual([STUDENT, sibling.id].sort());
  });

  it("can take back-to-back slots", () => {
    const rows = scheduleRows(hub);
    const first = rows.find((r) => r["Host Email"] === ADVISOR && r.Start!.endsWith("13:00"))!;
    const next = rows.find(
      (r) => r["Host Email"] === sibling.advisorEmail && r.Start!.endsWith("13:15"),
    )!;
    const token = tokenOf(link);
    expect(
      family(hub, hub.signupUrl, "bookFamilySlot", token, STUDENT, first["Slot ID"], "").ok,
    ).toBe(true);
    expect(
      family(hub, hub.signupUrl, "bookFamilySlot", token, sibling.id, next["Slot ID"], "").ok,
    ).toBe(true);
    const booked = scheduleRows(hub).filter((r) => r.Status === "booked");
    expect(booked.map((r) => [r["Student ID"], r.Start]).sort()).toEqual(
      [
        [STUDENT, first.Start],
        [sibling.id, next.Start],
      ].sort(),
    );
  });
});

describe("office hours", () => {
  const hub = scheduleHub();
  const publish = () =>
    call<{ added: number }>(hub, ADVISOR, "publishSlots", {
      kind: "office-hours",
      round: "Office hours, fall",
      weekdays: [2, 4],
      from: "2026-11-30",
      to: "2026-12-11",
      startTime: "15:00",
      endTime: "15:30",
      minutes: 10,
      location: "https://meet.google.com/abc-defg-hij",
    });

  it("publishes 10-minute slots on the chosen weekdays between two dates", () => {
    expect(publish().added).toBe(4 * 3);
    const rows = scheduleRows(hub).filter((r) => r.Round === "Office hours, fall");
    expect(new Set(rows.map((r) => r.Start!.slice(0, 10)))).toEqual(
      new Set(["2026-12-01", "2026-12-03", "2026-12-08", "2026-12-10"]),
    );
    expect(rows.every((r) => r.Kind === "office-hours" && r.Minutes === "10")).toBe(true);
  });

  it("lists a student as not yet booked until they have the Settings' two office hours", () => {
    const needed = () =>
      call<NotBooked>(hub, ADVISOR, "getNotYetBooked", { round: "Office hours, fall" }).rows.find(
        (r) => r.studentId === STUDENT,
      );
    expect(needed()).toMatchObject({ booked: 0, needed: 2 });
    const token = tokenOf(needed()!.link);
    const open = scheduleRows(hub).filter((r) => r.Round === "Office hours, fall");
    expect(
      family(hub, hub.signupUrl, "bookFamilySlot", token, STUDENT, open[0]!["Slot ID"], "").ok,
    ).toBe(true);
    expect(needed()).toMatchObject({ booked: 1, needed: 2 });
    expect(
      family(hub, hub.signupUrl, "bookFamilySlot", token, STUDENT, open[5]!["Slot ID"], "").ok,
    ).toBe(true);
    expect(needed()).toBeUndefined();
  });

  it("refuses a slot that has started", () => {
    const other = hub.school.advisors[0]!.studentIds[3]!;
    const link = call<NotBooked>(hub, ADVISOR, "getNotYetBooked", {
      round: "Office hours, fall",
    }).rows.find((r) => r.studentId === other)!.link;
    const first = scheduleRows(hub).find(
      (r) => r.Round === "Office hours, fall" && r.Status === "open",
    )!;
    hub.ws.triggers.advanceTo(Date.parse("2026-12-05T12:00:00Z"));
    const result = family(
      hub,
      hub.signupUrl,
      "bookFamilySlot",
      tokenOf(link),
      other,
      first["Slot ID"],
      "",
    );
    expect(result.ok).toBe(false);
    expect(result.error?.message).toMatch(/past|started|already/i);
    expect(scheduleRows(hub).find((r) => r["Slot ID"] === first["Slot ID"])!.Status).toBe("open");
  });
});

describe("the student's doc", () => {
  const hub = scheduleHub();
  runIn(hub, "createConferenceDocs", hub.coordinator, { kind: "all" });
  publishDay(hub, ADVISOR);
  const docId = hub.ws.drive
    .all()
    .find((f) => f.appProperties.conferStudentId !== undefined && f.editors.has(STUDENT_EMAIL))!.id;
  const conferenceLine = () =>
    readDoc(hub.ws, STUDENT_EMAIL, docId)
      .text.split("\n")
      .find((line) => line.startsWith("Conference:"));
  const slots = () => call<ScheduleView>(hub, ADVISOR, "getSchedule", {}).slots;

  it("starts with no conference scheduled", () => {
    expect(conferenceLine()).toBe("Conference: not scheduled yet");
  });

  it("shows the booked time and room as soon as the conference is booked, moved or cancelled", () => {
    const [first, second] = slots();
    call(hub, ADVISOR, "changeBooking", { action: "book", studentId: STUDENT, slotId: first!.id });
    expect(conferenceLine()).toBe(`Conference: ${first!.when} · Room 12`);
    call(hub, ADVISOR, "changeBooking", {
      action: "move",
      slotId: first!.id,
      toSlotId: second!.id,
    });
    expect(conferenceLine()).toBe(`Conference: ${second!.when} · Room 12`);
    call(hub, ADVISOR, "changeBooking", { action: "cancel-slot", slotId: second!.id, reason: "" });
    expect(conferenceLine()).toBe("Conference: not scheduled yet");
  });

  it("writes the line with the event and the notices in one round, keeping the next line its own", () => {
    const slot = slots()
      .filter((s) => s.status === "open")
      .at(-1)!;
    const before = hub.ws.history.length;
    call(hub, ADVISOR, "changeBooking", { action: "book", studentId: STUDENT, slotId: slot.id });
    const webApp = hub.ws.history.slice(before).filter((r) => r.kind === "webapp");
    expect(webApp.map((r) => r.counts["UrlFetchApp.fetchAll"] ?? 0)).toEqual([1]);
    expect(webApp[0]!.counts["Docs.documents.get"] ?? 0).toBe(0);
    expect(webApp[0]!.counts["Docs.documents.batchUpdate"]).toBe(1);
    expect(webApp[0]!.counts["Calendar.events.insert"]).toBe(1);
    const lines = readDoc(hub.ws, STUDENT_EMAIL, docId).text.split("\n");
    const at = lines.findIndex((line) => line.startsWith("Conference:"));
    expect(lines[at]).toBe(`Conference: ${slot.when} · Room 12`);
    expect(lines[at + 1]).toMatch(/^Guardians: /);
    call(hub, ADVISOR, "changeBooking", { action: "cancel-slot", slotId: slot.id, reason: "" });
  });

  it("says so when the student removed the line's range, and writes nothing else there", () => {
    const doc = hub.ws.drive.get(docId)!.content as DocumentContent;
    const kept = doc.namedRanges;
    doc.namedRanges = kept.filter((n) => n.name !== "confer.conference_time");
    const slot = slots()
      .filter((s) => s.status === "open")
      .at(-2)!;
    const result = call<{ problems: string[] }>(hub, ADVISOR, "changeBooking", {
      action: "book",
      studentId: STUDENT,
      slotId: slot.id,
    });
    expect(result.problems.join("\n")).toContain("its Conference line was removed");
    expect(conferenceLine()).toBe("Conference: not scheduled yet");
    doc.namedRanges = kept;
    call(hub, ADVISOR, "changeBooking", { action: "cancel-slot", slotId: slot.id, reason: "" });
  });

  it("writes a line the Docs API could not take just now with the next background run", () => {
    const slot = slots()
      .filter((s) => s.status === "open")
      .at(-3)!;
    hub.ws.faults.inject({ call: "Docs.documents.batchUpdate", nth: 1 });
    const result = call<{ problems: string[] }>(hub, ADVISOR, "changeBooking", {
      action: "book",
      studentId: STUDENT,
      slotId: slot.id,
    });
    hub.ws.faults.clear();
    expect(result.problems.join("\n")).toContain("with the next background run");
    expect(conferenceLine()).toBe("Conference: not scheduled yet");
    runDueTriggers(hub.ws, hub.ws.now() + 61 * 60_000);
    expect(conferenceLine()).toBe(`Conference: ${slot.when} · Room 12`);
    call(hub, ADVISOR, "changeBooking", { action: "cancel-slot", slotId: slot.id, reason: "" });
    expect(conferenceLine()).toBe("Conference: not scheduled yet");
  });

  it("still finds the line of a doc made before its range's ID was kept", () => {
    const content = hub.ws.drive.get(hub.hubId)!.content as SpreadsheetContent;
    const sheet = content.sheetByName("Conference Docs")!;
    const column = sheet.rows[0]!.findIndex((cell) => cell?.value === "Conference Line ID");
    expect(column).toBeGreaterThan(0);
    for (const line of sheet.rows.slice(1)) if (line?.[column]) line[column]!.value = "";
    const slot = slots().find((s) => s.status === "open")!;
    call(hub, ADVISOR, "changeBooking", { action: "book", studentId: STUDENT, slotId: slot.id });
    expect(conferenceLine()).toBe(`Conference: ${slot.when} · Room 12`);
  });
});

describe("notices drafted for the coordinator to send", () => {
  const hub = scheduleHub("draft");
  publishDay(hub, ADVISOR);
  const slots = () => call<ScheduleView>(hub, ADVISOR, "getSchedule", {}).slots;
  const token = tokenOf(linkFor(hub, ADVISOR, STUDENT));
  const mine = () => slots().filter((s) => s.hostEmail === ADVISOR);
  const toGuardian = async () =>
    (await messages(hub.ws.gmail.draftsOf(hub.coordinator).map((d) => d.raw))).filter((m) =>
      m.to.includes(GUARDIAN),
    );

  it("keeps one draft per booking and person: a later move replaces the stale notice", async () => {
    const open = mine().filter((s) => s.status === "open");
    for (const slot of [open[0]!, open[1]!, open[2]!]) {
      expect(family(hub, hub.signupUrl, "bookFamilySlot", token, STUDENT, slot.id, "").ok).toBe(
        true,
      );
    }
    const drafts = await toGuardian();
    expect(drafts).toHaveLength(1);
    const booked = mine().find((s) => s.studentId === STUDENT)!;
    expect(booked.id).toBe(open[2]!.id);
    expect(drafts[0]!.subject).toMatch(/^Conference moved/);
    const toStudent = (
      await messages(hub.ws.gmail.draftsOf(hub.coordinator).map((d) => d.raw))
    ).filter((m) => m.to.includes(STUDENT_EMAIL));
    expect(toStudent).toHaveLength(1);
  });

  it("makes a new draft when the coordinator already sent the earlier one", async () => {
    for (const d of hub.ws.gmail.draftsOf(hub.coordinator))
      hub.ws.gmail.delete(hub.coordinator, d.id);
    const open = mine().find((s) => s.status === "open")!;
    expect(family(hub, hub.signupUrl, "bookFamilySlot", token, STUDENT, open.id, "").ok).toBe(true);
    expect(await toGuardian()).toHaveLength(1);
  });

  it("tells the advisor who must send the drafts, and the confirmation carries the family's link", async () => {
    const student = hub.school.students.find(
      (s) => s.id !== STUDENT && s.advisorEmail === ADVISOR && s.guardians.some((g) => g.email),
    )!;
    const guardian = student.guardians.find((g) => g.email)!.email;
    const open = mine().find((s) => s.status === "open")!;
    const result = call<{ told: number; noticeMode: string; noticeMailbox: string }>(
      hub,
      ADVISOR,
      "changeBooking",
      { action: "book", studentId: student.id, slotId: open.id },
    );
    expect(result.noticeMode).toBe("draft");
    expect(result.noticeMailbox).toBe(hub.coordinator);
    const mails = await Promise.all(
      hub.ws.gmail
        .draftsOf(hub.coordinator)
        .map((d) => simpleParser(Buffer.from(d.raw.replace(/\r?\n/g, "\r\n"), "utf8"))),
    );
    const mail = mails.find((m) => JSON.stringify(m.to).includes(guardian));
    expect(mail!.subject).toMatch(/^Conference booked/);
    expect(mail!.text).toContain(`${hub.signupUrl}?signup=`);
    expect(mail!.html).toMatch(/<a href="[^"]+\?signup=[^"]+">your sign-up page/);
  });
});
