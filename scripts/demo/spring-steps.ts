/*
 * The demo's spring round after it opens: its docs are made (each carrying the student's fall
 * plan forward and linking the fall doc), the students who planned in the fall write what
 * happened with their goal, teachers write spring comments that the advisors pull into the
 * spring docs only, and the coordinator reads the spring round's Status beside the fall's.
 */
import { SECTIONS } from "../../src/domain/conference-docs/template";
import { pullAdvisees } from "./advisor-steps";
import { commentFor } from "./comment-texts";
import { saveEveryComment } from "./comments-step";
import type { DemoContext } from "./context";
import { batchUpdate, type DocResource, getDocument, sectionRanges } from "./docs-rest";
import { makeRoundDocs } from "./docs-step";
import { preparingStudents } from "./prepare-step";
import type { StepRecorder } from "./record";
import { hubStudents } from "./school-tabs";
import { requireHub } from "./setup-steps";
import { writingFor } from "./student-writing";

const LOOKING_BACK = [
  "I met it in January, and kept the habit going.",
  "I got halfway there; I need the help session more often.",
  "I kept at it until the winter break, then stopped; this time I will ask for a reminder.",
];

function sectionText(doc: DocResource, section: string): string {
  const { start, end } = sectionRanges(doc, section);
  let text = "";
  for (const element of doc.body.content) {
    let from = element.startIndex ?? 0;
    for (const run of element.paragraph?.elements ?? []) {
      const content = run.textRun?.content ?? "";
      text += content.slice(Math.max(0, start - from), Math.max(0, end - from));
      from += content.length;
    }
  }
  return text;
}

export const SPRING_COMMENT_PREFIX = "Since the fall: ";

export function enterSpringComments(context: DemoContext, step: StepRecorder): void {
  const counts = saveEveryComment(
    context,
    step,
    (c, studentId, name) =>
      `${SPRING_COMMENT_PREFIX}${commentFor(c.course, c.id, studentId, name)}`,
  );
  context.spring = { ...context.spring, comments: counts.saved };
}

/** The advisors pull the spring round's comments into the spring docs. */
export function pullSpringComments(context: DemoContext, step: StepRecorder): void {
  context.spring = { ...context.spring, pulled: pullAdvisees(context, step) };
}

export function createSpringDocs(context: DemoContext, step: StepRecorder): void {
  context.spring = { ...context.spring, docs: makeRoundDocs(context, step) };
}

/** The students who planned in the fall find their goal in the spring doc and say what happened. */
export function studentsLookBack(context: DemoContext, step: StepRecorder): void {
  const fall = context.rounds?.[0] ?? context.roster.term;
  const planned = new Set(preparingStudents(hubStudents(context, fall)).map((s) => s.id));
  const students = preparingStudents(hubStudents(context)).filter((s) => planned.has(s.id));
  let carried = 0;
  students.forEach((student, n) => {
    step.byHand({ fn: "Docs editor", as: student.email, kind: "editor" }, (exec) => {
      const doc = getDocument(exec, student.docId);
      const lookingBack = sectionText(doc, SECTIONS.lastTime);
      if (!lookingBack.includes(writingFor(n).goal)) {
        throw new Error(
          `${student.name}'s spring doc does not carry their fall goal; it reads: ${lookingBack}`,
        );
      }
      carried++;
      const index = sectionRanges(doc, SECTIONS.lastTime).end - 1;
      const text = LOOKING_BACK[n % LOOKING_BACK.length]!;
      batchUpdate(exec, student.docId, [{ insertText: { location: { index }, text } }]);
    });
  });
  context.spring = { ...context.spring, carried, lookedBack: students.length };
}

interface ComparedRow {
  readonly docCreated: boolean;
  readonly compared?: { readonly planWritten: boolean };
}

export function compareRounds(context: DemoContext, step: StepRecorder): void {
  const fall = context.rounds?.[0] ?? context.roster.term;
  const view = step.run({
    fn: "getStatus",
    args: [{ compareWith: fall }],
    as: context.roster.coordinator.email,
    kind: "sidebar",
    containerId: requireHub(context),
  }).value as { round: string; compareWith: string; rows: readonly ComparedRow[] };
  if (view.compareWith !== fall) {
    throw new Error(`Status compared ${view.round} with “${view.compareWith}”, not ${fall}.`);
  }
  context.spring = {
    ...context.spring,
    compared: view.rows.filter((row) => row.docCreated && row.compared?.planWritten).length,
  };
}
