/*
 * A no-show's follow-up: load the schedule context, log the host's feedback under the lock, and
 * plan the family's messages (with their sign-up link) for the caller to draft in their Gmail.
 */
import { rosterIndex } from "../../domain/roster/roster-index";
import { ScheduleInputError } from "../../domain/schedule/errors";
import { familiesOf } from "../../domain/schedule/families";
import { requireHost, scheduleStaffOf } from "../../domain/schedule/staff-access";
import { appendBookingLog, readSchedule } from "../../workspace/schedule-store";
import { withScriptLock } from "../hub/script-lock";
import { type Planned, planNotices } from "./notices";
import { familyLinkMaker, loadScheduleContext } from "./writer";

/** Messages the caller drafts in their own Gmail, planned where the hub can be read. */
export interface MessagesToDraft {
  readonly messages: readonly Planned[];
  readonly defaultLanguage: string;
  /** The caller's name, for the From of the drafts in their mailbox. */
  readonly fromName: string;
}

/** A no-show's follow-up: the feedback is logged, and the messages come back for the caller to draft. */
export function noShowFollowUpFor(
  caller: string,
  request: { slotId: string; feedback: string },
): MessagesToDraft {
  const context = loadScheduleContext();
  const person = scheduleStaffOf(caller, context.roster, context.owner);
  const feedback = request.feedback.trim().slice(0, 2000);
  const slot = withScriptLock(() => {
    const found = readSchedule(context.hub).slots.find((s) => s.id === request.slotId);
    if (found?.status !== "no-show") {
      throw new ScheduleInputError("Slot", request.slotId, "is not recorded as a no-show");
    }
    requireHost(person, [found], found.id);
    appendBookingLog(context.hub, [
      {
        time: context.now,
        actor: person.email,
        action: "no-show",
        slotId: found.id,
        studentId: found.studentId,
        detail: feedback === "" ? "follow-up drafted" : `feedback: ${feedback}`,
      },
    ]);
    return found;
  });
  const links = familyLinkMaker(context, slot.round);
  const family = familiesOf(context.roster).find((f) =>
    f.students.some((s) => s.id === slot.studentId),
  );
  const url = family ? links(family).url : "";
  const messages = planNotices(
    [
      {
        kind: "no-show",
        studentId: slot.studentId,
        slotId: slot.id,
        start: slot.start,
        previousStart: "",
      },
    ],
    {
      settings: context.settings,
      roster: context.roster,
      slots: new Map([[slot.id, slot]]),
      signupUrlOf: () => url,
      feedback,
      toStudent: false,
    },
  );
  return {
    messages,
    defaultLanguage: context.settings.defaultLanguage,
    fromName: rosterIndex(context.roster).nameOf(person.email),
  };
}
