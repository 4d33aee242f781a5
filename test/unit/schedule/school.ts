/* A small school for the schedule tests: two advisors, siblings sharing a guardian, New York time. */
import type { Guardian, Roster, Student } from "../../../src/domain/roster/model";
import type { BookingContext } from "../../../src/domain/schedule/booking";
import { slotIdOf } from "../../../src/domain/schedule/ids";
import type { FamilyTokenPayload, Slot } from "../../../src/domain/schedule/model";

export const TZ = "America/New_York";
export const ADA = "ada@school.test";
export const BO = "bo@school.test";
export const COORDINATOR = "coordinator@school.test";
export const ROUND = "Fall 2026";
/** Friday 20 November 2026, 10:00 in New York. */
export const NOW = "2026-11-20T15:00:00.000Z";
/** Tuesday 1 December 2026, 1:00 PM in New York (EST, UTC-5). */
export const DEC1_1PM = "2026-12-01T18:00:00.000Z";

const guardian = (name: string, email: string, language = "en"): Guardian => ({
  name,
  email,
  language,
  relationship: "parent",
});

function student(id: string, given: string, family: string, extra: Partial<Student> = {}): Student {
  return {
    id,
    givenName: given,
    familyName: family,
    preferredName: "",
    email: `${id.toLowerCase()}@students.school.test`,
    grade: "7",
    advisorEmail: ADA,
    guardians: [],
    active: true,
    ...extra,
  };
}

export const roster: Roster = {
  students: [
    student("S1", "Zoë", "Nguyễn", {
      guardians: [guardian("Mai Nguyễn", "mai@home.test", "vi")],
    }),
    student("S2", "Kim", "Nguyễn", {
      preferredName: "Kimmy",
      guardians: [
        guardian("Mai Nguyễn", "MAI@home.test", "vi"),
        guardian("Tom Lee", "tom@home.test"),
      ],
    }),
    student("S3", "Mia", "Okafor", {
      advisorEmail: BO,
      guardians: [guardian("Ngozi Okafor", "", "fr")],
    }),
    student("S4", "Noah", "Berg"),
    student("S5", "Ivy", "Chen", {
      active: false,
      guardians: [guardian("Lin Chen", "lin@home.test", "zh")],
    }),
    student("S6", "Sam", "Nguyễn", {
      advisorEmail: BO,
      grade: "8",
      guardians: [guardian("Mai Nguyễn", "mai@home.test", "vi")],
    }),
  ],
  staff: [
    { email: ADA, name: "Ada Lund", roles: ["advisor"] },
    { email: BO, name: "Bo Park", roles: ["advisor"] },
    { email: COORDINATOR, name: "Cy Ruiz", roles: ["coordinator"] },
  ],
  classes: [],
};

/** An open slot of `host` at `start` (ISO), its ID as publishing would give it. */
export function slot(start: string, overrides: Partial<Slot> = {}): Slot {
  const hostEmail = overrides.hostEmail ?? ADA;
  return {
    id: slotIdOf(hostEmail, start),
    round: ROUND,
    kind: "conference",
    hostEmail,
    start,
    minutes: 15,
    location: "Room 12",
    studentId: "",
    bookedBy: "",
    bookedAt: "",
    status: "open",
    calendarEventId: "",
    remindedAt: "",
    ...overrides,
  };
}

/** `slot` booked by a student. */
export function bookedSlot(start: string, studentId: string, overrides: Partial<Slot> = {}): Slot {
  return slot(start, {
    studentId,
    bookedBy: "mai@home.test",
    bookedAt: "2026-11-19T12:00:00.000Z",
    status: "booked",
    calendarEventId: `old${studentId.toLowerCase()}`,
    ...overrides,
  });
}

/** ISO instant `minutes` after `iso`. */
export function plus(iso: string, minutes: number): string {
  return new Date(Date.parse(iso) + minutes * 60_000).toISOString();
}

export const maiLink: FamilyTokenPayload = {
  id: "tok-mai",
  guardianEmail: "mai@home.test",
  studentIds: ["S1", "S2"],
  round: ROUND,
  language: "vi",
  expires: Date.parse("2026-12-31T00:00:00Z") / 1000,
};

export function staffContext(
  slots: readonly Slot[],
  extra: Partial<BookingContext> = {},
): BookingContext {
  return {
    slots,
    log: [],
    roster,
    now: NOW,
    actor: ADA,
    family: null,
    maxChangesPerLink: 5,
    timeZone: TZ,
    ...extra,
  };
}

export function familyContext(
  slots: readonly Slot[],
  extra: Partial<BookingContext> = {},
): BookingContext {
  return staffContext(slots, { actor: "", family: maiLink, ...extra });
}
