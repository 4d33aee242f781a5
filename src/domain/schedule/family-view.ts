/*
 * What a family sees through its sign-up link: for each of its students, the current booking in
 * the round and the advisor's open times still to come, and how many changes the link may still
 * make. Nothing about other families is shown.
 */
import type { Roster } from "../roster/model";
import { stillFamilyOf, studentName } from "./families";
import { familyChangesLeft } from "./family-changes";
import type { BookingLogEntry, FamilyTokenPayload, Slot } from "./model";
import { isoMs } from "./zoned-time";

export interface FamilySlot {
  readonly slotId: string;
  readonly start: string;
  readonly minutes: number;
  readonly location: string;
}

export interface FamilyView {
  readonly round: string;
  /** Bookings, moves and cancellations the link may still make in the round. */
  readonly changesLeft: number;
  readonly students: readonly {
    id: string;
    name: string;
    advisorEmail: string;
    booking: FamilySlot | null;
    slots: readonly FamilySlot[];
  }[];
}

function familySlot(slot: Slot): FamilySlot {
  return { slotId: slot.id, start: slot.start, minutes: slot.minutes, location: slot.location };
}

export function familyView(
  payload: FamilyTokenPayload,
  roster: Roster,
  slots: readonly Slot[],
  now: string,
  bound: { readonly log: readonly BookingLogEntry[]; readonly maxChangesPerLink: number },
): FamilyView {
  const nowMs = isoMs(now, "Now");
  const inRound = slots
    .filter((slot) => slot.round === payload.round)
    .sort((a, b) => isoMs(a.start) - isoMs(b.start));
  const students = payload.studentIds
    .map((id) => roster.students.find((s) => s.id === id && stillFamilyOf(s, payload)))
    .filter((student) => student !== undefined)
    .map((student) => {
      const advisor = student.advisorEmail.trim().toLowerCase();
      const mine = inRound.filter((s) => s.studentId === student.id);
      const booking =
        mine.find((s) => s.status === "booked" && isoMs(s.start) > nowMs) ??
        mine.find((s) => s.status === "booked") ??
        mine.find((s) => s.status === "held");
      return {
        id: student.id,
        name: studentName(student),
        advisorEmail: advisor,
        booking: booking ? familySlot(booking) : null,
        slots: inRound
          .filter(
            (s) =>
              s.status === "open" &&
              s.hostEmail.toLowerCase() === advisor &&
              isoMs(s.start) > nowMs,
          )
          .map(familySlot),
      };
    });
  const changesLeft = familyChangesLeft(payload, bound.log, slots, bound.maxChangesPerLink);
  return { round: payload.round, changesLeft, students };
}
