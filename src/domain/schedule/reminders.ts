/*
 * Which booked conferences are due a reminder: those starting within the coming window that have
 * not had one yet. The server sends them and stamps Reminded, so a re-run sends none twice.
 */
import type { Notice } from "./decision";
import type { Slot } from "./model";
import { isoMs } from "./zoned-time";

export function dueReminders(slots: readonly Slot[], now: string, withinHours: number): Notice[] {
  const from = isoMs(now, "Now");
  const until = from + withinHours * 3_600_000;
  return slots
    .filter((slot) => slot.status === "booked" && slot.remindedAt === "")
    .filter((slot) => isoMs(slot.start) > from && isoMs(slot.start) <= until)
    .sort((a, b) => isoMs(a.start) - isoMs(b.start))
    .map((slot) => ({
      kind: "reminder",
      studentId: slot.studentId,
      slotId: slot.id,
      start: slot.start,
      previousStart: "",
    }));
}
