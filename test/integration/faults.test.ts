/*
 * A fault at each write step of a multi-step action, then the retry (or the hourly trigger):
 * the hub ends exactly as a fault-free run leaves it, each comment, booking and event once.
 */
import { run, runDueTriggers } from "../../emulator";
import { sheetToCsv } from "../../emulator/sheets/csv";
import { parseCsv } from "../../src/domain/roster/csv";
import { type DemoHub, publishFallSlots, readyHub, runIn } from "./harness";

function tab(hub: DemoHub, name: string): string[][] {
  const [, ...rows] = parseCsv(sheetToCsv(hub.ws, hub.hubId, name)).map((r) => [...r.fields]);
  return rows.filter((r) => r.some((cell) => cell !== ""));
}

/** The kinds of call that write something Confer keeps. */
const WRITES = [
  "Range.setValues",
  "Range.setValue",
  "Properties.setProperty",
  "Properties.setProperties",
  "Properties.deleteProperty",
];

/** Every write step one run of `act` makes on a fresh hub: [call, nth]. */
function stepsOf(act: (hub: DemoHub) => unknown, prepare: (hub: DemoHub) => void = () => {}) {
  const hub = readyHub();
  prepare(hub);
  const before = hub.ws.history.length;
  act(hub);
  const counts = new Map<string, number>();
  for (const report of hub.ws.history.slice(before)) {
    for (const key of WRITES) counts.set(key, (counts.get(key) ?? 0) + (report.counts[key] ?? 0));
  }
  return [...counts].flatMap(([key, n]) =>
    Array.from({ length: n }, (_, i) => [key, i + 1] as [string, number]),
  );
}

describe("a comment save that fails at any write", () => {
  const save = (hub: DemoHub) => {
    const math = hub.school.classes[0]!;
    return run(hub.ws, {
      fn: "saveComments",
      args: [
        {
          classId: math.id,
          teacherEmail: math.teacherEmail,
          entries: math.studentIds.map((id) => ({ studentId: id, text: `Steady work, ${id}.` })),
        },
      ],
      as: math.teacherEmail,
      containerId: hub.hubId,
      kind: "sidebar",
    });
  };
  /** Each grade tab's comments without their IDs and times, and the log's actions. */
  const state = (hub: DemoHub) => {
    const grades = hub.school.students.map((s) => s.grade);
    const comments = [...new Set(grades)].flatMap((g) =>
      tab(hub, `Grade ${g} Comments`).map((r) => [r[1], r[3], r[5], r[6], r[7], r[10]].join("|")),
    );
    const log = tab(hub, "Comment Log").map((r) => r[2]);
    return { comments: comments.sort(), log: log.sort() };
  };
  const clean = readyHub();
  expect(save(clean).ok).toBe(true);
  const expected = state(clean);
  it.each(stepsOf(save))(
    "ends as a fault-free save when %s call %i fails and the teacher saves again",
    (call, nth) => {
      const hub = readyHub();
      hub.ws.faults.inject({ call, nth });
      expect(save(hub).ok).toBe(false);
      hub.ws.faults.clear();
      const retry = save(hub);
      expect(retry.error).toBeUndefined();
      const outcomes = (retry.value as { results: { outcome: string }[] }).results.map(
        (r) => r.outcome,
      );
      expect(outcomes.every((o) => o === "saved" || o === "unchanged")).toBe(true);
      expect(state(hub)).toEqual(expected);
      run(hub.ws, {
        fn: "rebuildCommentTabsFromLog",
        as: hub.coordinator,
        containerId: hub.hubId,
        kind: "menu",
      });
      expect(state(hub)).toEqual(expected);
    },
  );
});
