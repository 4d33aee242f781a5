/* Rounds as rows of the Rounds tab: a round reads back as itself, a bad row by its number. */
import type { Round } from "../../../src/domain/rounds/model";
import { readRoundRows, roundToRow } from "../../../src/domain/rounds/rows";

const fall: Round = {
  name: "Fall 2026 student-led",
  kind: "student-led",
  hosts: "advisors",
  preparation: { from: "2026-10-01", to: "2026-10-20" },
  comments: { from: "2026-10-05", to: "2026-10-25" },
  conference: { from: "2026-11-02", to: "2026-11-06" },
  state: "closed",
  openedAt: "2026-09-01T12:00:00.000Z",
  closedAt: "2026-11-10T12:00:00.000Z",
  archivedAt: "",
  hostEmail: "",
  classIds: [],
};

describe("the Rounds tab's rows", () => {
  it("read back into the round they were written from, skipping blank rows", () => {
    const rows = [roundToRow(fall), ["", "", ""]];
    expect(readRoundRows(rows)).toEqual({ entries: [{ round: fall, row: 2 }], bad: [] });
  });

  it("report a row edited into a bad kind, date or state by its number, and use none of it", () => {
    const row = roundToRow({ ...fall, name: "Spring" });
    row[1] = "picnic";
    row[8] = "2026-11-31";
    const stateless = roundToRow({ ...fall, name: "Winter" });
    stateless[9] = "done";
    const reading = readRoundRows([roundToRow(fall), row, stateless]);
    expect(reading.entries.map((e) => e.round.name)).toEqual(["Fall 2026 student-led"]);
    expect(reading.bad).toEqual([
      {
        row: 3,
        name: "Spring",
        message:
          "Rounds row 3: Kind “picnic”: must be student-led, classroom or office-hours. Conference days to “2026-11-31”: is not a real date.",
      },
      {
        row: 4,
        name: "Winter",
        message: "Rounds row 4: State “done”: must be open, closed, archived.",
      },
    ]);
  });

  it("report a closed round with no Closed time, and a second row of the same name", () => {
    const unstamped = roundToRow({ ...fall, name: "Other" });
    unstamped[11] = "";
    const twin = roundToRow({ ...fall, name: "FALL 2026 STUDENT-LED" });
    const reading = readRoundRows([roundToRow(fall), unstamped, twin]);
    expect(reading.bad.map((b) => b.message)).toEqual([
      "Rounds row 3: Closed: is required for a closed round.",
      "Rounds row 4: Round “FALL 2026 STUDENT-LED”: row 2 already holds a round of that name.",
    ]);
  });

  it("keep a classroom round's host and classes in the last two columns, and read a row written before them", () => {
    const period2: Round = {
      ...fall,
      name: "Period 2 · Q3 conferences",
      kind: "classroom",
      hosts: "teacher",
      hostEmail: "ms.rivera@school.org",
      classIds: ["BIO-2", "BIO-4"],
    };
    const row = roundToRow(period2);
    expect(row.slice(13)).toEqual(["ms.rivera@school.org", "BIO-2, BIO-4"]);
    const before = roundToRow(fall).slice(0, 13);
    expect(readRoundRows([row, before]).entries.map((e) => e.round)).toEqual([period2, fall]);
  });

  it("report a classroom row with no host teacher or classes", () => {
    const row = roundToRow({ ...fall, name: "Q3", kind: "classroom", hosts: "teacher" });
    expect(readRoundRows([row]).bad.map((b) => b.message)).toEqual([
      "Rounds row 2: Host teacher: is required: the teacher who hosts the round. Classes: is required: at least one of the teacher's classes, by class ID.",
    ]);
  });
});
