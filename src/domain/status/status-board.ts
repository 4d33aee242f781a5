/*
 * The Status view's picture: per advisory and per grade, how many students have reached each
 * stage (prepared, comments pulled, held, plan written, guardian update drafted), with the
 * students behind each count so a bar can open its list.
 */

export const STAGES = ["prepared", "pulled", "held", "planned", "updated"] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_LABELS: Readonly<Record<Stage, string>> = {
  prepared: "Prepared",
  pulled: "Comments pulled",
  held: "Held",
  planned: "Plan written",
  updated: "Guardian update",
};

export interface BoardStudent {
  readonly studentId: string;
  readonly student: string;
  readonly grade: string;
  readonly advisor: string;
  readonly prepared: boolean;
  readonly commentsPulled: string;
  readonly held: boolean;
  readonly planWritten: boolean;
  readonly guardianUpdateDrafted: boolean;
}

export interface BoardBar {
  readonly stage: Stage;
  /** The students who have reached this stage, by ID. */
  readonly done: readonly string[];
}

export interface BoardGroup {
  readonly label: string;
  readonly total: number;
  /** The group's students by ID, in the order given. */
  readonly members: readonly string[];
  readonly bars: readonly BoardBar[];
}

export interface StatusBoard {
  readonly byAdvisory: readonly BoardGroup[];
  readonly byGrade: readonly BoardGroup[];
}

export function reached(student: BoardStudent, stage: Stage): boolean {
  switch (stage) {
    case "prepared":
      return student.prepared;
    case "pulled":
      return student.commentsPulled !== "";
    case "held":
      return student.held;
    case "planned":
      return student.planWritten;
    case "updated":
      return student.guardianUpdateDrafted;
  }
}

function groupsBy(
  students: readonly BoardStudent[],
  labelOf: (student: BoardStudent) => string,
): BoardGroup[] {
  const groups = new Map<string, BoardStudent[]>();
  for (const student of students) {
    const label = labelOf(student);
    groups.set(label, [...(groups.get(label) ?? []), student]);
  }
  return [...groups].map(([label, members]) => ({
    label,
    total: members.length,
    members: members.map((m) => m.studentId),
    bars: STAGES.map((stage) => ({
      stage,
      done: members.filter((m) => reached(m, stage)).map((m) => m.studentId),
    })),
  }));
}

/** The advisories are ordered by name, the grades by number; students keep their given order. */
export function statusBoard(students: readonly BoardStudent[]): StatusBoard {
  const byLabel = (a: BoardGroup, b: BoardGroup) =>
    a.label.localeCompare(b.label, "en", { numeric: true });
  return {
    byAdvisory: groupsBy(students, (s) => s.advisor || "No advisor").sort(byLabel),
    byGrade: groupsBy(students, (s) => `Grade ${s.grade}`).sort(byLabel),
  };
}
