/* How many changes a family's link has made in its round, and how many it has left. */
import { familyChangesLeft, familyChangesMade } from "../../../src/domain/schedule/family-changes";
import type { BookingLogEntry } from "../../../src/domain/schedule/model";
import { ADA, DEC1_1PM, maiLink, plus, slot } from "./school";

const fall = slot(DEC1_1PM);
const other = slot(plus(DEC1_1PM, 15));
const spring = slot(plus(DEC1_1PM, 30), { round: "Spring 2027" });
const slots = [fall, other, spring];

function entry(
  day: string,
  action: BookingLogEntry["action"],
  extra: Partial<BookingLogEntry> = {},
): BookingLogEntry {
  return {
    time: `2026-11-${day}T10:00:00.000Z`,
    actor: "family:tok-mai",
    action,
    slotId: fall.id,
    studentId: "S1",
    detail: "",
    ...extra,
  };
}

describe("familyChangesMade", () => {
  it("counts each booking, move and cancellation of the link in its round once", () => {
    const log = [
      entry("01", "book"),
      entry("02", "move"),
      entry("02", "move", { slotId: other.id }),
      entry("03", "cancel", { slotId: other.id }),
    ];
    expect(familyChangesMade(maiLink, log, slots)).toBe(3);
  });

  it("leaves out other links, staff, other rounds and what a family cannot do", () => {
    const log = [
      entry("01", "book", { actor: "family:tok-other" }),
      entry("02", "book", { actor: ADA }),
      entry("03", "book", { slotId: spring.id }),
      entry("04", "refused"),
      entry("05", "book", { slotId: "S-gone" }),
    ];
    expect(familyChangesMade(maiLink, log, slots)).toBe(0);
  });
});

describe("familyChangesLeft", () => {
  const made = (n: number) =>
    Array.from({ length: n }, (_, i) => entry(String(i + 1).padStart(2, "0"), "book"));

  it("is the limit less the changes made", () => {
    expect(familyChangesLeft(maiLink, [], slots, 12)).toBe(12);
    expect(familyChangesLeft(maiLink, made(11), slots, 12)).toBe(1);
    expect(familyChangesLeft(maiLink, made(12), slots, 12)).toBe(0);
  });

  it("is never below zero, even past a limit that was lowered", () => {
    expect(familyChangesLeft(maiLink, made(7), slots, 5)).toBe(0);
  });
});
