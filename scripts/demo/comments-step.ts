/*
 * Teachers enter comments: each teacher saves a comment for every student of each of their
 * classes, one saveComments per class (through the web app, as the hub owner). The first
 * comment looks like a formula and is checked to be stored as the text typed.
 */
import { commentFor, formulaLookingComment } from "./comment-texts";
import type { DemoContext } from "./context";
import type { StepRecorder } from "./record";
import { type HubClass, hubClasses, hubStudents, storedComments } from "./school-tabs";

interface SaveResult {
  readonly results: readonly {
    studentId: string;
    outcome: string;
    reason?: string;
    comment?: { id: string };
  }[];
}

function save(step: StepRecorder, c: HubClass, entries: { studentId: string; text: string }[]) {
  const { results } = step.run({
    fn: "saveComments",
    args: [{ classId: c.id, teacherEmail: c.teacherEmail, entries }],
    as: c.teacherEmail,
    kind: "sidebar",
  }).value as SaveResult;
  const refused = results.filter((r) => r.outcome !== "saved");
  if (refused.length > 0) {
    const { studentId, outcome, reason } = refused[0]!;
    throw new Error(
      `${c.teacherEmail} could not save ${refused.length} comment(s) in ${c.id}: ` +
        `${studentId} ${outcome}${reason ? `: ${reason}` : ""}`,
    );
  }
  return results;
}

/** Every teacher saves a comment for every student of each class; returns how many, in how many classes. */
export function saveEveryComment(
  context: DemoContext,
  step: StepRecorder,
  textFor: (c: HubClass, studentId: string, name: string, first: boolean) => string,
): { saved: number; classes: number } {
  const students = new Map(hubStudents(context).map((s) => [s.id, s]));
  const nameOf = (id: string) => students.get(id)?.name || "This student";
  const classes = hubClasses(context).filter((c) => c.teacherEmail && c.studentIds.length > 0);
  let saved = 0;
  classes.forEach((c, n) => {
    const entries = c.studentIds.map((studentId, i) => ({
      studentId,
      text: textFor(c, studentId, nameOf(studentId), n === 0 && i === 0),
    }));
    const results = save(step, c, entries);
    saved += results.length;
    if (n > 0) return;
    const first = results[0]!;
    const grade = students.get(first.studentId)?.grade ?? "";
    const stored = storedComments(context, grade).get(first.comment?.id ?? "");
    if (stored !== entries[0]!.text) {
      throw new Error(`"${entries[0]!.text}" was stored as ${JSON.stringify(stored)}.`);
    }
  });
  return { saved, classes: classes.length };
}

export function enterComments(context: DemoContext, step: StepRecorder): void {
  context.comments = saveEveryComment(context, step, (c, studentId, name, first) =>
    first ? formulaLookingComment(name) : commentFor(c.course, c.id, studentId, name),
  );
}
