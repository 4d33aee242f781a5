/*
 * The schedule's one writer. It runs as the hub owner (the staff web app, the family sign-up
 * page, the daily trigger): read the Schedule tab (and the Booking Log when a family's link is
 * bounded) before the lock, take the script lock, bring that reading up to date, decide, write
 * the changed rows and append the log, release; then bring Calendar and people's mail up to
 * date outside the lock.
 */

import type {
  BookingContext,
  BookingDecision,
  Notice,
  SlotChange,
} from "../../domain/schedule/booking";
import { keepEventsOnMove } from "../../domain/schedule/event-body";
import { type Family, familiesOf, familyKeyOf } from "../../domain/schedule/families";
import { encodeFamilyToken } from "../../domain/schedule/family-token";
import { fromJournal, journalCells } from "../../domain/schedule/journal";
import type { BookingLogEntry, FamilyTokenPayload, Slot } from "../../domain/schedule/model";
import type { Settings } from "../../domain/settings/settings";
import type { Hub } from "../../workspace/hub-store";
import { appliedLogRow, markLogApplied } from "../../workspace/log-marks";
import {
  appendBookingLog,
  bookingLogLastRow,
  type LoggedCommit,
  readSchedule,
  writeSlots,
} from "../../workspace/schedule-store";
import { linkSigner } from "../../workspace/signup-secret";
import { type HubContext, loadOwnerContext } from "../hub/context";
import { withScriptLock } from "../hub/script-lock";
import { catchUpWithLog, readScheduleBeforeLock, scheduleUnderLock } from "./readings";

/** How many bookings, moves and cancellations one family link may make. */
export const MAX_CHANGES_PER_LINK = 12;

export interface ScheduleContext extends HubContext {
  readonly now: string;
}

export function loadScheduleContext(): ScheduleContext {
  return { ...loadOwnerContext(), now: new Date().toISOString() };
}

export interface Committed {
  readonly changes: readonly SlotChange[];
  readonly notices: readonly Notice[];
  readonly slots: readonly Slot[];
  /** The Booking Log rows of what is followed through, stamped Followed once it is done. */
  readonly logRows?: readonly { readonly first: number; readonly last: number }[];
  /** The Booking Log with this decision's entries, when a family's link needed it read. */
  readonly log?: readonly BookingLogEntry[];
}

function merged(slots: readonly Slot[], changes: readonly SlotChange[]): Slot[] {
  const byId = new Map(slots.map((slot) => [slot.id, slot]));
  for (const { after } of changes) byId.set(after.id, after);
  return [...byId.values()].sort(
    (a, b) => a.start.localeCompare(b.start) || a.hostEmail.localeCompare(b.hostEmail),
  );
}

/** Decides and writes under the script lock; nothing is written when the decision refuses. */
export function commitDecision(
  context: ScheduleContext,
  actor: string,
  family: FamilyTokenPayload | null,
  decide: (bookingContext: BookingContext) => BookingDecision,
): Committed {
  const early = readScheduleBeforeLock(context.hub, family !== null);
  let mark: number | undefined;
  return withScriptLock(
    () => {
      const { store, log, finished } = scheduleUnderLock(context.hub, early);
      const decision = decide({
        slots: store.slots,
        log,
        roster: context.roster,
        now: context.now,
        actor,
        family,
        maxChangesPerLink: MAX_CHANGES_PER_LINK,
        timeZone: context.settings.timeZone,
      });
      const changes = keepEventsOnMove(decision.changes);
      const cells = journalCells(decision.log, { changes, notices: decision.notices });
      const first = appendBookingLog(context.hub, decision.log, cells);
      writeSlots(store, changes);
      const last = first + decision.log.length - 1;
      if (decision.log.length > 0) mark = last;
      const slots = merged(store.slots, changes);
      const own = decision.log.length > 0 ? [{ first, last }] : [];
      const read = family ? { log: [...log, ...decision.log] } : {};
      if (!finished) return { changes, notices: decision.notices, slots, logRows: own, ...read };
      const unfinished = stillToFollow(finished, slots);
      return {
        changes: [...unfinished.changes, ...changes],
        notices: [...unfinished.notices, ...decision.notices],
        slots,
        logRows: [...unfinished.logRows!, ...own],
        ...read,
      };
    },
    () => {
      if (mark !== undefined) markLogApplied("schedule", mark);
    },
  );
}

