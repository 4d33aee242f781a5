/*
 * The steps after the teachers' comments: each advisor pulls comments into their advisees' docs,
 * the coordinator reads the whole school's status, and each advisor drafts guardian updates for
 * the advisees whose plan is written. Advisors work from the sidebar in an advisee's doc.
 */
import type { DemoContext, DocsMade } from "./context";
import { preparingStudents } from "./prepare-step";
import type { StepRecorder } from "./record";
import { hubStudents } from "./school-tabs";
import { requireHub } from "./setup-steps";

interface PullResult {
  readonly pulled: readonly { studentId: string }[];
  readonly problems: readonly { studentId: string; problem: string }[];
}

interface StatusRow {
  readonly studentId: string;
  readonly docCreated: boolean;
  readonly purpose: string;
  readonly prepared: boolean;
  readonly commentsPulled: string;
  readonly planWritten: boolean;
}

interface UpdatesMade {
  readonly drafts: readonly { studentId: string }[];
  readonly created: number;
}

/** Each advisor with an advisee's doc to work in, by advisor email. */
function advisorsAndDocs(context: DemoContext): Map<string, string> {
  const advisors = new Map<string, string>();
  for (const student of hubStudents(context)) {
    if (student.advisorEmail && student.docId && !advisors.has(student.advisorEmail)) {
      advisors.set(student.advisorEmail, student.docId);
    }
  }
  return advisors;
}

/** Advisors pull at different moments of the day, a minute apart at the least. */
const BETWEEN_ADVISORS_MS = 60_000;

/** Each advisor pulls their advisees' comments of the current round into its docs. */
export function pullAdvisees(context: DemoContext, step: StepRecorder): DocsMade {
  let made = 0;
  const problems: string[] = [];
  for (const [advisor, docId] of advisorsAndDocs(context)) {
    context.ws.triggers.advanceTo(context.ws.now() + BETWEEN_ADVISORS_MS);
    const result = step.run({
      fn: "pullComments",
      args: [{ kind: "advisees" }],
      as: advisor,
      kind: "sidebar",
      containerId: docId,
    }).value as PullResult;
    made += result.pulled.length;
    problems.push(...result.problems.map((p) => `${p.studentId}: ${p.problem}`));
  }
  return { made, problems };
}

export function pullComments(context: DemoContext, step: StepRecorder): void {
  context.pulled = pullAdvisees(context, step);
}

/** Status reads 250 docs a call; the coordinator refreshes, a minute apart, until all were read. */
const MAX_REFRESHES = 100;

export function readStatus(context: DemoContext, step: StepRecorder): void {
  const look = () =>
    step.run({
      fn: "getStatus",
      args: [{}],
      as: context.roster.coordinator.email,
      kind: "sidebar",
      containerId: requireHub(context),
    }).value as { rows: readonly StatusRow[]; fromEarlier: number };
  let view = look();
  const docs = view.rows.filter((r) => r.docCreated).length;
  for (let read = docs - view.fromEarlier, i = 0; read < docs && i < MAX_REFRESHES; i++) {
    context.ws.triggers.advanceTo(context.ws.now() + BETWEEN_ADVISORS_MS);
    view = look();
    read += docs - view.fromEarlier;
  }
  const { rows } = view;
  const byId = new Map(rows.map((row) => [row.studentId, row]));
  const unseen = preparingStudents(hubStudents(context)).filter((s) => {
    const row = byId.get(s.id);
    return !row?.prepared || !row.planWritten || row.purpose === "";
  });
  if (unseen.length > 0) {
    throw new Error(
      `Status does not show what ${unseen.length} student(s) wrote: ${unseen.map((s) => s.id).join(", ")}.`,
    );
  }
  const count = (test: (row: StatusRow) => boolean) => rows.filter(test).length;
  context.status = {
    students: rows.length,
    docs: count((r) => r.docCreated),
    purpose: count((r) => r.purpose !== ""),
    prepared: count((r) => r.prepared),
    pulled: count((r) => r.commentsPulled !== ""),
    planWritten: count((r) => r.planWritten),
  };
}

export function draftGuardianUpdates(context: DemoContext, step: StepRecorder): void {
  let made = 0;
  const students = new Set<string>();
  const advisors = advisorsAndDocs(context);
  for (const [advisor, docId] of advisors) {
    const result = step.run({
      fn: "createGuardianUpdates",
      args: [{ scope: { kind: "advisees" } }],
      as: advisor,
      kind: "sidebar",
      containerId: docId,
    }).value as UpdatesMade;
    made += result.created;
    for (const draft of result.drafts) students.add(draft.studentId);
  }
  context.drafts = { made, students: students.size, advisors: advisors.size };
}
