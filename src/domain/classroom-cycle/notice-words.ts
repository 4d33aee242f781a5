/*
 * What a student of the cycle reads: the Conference line of their doc, and the words of a notice
 * when their conference moves or is cancelled. Places become real instants in the school's time
 * zone for their calendar.
 */
import { NOT_SCHEDULED } from "../conference-docs/fill";
import { describeSlotTime, zonedInstant } from "../schedule/zoned-time";
import { minutesOf } from "./clock";
import type { Assignment, CycleNotice, Place } from "./model";

/** "Monday, December 7, 2026, 10:05 – 10:15 AM", in the reader's language. */
export function describePlace(place: Place, locale: string): string {
  const minutes = (minutesOf(place.end) ?? 0) - (minutesOf(place.start) ?? 0);
  return describeSlotTime(`${place.day}T${place.start}:00.000Z`, minutes, "UTC", locale);
}

export function placeInstants(place: Place, timeZone: string): { start: string; end: string } {
  const at = (clock: string) => zonedInstant(place.day, minutesOf(clock) ?? 0, timeZone);
  return { start: at(place.start), end: at(place.end) };
}

export function classroomConferenceLine(
  assignment: Assignment | undefined,
  locale: string,
): string {
  if (!assignment) return `Conference: ${NOT_SCHEDULED}`;
  const objective = assignment.objective ? ` · We will work on: ${assignment.objective}` : "";
  return `Conference: ${describePlace(assignment, locale)}${objective}`;
}

export function noticeText(notice: CycleNotice, locale: string): string {
  const { before, after } = notice;
  if (after === "cancelled, not yet rescheduled") {
    const was = before === "not yet scheduled" ? "" : ` on ${describePlace(before, locale)}`;
    return `Your conference${was} is cancelled. Your teacher will give you a new time.`;
  }
  if (before === "not yet scheduled") {
    return `Your conference is on ${describePlace(after, locale)}.`;
  }
  return `Your conference on ${describePlace(before, locale)} has moved to ${describePlace(after, locale)}.`;
}
