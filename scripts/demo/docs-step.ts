/*
 * Create the current round's conference docs for every student, as the coordinator; a run the execution limit cut
 * short is finished by its time-based trigger. Then an advisor opens the Create conference docs
 * sidebar in an advisee's doc, which reaches the hub through the web app.
 */
import { MIME } from "../../emulator";
import { CONFERENCE_DOCS_TAB } from "../../src/domain/hub/tabs";
import type { DemoContext, DocsMade } from "./context";
import { readTab } from "./hub-tab";
import type { StepRecorder } from "./record";
import { currentDemoRound } from "./rounds-step";
import { requireHub } from "./setup-steps";

interface DocsProgress {
  readonly remaining: number;
  readonly problems: readonly { student: string; problem: string }[];
}

const MAX_CONTINUATIONS = 50;

/** The script property that holds a docs run cut short, until a later run finishes it. */
const PENDING_RUN = "confer.docsRun.scope";

function finishByTriggers(context: DemoContext, step: StepRecorder): void {
  const { ws } = context;
  for (let n = 0; n < MAX_CONTINUATIONS; n++) {
    const due = ws.triggers.nextDue(Number.MAX_SAFE_INTEGER);
    if (!ws.scriptProperties.has(PENDING_RUN) || !due) return;
    step.runDueTriggers(ws.triggers.dueAt(due));
  }
  throw new Error(`Conference docs were still continuing after ${MAX_CONTINUATIONS} triggers.`);
}

function madeDocs(context: DemoContext, hubId: string): { docId: string; advisor: string }[] {
  const { drive } = context.ws;
  const round = currentDemoRound(context);
  return readTab(context.ws, hubId, CONFERENCE_DOCS_TAB.name)
    .filter((row) => (row.Round || context.roster.term) === round)
    .map((row) => ({
      docId: row["Doc ID"] ?? "",
      advisor: (row["Advisor Email"] ?? "").toLowerCase(),
    }))
    .filter(({ docId }) => {
      const file = drive.get(docId);
      return file !== undefined && !file.trashed && file.mimeType === MIME.document;
    });
}

function openDocsSidebarAsAdvisor(
  context: DemoContext,
  step: StepRecorder,
  docs: readonly { docId: string; advisor: string }[],
): void {
  const advisors = new Set(
    context.roster.staff.filter((m) => m.roles.includes("advisor")).map((m) => m.email),
  );
  const doc = docs.find((d) => advisors.has(d.advisor));
  if (!doc) throw new Error("No advisor has an advisee with a conference doc to open.");
  step.run({ fn: "showDocsSidebar", as: doc.advisor, containerId: doc.docId });
  const info = step.run({
    fn: "getDocsSidebarInfo",
    as: doc.advisor,
    containerId: doc.docId,
    kind: "sidebar",
  }).value as { isAdvisor: boolean; advisees: number };
  if (!info.isAdvisor || info.advisees === 0) {
    throw new Error(
      `The docs sidebar did not know ${doc.advisor} as an advisor: ${JSON.stringify(info)}`,
    );
  }
}

/** Makes the current round's docs; returns them, made now or before, and the run's problems. */
export function makeRoundDocs(context: DemoContext, step: StepRecorder): DocsMade {
  const hubId = requireHub(context);
  const progress = step.run({
    fn: "createConferenceDocs",
    args: [{ kind: "all" }],
    as: context.roster.coordinator.email,
    kind: "sidebar",
    containerId: hubId,
  }).value as DocsProgress;
  if (progress.remaining > 0) finishByTriggers(context, step);
  const docs = madeDocs(context, hubId);
  openDocsSidebarAsAdvisor(context, step, docs);
  return {
    made: docs.length,
    problems: progress.problems.map((p) => `${p.student}: ${p.problem}`),
  };
}

export function createConferenceDocs(context: DemoContext, step: StepRecorder): void {
  context.docs = makeRoundDocs(context, step);
}
