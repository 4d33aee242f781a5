/*
 * Where a conference can go: a class's period on an open day of the cycle, below the day's count,
 * at a time no one else holds. Finds the next free place and checks a place a teacher picks.
 */
import { addMinutes, minutesOf } from "./clock";
import { ClassroomRefusedError } from "./errors";
import type { Assignment, ClassPeriod, CycleSchedule, Day, Moment, Place } from "./model";

export function periodOf(schedule: CycleSchedule, classId: string): ClassPeriod {
  const period = schedule.plan.periods.find((p) => p.classId === classId);
  if (!period) throw new ClassroomRefusedError(`Class ${classId} has no period in the plan.`);
  return period;
}

export function byPlace(a: Place & { classId: string }, b: Place & { classId: string }): number {
  return (
    a.day.localeCompare(b.day) ||
    a.start.localeCompare(b.start) ||
    a.classId.localeCompare(b.classId)
  );
}

export function isOpenDay(schedule: CycleSchedule, day: Day): boolean {
  return schedule.plan.days.includes(day) && !schedule.cancelledDays.includes(day);
}

const at = (when: Moment) => `${when.day} ${when.time}`;

function occupants(schedule: CycleSchedule, classId: string, day: Day, except?: Assignment) {
  return schedule.assignments.filter((a) => a !== except && a.classId === classId && a.day === day);
}

const overlapping = (others: readonly Assignment[], start: string, end: string) =>
  others.find((o) => o.start < end && start < o.end);

/** The earliest free time of a class's period on one day, or undefined when the day is full. */
export function freePlaceOn(
  schedule: CycleSchedule,
  classId: string,
  day: Day,
  except?: Assignment,
): Place | undefined {
  const others = occupants(schedule, classId, day, except);
  if (others.length >= schedule.plan.perDay) return undefined;
  const period = periodOf(schedule, classId);
  const { minutes } = schedule.plan;
  for (let start = period.start; addMinutes(start, minutes) <= period.end; ) {
    const end = addMinutes(start, minutes);
    if (!overlapping(others, start, end)) return { day, start, end };
    start = addMinutes(start, minutes);
  }
  return undefined;
}

/** The first free place of a class on an open day after `now`'s day that `allowed` accepts. */
export function nextFreePlace(
  schedule: CycleSchedule,
  classId: string,
  now: Moment,
  allowed: (day: Day) => boolean = () => true,
): Place | undefined {
  for (const day of [...schedule.plan.days].sort()) {
    if (day <= now.day || !isOpenDay(schedule, day) || !allowed(day)) continue;
    const place = freePlaceOn(schedule, classId, day);
    if (place) return place;
  }
  return undefined;
}

/**
 * The place a teacher picked for one student's conference, refused with who or what is in the
 * way; without a time, the day's earliest free time. `outcome` ends each refusal.
 */
export function checkPlace(
  schedule: CycleSchedule,
  student: { readonly studentName: string; readonly classId: string },
  request: { readonly day: Day; readonly time?: string; readonly now?: Moment },
  outcome: string,
  except?: Assignment,
): Place {
  const { day, time, now } = request;
  const refuse = (reason: string): never => {
    throw new ClassroomRefusedError(`${reason}, so ${outcome}.`);
  };
  if (!schedule.plan.days.includes(day)) refuse(`${day} is not one of the cycle's days`);
  if (schedule.cancelledDays.includes(day)) refuse(`${day} is cancelled`);
  const others = occupants(schedule, student.classId, day, except);
  const { perDay, minutes } = schedule.plan;
  if (others.length >= perDay) {
    const names = others.map((o) => o.studentName).join(", ");
    refuse(`${day} is full for ${student.classId}: ${perDay} students already (${names})`);
  }
  const period = periodOf(schedule, student.classId);
  let place: Place;
  if (time === undefined || time.trim() === "") {
    place =
      freePlaceOn(schedule, student.classId, day, except) ??
      refuse(
        `${day} has no free ${minutes}-minute time left in ${student.classId}'s period ${period.start}–${period.end}`,
      );
  } else {
    const start = minutesOf(time);
    if (start === undefined) return refuse(`“${time}” is not a clock time (HH:MM)`);
    const startClock = addMinutes("00:00", start);
    const end = addMinutes(startClock, minutes);
    if (startClock < period.start || end > period.end) {
      refuse(
        `${startClock}–${end} is outside ${student.classId}'s period ${period.start}–${period.end}`,
      );
    }
    const holder = overlapping(others, startClock, end);
    if (holder) {
      refuse(
        `${day} at ${startClock} is taken by ${holder.studentName} (${holder.start}–${holder.end})`,
      );
    }
    place = { day, start: startClock, end };
  }
  if (now && at({ day: place.day, time: place.start }) < at(now)) {
    refuse(`${place.day} at ${place.start} is already past (now ${at(now)})`);
  }
  return place;
}
