/*
 * The family sign-up page: a web-app page that needs no Google sign-in (the sign-up deployment
 * lets anyone in and runs as the hub owner). Everything it may do is bounded by the signed link
 * it was opened with: see that family's students' free slots, book, move or cancel their own.
 */

import { rosterIndex } from "../../domain/roster/roster-index";
import {
  type BookingContext,
  type BookingDecision,
  decideBook,
  decideCancelBooking,
} from "../../domain/schedule/booking";
import { BookingRefusedError, TokenError } from "../../domain/schedule/errors";
import { decodeFamilyToken } from "../../domain/schedule/family-token";
import { familyView } from "../../domain/schedule/family-view";
import type { BookingLogEntry, FamilyTokenPayload, Slot } from "../../domain/schedule/model";
import { describeSlotTime, isTimeZoneName } from "../../domain/schedule/zoned-time";
import { readBookingLog } from "../../workspace/schedule-store";
import { linkSigner } from "../../workspace/signup-secret";
import { translateAll } from "../../workspace/translation";
import { BusyError } from "../hub/script-lock";
import { followThrough } from "./follow-through";
import {
  commitDecision,
  currentSlots,
  loadScheduleContext,
  MAX_CHANGES_PER_LINK,
  type ScheduleContext,
} from "./writer";

const STRINGS = {
  title: "Book a conference",
  intro: "Choose a time for your child's conference.",
  with: "With",
  booked: "Booked",
  notBooked: "Not booked yet",
  book: "Book this time",
  move: "Move to this time",
  cancel: "Cancel this booking",
  confirmCancel: "Cancel this booking? The time will be offered to other families.",
  noSlots: "There are no free times left. Please contact the advisor.",
  timesIn: "Times are shown in this time zone:",
  doneBooked:
    "Your conference is booked. You will find it in your calendar invitation if you gave the school your email.",
  doneMoved: "Your conference has been moved.",
  doneCancelled: "Your booking is cancelled.",
  failed: "That did not work:",
  tryAgain: "Try again",
  keep: "Keep this booking",
  noChangesLeft:
    "This link can make no more changes for this round: a family may book, move or cancel only so many times.",
  contactToChange:
    "To book, move or cancel now, please contact your child's advisor or the school:",
  oneChangeLeft:
    "This link can make one more change for this round: a booking, a move or a cancellation.",
  busy: "Many families are booking right now. Nothing was booked; please try again in a moment.",
} as const;

export type FamilyStrings = Record<keyof typeof STRINGS, string>;

export interface FamilySlotView {
  readonly slotId: string;
  readonly start: string;
  readonly when: string;
  readonly location: string;
}

export interface FamilyPage {
  readonly language: string;
  readonly timeZone: string;
  readonly schoolName: string;
  readonly round: string;
  readonly strings: FamilyStrings;
  /** Bookings, moves and cancellations the link may still make in the round. */
  readonly changesLeft: number;
  readonly students: readonly {
    id: string;
    name: string;
    advisorName: string;
    advisorEmail: string;
    booking: FamilySlotView | null;
    slots: readonly FamilySlotView[];
  }[];
  readonly message: string;
}

function stringsIn(language: string): FamilyStrings {
  const keys = Object.keys(STRINGS) as (keyof typeof STRINGS)[];
  if (language === "en" || language.startsWith("en-")) return { ...STRINGS };
  const { texts } = translateAll(
    keys.map((key) => ({ text: STRINGS[key], from: "en", to: language })),
  );
  return Object.fromEntries(keys.map((key, i) => [key, texts[i]!])) as FamilyStrings;
}

function verified(token: unknown): FamilyTokenPayload {
  if (typeof token !== "string")
    throw new TokenError("malformed", "This sign-up link is not complete.");
  return decodeFamilyToken(token, linkSigner(), Math.floor(Date.now() / 1000));
}

function zoneOf(asked: unknown, context: ScheduleContext): string {
  return typeof asked === "string" && isTimeZoneName(asked) ? asked : context.settings.timeZone;
}

