/*
 * A classroom cycle as the hub keeps it: one Classroom Plans row for the round's plan, cancelled
 * days and extra requests, and one Classroom Cycle row per conference (or per student not yet
 * placed), beside what only the hub holds: the teacher's notes, the plan line, the calendar event,
 * what the student was last told, and a missed conference.
 */
import { fnv1a64 } from "../schedule/ids";
import type { ConferenceOutcome } from "./coverage";
import type { ExtraRequest } from "./extra-requests";
import type {
  Assignment,
  ClassPeriod,
  ConferenceMinutes,
  CyclePlan,
  CycleSchedule,
  Place,
  Unplaced,
} from "./model";

/** What the hub keeps beside one conference: nothing of it is ever written to the doc but the plan line. */
export interface CycleRowKeep {
  readonly notes: string;
  readonly planLine: string;
  readonly eventId: string;
  readonly toldAt: string;
  /** What the student was last told: a place's words (see toldOf), "cancelled", or "" before. */
  readonly told: string;
  /** The day of a conference the student missed, or "". */
  readonly missed: string;
  /** The purpose their doc held when they missed it. */
  readonly purpose: string;
}

export interface StoredCycle {
  readonly round: string;
  readonly schedule: CycleSchedule;
  /** By conference key (see keyOf). */
  readonly keep: ReadonlyMap<string, CycleRowKeep>;
  readonly requests: readonly ExtraRequest[];
  readonly savedAt: string;
  readonly savedBy: string;
}

export const NO_KEEP: CycleRowKeep = {
  notes: "",
  planLine: "",
  eventId: "",
  toldAt: "",
  told: "",
  missed: "",
  purpose: "",
};

const cell = (value: unknown) => (value === undefined || value === null ? "" : String(value));
const isYes = (value: unknown) => cell(value).trim().toLowerCase() === "yes";

/** A conference's key: the student's ID, and for an extra one its day too. */
export function keyOf(entry: { studentId: string; extra?: boolean; day?: string }): string {
  return entry.extra ? `${entry.studentId}+${entry.day}` : entry.studentId;
}

/** The Calendar event ID of a student's conference of the round: base32hex, the same on every run. */
export function cycleEventId(round: string, key: string): string {
  return `cc${fnv1a64(`${round.trim().toLowerCase()}|${key}`)}`;
}

export const toldOf = (place: Place) => `${place.day} ${place.start}–${place.end}`;

function periodsText(periods: readonly ClassPeriod[]): string {
  return periods.map((p) => `${p.classId} ${p.start}–${p.end}`).join("; ");
}

function periodsFrom(text: string): ClassPeriod[] {
  return text
    .split(";")
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .flatMap((part) => {
      const match = /^(.+)\s+(\d{1,2}:\d{2})–(\d{1,2}:\d{2})$/.exec(part);
      return match ? [{ classId: match[1]!.trim(), start: match[2]!, end: match[3]! }] : [];
    });
}

const listFrom = (text: string) =>
  text
    .split(/[\s,]+/)
    .map((d) => d.trim())
    .filter((d) => d !== "");

export function planRow(stored: StoredCycle): string[] {
  const { plan, cancelledDays } = stored.schedule;
  return [
    stored.round,
    plan.days.join(", "),
    periodsText(plan.periods),
    String(plan.perDay),
    String(plan.minutes),
    cancelledDays.join(", "),
    stored.requests.length > 0 ? JSON.stringify(stored.requests) : "",
    stored.savedAt,
    stored.savedBy,
  ];
}

function requestsFrom(text: string): ExtraRequest[] {
  if (text.trim() === "") return [];
  try {
    const parsed = JSON.parse(text) as unknown;
    return Array.isArray(parsed) ? (parsed as ExtraRequest[]) : [];
  } catch {
    return [];
  }
}

function assignmentRow(round: string, a: Assignment, keep: CycleRowKeep): string[] {
  const status = a.status === "held" ? "held" : keep.missed === a.day ? "no-show" : "planned";
  return [
    round,
    a.classId,
    a.studentId,
    a.studentName,
    a.day,
    a.start,
    a.end,
    status,
    a.extra ? "yes" : "no",
    a.objective ?? "",
    keep.notes,
    keep.planLine,
    keep.eventId,
    keep.toldAt,
    keep.told,
    keep.missed,
    keep.purpose,
    "",
  ];
}

