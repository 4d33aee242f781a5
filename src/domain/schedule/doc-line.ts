/*
 * The Conference line at the top of each student's doc, kept to their next booking, so that a
 * student always sees when their conference is, even before anyone sends them a notice.
 */
import { NOT_SCHEDULED } from "../conference-docs/fill";
import type { SlotChange } from "./decision";
import type { Slot } from "./model";
import { describeSlotTime } from "./zoned-time";

export function conferenceLine(slot: Slot | undefined, timeZone: string, locale: string): string {
  if (!slot) return `Conference: ${NOT_SCHEDULED}`;
  const where = slot.location === "" ? "" : ` · ${slot.location}`;
  return `Conference: ${describeSlotTime(slot.start, slot.minutes, timeZone, locale)}${where}`;
}

function bookingOf(slot: Slot | null): string {
  return slot?.status === "booked" ? `${slot.studentId}@${slot.start}@${slot.location}` : "";
}

/** Students whose booked time or place these changes made, moved or ended. */
export function studentsMoved(changes: readonly SlotChange[]): Set<string> {
  const moved = new Set<string>();
  for (const { before, after } of changes) {
    if (bookingOf(before) === bookingOf(after)) continue;
    if (before?.status === "booked") moved.add(before.studentId);
    if (after.status === "booked") moved.add(after.studentId);
  }
  return moved;
}

export interface LineContext {
  readonly now: string;
  readonly timeZone: string;
  readonly locale: string;
}

/** Each student's Conference line: their next booking from now, or none. */
export function linesFor(
  studentIds: Iterable<string>,
  slots: readonly Slot[],
  context: LineContext,
): Map<string, string> {
  const lines = new Map<string, string>();
  for (const studentId of studentIds) {
    const next = slots
      .filter((s) => s.studentId === studentId && s.status === "booked" && s.start > context.now)
      .sort((a, b) => a.start.localeCompare(b.start))[0];
    lines.set(studentId, conferenceLine(next, context.timeZone, context.locale));
  }
  return lines;
}

/** Each moved student's new Conference line. */
export function conferenceLines(
  changes: readonly SlotChange[],
  slots: readonly Slot[],
  context: LineContext,
): Map<string, string> {
  return linesFor(studentsMoved(changes), slots, context);
}
