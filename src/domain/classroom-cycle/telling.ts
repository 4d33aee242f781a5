/*
 * Who of a cycle must be told, and what. Each student has one Conference line in their doc and
 * one Calendar event per conference: when any of their conferences differs from what they were
 * last told (a new place, a new objective, taken out of the schedule, an extra one added or
 * dropped), they get a new line naming all of them, and each changed event is put, moved or
 * cancelled. A student already told what stands is left alone, so telling twice tells no one.
 */
import type { EventBody } from "../schedule/event-body";
import { type CycleRowKeep, keyOf, NO_KEEP, toldOf } from "./cycle-rows";
import type { Assignment, CycleSchedule, Place, Unplaced } from "./model";
import { classroomConferenceLine, describePlace, noticeText, placeInstants } from "./notice-words";

export interface Tell {
  readonly studentId: string;
  readonly studentName: string;
  /** The Conference line's new text, literal. */
  readonly line: string;
  /** What the student is told now of each of their conferences, kept as each row's Told once done. */
  readonly told: readonly { readonly key: string; readonly told: string }[];
  readonly puts: readonly { readonly key: string; readonly assignment: Assignment }[];
  readonly cancels: readonly { readonly key: string; readonly eventId: string }[];
}

export const CANCELLED = "cancelled";
export const UNPLACED = "not yet scheduled";

/** The place a Told value names, when it names one. */
export function toldPlace(told: string): Place | undefined {
  const match = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})–(\d{2}:\d{2})/.exec(told);
  return match ? { day: match[1]!, start: match[2]!, end: match[3]! } : undefined;
}

/** What a conference's row should say its student was told, given what they were told before. */
export function toldTarget(entry: Assignment | Unplaced, before: string): string {
  if ("day" in entry) {
    const objective = entry.objective?.replace(/\s+/g, " ").trim();
    return `${toldOf(entry)}${objective ? ` · ${objective}` : ""}`;
  }
  return toldPlace(before) || before === CANCELLED ? CANCELLED : UNPLACED;
}

function mainLine(main: Assignment | Unplaced | undefined, before: string, locale: string): string {
  const was = toldPlace(before);
  if (main && "day" in main) {
    const moved =
      was && toldOf(was) !== toldOf(main) ? ` (moved from ${describePlace(was, locale)})` : "";
    return `${classroomConferenceLine(main, locale)}${moved}`;
  }
  if (main && was) {
    const words = noticeText(
      { ...main, before: was, after: "cancelled, not yet rescheduled" },
      locale,
    );
    return `Conference: ${words}`;
  }
  return classroomConferenceLine(undefined, locale);
}

interface StudentEntries {
  studentId: string;
  studentName: string;
  main?: Assignment | Unplaced;
  extras: Assignment[];
}

function byStudent(schedule: CycleSchedule): Map<string, StudentEntries> {
  const students = new Map<string, StudentEntries>();
  const entryOf = (e: { studentId: string; studentName: string }) => {
    const known = students.get(e.studentId);
    if (known) return known;
    const made: StudentEntries = { studentId: e.studentId, studentName: e.studentName, extras: [] };
    students.set(e.studentId, made);
    return made;
  };
  for (const a of schedule.assignments) {
    if (a.extra) entryOf(a).extras.push(a);
    else entryOf(a).main = a;
  }
  for (const u of schedule.unplaced) entryOf(u).main = u;
  return students;
}

const studentOfKey = (key: string) => key.split("+")[0]!;

/**
 * The students to tell about `schedule`, given what each was last told (`keep`); `dropped` holds
 * the keep of conferences the change took out altogether (an extra one cancelled).
 */
export function tellsFor(
  schedule: CycleSchedule,
  keep: ReadonlyMap<string, CycleRowKeep>,
  locale: string,
  dropped: ReadonlyMap<string, CycleRowKeep> = new Map(),
): Tell[] {
  const tells: Tell[] = [];
  for (const student of byStudent(schedule).values()) {
    const entries = [...(student.main ? [student.main] : []), ...student.extras];
    const told: { key: string; told: string }[] = [];
    const puts: { key: string; assignment: Assignment }[] = [];
    const cancels: { key: string; eventId: string }[] = [];
    let changed = false;
    for (const entry of entries) {
      const key = keyOf(entry);
      const kept = keep.get(key) ?? NO_KEEP;
      const target = toldTarget(entry, kept.told);
      told.push({ key, told: target });
      if (target === kept.told || ("status" in entry && entry.status === "held")) continue;
      changed = true;
      if ("day" in entry) puts.push({ key, assignment: entry });
      else if (toldPlace(kept.told) && kept.eventId) cancels.push({ key, eventId: kept.eventId });
    }
    for (const [key, kept] of dropped) {
      if (studentOfKey(key) !== student.studentId || !toldPlace(kept.told)) continue;
      changed = true;
      if (kept.eventId) cancels.push({ key, eventId: kept.eventId });
    }
    if (!changed) continue;
    const main = student.main;
    const before = main ? (keep.get(keyOf(main)) ?? NO_KEEP).told : "";
    const extras = student.extras.map((x) => ` · Extra conference: ${describePlace(x, locale)}`);
    tells.push({
      studentId: student.studentId,
      studentName: student.studentName,
      line: `${mainLine(main, before, locale)}${extras.join("")}`,
      told,
      puts,
      cancels,
    });
  }
  return [...tells, ...leftTells(byStudent(schedule), dropped, locale)];
}

