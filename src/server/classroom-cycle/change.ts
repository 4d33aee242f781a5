/*
 * Every change to a classroom cycle reads as load, decide, write, tell, stamp: under the script
 * lock the round's rows are read, the domain decides the new schedule and the rows are written;
 * outside it the students whose place differs from what they were told are told in one round;
 * then, under the lock again, each one told is stamped Told, unless their place changed meanwhile
 * (the next change tells them). A re-run finds everyone told and tells no one twice.
 */
import {
  type CycleRowKeep,
  cycleRows,
  keepFor,
  keyOf,
  NO_KEEP,
  planRow,
  type StoredCycle,
  storedCycleOf,
} from "../../domain/classroom-cycle/cycle-rows";
import { ClassroomRefusedError } from "../../domain/classroom-cycle/errors";
import type { Moment } from "../../domain/classroom-cycle/model";
import { tellsFor, toldTarget } from "../../domain/classroom-cycle/telling";
import { readCycleTabs, writeCycleTabs } from "../../workspace/classroom-cycle-store";
import { withScriptLock } from "../hub/script-lock";
import type { CycleCaller } from "./access";
import { tellStudents } from "./tell";

export function nowOf(timeZone: string): Moment {
  const now = new Date();
  return {
    day: Utilities.formatDate(now, timeZone, "yyyy-MM-dd"),
    time: Utilities.formatDate(now, timeZone, "HH:mm"),
  };
}

export interface ChangeDone {
  readonly stored: StoredCycle;
  /** How many students were told just now, in their doc and on their calendar. */
  readonly told: number;
  readonly problems: readonly string[];
}

/** The round's saved cycle, read once; undefined before its first save. */
export function loadCycle({ context, round }: CycleCaller): StoredCycle | undefined {
  const read = readCycleTabs(context.hub);
  return storedCycleOf(round.name, read.plans, read.rows);
}

export function savedCycleOf(stored: StoredCycle | undefined, roundName: string): StoredCycle {
  if (stored) return stored;
  throw new ClassroomRefusedError(
    `“${roundName}” has no saved cycle yet: plan it and choose Save and tell first.`,
  );
}

interface Written {
  readonly stored: StoredCycle;
  /** The keep of conferences the change took out altogether, to cancel their events. */
  readonly dropped: ReadonlyMap<string, CycleRowKeep>;
}

function write(
  caller: CycleCaller,
  decide: (stored: StoredCycle | undefined) => StoredCycle,
): Written {
  const { context, round } = caller;
  return withScriptLock(() => {
    const read = readCycleTabs(context.hub);
    const next = decide(storedCycleOf(round.name, read.plans, read.rows));
    const keep = keepFor(next, next.schedule);
    const dropped = new Map([...next.keep].filter(([key]) => !keep.has(key)));
    const stored = { ...next, keep };
    writeCycleTabs(context.hub, read, round.name, planRow(stored), cycleRows(stored));
    return { stored, dropped };
  });
}

function stamp(caller: CycleCaller, told: ReadonlyMap<string, string>, at: string): StoredCycle {
  const { context, round } = caller;
  return withScriptLock(() => {
    const read = readCycleTabs(context.hub);
    const stored = savedCycleOf(storedCycleOf(round.name, read.plans, read.rows), round.name);
    const keep = new Map(stored.keep);
    for (const entry of [...stored.schedule.assignments, ...stored.schedule.unplaced]) {
      const key = keyOf(entry);
      const kept = keep.get(key) ?? NO_KEEP;
      const target = told.get(key);
      if (target === undefined || target !== toldTarget(entry, kept.told)) continue;
      keep.set(key, { ...kept, told: target, toldAt: at });
    }
    const next = { ...stored, keep };
    writeCycleTabs(context.hub, read, round.name, planRow(next), cycleRows(next));
    return next;
  });
}

/** Decides and writes a change, then tells the students it affects. */
export function changeCycle(
  caller: CycleCaller,
  decide: (stored: StoredCycle | undefined) => StoredCycle,
): ChangeDone {
  const { stored, dropped } = write(caller, decide);
  return tellAbout(caller, stored, dropped);
}

/** Tells whoever of the cycle is not yet told what stands, and stamps them. */
export function tellAbout(
  caller: CycleCaller,
  stored: StoredCycle,
  dropped: ReadonlyMap<string, CycleRowKeep> = new Map(),
): ChangeDone {
  const locale = caller.context.settings.defaultLanguage;
  const tells = tellsFor(stored.schedule, stored.keep, locale, dropped);
  const telling = tellStudents(caller, tells, stored.keep);
  const done = tells.filter((t) => telling.told.includes(t.studentId));
  if (done.length === 0) return { stored, told: 0, problems: telling.problems };
  const told = new Map(done.flatMap((t) => t.told.map((k) => [k.key, k.told] as const)));
  const after = stamp(caller, told, new Date().toISOString());
  return { stored: after, told: done.length, problems: telling.problems };
}
