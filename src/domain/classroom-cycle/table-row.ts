/*
 * One row of the day's conference table: the student's place and status, and from their doc the
 * purpose they ticked, their questions and artifacts; the teacher's notes and plan line beside.
 */
import type { ArtifactRow, ConferenceSections } from "../my-conference/view";
import { type CycleRowKeep, keyOf } from "./cycle-rows";
import type { Assignment } from "./model";

export interface TableRow {
  readonly key: string;
  readonly studentId: string;
  readonly studentName: string;
  readonly classId: string;
  readonly start: string;
  readonly end: string;
  readonly status: "planned" | "held" | "no-show";
  readonly objective: string;
  readonly purpose: string;
  readonly questions: readonly string[];
  readonly artifacts: readonly ArtifactRow[];
  /** The teacher's own notes; "" for anyone else. */
  readonly notes: string;
  readonly planLine: string;
  readonly docUrl: string;
  /** Why the doc could not be read, or "". */
  readonly docProblem: string;
}

/** The purposes the student ticked, "Something else" with what they wrote after it. */
export function purposeOf(sections: ConferenceSections | undefined): string {
  if (!sections) return "";
  return sections.purposes
    .filter((p) => p.ticked)
    .map((p) =>
      p.label.startsWith("Something else") && sections.somethingElse
        ? `Something else: ${sections.somethingElse}`
        : p.label,
    )
    .join("; ");
}

export function tableRowOf(
  a: Assignment,
  keep: CycleRowKeep,
  doc: { sections?: ConferenceSections; url: string; problem: string },
  showNotes: boolean,
): TableRow {
  return {
    key: keyOf(a),
    studentId: a.studentId,
    studentName: a.studentName,
    classId: a.classId,
    start: a.start,
    end: a.end,
    status: a.status === "held" ? "held" : keep.missed === a.day ? "no-show" : "planned",
    objective: a.objective ?? "",
    purpose: purposeOf(doc.sections),
    questions: doc.sections?.questions ?? [],
    artifacts: doc.sections?.artifacts ?? [],
    notes: showNotes ? keep.notes : "",
    planLine: keep.planLine,
    docUrl: doc.url,
    docProblem: doc.problem,
  };
}
