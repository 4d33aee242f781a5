/*
 * A staff member's schedule sidebar: load the schedule context, decide which slots and students
 * they see (a coordinator's school, else their own), and describe each slot in the school's time.
 */

import { readRoundRows } from "../../domain/rounds/rows";
import { studentName } from "../../domain/schedule/families";
import type { RoundKind, Slot } from "../../domain/schedule/model";
import type { NoticeDelivery } from "../../domain/schedule/notice-words";
import {
  bookableStudents,
  hostsOf,
  isCoordinator,
  scheduleStaffOf,
  visibleSlots,
} from "../../domain/schedule/staff-access";
import { describeSlotTime } from "../../domain/schedule/zoned-time";
import { readRoundsTab } from "../../workspace/rounds-tab";
import { workingRoundOf } from "../rounds/working-round";
import { currentSlots, loadScheduleContext, type ScheduleContext } from "./writer";

export interface SlotRow {
  readonly id: string;
  readonly round: string;
  readonly kind: RoundKind;
  readonly hostEmail: string;
  readonly start: string;
  readonly when: string;
  readonly minutes: number;
  readonly location: string;
  readonly status: Slot["status"];
  readonly studentId: string;
  readonly studentName: string;
  readonly bookedBy: string;
}

export interface ScheduleView {
  readonly timeZone: string;
  readonly rounds: readonly string[];
  /** The hub's open rounds slots can be published into, the working round first; none on a hub without rounds. */
  readonly openRounds: readonly { readonly name: string; readonly kind: string }[];
  readonly hosts: readonly { email: string; name: string }[];
  readonly slots: readonly SlotRow[];
  readonly students: readonly { id: string; name: string; advisorEmail: string }[];
  readonly coordinator: boolean;
  readonly signupUrlSet: boolean;
  readonly notices: NoticeDelivery;
}

export function slotRows(context: ScheduleContext, slots: readonly Slot[]): SlotRow[] {
  const names = new Map(context.roster.students.map((s) => [s.id, studentName(s)]));
  const zone = context.settings.timeZone;
  return slots.map((slot) => ({
    id: slot.id,
    round: slot.round,
    kind: slot.kind,
    hostEmail: slot.hostEmail,
    start: slot.start,
    when: describeSlotTime(slot.start, slot.minutes, zone, "en"),
    minutes: slot.minutes,
    location: slot.location,
    status: slot.status,
    studentId: slot.studentId,
    studentName: names.get(slot.studentId) ?? slot.studentId,
    bookedBy: slot.bookedBy,
  }));
}

export function scheduleViewFor(
  caller: string,
  filter: { round?: string; hostEmail?: string },
): ScheduleView {
  const context = loadScheduleContext();
  const person = scheduleStaffOf(caller, context.roster, context.owner);
  const all = currentSlots(context.hub);
  const rounds = [...new Set(all.map((slot) => slot.round))].sort();
  const shown = visibleSlots(person, all, filter.hostEmail)
    .filter((slot) => !filter.round || slot.round === filter.round)
    .sort((a, b) => a.start.localeCompare(b.start));
  const students = bookableStudents(person, context.roster).map((s) => ({
    id: s.id,
    name: studentName(s),
    advisorEmail: s.advisorEmail,
  }));
  const open = readRoundRows(readRoundsTab(context.hub))
    .entries.map((entry) => entry.round)
    .filter(
      (round) => round.state === "open" && ["student-led", "office-hours"].includes(round.kind),
    );
  const working = workingRoundOf(context).name;
  return {
    timeZone: context.settings.timeZone,
    rounds,
    openRounds: [...open]
      .sort((a, b) => Number(b.name === working) - Number(a.name === working))
      .map((round) => ({ name: round.name, kind: round.kind })),
    hosts: hostsOf(context.roster, all).map((m) => ({ email: m.email, name: m.name })),
    slots: slotRows(context, shown),
    students,
    coordinator: isCoordinator(person),
    signupUrlSet: context.settings.familySignupUrl !== "",
    notices: { mode: context.settings.scheduleNotices, mailbox: context.owner },
  };
}