function unplacedRow(round: string, u: Unplaced, keep: CycleRowKeep): string[] {
  return [
    round,
    u.classId,
    u.studentId,
    u.studentName,
    "",
    "",
    "",
    "cancelled",
    "no",
    "",
    keep.notes,
    keep.planLine,
    keep.eventId,
    keep.toldAt,
    keep.told,
    keep.missed,
    keep.purpose,
    u.reason,
  ];
}

/** The round's Classroom Cycle rows, in the order of their places, those not placed last. */
export function cycleRows(stored: StoredCycle): string[][] {
  const keep = (key: string) => stored.keep.get(key) ?? NO_KEEP;
  return [
    ...stored.schedule.assignments.map((a) => assignmentRow(stored.round, a, keep(keyOf(a)))),
    ...stored.schedule.unplaced.map((u) => unplacedRow(stored.round, u, keep(keyOf(u)))),
  ];
}

const sameName = (a: unknown, b: string) => cell(a).trim().toLowerCase() === b.trim().toLowerCase();

/** The round's cycle from the two tabs' rows; undefined while it has no saved plan. */
export function storedCycleOf(
  round: string,
  plans: readonly (readonly unknown[])[],
  rows: readonly (readonly unknown[])[],
): StoredCycle | undefined {
  const planCells = plans.find((row) => sameName(row[0], round));
  if (!planCells) return undefined;
  const plan: CyclePlan = {
    days: listFrom(cell(planCells[1])),
    periods: periodsFrom(cell(planCells[2])),
    perDay: Number(cell(planCells[3])) || 1,
    minutes: (Number(cell(planCells[4])) === 10 ? 10 : 5) as ConferenceMinutes,
  };
  const assignments: Assignment[] = [];
  const unplaced: Unplaced[] = [];
  const keep = new Map<string, CycleRowKeep>();
  for (const r of rows.filter((row) => sameName(row[0], round))) {
    const [classId, studentId, studentName, day, start, end, status] = r.slice(1, 8).map(cell);
    const base = { studentId: studentId!, studentName: studentName!, classId: classId! };
    const extra = isYes(r[8]);
    keep.set(keyOf({ studentId: studentId!, extra, day: day! }), {
      notes: cell(r[10]),
      planLine: cell(r[11]),
      eventId: cell(r[12]),
      toldAt: cell(r[13]),
      told: cell(r[14]),
      missed: cell(r[15]),
      purpose: cell(r[16]),
    });
    if (status === "cancelled" || day === "") {
      unplaced.push({ ...base, reason: cell(r[17]) });
      continue;
    }
    const objective = cell(r[9]);
    assignments.push({
      ...base,
      day: day!,
      start: start!,
      end: end!,
      status: status === "held" ? "held" : "planned",
      extra,
      ...(objective ? { objective } : {}),
    });
  }
  return {
    round: cell(planCells[0]),
    schedule: { plan, assignments, unplaced, cancelledDays: listFrom(cell(planCells[5])) },
    keep,
    requests: requestsFrom(cell(planCells[6])),
    savedAt: cell(planCells[7]),
    savedBy: cell(planCells[8]),
  };
}

/** Each student's held and missed conferences, for coverage. */
export function outcomesOf(stored: StoredCycle): ConferenceOutcome[] {
  const outcomes: ConferenceOutcome[] = [];
  for (const a of stored.schedule.assignments) {
    const keep = stored.keep.get(keyOf(a)) ?? NO_KEEP;
    if (keep.missed !== "") {
      outcomes.push({
        studentId: a.studentId,
        day: keep.missed,
        result: "no-show",
        purpose: keep.purpose,
      });
    }
    if (a.status === "held") outcomes.push({ studentId: a.studentId, day: a.day, result: "held" });
  }
  return outcomes;
}

/** The keep of every conference carried to a new schedule by key, with its event ID set. */
export function keepFor(stored: Pick<StoredCycle, "round" | "keep">, schedule: CycleSchedule) {
  const keep = new Map<string, CycleRowKeep>();
  const entries = [...schedule.assignments, ...schedule.unplaced];
  for (const entry of entries) {
    const key = keyOf(entry);
    const old = stored.keep.get(key) ?? NO_KEEP;
    keep.set(key, { ...old, eventId: old.eventId || cycleEventId(stored.round, key) });
  }
  return keep;
}
