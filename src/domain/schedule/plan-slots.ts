/*
 * Planning the slots a publish request makes, against those that already exist: a re-run adds
 * nothing twice, and a slot in the past, in a clock change's gap or over another is skipped.
 */
import { ScheduleInputError } from "./errors";
import { slotIdOf } from "./ids";
import type { Slot } from "./model";
import type { PublishRequest } from "./publish";
import {
  addDays,
  clockText,
  isoMs,
  localParts,
  parseClock,
  shortLocalTime,
  weekdayOf,
  zonedInstant,
} from "./zoned-time";

export interface PlannedSlots {
  readonly added: readonly Slot[];
  readonly unchanged: number;
  readonly skipped: readonly { start: string; reason: string }[];
}

/** The local dates the request covers, in order. */
export function datesOf(request: PublishRequest): string[] {
  if (request.kind === "conference") return [...request.days];
  const dates: string[] = [];
  for (let date = request.from; date <= request.to; date = addDays(date, 1)) {
    if (request.weekdays.includes(weekdayOf(date))) dates.push(date);
  }
  return dates;
}

/** Each slot's start, in minutes after midnight: back to back, resuming after each break. */
export function dayStarts(request: PublishRequest): number[] {
  const end = parseClock(request.endTime, "End time");
  const breaks = (request.kind === "conference" ? request.breaks : []).map((b) => ({
    start: parseClock(b.start, "Break start"),
    end: parseClock(b.end, "Break end"),
  }));
  const starts: number[] = [];
  let time = parseClock(request.startTime, "Start time");
  while (time + request.minutes <= end) {
    const finish = time + request.minutes;
    const blocking = breaks.filter((b) => time < b.end && finish > b.start);
    if (blocking.length > 0) {
      time = Math.max(...blocking.map((b) => b.end));
      continue;
    }
    starts.push(time);
    time = finish;
  }
  return starts;
}

export function slotEndMs(slot: Pick<Slot, "start" | "minutes">): number {
  return isoMs(slot.start) + slot.minutes * 60_000;
}

export function overlaps(
  a: Pick<Slot, "start" | "minutes">,
  b: Pick<Slot, "start" | "minutes">,
): boolean {
  return isoMs(a.start) < slotEndMs(b) && isoMs(b.start) < slotEndMs(a);
}

export function planSlots(
  request: PublishRequest,
  context: { readonly timeZone: string; readonly now: string; readonly existing: readonly Slot[] },
): PlannedSlots {
  const { timeZone } = context;
  const host = request.hostEmail.toLowerCase();
  const other = context.existing.find((s) => s.round === request.round && s.kind !== request.kind);
  if (other) {
    throw new ScheduleInputError(
      "Round",
      request.round,
      `already holds ${other.kind === "conference" ? "conference" : "office-hours"} slots; give ${request.kind === "conference" ? "conferences" : "office hours"} a round of their own`,
    );
  }
  const ids = new Set(context.existing.map((slot) => slot.id));
  const live = context.existing.filter((s) => s.hostEmail === host && s.status !== "cancelled");
  const now = isoMs(context.now, "Now");
  const added: Slot[] = [];
  const skipped: { start: string; reason: string }[] = [];
  let unchanged = 0;
  const starts = dayStarts(request);
  for (const date of datesOf(request)) {
    for (const minutesOfDay of starts) {
      const start = zonedInstant(date, minutesOfDay, timeZone);
      const id = slotIdOf(host, start);
      if (ids.has(id)) {
        unchanged++;
        continue;
      }
      const local = localParts(start, timeZone);
      if (local.date !== date || local.minutes !== minutesOfDay) {
        const reason = `${clockText(minutesOfDay)} does not happen on ${date} (the clocks go forward)`;
        skipped.push({ start, reason });
        continue;
      }
      if (isoMs(start) < now) {
        skipped.push({ start, reason: "in the past" });
        continue;
      }
      const candidate = { start, minutes: request.minutes };
      const clash = [...live, ...added].find((slot) => overlaps(slot, candidate));
      if (clash) {
        const reason = `overlaps your slot at ${shortLocalTime(clash.start, timeZone)}`;
        skipped.push({ start, reason });
        continue;
      }
      ids.add(id);
      added.push(openSlot(request, host, id, start));
    }
  }
  return { added, unchanged, skipped };
}

function openSlot(request: PublishRequest, host: string, id: string, start: string): Slot {
  return {
    id,
    round: request.round,
    kind: request.kind,
    hostEmail: host,
    start,
    minutes: request.minutes,
    location: request.location,
    studentId: "",
    bookedBy: "",
    bookedAt: "",
    status: "open",
    calendarEventId: "",
    remindedAt: "",
  };
}
