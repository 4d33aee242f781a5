/*
 * What a booking looks like on Calendar, and which events a set of slot changes makes, moves or
 * cancels. A booking that moves keeps its event, so guests see it move rather than vanish.
 */
import type { Student } from "../roster/model";
import type { SlotChange } from "./booking";
import { studentName } from "./families";
import type { Slot } from "./model";

export interface EventBody {
  readonly id: string;
  readonly summary: string;
  readonly description: string;
  readonly location: string;
  readonly start: { readonly dateTime: string; readonly timeZone: string };
  readonly end: { readonly dateTime: string; readonly timeZone: string };
  readonly attendees: readonly { readonly email: string; readonly displayName?: string }[];
  readonly extendedProperties: { readonly private: Readonly<Record<string, string>> };
  readonly guestsCanModify: boolean;
}

export interface EventPeople {
  readonly student: Student;
  readonly hostEmail: string;
  readonly hostName: string;
  readonly schoolName: string;
  readonly timeZone: string;
}

export function eventBodyOf(slot: Slot, people: EventPeople): EventBody {
  const { student } = people;
  const seen = new Set<string>();
  const attendees: { email: string; displayName?: string }[] = [];
  const add = (email: string, name: string) => {
    const key = email.trim().toLowerCase();
    if (key === "" || seen.has(key)) return;
    seen.add(key);
    attendees.push(name ? { email: key, displayName: name } : { email: key });
  };
  add(people.hostEmail, people.hostName);
  add(student.email, studentName(student));
  for (const guardian of student.guardians) add(guardian.email, guardian.name);
  const end = new Date(Date.parse(slot.start) + slot.minutes * 60_000).toISOString();
  const school = people.schoolName ? ` · ${people.schoolName}` : "";
  return {
    id: slot.calendarEventId,
    summary: `Conference: ${studentName(student)} with ${people.hostName || people.hostEmail}`,
    description: `${slot.round}${school}. Booked through Confer; to change it, use your sign-up link or ask the advisor.`,
    location: slot.location,
    start: { dateTime: slot.start, timeZone: people.timeZone },
    end: { dateTime: end, timeZone: people.timeZone },
    attendees,
    extendedProperties: { private: { conferSlot: slot.id, conferStudent: slot.studentId } },
    guestsCanModify: false,
  };
}

const KEEPS_EVENT = new Set(["booked", "held", "no-show"]);

/** Gives a student's new booking the event of the booking it replaces in the same decision. */
export function keepEventsOnMove(changes: readonly SlotChange[]): SlotChange[] {
  const released = new Map<string, string>();
  for (const { before, after } of changes) {
    if (
      before?.status === "booked" &&
      before.calendarEventId &&
      after.studentId !== before.studentId
    )
      released.set(before.studentId, before.calendarEventId);
    if (before?.status === "booked" && after.status === "cancelled" && before.calendarEventId)
      released.set(before.studentId, before.calendarEventId);
  }
  return changes.map((change) => {
    const { before, after } = change;
    const newlyBooked = after.status === "booked" && before?.studentId !== after.studentId;
    const eventId = released.get(after.studentId);
    if (!newlyBooked || !eventId) return change;
    return { before, after: { ...after, calendarEventId: eventId } };
  });
}

export interface CalendarPlan {
  readonly put: readonly Slot[];
  readonly cancel: readonly string[];
}

export function calendarPlanOf(changes: readonly SlotChange[]): CalendarPlan {
  const put: Slot[] = [];
  for (const { before, after } of changes) {
    if (after.status !== "booked" || after.calendarEventId === "") continue;
    const same =
      before?.status === "booked" &&
      before.start === after.start &&
      before.location === after.location &&
      before.studentId === after.studentId &&
      before.calendarEventId === after.calendarEventId;
    if (!same) put.push(after);
  }
  const kept = new Set(put.map((slot) => slot.calendarEventId));
  const cancel: string[] = [];
  for (const { before, after } of changes) {
    if (before?.status !== "booked" || before.calendarEventId === "") continue;
    const stays = KEEPS_EVENT.has(after.status) && after.calendarEventId === before.calendarEventId;
    if (!stays && !kept.has(before.calendarEventId)) cancel.push(before.calendarEventId);
  }
  return { put, cancel: [...new Set(cancel)] };
}
