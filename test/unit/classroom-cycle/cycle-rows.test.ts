/* A classroom cycle kept in the hub's rows, and who of it must be told: a round trip keeps every conference, note and told mark; telling twice tells no one. */
import { cancelCycle } from "../../../src/domain/classroom-cycle/cancel";
import {
  cycleEventId,
  cycleRows,
  keepFor,
  outcomesOf,
  planRow,
  type StoredCycle,
  storedCycleOf,
} from "../../../src/domain/classroom-cycle/cycle-rows";
import { swapStudents } from "../../../src/domain/classroom-cycle/edits";
import { proposeCycle } from "../../../src/domain/classroom-cycle/propose";
import { tellsFor } from "../../../src/domain/classroom-cycle/telling";
import { NOW, PLAN, STUDENTS } from "./school";

const ROUND = "Q2 · 7A and 7B";

function saved(): StoredCycle {
  const schedule = proposeCycle(PLAN, STUDENTS);
  const base = {
    round: ROUND,
    schedule,
    keep: new Map(),
    requests: [],
    savedAt: "t",
    savedBy: "t@x",
  };
  return { ...base, keep: keepFor(base, schedule) };
}

const reread = (stored: StoredCycle) =>
  storedCycleOf(ROUND.toUpperCase(), [planRow(stored)], cycleRows(stored))!;

/** Everyone marked told what they would be told now. */
function allTold(stored: StoredCycle): StoredCycle {
  const keep = new Map(stored.keep);
  for (const tell of tellsFor(stored.schedule, stored.keep, "en"))
    for (const { key, told } of tell.told)
      keep.set(key, { ...keep.get(key)!, told, toldAt: "now" });
  return { ...stored, keep };
}

describe("a stored classroom cycle", () => {
  it("reads back from its rows as it was written, other rounds' rows aside", () => {
    const stored = allTold(saved());
    const other = cycleRows({ ...stored, round: "Another" });
    const back = storedCycleOf(ROUND, [planRow(stored)], [...other, ...cycleRows(stored)])!;
    expect(back.schedule).toEqual(stored.schedule);
    expect(back.keep).toEqual(stored.keep);
    expect(storedCycleOf("Nobody's", [planRow(stored)], cycleRows(stored))).toBeUndefined();
  });

  it("gives each conference a base32hex Calendar event ID that is the same on every run", () => {
    const id = cycleEventId(ROUND, "7A-01");
    expect(id).toMatch(/^[a-v0-9]{5,1024}$/);
    expect(cycleEventId(ROUND, "7A-01")).toBe(id);
    expect(cycleEventId(ROUND, "7A-02")).not.toBe(id);
    expect(saved().keep.get("7A-01")!.eventId).toBe(id);
  });

  it("tells all 56 students once, and no one when told again", () => {
    const stored = saved();
    const tells = tellsFor(stored.schedule, stored.keep, "en");
    expect(tells).toHaveLength(56);
    const ann = tells.find((t) => t.studentId === "7A-01")!;
    expect(ann.line).toBe("Conference: Monday, December 7, 2026, 10:05 – 10:15 AM");
    expect(ann.puts).toEqual([
      { key: "7A-01", assignment: expect.objectContaining({ day: "2026-12-07" }) },
    ]);
    expect(tellsFor(reread(allTold(stored)).schedule, reread(allTold(stored)).keep, "en")).toEqual(
      [],
    );
  });

  it("re-tells only the two students a swap moves, saying where they moved from", () => {
    const stored = reread(allTold(saved()));
    const swapped = swapStudents(stored.schedule, "7A-01", "7A-06").schedule;
    const tells = tellsFor(swapped, keepFor(stored, swapped), "en");
    expect(tells.map((t) => t.studentId).sort()).toEqual(["7A-01", "7A-06"]);
    expect(tells.find((t) => t.studentId === "7A-01")!.line).toBe(
      "Conference: Tuesday, December 8, 2026, 10:25 – 10:35 AM (moved from Monday, December 7, 2026, 10:05 – 10:15 AM)",
    );
  });

  it("cancels the event of a student left unplaced and tells them in their doc", () => {
    const stored = reread(allTold(saved()));
    const moved = cancelCycle(stored.schedule, NOW).schedule;
    const tells = tellsFor(moved, keepFor(stored, moved), "en");
    const unplaced = moved.unplaced.map((u) => u.studentId);
    expect(unplaced.length).toBeGreaterThan(0);
    const first = tells.find((t) => t.studentId === unplaced[0])!;
    expect(first.cancels).toEqual([
      { key: unplaced[0], eventId: cycleEventId(ROUND, unplaced[0]!) },
    ]);
    expect(first.puts).toEqual([]);
    expect(first.line).toMatch(
      /^Conference: Your conference on Monday, December 7, 2026, .* is cancelled\. Your teacher will give you a new time\.$/,
    );
    const back = reread({ ...stored, schedule: moved, keep: keepFor(stored, moved) });
    expect(back.schedule.unplaced).toEqual(moved.unplaced);
  });

  it("keeps a missed conference as a no-show outcome with the purpose the doc held", () => {
    const stored = saved();
    const keep = new Map(stored.keep);
    keep.set("7B-02", { ...keep.get("7B-02")!, missed: "2026-12-07", purpose: "Feedback" });
    const back = reread({ ...stored, keep });
    expect(cycleRows(back).find((r) => r[2] === "7B-02")![7]).toBe("no-show");
    expect(outcomesOf(back)).toEqual([
      { studentId: "7B-02", day: "2026-12-07", result: "no-show", purpose: "Feedback" },
    ]);
  });
});
