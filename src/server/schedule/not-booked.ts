/*
 * The families who have not booked in a round, each with their own sign-up link, and the
 * reminders to book that go to them: load the schedule context, decide the round, the advisees
 * in scope and who is reminded, and mint the links.
 */

import { NotAllowedError, type Person } from "../../domain/roles";
import { rosterIndex } from "../../domain/roster/roster-index";
import { familiesOf, type NotBookedRow, notYetBooked } from "../../domain/schedule/families";
import type { RoundKind } from "../../domain/schedule/model";
import { familiesToRemind } from "../../domain/schedule/reminder-families";
import { roundToShow } from "../../domain/schedule/round-choice";
import { advisorScopeOf, scheduleStaffOf } from "../../domain/schedule/staff-access";
import { workingRoundOf } from "../rounds/working-round";
import type { MessagesToDraft } from "./no-show";
import { planNotices } from "./notices";
import { currentSlots, familyLinkMaker, loadScheduleContext, type ScheduleContext } from "./writer";

export interface BookingReminders extends MessagesToDraft {
  readonly families: number;
  readonly withoutEmail: readonly string[];
  readonly kind: RoundKind;
}

/** One reminder to book, with the family's own sign-up link, per family not yet booked. */
export function bookingRemindersFor(
  caller: string,
  filter: { round: string; advisorEmail?: string },
): BookingReminders {
  const context = loadScheduleContext();
  const view = notYetBookedIn(
    context,
    scheduleStaffOf(caller, context.roster, context.owner),
    filter,
  );
  if (view.linkProblem) throw new NotAllowedError(view.linkProblem);
  const { rows, withoutEmail } = familiesToRemind(view.rows);
  const messages = rows.flatMap((row) =>
    planNotices(
      [{ kind: "not-booked", studentId: row.studentId, slotId: "", start: "", previousStart: "" }],
      {
        settings: context.settings,
        roster: context.roster,
        slots: new Map(),
        signupUrlOf: () => row.link,
        toStudent: false,
      },
    ),
  );
  return {
    messages,
    defaultLanguage: context.settings.defaultLanguage,
    fromName: rosterIndex(context.roster).nameOf(caller),
    families: rows.length,
    withoutEmail,
    kind: view.kind,
  };
}

export interface NotBookedView {
  readonly round: string;
  readonly kind: RoundKind;
  readonly rows: readonly (NotBookedRow & { link: string })[];
  readonly linkProblem: string;
}

export function notYetBookedFor(
  caller: string,
  filter: { round: string; advisorEmail?: string },
): NotBookedView {
  const context = loadScheduleContext();
  return notYetBookedIn(context, scheduleStaffOf(caller, context.roster, context.owner), filter);
}

function notYetBookedIn(
  context: ScheduleContext,
  person: Person,
  filter: { round: string; advisorEmail?: string },
): NotBookedView {
  const slots = currentSlots(context.hub);
  const { round, kind } = roundToShow(slots, filter.round, workingRoundOf(context).name);
  const rows = notYetBooked(context.roster, slots, {
    advisorEmail: advisorScopeOf(person, filter.advisorEmail),
    round,
    kind,
    minimumOfficeHours: context.settings.officeHoursPerStudent,
  });
  const linkProblem =
    context.settings.familySignupUrl === ""
      ? "Set the Family sign-up URL in Confer ▸ Settings first: families need it to book."
      : "";
  const families = familiesOf(context.roster);
  const make = linkProblem === "" && round !== "" ? familyLinkMaker(context, round) : null;
  const linkOf = new Map<string, string>();
  for (const row of rows) {
    if (!make || linkOf.has(row.studentId)) continue;
    const family = families.find((f) => f.students.some((s) => s.id === row.studentId));
    if (!family) continue;
    const { url } = make(family);
    for (const student of family.students) if (!linkOf.has(student.id)) linkOf.set(student.id, url);
  }
  return {
    round,
    kind,
    rows: rows.map((row) => ({ ...row, link: linkOf.get(row.studentId) ?? "" })),
    linkProblem,
  };
}