/**
 * What a logged commit still needs done, against the slots as they stand now: each changed
 * slot's event made or cancelled as it is now, and only the notices of slots unchanged since.
 */
export function stillToFollow(commits: readonly LoggedCommit[], slots: readonly Slot[]): Committed {
  const now = new Map(slots.map((slot) => [slot.id, slot]));
  const { changes, notices } = fromJournal(commits.flatMap((c) => c.cells));
  const same = (a: Slot | undefined, b: Slot) => JSON.stringify(a) === JSON.stringify(b);
  return {
    changes: changes.flatMap(({ before, after }) => {
      const current = now.get(after.id);
      return current ? [{ before, after: current }] : [];
    }),
    notices: notices.filter((n) =>
      changes.some((c) => c.after.id === n.slotId && same(now.get(n.slotId), c.after)),
    ),
    slots,
    logRows: commits.map((c) => ({ first: c.first, last: c.last })),
  };
}

/**
 * The slots as the Booking Log says they stand: the Schedule tab, first caught up with the log
 * (under the lock) when a commit stopped after its log rows.
 */
export function currentSlots(hub: Hub): readonly Slot[] {
  const applied = appliedLogRow("schedule");
  if (applied === undefined || applied >= bookingLogLastRow(hub)) return readSchedule(hub).slots;
  return withScriptLock(() => catchUpWithLog(hub).store.slots);
}

export function signupUrlOf(settings: Settings, token: string): string {
  return settings.familySignupUrl === ""
    ? ""
    : `${settings.familySignupUrl}?signup=${encodeURIComponent(token)}`;
}

/** Mints sign-up links for families, valid for the Settings' number of days. */
export function familyLinkMaker(
  context: ScheduleContext,
  round: string,
): (family: Family) => { token: string; url: string } {
  const sign = linkSigner();
  const expires =
    Math.floor(Date.parse(context.now) / 1000) + context.settings.signupLinkDays * 86_400;
  return (family) => {
    const token = encodeFamilyToken(
      {
        id: sign(
          `family|${familyKeyOf(
            family,
            family.students.map((s) => s.id),
          )}`,
        ).slice(0, 16),
        guardianEmail: family.guardianEmail,
        studentIds: family.students.map((student) => student.id),
        round,
        language: family.language,
        expires,
      },
      sign,
    );
    return { token, url: signupUrlOf(context.settings, token) };
  };
}

/** The sign-up link (to book, change or cancel) to put in a notice to each student's family. */
export function linksForNotices(
  context: ScheduleContext,
  notices: readonly Notice[],
  slots: ReadonlyMap<string, Slot>,
): (studentId: string) => string {
  const wanted = notices;
  if (wanted.length === 0 || context.settings.familySignupUrl === "") return () => "";
  const families = familiesOf(context.roster);
  const makers = new Map<string, ReturnType<typeof familyLinkMaker>>();
  const links = new Map<string, string>();
  for (const notice of wanted) {
    const round = slots.get(notice.slotId)?.round ?? "";
    const family = families.find((f) => f.students.some((s) => s.id === notice.studentId));
    if (!family || links.has(notice.studentId)) continue;
    const make = makers.get(round) ?? familyLinkMaker(context, round);
    makers.set(round, make);
    links.set(notice.studentId, make(family).url);
  }
  return (studentId) => links.get(studentId) ?? "";
}

/** Sign-up links for these students' families, for the latest conference round, when there is a page. */
export function signupLinksFor(
  context: ScheduleContext,
  slots: readonly Slot[],
  studentIds: readonly string[],
): (studentId: string) => string {
  const round = [...slots]
    .filter((slot) => slot.kind === "conference")
    .sort((a, b) => a.start.localeCompare(b.start))
    .at(-1)?.round;
  if (round === undefined || context.settings.familySignupUrl === "" || studentIds.length === 0)
    return () => "";
  const families = familiesOf(context.roster);
  const make = familyLinkMaker(context, round);
  const links = new Map<string, string>();
  for (const id of studentIds) {
    const family = families.find((f) => f.students.some((s) => s.id === id));
    if (family) links.set(id, make(family).url);
  }
  return (studentId) => links.get(studentId) ?? "";
}
