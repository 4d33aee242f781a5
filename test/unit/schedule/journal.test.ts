import { fromJournal, journalCells } from "../../../src/domain/schedule/journal";
import type { BookingLogEntry, Slot } from "../../../src/domain/schedule/model";

const slot = (id: string, status: Slot["status"] = "booked"): Slot =>
  ({ id, status, studentId: "S1", start: "2026-12-01T18:00:00.000Z" }) as unknown as Slot;
const entry = (slotId: string): BookingLogEntry => ({
  time: "2026-11-23T14:00:00.000Z",
  actor: "a@school.test",
  action: "book",
  slotId,
  studentId: "S1",
  detail: "",
});

describe("the booking journal", () => {
  it("puts each slot's changes and notices in its own entry's cell, the rest with the first", () => {
    const changes = [
      { before: null, after: slot("A") },
      { before: slot("B"), after: slot("B", "open") },
    ];
    const notices = [
      { kind: "booked", studentId: "S1", slotId: "A", start: "", previousStart: "" },
    ] as never[];
    const cells = journalCells([entry("A"), entry("C")], { changes, notices });
    expect(cells).toHaveLength(2);
    expect(JSON.parse(cells[0]!).changes.map((c: { after: Slot }) => c.after.id)).toEqual([
      "A",
      "B",
    ]);
    expect(JSON.parse(cells[1]!)).toEqual({ changes: [], notices: [] });
    expect(fromJournal(cells)).toEqual({ changes, notices });
  });

  it("refuses, before anything is written, a change too large for one cell", () => {
    const changes = Array.from({ length: 300 }, (_, i) => ({
      before: slot(`X${i}`),
      after: { ...slot(`X${i}`), location: "x".repeat(200) },
    }));
    expect(() => journalCells([entry("A")], { changes, notices: [] })).toThrow(
      /too many slots at once to log .* nothing was changed/,
    );
  });

  it("reads past a cell that is not Confer's", () => {
    expect(fromJournal(["not json", ""])).toEqual({ changes: [], notices: [] });
  });
});
