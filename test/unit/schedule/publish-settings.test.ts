/* A conference publish is held to the conference window and slot lengths in Settings. */
import { ScheduleInputError } from "../../../src/domain/schedule/errors";
import { parsePublishRequest } from "../../../src/domain/schedule/publish";
import {
  checkAgainstSettings,
  type PublishSettings,
} from "../../../src/domain/schedule/publish-settings";
import { ADA } from "./school";

const december: PublishSettings = {
  conferenceStart: "2026-12-07",
  conferenceEnd: "2026-12-18",
  slotMinutes: [15, 30],
};

function request(changes: Record<string, unknown>) {
  return parsePublishRequest(
    {
      kind: "conference",
      round: "Fall 2026",
      minutes: 15,
      days: ["2026-12-07", "2026-12-18"],
      startTime: "13:00",
      endTime: "15:00",
      ...changes,
    },
    ADA,
  );
}

function refusal(changes: Record<string, unknown>, settings = december): string {
  try {
    checkAgainstSettings(request(changes), settings);
  } catch (error) {
    if (error instanceof ScheduleInputError) return error.message;
    throw error;
  }
  return "accepted";
}

describe("checkAgainstSettings", () => {
  it("accepts days inside the window, its first and last day too, in an allowed length", () => {
    expect(refusal({})).toBe("accepted");
    expect(refusal({ minutes: 30, days: ["2026-12-10"] })).toBe("accepted");
  });

  it("refuses a day outside the window, naming the day and the window", () => {
    expect(refusal({ days: ["2026-12-10", "2027-01-05"] })).toBe(
      "Day “2027-01-05”: is outside the conference window in Settings, 2026-12-07 to 2026-12-18.",
    );
    expect(refusal({ days: ["2026-12-06", "2026-12-19"] })).toBe(
      "Days “2026-12-06, 2026-12-19”: are outside the conference window in Settings, 2026-12-07 to 2026-12-18.",
    );
  });

  it("refuses a length Settings do not list, naming it and the lengths allowed", () => {
    expect(refusal({ minutes: 20 })).toBe(
      "Slot length (minutes) “20”: is not one of the slot lengths in Settings (15, 30).",
    );
  });

  it("lets any day through when Settings set no window", () => {
    const open = { ...december, conferenceStart: "", conferenceEnd: "" };
    expect(refusal({ days: ["2027-01-05"] }, open)).toBe("accepted");
  });

  it("refuses while the window in Settings is not a real date", () => {
    expect(refusal({}, { ...december, conferenceStart: "2026-13-01" })).toBe(
      "Settings' conference window start “2026-13-01”: is not a real date; a coordinator can correct it in Settings.",
    );
  });

  it("leaves office hours to their own lengths and dates", () => {
    const officeHours = parsePublishRequest(
      {
        kind: "office-hours",
        round: "Office hours",
        minutes: 10,
        weekdays: [2],
        from: "2027-01-04",
        to: "2027-01-29",
        startTime: "08:00",
        endTime: "08:30",
      },
      ADA,
    );
    expect(() => checkAgainstSettings(officeHours, december)).not.toThrow();
  });
});
