/*
 * The students a classroom round's cycle reaches: the active members of its classes, each once
 * (in the first of the round's classes that lists them), with their order by family name, and the
 * teacher's objective and "asked for help" marks from the plan form.
 */
import type { CycleStudent } from "../../domain/classroom-cycle/model";
import type { Roster } from "../../domain/roster/model";
import type { Round } from "../../domain/rounds/model";
import { studentName } from "../../domain/schedule/families";

export interface StudentMarks {
  /** One objective for every student, or one per student ID. */
  readonly objective?: string;
  readonly objectives?: Readonly<Record<string, string>>;
  readonly askedForHelp?: readonly string[];
}

const text = (value: unknown) => (typeof value === "string" ? value.trim() : "");

export function marksOf(form: unknown): StudentMarks {
  const source = (form ?? {}) as Record<string, unknown>;
  const objectives: Record<string, string> = {};
  const given = source.objectives;
  if (given !== null && typeof given === "object") {
    for (const [id, value] of Object.entries(given as Record<string, unknown>)) {
      if (text(value) !== "") objectives[id] = text(value);
    }
  }
  return {
    objective: text(source.objective),
    objectives,
    askedForHelp: Array.isArray(source.askedForHelp) ? source.askedForHelp.map(String) : [],
  };
}

export const MAX_OBJECTIVE = 200;

/** Objectives too long for a Conference line, each named. */
export function objectiveProblems(marks: StudentMarks): string[] {
  const all = [
    ["every student", marks.objective ?? ""],
    ...Object.entries(marks.objectives ?? {}).map(([id, text]) => [`student ${id}`, text]),
  ];
  return all
    .filter(([, text]) => text!.length > MAX_OBJECTIVE)
    .map(
      ([who, text]) =>
        `What we will work on (${who}) is ${text!.length} characters; keep it under ${MAX_OBJECTIVE}.`,
    );
}

export function cycleStudentsOf(
  roster: Roster,
  round: Round,
  marks: StudentMarks,
  asked: ReadonlySet<string> = new Set(),
): CycleStudent[] {
  const seen = new Set<string>();
  const byId = new Map(roster.students.filter((s) => s.active).map((s) => [s.id, s]));
  const students: CycleStudent[] = [];
  for (const classId of round.classIds) {
    const found = roster.classes.find((c) => c.id === classId);
    for (const id of found?.studentIds ?? []) {
      const student = byId.get(id);
      if (!student || seen.has(id)) continue;
      seen.add(id);
      const objective = marks.objectives?.[id] || marks.objective || "";
      students.push({
        id,
        name: studentName(student),
        classId,
        askedForHelp: asked.has(id) || (marks.askedForHelp ?? []).includes(id),
        order: `${student.familyName} ${student.givenName}`,
        ...(objective ? { objective } : {}),
      });
    }
  }
  return students;
}

export function classSizesOf(students: readonly CycleStudent[], round: Round) {
  const sizes: Record<string, number> = {};
  for (const classId of round.classIds) sizes[classId] = 0;
  for (const s of students) sizes[s.classId] = (sizes[s.classId] ?? 0) + 1;
  return sizes;
}
