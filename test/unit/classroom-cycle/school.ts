/* Two classes of 28 for the classroom cycle's tests, with a plan of 10-minute conferences, 5 a day. */
import type { CyclePlan, CycleStudent, Moment } from "../../../src/domain/classroom-cycle/model";

export const DAYS = [
  "2026-12-07",
  "2026-12-08",
  "2026-12-09",
  "2026-12-10",
  "2026-12-11",
  "2026-12-14",
  "2026-12-15",
  "2026-12-16",
];
export const PLAN: CyclePlan = {
  days: DAYS,
  periods: [
    { classId: "7A", start: "10:05", end: "10:55" },
    { classId: "7B", start: "13:00", end: "13:50" },
  ],
  perDay: 5,
  minutes: 10,
};

const FAMILIES =
  "Abbott Baker Chen Diaz Evans Fox Garcia Hill Ito Jones Khan Lee Moore Ng Ortiz Park Quinn Ruiz Singh Tran Umar Vega Wong Xu Young Zhou Adler Brown".split(
    " ",
  );

export function classOf(classId: string, count = 28): CycleStudent[] {
  return FAMILIES.slice(0, count).map((family, i) => ({
    id: `${classId}-${String(i + 1).padStart(2, "0")}`,
    name: `${classId === "7A" ? "Ann" : "Ben"} ${family}`,
    classId,
    askedForHelp: false,
    order: family,
  }));
}

export const ANN: CycleStudent = {
  id: "7A-01",
  name: "Ann Abbott",
  classId: "7A",
  askedForHelp: false,
  order: "Abbott",
};

export const STUDENTS: CycleStudent[] = [...classOf("7A"), ...classOf("7B")];

/** The Friday before the cycle, in the morning. */
export const NOW: Moment = { day: "2026-12-04", time: "08:00" };
