/*
 * The hub's side of the Goal check-ins sidebar, run as the hub owner for a caller the web app
 * knows: the working round's check-ins the caller may see (an advisor's advisees, read afresh
 * from their docs; every one for a coordinator, as the hourly trigger last read them), marking
 * one, and what a reminder needs and recording that it was drafted.
 */
import { docUrl } from "../../domain/conference-docs/records";
import { requireOwnAdvisee, visibleCheckIns } from "../../domain/goal-check-ins/access";
import {
  CHECK_IN_MARKS,
  type CheckIn,
  type CheckInMark,
  isMark,
  markedCheckIn,
  sortedForAdvisor,
  stateToday,
} from "../../domain/goal-check-ins/check-ins";
import { type Person, personOf } from "../../domain/roles";
import { rosterIndex } from "../../domain/roster/roster-index";
import { readAllDocRecords, readDocRecords } from "../conference-docs/doc-records";
import { type HubContext, loadOwnerContext } from "../hub/context";
import { advisorOfIn, changeCheckIn, checkInContextOf, keepCheckIns, readCheckIns } from "./keep";

export interface CheckInRow {
  readonly docId: string;
  readonly docUrl: string;
  readonly studentName: string;
  readonly advisorEmail: string;
  readonly advisorName: string;
  readonly goalDate: string;
  readonly state: string;
  readonly markedBy: string;
  readonly markedAt: string;
  readonly reminderDraftedAt: string;
  /** Whether the caller is the student's advisor, who alone marks it and drafts its reminder. */
  readonly mine: boolean;
}

export interface GoalCheckInsView {
  readonly round: string;
  readonly today: string;
  readonly coordinator: boolean;
  readonly checkIns: readonly CheckInRow[];
  /** Advisees with a doc of the round but no goal written yet. */
  readonly withoutGoal: readonly string[];
  readonly problems: readonly string[];
}

function rowOf(context: HubContext, person: Person, checkIn: CheckIn, today: string): CheckInRow {
  const advisor = advisorOfIn(context)(checkIn);
  return {
    docId: checkIn.docId,
    docUrl: docUrl(checkIn.docId),
    studentName: checkIn.studentName,
    advisorEmail: advisor,
    advisorName: rosterIndex(context.roster).nameOf(advisor),
    goalDate: checkIn.goalDate,
    state: stateToday(checkIn, today),
    markedBy: checkIn.markedBy,
    markedAt: checkIn.markedAt,
    reminderDraftedAt: checkIn.reminderDraftedAt,
    mine: advisor === person.email,
  };
}

export function goalCheckInsFor(caller: string): GoalCheckInsView {
  const context = checkInContextOf(loadOwnerContext());
  const person = personOf(caller, context.roster, context.owner);
  const coordinator = person.roles.has("coordinator");
  const round = context.working.name;
  const students = rosterIndex(context.roster).studentById;
  const records = [...readDocRecords(context, round).values()];
  const mine = records.filter(
    (r) => (students.get(r.studentId)?.advisorEmail || r.advisorEmail) === person.email,
  );
  const kept = keepCheckIns(context, mine, { writeLines: false });
  const ofRound = [...kept.checkIns.values()].filter((c) => c.round === round);
  const visible = visibleCheckIns(person, ofRound, advisorOfIn(context));
  const withGoal = new Set(visible.map((c) => c.docId));
  return {
    round,
    today: context.today,
    coordinator,
    checkIns: sortedForAdvisor(visible, context.today).map((c) =>
      rowOf(context, person, c, context.today),
    ),
    withoutGoal: mine.filter((r) => !withGoal.has(r.docId)).map((r) => r.studentName),
    problems: kept.problems,
  };
}

function ownCheckIn(context: HubContext, person: Person, docId: string, what: string): CheckIn {
  const checkIn = readCheckIns(context).get(docId);
  if (!checkIn) {
    const record = readAllDocRecords(context).find((r) => r.docId === docId);
    const advisor = rosterIndex(context.roster).studentById.get(
      record?.studentId ?? "",
    )?.advisorEmail;
    throw new Error(
      record && (advisor || record.advisorEmail) === person.email
        ? `${record.studentName} has no goal check-in yet: their doc (${docId}) holds no SMART goal Confer has read.`
        : `No goal check-in is kept for doc ${docId}.`,
    );
  }
  requireOwnAdvisee(person, checkIn, advisorOfIn(context), what);
  return checkIn;
}

export function parseMark(value: unknown): CheckInMark {
  if (isMark(value)) return value;
  throw new Error(
    `A check-in is marked ${CHECK_IN_MARKS.map((m) => `“${m}”`).join(", ")}; “${String(value)}” is none of them.`,
  );
}

export function markGoalCheckInFor(caller: string, docId: string, mark: CheckInMark): CheckInRow {
  const context = checkInContextOf(loadOwnerContext());
  const person = personOf(caller, context.roster, context.owner);
  ownCheckIn(context, person, docId, "mark this goal check-in");
  const after = changeCheckIn(context, docId, (current) =>
    markedCheckIn(current, mark, person.email, context.now),
  );
  return rowOf(context, person, after, context.today);
}

export interface ReminderContext {
  readonly docId: string;
  readonly docUrl: string;
  readonly round: string;
  readonly goalDate: string;
  readonly advisor: { readonly name: string; readonly email: string };
  readonly student: { readonly name: string; readonly email: string };
  /** When a reminder was drafted already, else "". */
  readonly draftedAt: string;
}

export function checkInReminderFor(caller: string, docId: string): ReminderContext {
  const context = loadOwnerContext();
  const person = personOf(caller, context.roster, context.owner);
  const checkIn = ownCheckIn(context, person, docId, "draft this goal check-in's reminder");
  const student = rosterIndex(context.roster).studentById.get(checkIn.studentId);
  if (!student?.email) {
    throw new Error(
      `${checkIn.studentName} has no email on the roster, so no reminder can go to them.`,
    );
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(checkIn.goalDate)) {
    throw new Error(`${checkIn.studentName}'s goal has no date yet (${checkIn.goalDate}).`);
  }
  return {
    docId,
    docUrl: docUrl(docId),
    round: checkIn.round,
    goalDate: checkIn.goalDate,
    advisor: { name: rosterIndex(context.roster).nameOf(person.email), email: person.email },
    student: { name: checkIn.studentName, email: student.email },
    draftedAt: checkIn.reminderDraftedAt,
  };
}

/** Records the reminder drafted; one recorded already stays, so a second draft is never noted. */
export function recordCheckInReminderFor(
  caller: string,
  docId: string,
  draftId: string,
  at: string,
): { readonly draftedAt: string } {
  const context = loadOwnerContext();
  const person = personOf(caller, context.roster, context.owner);
  ownCheckIn(context, person, docId, "record this goal check-in's reminder");
  const after = changeCheckIn(context, docId, (current) =>
    current.reminderDraftedAt !== ""
      ? current
      : { ...current, reminderDraftedAt: at, reminderDraftId: draftId },
  );
  return { draftedAt: after.reminderDraftedAt };
}