/** Students no longer in the cycle at all (they left the class): their told events are cancelled. */
function leftTells(
  students: ReadonlyMap<string, StudentEntries>,
  dropped: ReadonlyMap<string, CycleRowKeep>,
  locale: string,
): Tell[] {
  const left = new Map<string, { key: string; kept: CycleRowKeep }[]>();
  for (const [key, kept] of dropped) {
    const studentId = studentOfKey(key);
    if (students.has(studentId) || !toldPlace(kept.told)) continue;
    left.set(studentId, [...(left.get(studentId) ?? []), { key, kept }]);
  }
  return [...left].map(([studentId, entries]) => {
    const main = entries.find((e) => e.key === studentId) ?? entries[0]!;
    const was = toldPlace(main.kept.told)!;
    return {
      studentId,
      studentName: studentId,
      line: `Conference: ${noticeText({ studentId, studentName: studentId, classId: "", before: was, after: "cancelled, not yet rescheduled" }, locale)}`,
      told: [],
      puts: [],
      cancels: entries
        .filter((e) => e.kept.eventId)
        .map((e) => ({ key: e.key, eventId: e.kept.eventId })),
    };
  });
}

/** The keys of conferences whose student is not yet told what stands. */
export function untoldKeys(
  schedule: CycleSchedule,
  keep: ReadonlyMap<string, CycleRowKeep>,
): Set<string> {
  const untold = new Set<string>();
  for (const entry of [...schedule.assignments, ...schedule.unplaced]) {
    const kept = (keep.get(keyOf(entry)) ?? NO_KEEP).told;
    if ("status" in entry && entry.status === "held") continue;
    if (toldTarget(entry, kept) !== kept) untold.add(keyOf(entry));
  }
  return untold;
}

export interface CycleEventPeople {
  readonly round: string;
  readonly teacherEmail: string;
  readonly teacherName: string;
  readonly studentEmail: string;
  readonly schoolName: string;
  readonly timeZone: string;
  /**
   * Whose calendar the event is on, by name: the hub owner's (Confer writes as them), which
   * Calendar shows as the organizer; "" when not known.
   */
  readonly organizer?: string;
}

/** Whom the student meets, and why another name shows as the organizer. */
function eventDescription(a: Assignment, people: CycleEventPeople): string {
  const school = people.schoolName ? ` · ${people.schoolName}` : "";
  const objective = a.objective ? ` We will work on: ${a.objective}.` : "";
  const teacher = people.teacherName || people.teacherEmail;
  const from = people.organizer
    ? `${people.organizer}'s calendar (your school's Confer hub), so Calendar shows them as the organizer`
    : "your school's Confer hub calendar, which Calendar shows as the organizer";
  return `${a.extra ? "Extra classroom conference" : "Classroom conference"} with ${teacher}: ${people.round}${school}.${objective} You meet ${teacher}. Confer put this event on your calendar from ${from}. If the time changes, your conference doc and this event both change; ask ${teacher} about it.`;
}

/**
 * The student's conference on Calendar: the teacher and the student, nobody else, as guests of
 * the hub owner's calendar, which Calendar shows as its organizer.
 */
export function cycleEventBody(
  a: Assignment,
  eventId: string,
  people: CycleEventPeople,
): EventBody {
  const { start, end } = placeInstants(a, people.timeZone);
  const attendees = [
    { email: people.teacherEmail, displayName: people.teacherName },
    ...(people.studentEmail
      ? [{ email: people.studentEmail.toLowerCase(), displayName: a.studentName }]
      : []),
  ];
  return {
    id: eventId,
    summary: `${a.extra ? "Extra classroom conference" : "Classroom conference"}: ${a.studentName} with ${people.teacherName}`,
    description: eventDescription(a, people),
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
