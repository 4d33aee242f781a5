/*
 * A fault at each write step of a multi-step action, then the retry (or the hourly trigger):
 * the hub ends exactly as a fault-free run leaves it, each comment, booking and event once.
 */
import { run, runDueTriggers, sheetToCsv, webAppPageRun } from "../../emulator";
import { toConferCsv } from "../../scripts/demo-school";
import { SECTIONS } from "../../src/domain/conference-docs/template";
import { parseCsv } from "../../src/domain/roster/csv";
import { readDoc, typeAtEndOfSection } from "./doc-access";
import { type DemoHub, publishFallSlots, readyHub, runIn } from "./harness";
import { columnsOf } from "./hub-columns";

function tab(hub: DemoHub, name: string): string[][] {
  const [, ...rows] = parseCsv(sheetToCsv(hub.ws, hub.hubId, name)).map((r) => [...r.fields]);
  return rows.filter((r) => r.some((cell) => cell !== ""));
}

/** What a slot's state is compared by: its time, its student and its status. */
const SLOT_SHOWN = ["Start", "Student ID", "Status"];

/** The kinds of call that write something Confer keeps. */
const WRITES = [
  "Range.setValues",
  "Range.setValue",
  "Properties.setProperty",
  "Properties.setProperties",
  "Properties.deleteProperty",
];

