/*
 * An advisor or coordinator changes a booking (book, move, cancel, no-show, held, a whole day):
 * load the schedule context, decide the change under the lock as the caller may make it, then
 * bring Calendar and families' mail up to date and describe what changed.
 */

import { rosterIndex } from "../../domain/roster/roster-index";
import { studentName } from "../../domain/schedule/families";
import { scheduleStaffOf } from "../../domain/schedule/staff-access";
import type { StaffChange } from "../../domain/schedule/staff-change";
import { staffDecision } from "../../domain/schedule/staff-decision";
import { describeSlotTime } from "../../domain/schedule/zoned-time";
import { followThrough } from "./follow-through";
import { type SlotRow, slotRows } from "./view";
import {
  type Committed,
  commitDecision,
  loadScheduleContext,
  type ScheduleContext,
} from "./writer";

export interface ChangeResult {
  readonly changed: number;
  readonly told: number;
  readonly noticeMode: "draft" | "send";
  /** Whose Gmail the notices are drafted in or sent from. */
  readonly noticeMailbox: string;
  readonly problems: readonly string[];
  readonly followUp: { slotId: string; studentId: string; studentName: string } | null;
  /** A booking for a student already booked in the round moved them: from when, to when. */
  readonly moved: {
    studentName: string;
    previousStart: string;
    from: string;
    to: string;
  } | null;
  readonly slots: readonly SlotRow[];
}

function movedByBooking(
  context: ScheduleContext,
  change: StaffChange,
  committed: Committed,
): ChangeResult["moved"] {
  if (change.action !== "book") return null;
  const notice = committed.notices.find(
    (n) => n.kind === "moved" && n.studentId === change.studentId && n.slotId === change.slotId,
  );
  const student = rosterIndex(context.roster).studentById.get(change.studentId);
  const to = committed.slots.find((slot) => slot.id === change.slotId);
  if (!notice || !student || !to) return null;
  const from = committed.changes.find(
    (c) => c.before?.studentId === student.id && c.before.start === notice.previousStart,
  )?.before;
  const zone = context.settings.timeZone;
  return {
    studentName: studentName(student),
    previousStart: notice.previousStart,
    from: describeSlotTime(notice.previousStart, from?.minutes ?? 0, zone, "en"),
    to: describeSlotTime(to.start, to.minutes, zone, "en"),
  };
}

export function changeBookingFor(caller: string, change: StaffChange): ChangeResult {
  const context = loadScheduleContext();
  const person = scheduleStaffOf(caller, context.roster, context.owner);
  const committed = commitDecision(context, person.email, null, staffDecision(person, change));
  const notices = committed.notices.filter((n) => n.kind !== "no-show");
  const { calendarProblems, notices: delivered } = followThrough(context, {
    ...committed,
    notices,
  });
  const noShow = committed.notices.find((n) => n.kind === "no-show");
  const student = noShow && rosterIndex(context.roster).studentById.get(noShow.studentId);
  const touched = new Set(committed.changes.map((c) => c.after.id));
  return {
    changed: committed.changes.length,
    told: delivered.messages,
    noticeMode: delivered.mode,
    noticeMailbox: context.owner,
    problems: [...calendarProblems, ...delivered.problems],
    followUp:
      noShow && student
        ? {
            slotId: noShow.slotId,
            studentId: noShow.studentId,
            studentName: studentName(student),
          }
        : null,
    moved: movedByBooking(context, change, committed),
    slots: slotRows(
      context,
      committed.slots.filter((slot) => touched.has(slot.id)),
    ),
  };
}
