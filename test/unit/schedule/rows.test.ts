/* Slots and Booking Log entries round-trip through the hub's rows. */
import { BOOKING_LOG_TAB, headersOf, hubTabs, SCHEDULE_TAB } from "../../../src/domain/hub/tabs";
import { ScheduleInputError } from "../../../src/domain/schedule/errors";
import type { BookingLogEntry } from "../../../src/domain/schedule/model";
import {
  isBlankRow,
  logEntryFromRow,
  logEntryToRow,
  slotFromRow,
  slotToRow,
} from "../../../src/domain/schedule/rows";
import { ADA, bookedSlot, DEC1_1PM, NOW, slot } from "./school";

describe("slot rows", () => {
  it("match the Schedule tab's columns", () => {
    expect(headersOf(SCHEDULE_TAB)).toEqual([
      "Slot ID",
      "Round",
      "Kind",
      "Host Email",
      "Start",
      "Minutes",
      "Location",
      "Student ID",
      "Booked By",
      "Booked At",
      "Status",
      "Calendar Event",
      "Reminded",
    ]);
    expect(SCHEDULE_TAB.columns[4]?.format).toBe("yyyy-mm-dd hh:mm");
    expect(SCHEDULE_TAB.columns[10]?.choices).toEqual([
      "open",
      "booked",
      "held",
      "no-show",
      "cancelled",
    ]);
    expect(slotToRow(slot(DEC1_1PM))).toHaveLength(SCHEDULE_TAB.columns.length);
  });

  it("round-trip a booked slot, Start as a Date and the rest as text", () => {
    const booked = bookedSlot(DEC1_1PM, "007", {
      location: '=HYPERLINK("https://evil.test")',
      remindedAt: "2026-11-30T12:00:00.000Z",
    });
    const row = slotToRow(booked);
    expect(row[4]).toEqual(new Date(DEC1_1PM));
    expect(row[7]).toBe("007");
    expect(slotFromRow(row, 2)).toEqual(booked);
  });

  it("accept Start as ISO text, and tidy what Sheets hands back", () => {
    const row = slotToRow(slot(DEC1_1PM));
    row[3] = " Ada@School.TEST ";
    row[4] = "2026-12-01T13:00:00-05:00";
    row[5] = "15";
    expect(slotFromRow(row, 3)).toEqual(slot(DEC1_1PM, { hostEmail: ADA }));
  });

  it.each([
    [0, "S1", "Schedule row 7, Slot ID “S1”: is not a slot ID like S-0123456789."],
    [2, "meeting", "Schedule row 7, Kind “meeting”: is not one of conference, office-hours."],
    [4, "tomorrow", "Schedule row 7, Start “tomorrow”: is not a date and time"],
    [4, new Date(Number.NaN), "Schedule row 7, Start: is not a date and time."],
    [5, "ten", "Schedule row 7, Minutes “ten”: is not a whole number of minutes."],
    [
      10,
      "maybe",
      "Schedule row 7, Status “maybe”: is not one of open, booked, held, no-show, cancelled.",
    ],
    [9, "yesterday", "Schedule row 7, Booked At “yesterday”: is not a date and time"],
  ])("name the row and field of a malformed cell (column %i)", (column, value, message) => {
    const row = slotToRow(slot(DEC1_1PM));
    row[column] = value;
    expect(() => slotFromRow(row, 7)).toThrow(ScheduleInputError);
    expect(() => slotFromRow(row, 7)).toThrow(message);
  });

  it("refuse a booked row without a student", () => {
    const row = slotToRow(bookedSlot(DEC1_1PM, "S1"));
    row[7] = "";
    expect(() => slotFromRow(row, 4)).toThrow(
      "Schedule row 4, Student ID: is empty, but the slot is booked.",
    );
  });

  it("recognise a blank row", () => {
    expect(isBlankRow(["", " ", null, undefined])).toBe(true);
    expect(isBlankRow(["", "x"])).toBe(false);
  });
});

describe("booking log rows", () => {
  const entry: BookingLogEntry = {
    time: NOW,
    actor: "family:tok-mai",
    action: "move",
    slotId: "S-72K86VPA9A",
    studentId: "S1",
    detail: "from S-72K86VPA9B (Tue Dec 1 1:00 PM)",
  };

  it("match the Booking Log tab, which follows Schedule in the hub", () => {
    expect(headersOf(BOOKING_LOG_TAB)).toEqual([
      "Time",
      "Actor",
      "Action",
      "Slot ID",
      "Student ID",
      "Detail",
      "Change",
      "Followed",
    ]);
    expect(BOOKING_LOG_TAB.writer).toBe("confer");
    const names = hubTabs(["7"]).map((t) => t.name);
    expect(names.slice(names.indexOf("Schedule"), names.indexOf("Schedule") + 2)).toEqual([
      "Schedule",
      "Booking Log",
    ]);
    expect(logEntryToRow(entry)).toHaveLength(6);
  });

  it("round-trip an entry, with the time read back from a Date too", () => {
    expect(logEntryFromRow(logEntryToRow(entry))).toEqual(entry);
    const row = logEntryToRow(entry);
    row[0] = new Date(NOW);
    expect(logEntryFromRow(row)).toEqual(entry);
  });

  it("refuse an unknown action", () => {
    const row = logEntryToRow(entry);
    row[2] = "delete";
    expect(() => logEntryFromRow(row)).toThrow("Booking Log, Action “delete”: is not one of");
  });
});