/** Every step of these kinds of call one run of `act` makes on a fresh hub: [call, nth]. */
function stepsOf(
  act: (hub: DemoHub) => unknown,
  prepare: (hub: DemoHub) => void = () => {},
  keys: readonly string[] = WRITES,
) {
  const hub = readyHub();
  prepare(hub);
  const before = hub.ws.history.length;
  act(hub);
  const counts = new Map<string, number>();
  for (const report of hub.ws.history.slice(before)) {
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + (report.counts[key] ?? 0));
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
    const shown = ["Student ID", "Class ID", "Teacher Email", "Comment", "Version", "Status"];
    const comments = [...new Set(grades)].flatMap((g) => {
      const cell = columnsOf(hub, `Grade ${g} Comments`);
      return tab(hub, `Grade ${g} Comments`).map((r) => shown.map((h) => cell(r, h)).join("|"));
    });
    const action = columnsOf(hub, "Comment Log");
    const log = tab(hub, "Comment Log").map((r) => action(r, "Action"));
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

describe("a family booking that fails at any write", () => {
  const ADVISOR = "niamh.zhang@school.test";
  const STUDENT = "6001";
  let signupUrl = "";
  let token = "";
  const prepare = (hub: DemoHub) => {
    signupUrl = hub.ws.addDeployment({ executeAs: "USER_DEPLOYING", access: "ANYONE_ANONYMOUS" });
    runIn(hub, "saveSettings", hub.coordinator, { familySignupUrl: signupUrl });
    publishFallSlots(hub, ADVISOR);
    const view = runIn(hub, "getNotYetBooked", ADVISOR, { round: "Fall conferences" }).value as {
      rows: { studentId: string; link: string }[];
    };
    const link = view.rows.find((r) => r.studentId === STUDENT)!.link;
    token = new URL(link).searchParams.get("signup")!;
  };
  const firstOpenSlot = (hub: DemoHub) =>
    (
      runIn(hub, "getSchedule", ADVISOR, {}).value as {
        slots: { id: string; status: string }[];
      }
    ).slots.find((s) => s.status === "open")!.id;
  const book = (hub: DemoHub, slotId = firstOpenSlot(hub)) =>
    run(hub.ws, webAppPageRun(hub.ws, signupUrl, "bookFamilySlot", [token, STUDENT, slotId, ""]));
  /** Each slot's time, state and student; each event's time and guests; the drafts made. */
  const state = (hub: DemoHub) => {
    const slot = columnsOf(hub, "Schedule");
    const logged = columnsOf(hub, "Booking Log");
    return {
      slots: tab(hub, "Schedule")
        .map((r) => SLOT_SHOWN.map((h) => slot(r, h)).join("|"))
        .sort(),
      events: hub.ws.calendar
        .all()
        .filter((e) => e.status === "confirmed")
        .map((e) => `${new Date(e.start.ms).toISOString()} ${e.attendees.length}`),
      drafts: hub.ws.gmail.draftsOf(hub.coordinator).length,
      logged: tab(hub, "Booking Log").filter((r) => logged(r, "Action") === "book").length,
    };
  };
  const clean = readyHub();
  prepare(clean);
  expect(book(clean).ok).toBe(true);
  runDueTriggers(clean.ws, clean.ws.now() + 2 * 3_600_000);
  const expected = state(clean);

  it.each(stepsOf((hub) => book(hub), prepare))(
    "ends as a fault-free booking when %s call %i fails, after the family's retry and the hourly trigger",
    (call, nth) => {
      const hub = readyHub();
      prepare(hub);
      const slotId = firstOpenSlot(hub);
      hub.ws.faults.inject({ call, nth });
      const first = book(hub, slotId);
      hub.ws.faults.clear();
      if (!first.ok) {
        const retry = book(hub, slotId);
        expect(retry.ok || /already|booked/i.test(retry.error?.message ?? "")).toBe(true);
      }
      runDueTriggers(hub.ws, hub.ws.now() + 2 * 3_600_000);
      expect(state(hub)).toEqual(expected);
    },
  );
});

describe("a re-import that fails at any write", () => {
  const upload = (hub: DemoHub) => {
    const files = toConferCsv(hub.school);
    const [header, first, ...rest] = files["students.csv"]!.split("\n");
    const renamed = first!.replace(/,([^,]+),/, ",Renamed,");
    return {
      format: "confer",
      students: [header, renamed, ...rest].join("\n"),
      staff: files["staff.csv"],
      classes: files["classes.csv"].split("\n").slice(0, -2).join("\n"),
    };
  };
  const reimport = (hub: DemoHub) =>
    run(hub.ws, {
      fn: "importRoster",
      args: [upload(hub)],
      as: hub.coordinator,
      containerId: hub.hubId,
      kind: "sidebar",
    });
  const state = (hub: DemoHub) => ({
    students: tab(hub, "Students"),
    staff: tab(hub, "Staff"),
    classes: tab(hub, "Classes"),
    pending: tab(hub, "Roster Import"),
  });
  const clean = readyHub();
  expect(reimport(clean).error).toBeUndefined();
  const expected = state(clean);

  it("changes something, so a half-done import would show", () => {
    const before = readyHub();
    expect(state(before).students).not.toEqual(expected.students);
    expect(state(before).classes).not.toEqual(expected.classes);
  });

  it.each(stepsOf(reimport))(
    "ends as a fault-free import when %s call %i fails and the coordinator imports again",
    (call, nth) => {
      const hub = readyHub();
      const old = state(hub);
      hub.ws.faults.inject({ call, nth });
      const first = reimport(hub);
      hub.ws.faults.clear();
      const between = state(hub);
      const whole = (s: typeof between) =>
        JSON.stringify({ ...s, pending: [] }) === JSON.stringify({ ...old, pending: [] }) ||
        JSON.stringify({ ...s, pending: [] }) === JSON.stringify({ ...expected, pending: [] });
      expect(whole(between) || between.pending.length > 0).toBe(true);
      if (!first.ok) expect(reimport(hub).error).toBeUndefined();
      expect(state(hub)).toEqual(expected);
    },
  );

  const preview = (hub: DemoHub) =>
    runIn(hub, "previewRoster", hub.coordinator, upload(hub)).value as { fingerprint: string };
  const apply = (hub: DemoHub, fingerprint: string) =>
    run(hub.ws, {
      fn: "importRoster",
      args: [{ ...upload(hub), fingerprint }],
      as: hub.coordinator,
      containerId: hub.hubId,
      kind: "sidebar",
    });
  const FINISHED_STALE =
    "The roster changed since your preview (the hub's roster); preview again. Nothing was written.";
  const STALE =
    "The roster changed since your preview (the hub's roster): an earlier import stopped part-way and the hub reads as its roster until an import finishes it; preview again. Nothing was written.";

  it.each(stepsOf((hub) => apply(hub, preview(hub).fingerprint)))(
    "ends as a fault-free import when %s call %i of an apply from a preview fails, and the coordinator applies it or previews again",
    (call, nth) => {
      const hub = readyHub();
      const previewed = preview(hub).fingerprint;
      hub.ws.faults.inject({ call, nth });
      const first = apply(hub, previewed);
      hub.ws.faults.clear();
      if (first.ok) {
        expect(state(hub)).toEqual(expected);
        return;
      }
      const again = apply(hub, previewed);
      expect(again.error).toBeUndefined();
      const answer = again.value as { imported: boolean; stale?: string };
      if (!answer.imported) {
        expect(answer.stale).toBe(state(hub).pending.length > 0 ? STALE : FINISHED_STALE);
        const fresh = apply(hub, preview(hub).fingerprint);
        expect(fresh.error).toBeUndefined();
        expect(fresh.value).toMatchObject({ imported: true });
      }
      expect(state(hub)).toEqual(expected);
      expect(state(hub).pending).toEqual([]);
    },
  );
});

/** The first and the last step of each kind of write, of all `steps`. */
function endsOf(steps: readonly [string, number][]): [string, number][] {
  const last = new Map<string, number>();
  for (const [key, nth] of steps) last.set(key, Math.max(last.get(key) ?? 0, nth));
  return [...last].flatMap(([key, n]) =>
    n === 1
      ? [[key, 1]]
      : [
          [key, 1],
          [key, n],
        ],
  ) as [string, number][];
}

const DOC_WRITES = [
  "Drive.files.copy",
  "Drive.files.create",
  "Drive.permissions.create",
  "Docs.documents.batchUpdate",
];

describe("a docs run that fails at a write", () => {
  const createDocs = (hub: DemoHub) =>
    run(hub.ws, {
      fn: "createConferenceDocs",
      args: [{ kind: "all" }],
      as: hub.coordinator,
      containerId: hub.hubId,
      kind: "sidebar",
    });
  const state = (hub: DemoHub) => {
    const docs = hub.ws.drive
      .all()
      .filter((f) => f.appProperties.conferStudentId !== undefined && !f.trashed);
    const rows = tab(hub, "Conference Docs");
    const cell = columnsOf(hub, "Conference Docs");
    return {
      docs: docs.length,
      students: new Set(rows.map((r) => cell(r, "Student ID"))).size,
      rows: rows.length,
      shared: hub.school.students.every(
        (s) => docs.filter((d) => hub.ws.drive.roleOf(s.email, d) === "editor").length === 1,
      ),
    };
  };
  const expected = { docs: 0, students: 0, rows: 0, shared: true };
  const clean = readyHub();
  createDocs(clean);
  Object.assign(expected, state(clean));
  const steps = endsOf(stepsOf(createDocs, () => {}, [...WRITES, ...DOC_WRITES]));

  it("covers the copies, fills, shares and tab writes", () => {
    expect(steps.map(([key]) => key)).toEqual(expect.arrayContaining(DOC_WRITES.slice(0, 1)));
    expect(expected.docs).toBe(clean.school.students.length);
  });

  it.each(steps)(
    "ends with one doc each, shared right, when %s call %i fails and it runs again",
    (call, nth) => {
      const hub = readyHub();
      hub.ws.faults.inject({ call, nth });
      createDocs(hub);
      hub.ws.faults.clear();
      for (let i = 0; i < 3 && state(hub).rows < expected.rows; i++) createDocs(hub);
      expect(state(hub)).toEqual(expected);
    },
  );
});

describe("a staff move or cancel that fails at a write", () => {
  const ADVISOR = "niamh.zhang@school.test";
  const prepare = (hub: DemoHub) => {
    publishFallSlots(hub, ADVISOR);
    const slots = schedule(hub);
    const advisee = hub.school.students.find((s) => s.advisorEmail === ADVISOR)!;
    runIn(hub, "changeBooking", ADVISOR, {
      action: "book",
      studentId: advisee.id,
      slotId: slots[0]!.id,
    });
  };
  const schedule = (hub: DemoHub) =>
    (
      runIn(hub, "getSchedule", ADVISOR, {}).value as {
        slots: { id: string; status: string; start: string }[];
      }
    ).slots;
  const change = (hub: DemoHub, kind: "move" | "cancel") => {
    const slots = schedule(hub);
    const booked = slots.find((s) => s.status === "booked")!;
    const open = slots.filter((s) => s.status === "open").at(-1)!;
    return run(hub.ws, {
      fn: "changeBooking",
      args: [
        kind === "move"
          ? { action: "move", slotId: booked.id, toSlotId: open.id }
          : { action: "cancel-slot", slotId: booked.id, reason: "ill" },
      ],
      as: ADVISOR,
      containerId: hub.hubId,
      kind: "sidebar",
    });
  };
  const state = (hub: DemoHub) => {
    const slot = columnsOf(hub, "Schedule");
    return {
      slots: tab(hub, "Schedule")
        .map((r) => SLOT_SHOWN.map((h) => slot(r, h)).join("|"))
        .sort(),
      events: hub.ws.calendar
        .all()
        .filter((e) => e.status === "confirmed")
        .map((e) => new Date(e.start.ms).toISOString()),
      drafts: hub.ws.gmail.draftsOf(hub.coordinator).length,
    };
  };

  for (const kind of ["move", "cancel"] as const) {
    const clean = readyHub();
    prepare(clean);
    expect(change(clean, kind).ok).toBe(true);
    runDueTriggers(clean.ws, clean.ws.now() + 2 * 3_600_000);
    const expected = state(clean);
    it.each(stepsOf((hub) => change(hub, kind), prepare))(
      `a ${kind} ends as a fault-free one when %s call %i fails, after a retry and the hourly trigger`,
      (call, nth) => {
        const hub = readyHub();
        prepare(hub);
        const slots = schedule(hub);
        hub.ws.faults.inject({ call, nth });
        const first = change(hub, kind);
        hub.ws.faults.clear();
        if (!first.ok && schedule(hub).some((s, i) => s.status !== slots[i]!.status) === false) {
          expect(change(hub, kind).ok).toBe(true);
        }
        runDueTriggers(hub.ws, hub.ws.now() + 2 * 3_600_000);
        expect(state(hub)).toEqual(expected);
      },
    );
  }
});

describe("a pull that fails at a write", () => {
  const prepare = (hub: DemoHub) => {
    runIn(hub, "createConferenceDocs", hub.coordinator, { kind: "all" });
    const math = hub.school.classes[0]!;
    runIn(hub, "saveComments", math.teacherEmail, {
      classId: math.id,
      teacherEmail: math.teacherEmail,
      entries: math.studentIds.map((id) => ({ studentId: id, text: `Careful work, ${id}.` })),
    });
    hub.ws.triggers.advanceTo(hub.ws.now() + 61_000);
  };
  const advisor = (hub: DemoHub) => hub.school.students[0]!.advisorEmail;
  const pull = (hub: DemoHub) =>
    run(hub.ws, {
      fn: "pullComments",
      args: [{ kind: "advisees" }],
      as: advisor(hub),
      containerId: hub.hubId,
      kind: "sidebar",
    });
  /** Each advisee's doc text, and whether the tab says it was pulled. */
  const state = (hub: DemoHub) => {
    const mine = hub.school.students.filter((s) => s.advisorEmail === advisor(hub));
    const cell = columnsOf(hub, "Conference Docs");
    const rows = new Map(tab(hub, "Conference Docs").map((r) => [cell(r, "Student ID"), r]));
    return mine.map((s) => {
      const row = rows.get(s.id)!;
      const text = readDoc(hub.ws, hub.coordinator, cell(row, "Doc ID")).text.replace(
        /\d{4}-\d{2}-\d{2}/g,
        "D",
      );
      return { text, pulled: cell(row, "Comments Pulled") !== "" };
    });
  };
  const clean = readyHub();
  prepare(clean);
  expect(pull(clean).ok).toBe(true);
  const expected = state(clean);
  const steps = endsOf(stepsOf(pull, prepare, [...WRITES, "Docs.documents.batchUpdate"]));

  it.each(steps)(
    "ends as a fault-free pull when %s call %i fails and the advisor pulls again",
    (call, nth) => {
      const hub = readyHub();
      prepare(hub);
      hub.ws.faults.inject({ call, nth });
      pull(hub);
      hub.ws.faults.clear();
      hub.ws.triggers.advanceTo(hub.ws.now() + 61_000);
      expect(pull(hub).ok).toBe(true);
      expect(state(hub)).toEqual(expected);
    },
  );
});

describe("guardian drafts that fail at a write", () => {
  const prepare = (hub: DemoHub) => {
    runIn(hub, "createConferenceDocs", hub.coordinator, { kind: "all" });
    const advisory = hub.school.advisors[0]!;
    for (const id of advisory.studentIds.slice(0, 3)) {
      const student = hub.school.students.find((s) => s.id === id)!;
      const docId = hub.ws.drive
        .all()
        .find(
          (f) => f.appProperties.conferStudentId !== undefined && f.editors.has(student.email),
        )!.id;
      typeAtEndOfSection(hub.ws, student.email, docId, SECTIONS.plan, "Read every day");
      typeAtEndOfSection(hub.ws, student.email, docId, SECTIONS.nextSteps, "A chapter a night");
      typeAtEndOfSection(hub.ws, student.email, docId, SECTIONS.teacherSupport, "Weekly check-in");
    }
  };
  const advisor = (hub: DemoHub) => hub.school.advisors[0]!.advisorEmail;
  const drafts = (hub: DemoHub) =>
    run(hub.ws, {
      fn: "createGuardianUpdates",
      args: [{ scope: { kind: "advisees" } }],
      as: advisor(hub),
      kind: "sidebar",
    });
  const state = (hub: DemoHub) => {
    const cell = columnsOf(hub, "Conference Docs");
    return {
      drafts: hub.ws.gmail.draftsOf(advisor(hub)).length,
      recorded: tab(hub, "Conference Docs").filter(
        (r) => cell(r, "Guardian Update Drafted") === "yes",
      ).length,
    };
  };
  const clean = readyHub();
  prepare(clean);
  expect(drafts(clean).ok).toBe(true);
  const expected = state(clean);
  const steps = endsOf(
    stepsOf(drafts, prepare, [...WRITES, "Gmail.users.drafts.create", "UrlFetchApp.fetch"]),
  );

  it("makes an update for every advisee a guardian can be written to: the plan, or an invitation to book", () => {
    const advisory = clean.school.advisors[0]!;
    const reachable = clean.school.students.filter(
      (s) => advisory.studentIds.includes(s.id) && s.guardians.some((g) => g.email !== ""),
    );
    expect(expected.drafts).toBeGreaterThan(0);
    expect(expected.recorded).toBe(reachable.length);
  });

  it.each(steps)(
    "ends as a fault-free run when %s call %i fails and the advisor drafts again",
    (call, nth) => {
      const hub = readyHub();
      prepare(hub);
      hub.ws.faults.inject({ call, nth });
      drafts(hub);
      hub.ws.faults.clear();
      expect(drafts(hub).ok).toBe(true);
      expect(state(hub)).toEqual(expected);
    },
  );
});

describe("an advisor assignment that fails at any write", () => {
  const school = readyHub().school;
  const [first, second] = school.students.filter((s) => s.grade === "7");
  const advisorA = first!.advisorEmail;
  const others = school.advisors.map((a) => a.advisorEmail).filter((e) => e !== advisorA);
  const [advisorB, advisorC] = [...new Set(others)] as [string, string];
  const advisorD = school.advisors
    .map((a) => a.advisorEmail)
    .find((e) => ![advisorB, advisorC, second!.advisorEmail].includes(e))!;
  const assign = (hub: DemoHub, assignments: { studentId: string; advisorEmail: string }[]) =>
    run(hub.ws, {
      fn: "assignAdvisors",
      args: [assignments],
      as: hub.coordinator,
      containerId: hub.hubId,
      kind: "sidebar",
    });
  /** Docs made, and the first student set to advisor B in the sidebar already. */
  const prepare = (hub: DemoHub) => {
    runIn(hub, "createConferenceDocs", hub.coordinator, { kind: "all" });
    expect(assign(hub, [{ studentId: first!.id, advisorEmail: advisorB }]).error).toBeUndefined();
  };
  /** Moves the first student on to C, emptying B's sidebar list, and the second to D. */
  const save = (hub: DemoHub) =>
    assign(hub, [
      { studentId: first!.id, advisorEmail: advisorC },
      { studentId: second!.id, advisorEmail: advisorD },
    ]);
  const advisors = [...new Set(school.advisors.map((a) => a.advisorEmail))];
  const state = (hub: DemoHub) => {
    const cell = columnsOf(hub, "Students");
    const docs = hub.ws.drive
      .all()
      .filter((f) => f.appProperties.conferStudentId !== undefined && !f.trashed);
    const docCell = columnsOf(hub, "Conference Docs");
    return {
      advisorCells: Object.fromEntries(
        tab(hub, "Students").map((r) => [cell(r, "Student ID"), cell(r, "Advisor Email")]),
      ),
      assigned: Object.fromEntries(
        [...hub.ws.scriptProperties].filter(([key]) => key.startsWith("confer.advisees:")),
      ) as Record<string, string>,
      reachedBy: Object.fromEntries(
        docs.map((d) => [
          d.appProperties.conferStudentId,
          advisors.filter((a) => hub.ws.drive.roleOf(a, d) !== undefined),
        ]),
      ) as Record<string, string[]>,
      docRows: tab(hub, "Conference Docs")
        .map((r) => ["Student ID", "Advisor Email", "Shared With"].map((h) => docCell(r, h)))
        .sort(),
    };
  };
  const clean = readyHub();
  prepare(clean);
  const old = state(clean);
  expect(save(clean).error).toBeUndefined();
  const expected = state(clean);
  const steps = stepsOf(save, prepare, [...WRITES, ...DOC_WRITES, "Drive.files.update"]);

  it("changes the tab, the sidebar's lists and the docs, so a half-done save would show", () => {
    expect(expected.advisorCells[first!.id]).toBe(advisorC);
    expect(expected.advisorCells[second!.id]).toBe(advisorD);
    expect(expected.reachedBy[first!.id]).toEqual([advisorC]);
    expect(expected.reachedBy[second!.id]).toEqual([advisorD]);
    expect(Object.keys(old.assigned)).toContain(`confer.advisees:${advisorB}`);
    expect(Object.keys(expected.assigned)).not.toContain(`confer.advisees:${advisorB}`);
    expect(expected.assigned).not.toEqual(old.assigned);
    expect(steps.map(([key]) => key)).toEqual(
      expect.arrayContaining([
        "Properties.setProperties",
        "Properties.deleteProperty",
        "Range.setValues",
        "Drive.files.update",
      ]),
    );
  });

  it.each(steps)(
    "ends as a fault-free save when %s call %i fails and the coordinator saves again",
    (call, nth) => {
      const hub = readyHub();
      prepare(hub);
      hub.ws.faults.inject({ call, nth });
      save(hub);
      hub.ws.faults.clear();
      const between = state(hub);
      for (const reached of Object.values(between.reachedBy))
        expect(reached.length).toBeLessThanOrEqual(1);
      const listed = new Map(
        Object.entries(between.assigned).flatMap(([key, ids]) =>
          ids.split(" ").map((id) => [id, key.slice("confer.advisees:".length)] as const),
        ),
      );
      const onLists = Object.values(between.assigned).flatMap((ids) =>
        ids.split(" ").filter((id) => id !== ""),
      );
      expect(new Set(onLists).size).toBe(onLists.length);
      for (const [id, advisor] of Object.entries(between.advisorCells))
        if (advisor !== old.advisorCells[id]) expect([id, listed.get(id)]).toEqual([id, advisor]);
      const retry = save(hub);
      expect(retry.error).toBeUndefined();
      expect((retry.value as { problems: string[] }).problems).toEqual([]);
      expect(state(hub)).toEqual(expected);
    },
  );
});

describe("a classroom extra conference request that fails at any write", () => {
  const ROUND = "Period 1 · Q2 conferences";
  const setUp = () => {
    const hub = readyHub({ now: () => Date.UTC(2026, 10, 24, 14) });
    const schoolClass = hub.school.classes[0]!;
    const teacher = schoolClass.teacherEmail;
    const student = hub.school.students.find((s) => schoolClass.studentIds.includes(s.id))!;
    runIn(hub, "openClassroomRound", teacher, {
      name: ROUND,
      preparationFrom: "2026-11-23",
      preparationTo: "2026-12-04",
      conferenceFrom: "2026-11-30",
      conferenceTo: "2027-01-29",
      classIds: [schoolClass.id],
    });
    for (let i = 0; i < 10; i++) {
      const progress = runIn(hub, "createClassroomDocs", teacher, ROUND).value as {
        remaining: number;
      };
      if (progress.remaining === 0) break;
    }
    runIn(hub, "saveClassroomCycle", teacher, ROUND, {
      from: "2026-11-30",
      to: "2026-12-11",
      weekdays: [1, 2, 3, 4, 5],
      periods: [{ classId: schoolClass.id, start: "09:00", end: "09:50" }],
      perDay: 5,
      minutes: 10,
    });
    const docId = hub.ws.drive
      .all()
      .find(
        (f) =>
          f.appProperties.conferTerm === ROUND && f.appProperties.conferStudentId === student.id,
      )!.id;
    const ask = () =>
      run(hub.ws, {
        fn: "requestMyExtraConference",
        args: ["my word problems"],
        as: student.email,
        containerId: docId,
        kind: "sidebar",
      });
    const requests = () =>
      (
        runIn(hub, "getClassroomCoverage", teacher, ROUND).value as {
          requests: { studentId: string; state: string; note: string }[];
        }
      ).requests.map((r) => [r.studentId, r.state, r.note]);
    return { hub, ask, requests, one: [[student.id, "open", "my word problems"]] };
  };
  const probe = setUp();
  const before = probe.hub.ws.history.length;
  expect(probe.ask().error).toBeUndefined();
  const counts = new Map<string, number>();
  for (const report of probe.hub.ws.history.slice(before))
    for (const key of WRITES) counts.set(key, (counts.get(key) ?? 0) + (report.counts[key] ?? 0));
  const steps = [...counts].flatMap(([key, n]) =>
    Array.from({ length: n }, (_, i) => [key, i + 1] as [string, number]),
  );

  it("makes one request when asked twice, the second refused as asked already", () => {
    expect(probe.requests()).toEqual(probe.one);
    expect(probe.ask().error?.message).toMatch(
      /already asked for an extra conference on 2026-11-24, and it is still open\./,
    );
    expect(probe.requests()).toEqual(probe.one);
    expect(steps.length).toBeGreaterThan(0);
  });

  it.each(steps)(
    "makes one request when %s call %i fails and the student asks again",
    (call, nth) => {
      const { hub, ask, requests, one } = setUp();
      hub.ws.faults.inject({ call, nth });
      ask();
      hub.ws.faults.clear();
      expect(requests().length).toBeLessThanOrEqual(1);
      const retry = ask();
      expect(retry.ok || /already asked .* still open\./.test(retry.error?.message ?? "")).toBe(
        true,
      );
      expect(requests()).toEqual(one);
    },
  );
});
