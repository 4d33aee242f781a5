/*
 * The hourly trigger's part of the classroom cycles: a student not told of a change (the Docs
 * API's writes were spent, Calendar was busy) is told now, so nobody's conference moves or goes
 * without their knowing. One read of the two cycle tabs finds whether anyone waits; only then is
 * the hub loaded and each such round told, as its teacher's own change would.
 */
import { storedCycleOf } from "../../domain/classroom-cycle/cycle-rows";
import { untoldKeys } from "../../domain/classroom-cycle/telling";
import { personOf } from "../../domain/roles";
import { readCycleTabs } from "../../workspace/classroom-cycle-store";
import { openHub } from "../../workspace/hub-store";
import { loadHubContext } from "../hub/context";
import { classroomRoundNamed } from "./access";
import { tellAbout } from "./change";

export interface ClassroomTellRun {
  readonly rounds: number;
  readonly told: number;
  readonly problems: readonly string[];
}

function waitingRounds(tabs: ReturnType<typeof readCycleTabs>): string[] {
  const names = [...new Set(tabs.plans.map((row) => String(row[0] ?? "").trim()))];
  return names.filter((name) => {
    const stored = name === "" ? undefined : storedCycleOf(name, tabs.plans, tabs.rows);
    return stored !== undefined && untoldKeys(stored.schedule, stored.keep).size > 0;
  });
}

export function tellWaitingClassroomStudents(): ClassroomTellRun | null {
  const tabs = readCycleTabs(openHub());
  const waiting = waitingRounds(tabs);
  if (waiting.length === 0) return null;
  const context = loadHubContext();
  const person = personOf(context.owner, context.roster, context.owner);
  let told = 0;
  const problems: string[] = [];
  for (const name of waiting) {
    const round = classroomRoundNamed(context, name);
    const stored = storedCycleOf(round.name, tabs.plans, tabs.rows)!;
    const done = tellAbout({ context, person, round }, stored);
    told += done.told;
    problems.push(...done.problems);
  }
  return { rounds: waiting.length, told, problems };
}
