/*
 * Conference rounds on the built bundle: the coordinator opens two rounds (a third, re-sent under
 * a name already taken, is refused and writes no row), closes and archives one; each change is one
 * row of the Rounds tab, a row edited by hand into nonsense is reported by number, and teachers
 * may read open and closed rounds but change none.
 */
import { run, sheetToCsv } from "../../emulator";
import { parseCsv } from "../../src/domain/roster/csv";
import { type DemoHub, deleteTabByHand, readyHub, runIn, writeCellByHand } from "./harness";

type View = {
  rounds: { name: string; kind: string; state: string; closedAt: string }[];
  current: string;
  problems: string[];
  canManage: boolean;
};

const FALL = {
  name: "Fall 2026 student-led",
  kind: "student-led",
  hosts: "advisors",
  preparationFrom: "2026-11-02",
  preparationTo: "2026-11-20",
  commentsFrom: "2026-11-09",
  commentsTo: "2026-11-25",
  conferenceFrom: "2026-12-01",
  conferenceTo: "2026-12-04",
};
const HOURS = {
  ...FALL,
  name: "Fall office hours",
  kind: "office-hours",
  preparationFrom: "2026-09-01",
  preparationTo: "2026-09-10",
  commentsFrom: "2026-09-01",
  commentsTo: "2026-09-10",
  conferenceFrom: "2026-09-14",
  conferenceTo: "2026-10-30",
};

function roundsTab(hub: DemoHub): string[][] {
  return parseCsv(sheetToCsv(hub.ws, hub.hubId, "Rounds")).map((record) => [...record.fields]);
}

function teacherOf(hub: DemoHub): string {
  return hub.school.staff.find((s) => s.roles.length === 1 && s.roles[0] === "teacher")!.email;
}

function tryAs(hub: DemoHub, as: string, fn: string, ...args: unknown[]) {
  return run(hub.ws, { fn, args, as, containerId: hub.hubId, kind: "sidebar" });
}

