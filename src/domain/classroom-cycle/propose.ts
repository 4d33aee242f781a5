/*
 * Proposing the cycle's schedule: each class's students, those who asked for help first and the
 * others in their stable order, fill the class's period day by day, the day's count at a time, at
 * consecutive times from the period's start. The same plan and students give the same schedule.
 */
import { addMinutes } from "./clock";
import { ClassroomRefusedError } from "./errors";
import type { Assignment, CyclePlan, CycleSchedule, CycleStudent, Unplaced } from "./model";
import { byPlace } from "./places";

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Helpers first, then by order (case and accents aside), name and id, so ties never depend on input order. */
export function inCycleOrder(a: CycleStudent, b: CycleStudent): number {
  return (
    Number(b.askedForHelp) - Number(a.askedForHelp) ||
    a.order.localeCompare(b.order, "en", { sensitivity: "base" }) ||
    compare(a.order, b.order) ||
    compare(a.name, b.name) ||
    compare(a.id, b.id)
  );
}

function checkStudents(plan: CyclePlan, students: readonly CycleStudent[]): void {
  const seen = new Set<string>();
  for (const student of students) {
    if (seen.has(student.id)) {
      throw new ClassroomRefusedError(
        `Student ${student.id} (${student.name}) is listed twice, so no schedule was proposed.`,
      );
    }
    seen.add(student.id);
    if (!plan.periods.some((p) => p.classId === student.classId)) {
      throw new ClassroomRefusedError(
        `${student.name}'s class ${student.classId} has no period in the plan, so no schedule was proposed.`,
      );
    }
  }
}

export function proposeCycle(plan: CyclePlan, students: readonly CycleStudent[]): CycleSchedule {
  checkStudents(plan, students);
  const days = [...plan.days].sort();
  const assignments: Assignment[] = [];
  const unplaced: Unplaced[] = [];
  for (const period of plan.periods) {
    const ofClass = students.filter((s) => s.classId === period.classId).sort(inCycleOrder);
    ofClass.forEach((student, index) => {
      const day = days[Math.floor(index / plan.perDay)];
      const base = { studentId: student.id, studentName: student.name, classId: student.classId };
      if (day === undefined) {
        const held = days.length * plan.perDay;
        unplaced.push({
          ...base,
          reason: `the plan's ${days.length} days hold ${held} of ${period.classId}'s ${ofClass.length} students`,
        });
        return;
      }
      const start = addMinutes(period.start, (index % plan.perDay) * plan.minutes);
      assignments.push({
        ...base,
        day,
        start,
        end: addMinutes(start, plan.minutes),
        status: "planned",
        extra: false,
        ...(student.objective ? { objective: student.objective } : {}),
      });
    });
  }
  return { plan, assignments: assignments.sort(byPlace), unplaced, cancelledDays: [] };
}
