/*
 * An advisor or coordinator publishes conference slots: load the schedule context, decide the
 * host, check the round against the hub's open rounds, plan the new slots, write them and their Booking Log lines under the lock, and make
 * sure the background trigger runs.
 */

import { readRoundRows } from "../../domain/rounds/rows";
import type { BookingLogEntry } from "../../domain/schedule/model";
import { parsePublishRequest, planSlots } from "../../domain/schedule/publish";
import { checkAgainstRounds } from "../../domain/schedule/publish-rounds";
import { checkAgainstSettings } from "../../domain/schedule/publish-settings";
import { skippedRuns } from "../../domain/schedule/skipped-runs";
import { hostFor, scheduleStaffOf } from "../../domain/schedule/staff-access";
import { describeSlotTime, isoMs } from "../../domain/schedule/zoned-time";
import { ensureBackgroundTrigger } from "../../workspace/background-trigger";
import { readRoundsTab } from "../../workspace/rounds-tab";
import { appendBookingLog, readSchedule, writeSlots } from "../../workspace/schedule-store";
import { withScriptLock } from "../hub/script-lock";
import { loadScheduleContext } from "./writer";

export interface PublishResult {
  readonly added: number;
  readonly unchanged: number;
  /** Runs of neighbouring times on one day skipped for one reason. */
  readonly skipped: readonly { when: string; count: number; reason: string }[];
  readonly first: string;
  readonly last: string;
}

export function publishSlotsFor(caller: string, input: unknown): PublishResult {
  const context = loadScheduleContext();
  const person = scheduleStaffOf(caller, context.roster, context.owner);
  const host = hostFor(
    person,
    (input as { hostEmail?: unknown } | null)?.hostEmail,
    context.roster,
  );
  const request = checkAgainstRounds(
    parsePublishRequest(input, host),
    readRoundRows(readRoundsTab(context.hub)).entries.map((entry) => entry.round),
  );
  checkAgainstSettings(request, context.settings);
  const zone = context.settings.timeZone;
  const result = withScriptLock(() => {
    const store = readSchedule(context.hub);
    const planned = planSlots(request, { timeZone: zone, now: context.now, existing: store.slots });
    writeSlots(
      store,
      planned.added.map((after) => ({ before: null, after })),
    );
    const log: BookingLogEntry[] = planned.added.map((slot) => ({
      time: context.now,
      actor: person.email,
      action: "publish",
      slotId: slot.id,
      studentId: "",
      detail: `${slot.round}: ${describeSlotTime(slot.start, slot.minutes, zone, "en")}`,
    }));
    appendBookingLog(context.hub, log);
    return planned;
  });
  ensureBackgroundTrigger();
  const starts = result.added.map((slot) => slot.start).sort();
  const when = (iso: string | undefined) => (iso ? describeSlotTime(iso, 0, zone, "en") : "");
  return {
    added: result.added.length,
    unchanged: result.unchanged,
    skipped: skippedRuns(result.skipped, zone).map((run) => ({
      when: describeSlotTime(run.first, (isoMs(run.last) - isoMs(run.first)) / 60_000, zone, "en"),
      count: run.count,
      reason: run.reason,
    })),
    first: when(starts[0]),
    last: when(starts[starts.length - 1]),
  };
}
