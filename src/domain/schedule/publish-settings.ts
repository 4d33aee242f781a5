/*
 * What the school's Settings allow a conference publish: days inside the conference window, when
 * one is set, and only the slot lengths listed. Office hours keep their own lengths and dates.
 */
import { isRealDate, type Settings } from "../settings/settings";
import { ScheduleInputError } from "./errors";
import type { PublishRequest } from "./publish";

export type PublishSettings = Pick<Settings, "conferenceStart" | "conferenceEnd" | "slotMinutes">;

function checkWindow(days: readonly string[], settings: PublishSettings): void {
  const { conferenceStart: start, conferenceEnd: end } = settings;
  if (start === "" && end === "") return;
  for (const [field, value] of [
    ["start", start],
    ["end", end],
  ] as const) {
    if (!isRealDate(value)) {
      throw new ScheduleInputError(
        `Settings' conference window ${field}`,
        value,
        "is not a real date; a coordinator can correct it in Settings",
      );
    }
  }
  const outside = days.filter((day) => day < start || day > end);
  if (outside.length > 0) {
    throw new ScheduleInputError(
      outside.length === 1 ? "Day" : "Days",
      outside.join(", "),
      `${outside.length === 1 ? "is" : "are"} outside the conference window in Settings, ${start} to ${end}`,
    );
  }
}

function checkLength(minutes: number, settings: PublishSettings): void {
  if (settings.slotMinutes.includes(minutes)) return;
  throw new ScheduleInputError(
    "Slot length (minutes)",
    String(minutes),
    `is not one of the slot lengths in Settings (${settings.slotMinutes.join(", ")})`,
  );
}

/** Refuses a conference publish that Settings do not allow, naming the day or length. */
export function checkAgainstSettings(request: PublishRequest, settings: PublishSettings): void {
  if (request.kind !== "conference") return;
  checkLength(request.minutes, settings);
  checkWindow(request.days, settings);
}
