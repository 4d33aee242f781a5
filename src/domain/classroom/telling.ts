/*
 * Who of a cycle must be told, and what: each conference whose place (or objective) differs from
 * what its student was last told gets a new Conference line and its Calendar event put at the new
 * place; a student taken out of the schedule after being told gets the cancelled line and their
 * event cancelled. A student already told what stands is left alone, so telling twice tells no one.
 */
import type { EventBody } from "../schedule/event-body";
import { type CycleRowKeep, keyOf, NO_KEEP, toldOf } from "./cycle-rows";
import type { Assignment, CycleSchedule, Place } from "./model";
import { classroomConferenceLine, describePlace, noticeText, placeInstants } from "./notice-words";

export interface Tell {
  readonly key: string;
  readonly studentId: string;
  readonly studentName: string;
  /** The Conference line's new text, literal. */
  readonly line: string;
  /** What the student is told now, kept as the row's Told once done. */
  readonly told: string;
  readonly event: { readonly put: Assignment } | { readonly cancel: string } | undefined;
}

const CANCELLED = "cancelled";
const UNPLACED = "not yet scheduled";

const toldTarget = (a: Assignment) =>
  `${toldOf(a)}${a.objective ? ` · ${a.objective.replace(/\s+/g, " ").trim()}` : ""}`;

/** The place a Told value names, when it names one. */
export function toldPlace(told: string): Place | undefined {
  const match = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})–(\d{2}:\d{2})/.exec(told);
  return match ? { day: match[1]!, start: match[2]!, end: match[3]! } : undefined;
}

function placedTell(a: Assignment, keep: CycleRowKeep, locale: string): Tell | undefined {
  const told = toldTarget(a);
  if (keep.told === told) return undefined;
  const before = toldPlace(keep.told);
  const moved =
    before && toldOf(before) !== toldOf(a) ? ` (moved from ${describePlace(before, locale)})` : "";
  return {
    key: keyOf(a),
    studentId: a.studentId,
    studentName: a.studentName,
    line: `${classroomConferenceLine(a, locale)}${moved}`,
    told,
    event: { put: a },
  };
}

/** The students to tell about `schedule`, given what each was last told (`keep`). */
export function tellsFor(
  schedule: CycleSchedule,
  keep: ReadonlyMap<string, CycleRowKeep>,
  locale: string,
): Tell[] {
  const tells: Tell[] = [];
  for (const a of schedule.assignments) {
    if (a.status === "held") continue;
    const tell = placedTell(a, keep.get(keyOf(a)) ?? NO_KEEP, locale);
    if (tell) tells.push(tell);
  }
  for (const u of schedule.unplaced) {
    const kept = keep.get(keyOf(u)) ?? NO_KEEP;
    const before = toldPlace(kept.told);
    const base = { key: keyOf(u), studentId: u.studentId, studentName: u.studentName };
    if (before) {
      const words = noticeText({ ...u, before, after: "cancelled, not yet rescheduled" }, locale);
      tells.push({
        ...base,
        line: `Conference: ${words}`,
        told: CANCELLED,
        event: kept.eventId ? { cancel: kept.eventId } : undefined,
      });
    } else if (kept.told === "") {
      tells.push({
        ...base,
        line: classroomConferenceLine(undefined, locale),
        told: UNPLACED,
        event: undefined,
      });
    }
  }
  return tells;
}

export interface CycleEventPeople {
  readonly round: string;
  readonly teacherEmail: string;
  readonly teacherName: string;
  readonly studentEmail: string;
  readonly schoolName: string;
  readonly timeZone: string;
}

/** The student's conference on Calendar: the teacher and the student, nobody else. */
export function cycleEventBody(
  a: Assignment,
  eventId: string,
  people: CycleEventPeople,
): EventBody {
  const { start, end } = placeInstants(a, people.timeZone);
  const school = people.schoolName ? ` · ${people.schoolName}` : "";
  const objective = a.objective ? ` We will work on: ${a.objective}.` : "";
  const attendees = [
    { email: people.teacherEmail, displayName: people.teacherName },
    ...(people.studentEmail
      ? [{ email: people.studentEmail.toLowerCase(), displayName: a.studentName }]
      : []),
  ];
  return {
    id: eventId,
    summary: `Classroom conference: ${a.studentName} with ${people.teacherName}`,
    description: `${people.round}${school}.${objective} Your teacher tells you in your conference doc if it moves.`,
    location: "",
    start: { dateTime: start, timeZone: people.timeZone },
    end: { dateTime: end, timeZone: people.timeZone },
    attendees,
    extendedProperties: {
      private: { conferCycle: people.round, conferStudent: a.studentId },
    },
    guestsCanModify: false,
  };
}
