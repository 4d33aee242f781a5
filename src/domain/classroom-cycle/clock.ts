/* Clock times and days of the cycle as plain numbers: minutes since midnight, weekdays Mon=1. */
import type { Clock, Day } from "./model";

const CLOCK = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** Minutes since midnight of an H:MM or HH:MM clock time, or undefined when it is not one. */
export function minutesOf(clock: string): number | undefined {
  const match = CLOCK.exec(clock.trim());
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

export function clockOf(minutes: number): Clock {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

export function addMinutes(clock: Clock, minutes: number): Clock {
  return clockOf((minutesOf(clock) ?? 0) + minutes);
}

const dateOf = (day: Day) => new Date(`${day}T00:00:00Z`);

/** 1 for Monday through 7 for Sunday. */
export function weekdayOf(day: Day): number {
  return dateOf(day).getUTCDay() || 7;
}

export function nextDay(day: Day): Day {
  const date = dateOf(day);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}
