/* Reading a publish request from the sidebar: every field checked, each error naming it. */
import { ScheduleInputError } from "../../../src/domain/schedule/errors";
import { parsePublishRequest } from "../../../src/domain/schedule/publish";
import { ADA } from "./school";

const conference = {
  kind: "conference",
  round: "  Fall 2026 ",
  location: "Room 12",
  minutes: "15",
  days: ["2026-12-02", "2026-12-01"],
  startTime: "13:00",
  endTime: "16:00",
  breaks: [{ start: "14:00", end: "14:10" }],
};

const officeHours = {
  kind: "office-hours",
  round: "Office hours fall",
  location: "https://meet.google.com/abc-defg-hij",
  minutes: 10,
  weekdays: ["2", 4, "4"],
  from: "2026-12-01",
  to: "2026-12-18",
  startTime: "8:00",
  endTime: "08:30",
};

function refusal(input: unknown): ScheduleInputError {
  try {
    parsePublishRequest(input, ADA);
  } catch (error) {
    if (error instanceof ScheduleInputError) return error;
    throw error;
  }
  throw new Error("the request was accepted");
}

describe("parsePublishRequest", () => {
  it("reads a conference request, trimming, sorting days and lowercasing the host", () => {
    expect(parsePublishRequest(conference, " Ada@School.test ")).toEqual({
      kind: "conference",
      round: "Fall 2026",
      hostEmail: ADA,
      location: "Room 12",
      minutes: 15,
      days: ["2026-12-01", "2026-12-02"],
      startTime: "13:00",
      endTime: "16:00",
      breaks: [{ start: "14:00", end: "14:10" }],
    });
  });

  it("reads office hours, with weekdays deduplicated and times padded", () => {
    expect(parsePublishRequest(officeHours, ADA)).toEqual({
      kind: "office-hours",
      round: "Office hours fall",
      hostEmail: ADA,
      location: "https://meet.google.com/abc-defg-hij",
      minutes: 10,
      weekdays: [2, 4],
      from: "2026-12-01",
      to: "2026-12-18",
      startTime: "08:00",
      endTime: "08:30",
    });
  });

  it.each([
    [{ ...conference, round: " " }, "Round", "Round: is required, for example “Fall 2026”."],
    [{ ...conference, round: "x".repeat(81) }, "Round", "is over 80 characters"],
    [{ ...conference, round: "Fall/Spring" }, "Round", "Round “Fall/Spring”: cannot contain /."],
    [
      { ...conference, kind: "party" },
      "Kind",
      "Kind “party”: must be “conference” or “office-hours”.",
    ],
    [{ ...conference, location: "y".repeat(201) }, "Location", "is over 200 characters"],
    [
      { ...conference, minutes: "10" },
      "Slot length (minutes)",
      "Slot length (minutes) “10”: must be a whole number of minutes from 15 to 45 for a conference.",
    ],
    [{ ...conference, minutes: "20.5" }, "Slot length (minutes)", "from 15 to 45"],
    [{ ...officeHours, minutes: 15 }, "Slot length (minutes)", "from 5 to 10 for office hours"],
    [
      { ...conference, startTime: "25:00" },
      "Start time",
      "Start time “25:00”: is not a time (use HH:MM, 24-hour).",
    ],
    [{ ...conference, endTime: "1pm" }, "End time", "is not a time"],
    [
      { ...conference, endTime: "12:00" },
      "End time",
      "End time “12:00”: must be after the start time 13:00.",
    ],
    [
      { ...conference, breaks: [{ start: "12:30", end: "13:30" }] },
      "Break",
      "Break “12:30–13:30”: is not inside the day 13:00–16:00.",
    ],
    [
      { ...conference, breaks: [{ start: "14:30", end: "14:00" }] },
      "Break",
      "Break “14:30–14:00”: must end after it starts.",
    ],
    [{ ...conference, breaks: [{ start: "2pm", end: "14:10" }] }, "Break start", "is not a time"],
    [{ ...conference, days: [] }, "Days", "Days: need at least one date."],
    [{ ...conference, days: ["2026-02-30"] }, "Day", "Day “2026-02-30”: is not a real date."],
    [
      { ...conference, days: ["2026-12-01", "2026-12-01"] },
      "Day",
      "Day “2026-12-01”: is listed twice.",
    ],
    [
      {
        ...conference,
        days: Array.from({ length: 61 }, (_, i) =>
          new Date(Date.UTC(2027, 0, 1 + i)).toISOString().slice(0, 10),
        ),
      },
      "Days",
      "Days “61”: are more than 60 dates.",
    ],
    [{ ...officeHours, weekdays: [0] }, "Weekday", "Weekday “0”: is not a weekday"],
    [{ ...officeHours, weekdays: [] }, "Weekdays", "need at least one weekday"],
    [
      { ...officeHours, from: "2026-12-18", to: "2026-12-01" },
      "To",
      "To “2026-12-01”: is before the start date 2026-12-18.",
    ],
    [
      { ...officeHours, from: "2026-01-01", to: "2026-07-21" },
      "To",
      "is more than 200 days after 2026-01-01",
    ],
    [
      { ...officeHours, weekdays: [6], from: "2026-12-01", to: "2026-12-04" },
      "Weekdays",
      "Weekdays “6”: fall on no date from 2026-12-01 to 2026-12-04.",
    ],
    [
      { ...conference, startTime: "13:00", endTime: "13:10", breaks: [] },
      "End time",
      "leaves no room for a 15-minute slot after 13:00",
    ],
    [
      {
        ...officeHours,
        minutes: 5,
        weekdays: [1, 2, 3, 4, 5, 6, 7],
        from: "2026-12-01",
        to: "2026-12-31",
        startTime: "08:00",
        endTime: "13:30",
      },
      "Slots",
      "Slots “2046”: are more than 2,000 in one request; publish fewer days at a time.",
    ],
    [null, "Request", "is empty"],
  ])("refuses a bad field (%#)", (input, field, message) => {
    const error = refusal(input);
    expect(error.field).toBe(field);
    expect(error.message).toContain(message);
  });

  it("accepts exactly 200 days of office hours and a location of 200 characters", () => {
    const request = parsePublishRequest(
      { ...officeHours, from: "2026-01-01", to: "2026-07-20", location: "z".repeat(200) },
      ADA,
    );
    expect(request.location).toHaveLength(200);
  });

  it("needs the server's host email", () => {
    expect(() => parsePublishRequest(conference, "")).toThrow(
      "Host email: is not an email address.",
    );
  });
});
