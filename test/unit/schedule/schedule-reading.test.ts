/* caughtUpSchedule: a Schedule tab read before the lock, brought up to date under it. */
import { slotToRow } from "../../../src/domain/schedule/rows";
import {
  caughtUpSchedule,
  lastRowOf,
  scheduleReadingOf,
} from "../../../src/domain/schedule/schedule-reading";
import { bookedSlot, DEC1_1PM, slot } from "./school";

const later = (minutes: number) => new Date(Date.parse(DEC1_1PM) + minutes * 60_000).toISOString();

describe("a Schedule tab's reading", () => {
  const a = slot(DEC1_1PM);
  const b = slot(later(15));
  const c = slot(later(30));
  const early = scheduleReadingOf([slotToRow(a), slotToRow(b)]);

  it("knows each slot's row, skipping blank rows", () => {
    const reading = scheduleReadingOf([slotToRow(a), ["", ""], slotToRow(b)]);
    expect([...reading.rowOf]).toEqual([
      [a.id, 2],
      [b.id, 4],
    ]);
    expect(lastRowOf(reading)).toBe(4);
  });

  it("refuses a slot held by two rows, naming them", () => {
    expect(() => scheduleReadingOf([slotToRow(a), slotToRow(a)])).toThrow(
      `Schedule rows 2 and 3 both hold slot ${a.id}`,
    );
  });

  it("takes in the journaled changes and the slots published below it", () => {
    const booked = bookedSlot(b.start, "S1");
    const now = caughtUpSchedule(early, [{ before: b, after: booked }], [slotToRow(c)])!;
    expect(now.slots).toEqual([a, booked, c]);
    expect(now.rowOf.get(c.id)).toBe(4);
    expect(now.values[1]).toEqual(slotToRow(booked));
    expect(lastRowOf(now)).toBe(4);
  });

  it("trusts a row read under the lock over an older journaled change", () => {
    const booked = bookedSlot(c.start, "S2");
    const now = caughtUpSchedule(early, [{ before: null, after: c }], [slotToRow(booked)])!;
    expect(now.slots).toEqual([a, b, booked]);
  });

  it("is unchanged when nothing was written", () => {
    expect(caughtUpSchedule(early, [], [])).toEqual(early);
  });

  it("gives up when the journal does not account for the tab", () => {
    expect(caughtUpSchedule(early, [{ before: null, after: c }], [])).toBe(undefined);
    expect(caughtUpSchedule(early, [], [slotToRow(a)])).toBe(undefined);
  });
});
