/* Telling a cycle's students: one Conference line per student naming all their conferences, each event put, moved or cancelled, and no one told twice. */
import { cancelCycle } from "../../../src/domain/classroom-cycle/cancel";
import { keepFor, type StoredCycle } from "../../../src/domain/classroom-cycle/cycle-rows";
import { offerExtraTime, requestExtra } from "../../../src/domain/classroom-cycle/extra-requests";
import { proposeCycle } from "../../../src/domain/classroom-cycle/propose";
import {
  cycleEventBody,
  tellsFor,
  toldTarget,
  untoldKeys,
} from "../../../src/domain/classroom-cycle/telling";
import { NOW, PLAN, STUDENTS } from "./school";

const ROUND = "Q2 · 7A and 7B";

function told(stored: Pick<StoredCycle, "schedule" | "keep">) {
  const keep = new Map(stored.keep);
  for (const tell of tellsFor(stored.schedule, stored.keep, "en"))
    for (const { key, told } of tell.told) keep.set(key, { ...keep.get(key)!, told });
  return { ...stored, keep };
}

function savedAndTold() {
  const schedule = proposeCycle(PLAN, STUDENTS);
  const base = { round: ROUND, schedule, keep: new Map() };
  return told({ schedule, keep: keepFor(base, schedule) });
}

describe("telling a cycle's students", () => {
  it("adds an extra conference to the student's one line and puts its own event", () => {
    const stored = savedAndTold();
    const asked = requestExtra([], {
      studentId: "7A-01",
      studentName: "Ann Abbott",
      classId: "7A",
      askedAt: "2026-12-04T08:00:00Z",
    });
    const { change } = offerExtraTime(asked, stored.schedule, "7A-01", {
      day: "2026-12-16",
      now: NOW,
    });
    const keep = keepFor({ round: ROUND, keep: stored.keep }, change.schedule);
    const tells = tellsFor(change.schedule, keep, "en");
    expect(tells.map((t) => t.studentId)).toEqual(["7A-01"]);
    expect(tells[0]!.line).toBe(
      "Conference: Monday, December 7, 2026, 10:05 – 10:15 AM · Extra conference: Wednesday, December 16, 2026, 10:05 – 10:15 AM",
    );
    expect(tells[0]!.puts.map((p) => p.key)).toEqual(["7A-01+2026-12-16"]);
    expect(tells[0]!.cancels).toEqual([]);
  });

  it("cancels a dropped extra conference's event, and tells every student of a cancelled cycle once", () => {
    const stored = savedAndTold();
    const asked = requestExtra([], {
      studentId: "7A-01",
      studentName: "Ann Abbott",
      classId: "7A",
      askedAt: "2026-12-04T08:00:00Z",
    });
    const { change } = offerExtraTime(asked, stored.schedule, "7A-01", {
      day: "2026-12-16",
      now: NOW,
    });
    const withExtra = told({
      schedule: change.schedule,
      keep: keepFor({ round: ROUND, keep: stored.keep }, change.schedule),
    });
    const gone = cancelCycle(withExtra.schedule, NOW).schedule;
    const keep = keepFor({ round: ROUND, keep: withExtra.keep }, gone);
    const dropped = new Map([...withExtra.keep].filter(([key]) => !keep.has(key)));
    const tells = tellsFor(gone, keep, "en", dropped);
    expect(tells).toHaveLength(56);
    const ann = tells.find((t) => t.studentId === "7A-01")!;
    expect(ann.cancels.map((c) => c.key).sort()).toEqual(["7A-01", "7A-01+2026-12-16"]);
    expect(ann.line).toBe(
      "Conference: Your conference on Monday, December 7, 2026, 10:05 – 10:15 AM is cancelled. Your teacher will give you a new time.",
    );
    expect(untoldKeys(gone, told({ schedule: gone, keep }).keep).size).toBe(0);
  });

  it("cancels the event of a student no longer in the cycle (they left the class) on a new plan", () => {
    const stored = savedAndTold();
    const replanned = proposeCycle(
      PLAN,
      STUDENTS.filter((s) => s.id !== "7B-28"),
    );
    const keep = keepFor({ round: ROUND, keep: stored.keep }, replanned);
    const dropped = new Map([...stored.keep].filter(([key]) => !keep.has(key)));
    const left = tellsFor(replanned, keep, "en", dropped).find((t) => t.studentId === "7B-28")!;
    expect(left.cancels).toEqual([{ key: "7B-28", eventId: stored.keep.get("7B-28")!.eventId }]);
    expect(left.line).toMatch(/^Conference: Your conference on .* is cancelled\./);
  });

  it("tells again when only the objective changes", () => {
    const stored = savedAndTold();
    const first = stored.schedule.assignments[0]!;
    expect(toldTarget({ ...first, objective: "your essay" }, "")).toBe(
      `${first.day} ${first.start}–${first.end} · your essay`,
    );
    const changed = {
      ...stored.schedule,
      assignments: stored.schedule.assignments.map((a) =>
        a === first ? { ...a, objective: "your essay" } : a,
      ),
    };
    const tells = tellsFor(changed, stored.keep, "en");
    expect(tells.map((t) => t.studentId)).toEqual([first.studentId]);
    expect(tells[0]!.line).toContain("· We will work on: your essay");
    expect(tells[0]!.line).not.toContain("moved from");
  });

  it("makes the event the teacher's and the student's only, in the school's time zone", () => {
    const a = savedAndTold().schedule.assignments[0]!;
    const body = cycleEventBody(a, "cc0123", {
      round: ROUND,
      teacherEmail: "t@school.test",
      teacherName: "Tess Teacher",
      studentEmail: "Ann.Abbott@school.test",
      schoolName: "Maple Grove",
      timeZone: "America/New_York",
    });
    expect(body.attendees).toEqual([
      { email: "t@school.test", displayName: "Tess Teacher" },
      { email: "ann.abbott@school.test", displayName: "Ann Abbott" },
    ]);
    expect(body.start).toEqual({
      dateTime: "2026-12-07T15:05:00.000Z",
      timeZone: "America/New_York",
    });
    expect(body.summary).toBe("Classroom conference: Ann Abbott with Tess Teacher");
    expect(body.description).toBe(
      `Classroom conference with Tess Teacher: ${ROUND} · Maple Grove. You meet Tess Teacher. Confer put this event on your calendar from your school's Confer hub calendar, which Calendar shows as the organizer. If the time changes, your conference doc and this event both change; ask Tess Teacher about it.`,
    );
  });

  it("names the hub owner whose calendar the event is on as the organizer the student sees", () => {
    const a = { ...savedAndTold().schedule.assignments[0]!, objective: "your essay" };
    const body = cycleEventBody(a, "cc0123", {
      round: ROUND,
      teacherEmail: "t@school.test",
      teacherName: "Tess Teacher",
      studentEmail: "ann.abbott@school.test",
      schoolName: "",
      timeZone: "America/New_York",
      organizer: "Casey Coordinator",
    });
    expect(body.description).toBe(
      `Classroom conference with Tess Teacher: ${ROUND}. We will work on: your essay. You meet Tess Teacher. Confer put this event on your calendar from Casey Coordinator's calendar (your school's Confer hub), so Calendar shows them as the organizer. If the time changes, your conference doc and this event both change; ask Tess Teacher about it.`,
    );
    expect(body.attendees.map((g) => g.email)).toEqual(["t@school.test", "ann.abbott@school.test"]);
  });
});