function pageOf(
  context: ScheduleContext,
  family: FamilyTokenPayload,
  slots: readonly Slot[],
  log: readonly BookingLogEntry[],
  timeZone: string,
  message: string,
  strings: FamilyStrings,
): FamilyPage {
  const view = familyView(family, context.roster, slots, context.now, {
    log,
    maxChangesPerLink: MAX_CHANGES_PER_LINK,
  });
  const locale = family.language || context.settings.defaultLanguage;
  const shown = (slot: { slotId: string; start: string; minutes: number; location: string }) => ({
    slotId: slot.slotId,
    start: slot.start,
    when: describeSlotTime(slot.start, slot.minutes, timeZone, locale),
    location: slot.location,
  });
  const { staffByEmail } = rosterIndex(context.roster);
  const nameOf = (email: string) => staffByEmail.get(email)?.name ?? email;
  return {
    language: locale,
    timeZone,
    schoolName: context.settings.schoolName,
    round: view.round,
    strings,
    changesLeft: view.changesLeft,
    students: view.students.map((student) => ({
      id: student.id,
      name: student.name,
      advisorName: nameOf(student.advisorEmail),
      advisorEmail: student.advisorEmail,
      booking: student.booking ? shown(student.booking) : null,
      slots: student.slots.map(shown),
    })),
    message,
  };
}

function refusedInFamilyWords(error: unknown, language: string): never {
  if (error instanceof BusyError) throw new Error(stringsIn(language).busy);
  if (error instanceof BookingRefusedError || error instanceof TokenError) {
    if (language === "en") throw error;
    const [translated] = translateAll([{ text: error.message, from: "en", to: language }]).texts;
    throw new Error(translated ?? error.message);
  }
  throw error;
}

export function getFamilySignup(token: unknown, timeZone: unknown): FamilyPage {
  const family = verified(token);
  const context = loadScheduleContext();
  const slots = currentSlots(context.hub);
  const log = readBookingLog(context.hub);
  const zone = zoneOf(timeZone, context);
  return pageOf(context, family, slots, log, zone, "", stringsIn(family.language));
}

type FamilyDecision = (
  request: { studentId: string; slotId: string },
  ctx: BookingContext,
) => BookingDecision;

/** Books or cancels for one of the link's students, then answers the page as it now stands. */
function change(
  input: { token: unknown; studentId: unknown; slotId: unknown; timeZone: unknown },
  decide: FamilyDecision,
  done: (moved: boolean, strings: FamilyStrings) => string,
): FamilyPage {
  const family = verified(input.token);
  const context = loadScheduleContext();
  const request = { studentId: String(input.studentId ?? ""), slotId: String(input.slotId ?? "") };
  try {
    const committed = commitDecision(context, `family:${family.id}`, family, (ctx) =>
      decide(request, ctx),
    );
    followThrough(context, committed);
    const strings = stringsIn(family.language);
    const moved = committed.notices.some((n) => n.kind === "moved");
    const zone = zoneOf(input.timeZone, context);
    const log = committed.log ?? [];
    return pageOf(context, family, committed.slots, log, zone, done(moved, strings), strings);
  } catch (error) {
    refusedInFamilyWords(error, family.language);
  }
}

export function bookFamilySlot(
  token: unknown,
  studentId: unknown,
  slotId: unknown,
  timeZone: unknown,
): FamilyPage {
  return change({ token, studentId, slotId, timeZone }, decideBook, (moved, strings) =>
    moved ? strings.doneMoved : strings.doneBooked,
  );
}

export function cancelFamilyBooking(
  token: unknown,
  studentId: unknown,
  slotId: unknown,
  timeZone: unknown,
): FamilyPage {
  return change(
    { token, studentId, slotId, timeZone },
    decideCancelBooking,
    (_moved, strings) => strings.doneCancelled,
  );
}

/** The page itself, with the link's token in it, for doGet. */
export function familySignupPage(token: string): GoogleAppsScript.HTML.HtmlOutput {
  const template = HtmlService.createTemplateFromFile("family");
  template.signupToken = token;
  return template
    .evaluate()
    .setTitle("Conference sign-up")
    .addMetaTag("viewport", "width=device-width, initial-scale=1");
}
