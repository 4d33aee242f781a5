/*
 * What the plan page shows of a cycle: its plan, each conference (day, time, student, class,
 * status, objective, whether the student is told), those not placed and why, and the extra
 * requests. The teacher's notes are not in it: only the day's table shows them, to the host.
 */
import { keyOf, NO_KEEP, type StoredCycle } from "../../domain/classroom-cycle/cycle-rows";
import { describeExtraRequest } from "../../domain/classroom-cycle/extra-requests";
import type { CyclePlan, CycleSchedule } from "../../domain/classroom-cycle/model";
import { untoldKeys } from "../../domain/classroom-cycle/telling";

export interface CycleRowView {
  readonly key: string;
  readonly studentId: string;
  readonly studentName: string;
  readonly classId: string;
  readonly day: string;
  readonly start: string;
  readonly end: string;
  readonly status: "planned" | "held" | "no-show";
  readonly extra: boolean;
  readonly objective: string;
  readonly told: boolean;
}

export interface CycleView {
  readonly round: string;
  readonly saved: boolean;
  readonly plan: CyclePlan;
  readonly cancelledDays: readonly string[];
  readonly conferences: readonly CycleRowView[];
  readonly unplaced: readonly {
    studentId: string;
    studentName: string;
    classId: string;
    reason: string;
  }[];
  readonly requests: readonly {
    studentId: string;
    studentName: string;
    state: string;
    text: string;
  }[];
  readonly told: number;
  readonly problems: readonly string[];
}

export function scheduleRows(
  schedule: CycleSchedule,
  stored: Pick<StoredCycle, "keep"> | undefined,
): CycleRowView[] {
  const keep = stored?.keep ?? new Map();
  const waiting = untoldKeys(schedule, keep);
  return schedule.assignments.map((a) => {
    const kept = keep.get(keyOf(a)) ?? NO_KEEP;
    return {
      key: keyOf(a),
      studentId: a.studentId,
      studentName: a.studentName,
      classId: a.classId,
      day: a.day,
      start: a.start,
      end: a.end,
      status: a.status === "held" ? "held" : kept.missed === a.day ? "no-show" : "planned",
      extra: a.extra,
      objective: a.objective ?? "",
      told: stored !== undefined && !waiting.has(keyOf(a)),
    };
  });
}

export function cycleViewOf(
  round: string,
  schedule: CycleSchedule,
  stored: StoredCycle | undefined,
  done: { told: number; problems: readonly string[] } = { told: 0, problems: [] },
): CycleView {
  return {
    round,
    saved: stored !== undefined,
    plan: schedule.plan,
    cancelledDays: schedule.cancelledDays,
    conferences: scheduleRows(schedule, stored),
    unplaced: schedule.unplaced.map((u) => ({ ...u })),
    requests: (stored?.requests ?? []).map((r) => ({
      studentId: r.studentId,
      studentName: r.studentName,
      state: r.state,
      text: describeExtraRequest(r),
    })),
    told: done.told,
    problems: done.problems,
  };
}