describe("conference rounds", () => {
  let hub: DemoHub;
  beforeAll(() => {
    hub = readyHub();
  });

  it("are a tab of the hub that Set up hub makes, protected like Confer's other tabs", () => {
    expect(roundsTab(hub)).toEqual([
      [
        "Round",
        "Kind",
        "Hosts",
        "Preparation From",
        "Preparation To",
        "Comments From",
        "Comments To",
        "Conference From",
        "Conference To",
        "State",
        "Opened",
        "Closed",
        "Archived",
        "Host Teacher",
        "Class IDs",
      ],
    ]);
    const teacher = teacherOf(hub);
    hub.ws.drive.share(hub.ws.drive.get(hub.hubId)!, teacher, "editor");
    expect(writeCellByHand(hub, teacher, "Rounds", "A2", "My round").error?.message).toMatch(
      /protected cell/,
    );
    expect(roundsTab(hub)).toHaveLength(1);
  });

  it("open two at once, refuse a third under a taken name, and write one row each", () => {
    const fall = runIn(hub, "openRound", hub.coordinator, FALL).value as { opened: boolean };
    expect(fall.opened).toBe(true);
    const hours = runIn(hub, "openRound", hub.coordinator, HOURS).value as {
      opened: boolean;
      view: View;
    };
    expect(hours.opened).toBe(true);
    expect(hours.view.rounds.map((r) => [r.name, r.state])).toEqual([
      ["Fall 2026 student-led", "open"],
      ["Fall office hours", "open"],
    ]);
    const again = runIn(hub, "openRound", hub.coordinator, {
      ...FALL,
      name: " fall 2026 STUDENT-led",
    }).value as { opened: boolean; problems: { field: string; message: string }[] };
    expect(again).toEqual({
      opened: false,
      problems: [
        {
          field: "name",
          message:
            "Round name “fall 2026 STUDENT-led”: a round named “Fall 2026 student-led” already exists.",
        },
      ],
    });
    const rows = roundsTab(hub).slice(1);
    expect(rows.map((r) => r.slice(0, 10))).toEqual([
      [
        "Fall 2026 student-led",
        "student-led",
        "advisors",
        "2026-11-02",
        "2026-11-20",
        "2026-11-09",
        "2026-11-25",
        "2026-12-01",
        "2026-12-04",
        "open",
      ],
      [
        "Fall office hours",
        "office-hours",
        "advisors",
        "2026-09-01",
        "2026-09-10",
        "2026-09-01",
        "2026-09-10",
        "2026-09-14",
        "2026-10-30",
        "open",
      ],
    ]);
    expect(rows[0]![10]).toMatch(/^2026-11-23T14:/);
  });

  it("name every bad field of a round, and open nothing", () => {
    const before = roundsTab(hub);
    const refused = runIn(hub, "openRound", hub.coordinator, {
      ...FALL,
      name: "Spring",
      kind: "picnic",
      commentsTo: "2026-11-31",
      conferenceFrom: "2026-10-01",
      conferenceTo: "2026-10-02",
    }).value as { opened: boolean; problems: { field: string; message: string }[] };
    expect(refused.problems).toEqual([
      {
        field: "kind",
        message: "Kind “picnic”: must be student-led, classroom or office-hours.",
      },
      { field: "commentsTo", message: "Comments to “2026-11-31”: is not a real date." },
      {
        field: "conferenceFrom",
        message: "Conference days from “2026-10-01”: is before preparation starts (2026-11-02).",
      },
    ]);
    expect(roundsTab(hub)).toEqual(before);
    const classroom = runIn(hub, "openRound", hub.coordinator, { ...FALL, kind: "classroom" })
      .value as { opened: boolean; problems: { field: string; message: string }[] };
    expect(classroom.problems).toEqual([
      {
        field: "kind",
        message:
          "Kind “classroom”: a classroom round is opened by its teacher, in Confer ▸ Classroom conferences….",
      },
    ]);
    expect(roundsTab(hub)).toEqual(before);
  });

  it("say which round sidebars work on today: the open one whose dates hold today, not the latest opened", () => {
    const view = runIn(hub, "listRounds", hub.coordinator).value as View;
    expect(view.current).toBe("Fall 2026 student-led");
  });

  it("close, close again as a no-op that says so, and archive, each one row write", () => {
    const closed = runIn(hub, "closeRound", hub.coordinator, "Fall office hours").value as {
      changed: boolean;
      message: string;
    };
    expect(closed).toMatchObject({ changed: true, message: "“Fall office hours” is closed." });
    const row = roundsTab(hub)[2]!;
    expect(row[9]).toBe("closed");
    expect(row[11]).toMatch(/^2026-11-23T14:/);
    const twice = runIn(hub, "closeRound", hub.coordinator, "Fall office hours").value;
    expect(twice).toMatchObject({
      changed: false,
      message: "“Fall office hours” is already closed; nothing changed.",
    });
    expect(roundsTab(hub)[2]).toEqual(row);

    const early = tryAs(hub, hub.coordinator, "archiveRound", "Fall 2026 student-led");
    expect(early.error?.message).toBe(
      "“Fall 2026 student-led” is still open: close it first, then archive it.",
    );
    const archived = runIn(hub, "archiveRound", hub.coordinator, "Fall office hours").value;
    expect(archived).toMatchObject({ changed: true, message: "“Fall office hours” is archived." });
    expect(roundsTab(hub)[2]![9]).toBe("archived");
    const reopen = tryAs(hub, hub.coordinator, "closeRound", "Fall office hours");
    expect(reopen.error?.message).toMatch(/is archived, and an archived round cannot be closed/);
    expect(tryAs(hub, hub.coordinator, "closeRound", "Winter").error?.message).toBe(
      "There is no round named “Winter”.",
    );
  });

  it("show a teacher open and closed rounds only, and refuse them every change", () => {
    const teacher = teacherOf(hub);
    const view = tryAs(hub, teacher, "listRounds").value as View;
    expect(view.rounds.map((r) => r.name)).toEqual(["Fall 2026 student-led"]);
    expect(view.canManage).toBe(false);
    const coordinatorView = runIn(hub, "listRounds", hub.coordinator).value as View;
    expect(coordinatorView.rounds.map((r) => r.name)).toEqual([
      "Fall 2026 student-led",
      "Fall office hours",
    ]);
    const before = roundsTab(hub);
    const attempts: [string, unknown][] = [
      ["openRound", { ...FALL, name: "Teacher's round" }],
      ["closeRound", "Fall 2026 student-led"],
      ["archiveRound", "Fall office hours"],
    ];
    for (const [fn, arg] of attempts) {
      const refused = tryAs(hub, teacher, fn, arg);
      expect(refused.ok).toBe(false);
      expect(refused.error?.message).toMatch(
        /^Only a coordinator can (open|close|archive) a conference round/,
      );
    }
    expect(roundsTab(hub)).toEqual(before);
  });

  it("report a row edited by hand into something invalid by its number, and use none of it", () => {
    const owner = hub.coordinator;
    runIn(hub, "openRound", owner, { ...FALL, name: "Spring 2027 student-led" });
    const chosen = writeCellByHand(hub, owner, "Rounds", "B4", "picnic");
    expect(chosen.error?.message).toMatch(/data validation/i);
    expect(writeCellByHand(hub, owner, "Rounds", "I4", "2026-11-31").ok).toBe(true);
    const view = runIn(hub, "listRounds", owner).value as View;
    expect(view.rounds.map((r) => r.name)).toEqual(["Fall 2026 student-led", "Fall office hours"]);
    expect(view.problems).toEqual([
      "Rounds row 4: Conference days to “2026-11-31”: is not a real date.",
    ]);
    expect(tryAs(hub, owner, "closeRound", "Spring 2027 student-led").error?.message).toMatch(
      /^Rounds row 4: Conference days to “2026-11-31”: is not a real date\. Put the row right/,
    );
    const retaken = runIn(hub, "openRound", owner, { ...FALL, name: "Spring 2027 student-led" })
      .value as { opened: boolean };
    expect(retaken.opened).toBe(false);
  });
});

describe("a hub set up before rounds", () => {
  it("lists none, and gains the Rounds tab on the first open, protected", () => {
    const hub = readyHub();
    expect(deleteTabByHand(hub, hub.coordinator, "Rounds").ok).toBe(true);
    const view = runIn(hub, "listRounds", hub.coordinator).value as View;
    expect(view).toMatchObject({ rounds: [], current: "", problems: [] });
    runIn(hub, "openRound", hub.coordinator, FALL);
    expect(roundsTab(hub).map((row) => row[0])).toEqual(["Round", "Fall 2026 student-led"]);
    const teacher = teacherOf(hub);
    hub.ws.drive.share(hub.ws.drive.get(hub.hubId)!, teacher, "editor");
    expect(writeCellByHand(hub, teacher, "Rounds", "A2", "Mine").error?.message).toMatch(
      /protected cell/,
    );
  });
});
