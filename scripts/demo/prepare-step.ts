/*
 * Students prepare: a few students of each advisory open their own conference doc and, through
 * the Docs REST API as themselves, tick a purpose, write a question and an artifact row, and
 * write their Post-Conference Plan (goal in their own words, next steps, teachers' support).
 */
import { SECTIONS } from "../../src/domain/conference-docs/template";
import type { DemoContext } from "./context";
import { batchUpdate, type DocResource, getDocument, sectionRanges } from "./docs-rest";
import type { StepRecorder } from "./record";
import { type HubStudent, hubStudents } from "./school-tabs";
import { type StudentWriting, writingFor } from "./student-writing";

export const PREPARED_PER_ADVISORY = 5;

function artifactCells(doc: DocResource): number[] {
  const { start, end } = sectionRanges(doc, SECTIONS.artifacts);
  const table = doc.body.content.find(
    (e) => e.table && (e.startIndex ?? -1) >= start && (e.startIndex ?? -1) < end,
  )?.table;
  const row = table?.tableRows[1];
  if (!row) throw new Error("The doc's artifacts table has no row to fill.");
  return row.tableCells.map((cell) => cell.content[0]?.startIndex ?? 0);
}

function edits(doc: DocResource, writing: StudentWriting): unknown[] {
  const endOf = (section: string) => sectionRanges(doc, section).end - 1;
  const inserts = [
    { index: endOf(SECTIONS.questions), text: writing.question },
    ...artifactCells(doc).map((index, i) => ({ index, text: writing.artifact[i] ?? "" })),
    { index: endOf(SECTIONS.plan), text: writing.goal },
    { index: endOf(SECTIONS.nextSteps), text: writing.nextSteps.join("\n") },
    { index: endOf(SECTIONS.teacherSupport), text: writing.teacherSupport },
  ];
  return [
    ...inserts
      .filter((insert) => insert.text !== "")
      .sort((a, b) => b.index - a.index)
      .map(({ index, text }) => ({ insertText: { location: { index }, text } })),
    {
      replaceAllText: {
        containsText: { text: `☐ ${writing.purpose}`, matchCase: true },
        replaceText: `☑ ${writing.purpose}`,
      },
    },
  ];
}

/** The first few advisees of each advisor who have a doc, by student ID. */
export function preparingStudents(students: readonly HubStudent[]): HubStudent[] {
  const byAdvisor = new Map<string, HubStudent[]>();
  for (const student of [...students].sort((a, b) => a.id.localeCompare(b.id))) {
    if (!student.docId || !student.advisorEmail || !student.email) continue;
    const advisees = byAdvisor.get(student.advisorEmail) ?? [];
    if (advisees.length < PREPARED_PER_ADVISORY) advisees.push(student);
    byAdvisor.set(student.advisorEmail, advisees);
  }
  return [...byAdvisor.values()].flat();
}

export function studentsPrepare(context: DemoContext, step: StepRecorder): void {
  const students = preparingStudents(hubStudents(context));
  students.forEach((student, n) => {
    step.byHand({ fn: "Docs editor", as: student.email, kind: "editor" }, (exec) => {
      const doc = getDocument(exec, student.docId);
      batchUpdate(exec, student.docId, edits(doc, writingFor(n)));
    });
  });
  context.prepared = students.length;
}
