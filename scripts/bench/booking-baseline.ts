/*
 * The naive side of the booking scenarios: a sign-up sheet the school's own small web app writes
 * directly (fixtures/booking-naive), running as the coordinator like Confer's sign-up page, on a
 * Workspace with the same people and one row per slot.
 */
import path from "node:path";
import { cellFor, MIME, type RunRequest, SpreadsheetContent, type Workspace } from "../../emulator";
import { bookingSchool } from "./booking-hub";
import { COORDINATOR, schoolWorkspace } from "./school";

const FIXTURE = path.join(__dirname, "fixtures/booking-naive");
const HEADERS = ["Slot ID", "Host Email", "Start", "Minutes", "Student ID", "Booked By", "Status"];

export interface NaiveSlot {
  readonly slotId: string;
  readonly host: string;
  readonly start: string;
}

export interface NaiveSheet {
  readonly ws: Workspace;
  readonly id: string;
  readonly content: SpreadsheetContent;
}

/** 15-minute slots from 13:00 UTC, `perDay` a day, on each day, for each host in turn. */
export function naiveSlots(
  hosts: readonly string[],
  days: readonly string[],
  perDay: number,
): NaiveSlot[] {
  return hosts.flatMap((host, h) =>
    days.flatMap((day, d) =>
      Array.from({ length: perDay }, (_, k) => ({
        slotId: `N-${h}-${d}-${k}`,
        host,
        start: new Date(Date.parse(`${day}T13:00:00Z`) + k * 15 * 60_000).toISOString(),
      })),
    ),
  );
}

/** The sign-up sheet: a Schedule tab with one open row per slot, owned by the coordinator. */
export function naiveSheet(slots: readonly NaiveSlot[]): NaiveSheet {
  const ws = schoolWorkspace(FIXTURE, bookingSchool().roster);
  const content = SpreadsheetContent.create(ws.script.timeZone, slots.length + 100, HEADERS.length);
  const sheet = content.sheets[0]!;
  sheet.name = "Schedule";
  HEADERS.forEach((header, c) => {
    cellFor(sheet, 1, c + 1).value = header;
  });
  slots.forEach((slot, i) => {
    [slot.slotId, slot.host, slot.start, 15, "", "", "open"].forEach((value, c) => {
      cellFor(sheet, i + 2, c + 1).value = value;
    });
  });
  const file = ws.drive.create({
    name: "Conference sign-up",
    mimeType: MIME.spreadsheet,
    owner: COORDINATOR,
    content,
  });
  return { ws, id: file.id, content };
}

/** A family's booking through the naive web app (executing as the coordinator). */
export function naiveBookRequest(
  sheet: NaiveSheet,
  booking: { slotId: string; studentId: string; guardianEmail: string },
): RunRequest {
  return {
    fn: "bookUnlocked",
    args: [sheet.id, booking.slotId, booking.studentId, booking.guardianEmail],
    as: COORDINATOR,
    activeUser: "",
    kind: "webapp",
  };
}

/** Slot ID → booked student ID, as the sheet holds them. */
export function naiveBooked(sheet: NaiveSheet): Map<string, string> {
  const booked = new Map<string, string>();
  for (const line of sheet.content.sheets[0]!.rows.slice(1)) {
    if (line?.[6]?.value === "booked") {
      booked.set(String(line[0]?.value), String(line[4]?.value));
    }
  }
  return booked;
}

/** Slot ID → confirmed Calendar events for it. */
export function naiveEvents(sheet: NaiveSheet): Map<string, number> {
  const perSlot = new Map<string, number>();
  for (const event of sheet.ws.calendar.all()) {
    if (event.status !== "confirmed") continue;
    const props = event.fields.extendedProperties as { private?: { slot?: string } } | undefined;
    const slot = props?.private?.slot ?? "";
    perSlot.set(slot, (perSlot.get(slot) ?? 0) + 1);
  }
  return perSlot;
}
