/* Local dates and times in the school's time zone, across both daylight-saving changes. */
import { ScheduleInputError } from "../../../src/domain/schedule/errors";
import {
  describeSlotTime,
  isTimeZoneName,
  localParts,
  parseClock,
  parseDate,
  zonedInstant,
} from "../../../src/domain/schedule/zoned-time";
import { TZ } from "./school";

describe("parseDate", () => {
  it("accepts a real YYYY-MM-DD date, trimmed", () => {
    expect(parseDate(" 2028-02-29 ", "Day")).toBe("2028-02-29");
  });

  it.each([
    ["2027-02-29", "is not a real date"],
    ["2026-13-01", "is not a real date"],
    ["2026-12-1", "is not a date (use YYYY-MM-DD)"],
    ["12/01/2026", "is not a date (use YYYY-MM-DD)"],
    ["", "is not a date (use YYYY-MM-DD)"],
  ])("refuses %p, naming the field and value", (text, reason) => {
    const shown = text === "" ? "" : ` “${text}”`;
    expect(() => parseDate(text, "Day")).toThrow(`Day${shown}: ${reason}.`);
  });
});

describe("parseClock", () => {
  it("reads HH:MM and H:MM as minutes after midnight", () => {
    expect(parseClock("13:05", "Start time")).toBe(785);
    expect(parseClock("9:30", "Start time")).toBe(570);
    expect(parseClock("00:00", "Start time")).toBe(0);
    expect(parseClock("23:59", "Start time")).toBe(1439);
  });

  it.each(["24:00", "25:00", "1pm", "", "12:60", "9.30", "123:00"])("refuses %p", (text) => {
    const error = (() => {
      try {
        parseClock(text, "Start time");
      } catch (e) {
        return e as ScheduleInputError;
      }
      throw new Error("no error");
    })();
    expect(error).toBeInstanceOf(ScheduleInputError);
    expect(error.field).toBe("Start time");
    expect(error.value).toBe(text);
  });

  it("words the error for a teacher", () => {
    expect(() => parseClock("25:00", "Start time")).toThrow(
      "Start time “25:00”: is not a time (use HH:MM, 24-hour).",
    );
  });
});

describe("zonedInstant", () => {
  it("uses EDT before and EST after the fall change on 2026-11-01", () => {
    expect(zonedInstant("2026-10-31", 13 * 60, TZ)).toBe("2026-10-31T17:00:00.000Z");
    expect(zonedInstant("2026-11-01", 13 * 60, TZ)).toBe("2026-11-01T18:00:00.000Z");
    expect(zonedInstant("2026-11-01", 0, TZ)).toBe("2026-11-01T04:00:00.000Z");
  });

  it("takes the first 1:30 AM when the clocks go back", () => {
    expect(zonedInstant("2026-11-01", 90, TZ)).toBe("2026-11-01T05:30:00.000Z");
    expect(zonedInstant("2026-11-01", 120, TZ)).toBe("2026-11-01T07:00:00.000Z");
  });

  it("moves a time in the spring gap on 2027-03-14 forward, as Google Calendar does", () => {
    expect(zonedInstant("2027-03-14", 90, TZ)).toBe("2027-03-14T06:30:00.000Z");
    expect(zonedInstant("2027-03-14", 150, TZ)).toBe("2027-03-14T07:30:00.000Z");
    expect(zonedInstant("2027-03-14", 180, TZ)).toBe("2027-03-14T07:00:00.000Z");
    expect(zonedInstant("2027-03-14", 13 * 60, TZ)).toBe("2027-03-14T17:00:00.000Z");
  });

  it("handles zones without daylight saving and with half hours", () => {
    expect(zonedInstant("2026-07-01", 9 * 60, "Asia/Kolkata")).toBe("2026-07-01T03:30:00.000Z");
    expect(zonedInstant("2026-07-01", 9 * 60, "UTC")).toBe("2026-07-01T09:00:00.000Z");
  });

  it("names a bad time zone", () => {
    expect(() => zonedInstant("2026-07-01", 0, "Mars/Olympus")).toThrow(
      "Time zone “Mars/Olympus”: is not a time zone name such as America/New_York.",
    );
  });
});

describe("localParts", () => {
  it("reads an instant back as local date, minutes and weekday", () => {
    expect(localParts("2026-12-01T18:00:00.000Z", TZ)).toEqual({
      date: "2026-12-01",
      minutes: 780,
      weekday: 2,
    });
    expect(localParts("2026-11-01T06:30:00.000Z", TZ)).toEqual({
      date: "2026-11-01",
      minutes: 90,
      weekday: 7,
    });
    expect(localParts("2026-12-01T03:00:00.000Z", TZ).date).toBe("2026-11-30");
  });
});

describe("describeSlotTime", () => {
  const start = "2026-12-01T18:00:00.000Z";

  it("describes a slot in English with plain spaces", () => {
    expect(describeSlotTime(start, 15, TZ, "en")).toBe("Tuesday, December 1, 2026, 1:00 – 1:15 PM");
  });

  it("describes it in Spanish for es", () => {
    expect(describeSlotTime(start, 15, TZ, "es")).toBe(
      "martes, 1 de diciembre de 2026, 13:00–13:15",
    );
  });

  it("falls back to English for an unknown or invalid locale", () => {
    const english = describeSlotTime(start, 15, TZ, "en");
    expect(describeSlotTime(start, 15, TZ, "zz")).toBe(english);
    expect(describeSlotTime(start, 15, TZ, "not a locale")).toBe(english);
  });
});

describe("isTimeZoneName", () => {
  it("knows IANA names and refuses the rest", () => {
    expect(isTimeZoneName("America/New_York")).toBe(true);
    expect(isTimeZoneName("America/Argentina/Buenos_Aires")).toBe(true);
    expect(isTimeZoneName("Mars/Olympus")).toBe(false);
    expect(isTimeZoneName("EST")).toBe(false);
    expect(isTimeZoneName("")).toBe(false);
  });
});
