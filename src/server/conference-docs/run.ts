/*
 * Create conference docs: a run over the students in scope that copies the template, fills it,
 * shares it with the student and advisor, and records it in the Conference Docs tab. Runs as the
 * hub owner (directly for the coordinator, through the web app for an advisor), holds a lease so
 * that two runs never overlap, and continues itself by a time-based trigger when cut short.
 * A classroom round's run is the same run over its classes' students, in its teacher's folder
 * (see classroom-docs.ts for what differs).
 */

import {
  appendedPlacement,
  appendSectionRequests,
  type CarriedForward,
  carryForwardRequests,
} from "../../domain/conference-docs/carry-forward";
import {
  DocsRun,
  type DocsRunResult,
  type RunStudent,
} from "../../domain/conference-docs/docs-run";
import { replacements } from "../../domain/conference-docs/fill";
import {
  type DocScope,
  describeScope,
  inScope,
  planDocs,
  scopeMembers,
} from "../../domain/conference-docs/plan";
import { type DocRecord, recordToRow } from "../../domain/conference-docs/records";
import { earlierRecordsByStudent, recordsOfRound } from "../../domain/conference-docs/rounds";
import {
  allTextOf,
  placementIn,
  type SectionPlacement,
} from "../../domain/conference-docs/section-placement";
import { SECTIONS } from "../../domain/conference-docs/template";
import { bodyEnd, type DocJson, rangesOf, rawText } from "../../domain/doc/doc-json";
import { fullPlanTextOf } from "../../domain/guardian-updates/plan-text";
import { CONFERENCE_DOCS_TAB } from "../../domain/hub/tabs";
import { DOCS_WRITES, waitForRoom } from "../../domain/limits/per-minute";
import type { Outcome } from "../../domain/outcome";
import { NotAllowedError, requireRole } from "../../domain/roles";
import type { Student } from "../../domain/roster/model";
import { rosterIndex } from "../../domain/roster/roster-index";
import { zipOutcomes } from "../../domain/zip-outcomes";
import { ensureBackgroundTrigger } from "../../workspace/background-trigger";
import { getDocuments } from "../../workspace/conference-doc-sections";
import {
  type CopyFill,
  copyTemplate,
  fillPlaceholders,
  findTaggedCopies,
  shareAsEditor,
  type TemplateSection,
} from "../../workspace/conference-docs-api";

import { budgetOfThisExecution, msLeft } from "../../workspace/execution-budget";
import { appendRows, tabOf } from "../../workspace/hub-store";
import { recentSpend } from "../../workspace/rate-window";
import { readJson, releaseLease, takeLease, writeJson } from "../../workspace/script-state";
import { effectiveUserEmail } from "../../workspace/session";
import { currentPerson, type HubContext, loadHubContext } from "../hub/context";
import { workingRoundOf } from "../rounds/working-round";
import { repairDocAccess } from "./access-repair";
import { classroomTarget } from "./classroom-docs";
import { readAllDocRecords } from "./doc-records";
import type { DocsTarget, RoundDocs } from "./docs-target";
import { advisorFolders, prepareFolders } from "./folders";

const LEASE = "confer.docsRun.lease";
const IN_FLIGHT = "confer.docsRun.inFlight";
const PENDING_SCOPE = "confer.docsRun.scope";
const LAST_RESULT = "confer.docsRun.last";
/** How many done students and problems the last run's stored summary keeps (9 KB a property). */
const KEPT_IN_LAST = 15;

/**
 * A batch fills one Docs write window (60 a minute); besides waiting for the window, its copies,
 * fills and shares take about this long at the most.
 */
const BATCH_SIZE = 60;
const BATCH_WORK_MS = 30_000;
/** Within a web-app request's 45 seconds, small batches that the Docs write window rarely holds up. */
const SHORT_BATCH_SIZE = 15;
const SHORT_BATCH_WORK_MS = 20_000;
const LEASE_MS = 6 * 60_000 + 30_000;

export interface DocsProgress extends DocsRunResult {
  /** The round the docs are for; absent in progress stored before docs had rounds. */
  readonly round?: string;
  readonly scope: string;
  /** Who "N of M" counts: "students", "students in grade 9", "advisees of …". */
  readonly members: string;
  /** The advisor whose advisees the run is for, when it is for one advisor's advisees. */
  readonly advisorEmail: string;
  readonly inScope: number;
  readonly finishedAt: string;
  readonly continuing: boolean;
  /** Problems past those listed, in the stored summary of the last run. */
  readonly moreProblems?: number;
  /** Docs moved to their student's new advisor or grade folder, or shared with the student now. */
  readonly accessRepaired: number;
}

/** The sections Confer names again in each copy, and where to append those the template lacks. */
interface TemplateLayout {
  readonly sections: readonly TemplateSection[];
  /** The template's body end, when it lacks the Looking back sections and copies get them appended. */
  readonly appendAt?: number;
  /** Where Earlier docs lies in a fresh copy before its fill, when Confer can work it out. */
  readonly placement?: SectionPlacement;
}

/**
 * The template's Teacher comments range, its Conference line and its Looking back sections, each
 * when it is one range of whole paragraphs that Confer can name again in each copy.
 */
function templateLayout(templateId: string): TemplateLayout {
  const [template] = getDocuments([templateId]);
  if (!template?.ok) return { sections: [] };
  const doc = template.value as DocJson;
  const wholeRange = (name: string): TemplateSection[] => {
    const ranges = rangesOf(doc, name);
    if (ranges.length !== 1 || !rawText(doc, ranges).endsWith("\n")) return [];
    return [{ name, startIndex: ranges[0]!.start, endIndex: ranges[0]!.end }];
  };
  const lookingBack = [SECTIONS.lastTime, SECTIONS.earlierDocs].flatMap(wholeRange);
  const sections = [SECTIONS.teacherComments, SECTIONS.conferenceTime].flatMap(wholeRange);
  if (lookingBack.length === 2) {
    const placement = placementIn(doc);
    return { sections: [...sections, ...lookingBack], ...(placement ? { placement } : {}) };
  }
  const appendAt = bodyEnd(doc);
  return { sections, appendAt, placement: appendedPlacement(allTextOf(doc), appendAt) };
}

/** Each student's earlier docs, and, read in one batch, the plan of the last of them. */
function carriedForward(
  students: readonly RunStudent[],
  earlier: ReadonlyMap<string, readonly DocRecord[]>,
): Map<string, CarriedForward> {
  const withLast = students.filter((s) => (earlier.get(s.id) ?? []).length > 0);
  const lastOf = (s: RunStudent) => earlier.get(s.id)!.at(-1)!;
  const read = getDocuments(withLast.map((s) => lastOf(s).docId));
  const plans = new Map(
    zipOutcomes(withLast, read).flatMap(([s, outcome]) =>
      outcome.ok ? [[s.id, fullPlanTextOf(outcome.value as DocJson)] as const] : [],
    ),
  );
  return new Map(
    students.map((s) => {
      const docs = earlier.get(s.id) ?? [];
      const plan = plans.get(s.id);
      const carried: CarriedForward = {
        earlier: docs.map((r) => ({ round: r.round, docUrl: r.docUrl })),
        ...(plan ? { last: { round: lastOf(s).round, plan } } : {}),
        ...(docs.length > 0 && !plan ? { unread: true } : {}),
      };
      return [s.id, carried];
    }),
  );
}

/**
 * Fills for copies an interrupted batch made: each gets its carried text too when it holds the
 * Looking back sections by name (read in one batch), as a copy filled before the cut or one that
 * kept the template's named ranges does; a copy with neither keeps the template's text there.
 */
function recoveredFills<D extends { docId: string; student: RunStudent }>(
  again: readonly D[],
  fillOne: (doc: D) => CopyFill,
  earlier: ReadonlyMap<string, readonly DocRecord[]>,
): CopyFill[] {
  if (again.length === 0) return [];
  const carried = carriedForward(
    again.map((doc) => doc.student),
    earlier,
  );
  const read = getDocuments(again.map((doc) => doc.docId));
  return zipOutcomes(again, read).map(([doc, outcome]) => {
    const fill = fillOne(doc);
    if (!outcome.ok) return fill;
    const copy = outcome.value as DocJson;
    const named = [SECTIONS.lastTime, SECTIONS.earlierDocs].every(
      (name) => rangesOf(copy, name).length > 0,
    );
    if (!named) return fill;
    const placement = placementIn(copy);
    const at = placement && { placement, replacements: fill.replacements };
    return { ...fill, after: carryForwardRequests(carried.get(doc.student.id)!, at) };
  });
}

function portsFor(
  context: HubContext,
  target: DocsTarget,
  { records, earlier }: RoundDocs,
  folders: Map<string, string>,
  layout: TemplateLayout,
  batchDone: (soFar: DocsRunResult) => void,
) {
  const { round } = target;
  const docsTab = tabOf(context.hub, CONFERENCE_DOCS_TAB);
  /** Copies an interrupted batch made: they may be filled already, so their ranges are left alone. */
  const recovered = new Set<string>();
  /** The named ranges each filled doc got, by section, kept in its Conference Docs row. */
  const rangeIdsOfDoc = new Map<string, Readonly<Record<string, string>>>();
  const { settings } = context;
  const folderOf = (student: RunStudent) => {
    const id = folders.get(student.id);
    if (!id) throw new Error(`No folder was prepared for student ${student.id}.`);
    return id;
  };
  return {
    folderFor: folderOf,
    hostOf: (student: RunStudent) => target.folders.hostOf(student),
    copyTemplate: (requests: Parameters<typeof copyTemplate>[2]) =>
      copyTemplate(target.templateDocId(), round, requests),
    findCopies: (students: readonly RunStudent[]) => {
      const found = findTaggedCopies(students.map(folderOf), round);
      for (const docId of found.values()) recovered.add(docId);
      return found;
    },
    fill: (docs: readonly { docId: string; student: RunStudent }[]) => {
      const fillOne = (doc: { docId: string; student: RunStudent }) => {
        const { docId, student } = doc;
        const full = student as RunStudent & Student;
        return {
          docId,
          replacements: replacements({
            student: full,
            advisorName: rosterIndex(context.roster).nameOf(target.folders.hostOf(student)),
            guardianNames: full.guardians.map((guardian) => guardian.name),
            term: round,
            schoolName: settings.schoolName,
            conferenceTime: "",
          }),
        };
      };
      const fresh = docs.filter((doc) => !recovered.has(doc.docId));
      const again = docs.filter((doc) => recovered.has(doc.docId));
      const carried = carriedForward(
        fresh.map((doc) => doc.student),
        earlier,
      );
      const before = layout.appendAt === undefined ? [] : appendSectionRequests(layout.appendAt);
      const freshFill = (doc: { docId: string; student: RunStudent }) => {
        const fill = fillOne(doc);
        const { placement } = layout;
        const at = placement && { placement, replacements: fill.replacements };
        return { ...fill, before, after: carryForwardRequests(carried.get(doc.student.id)!, at) };
      };
      const byDoc = new Map<string, Outcome<Readonly<Record<string, string>>>>();
      for (const [doc, o] of zipOutcomes(
        fresh,
        fillPlaceholders(fresh.map(freshFill), layout.sections),
      ))
        byDoc.set(doc.docId, o);
      for (const [doc, o] of zipOutcomes(
        again,
        fillPlaceholders(recoveredFills(again, fillOne, earlier)),
      ))
        byDoc.set(doc.docId, o);
      const outcomes = docs.map((doc) => byDoc.get(doc.docId)!);
      for (const [doc, outcome] of zipOutcomes(docs, outcomes))
        if (outcome.ok) rangeIdsOfDoc.set(doc.docId, outcome.value);
      return outcomes.map(
        (outcome): Outcome<true> => (outcome.ok ? { ok: true, value: true } : outcome),
      );
    },
    share: shareAsEditor,
    record: (made: readonly DocRecord[]) => {
      appendRows(
        docsTab,
        CONFERENCE_DOCS_TAB,
        made.map((record) => {
          const ids = rangeIdsOfDoc.get(record.docId) ?? {};
          return recordToRow({
            ...record,
            commentsRangeId: ids[SECTIONS.teacherComments] ?? "",
            conferenceLineId: ids[SECTIONS.conferenceTime] ?? "",
          });
        }),
      );
      for (const record of made) records.set(record.studentId, record);
    },
    loadInFlight: () => readJson<{ studentIds: string[] }>(target.inFlightKey ?? IN_FLIGHT),
    saveInFlight: (inFlight: { studentIds: readonly string[] } | undefined) =>
      writeJson(target.inFlightKey ?? IN_FLIGHT, inFlight),
    hasTimeForBatch: () => {
      const size = short() ? SHORT_BATCH_SIZE : BATCH_SIZE;
      const wait = waitForRoom(
        recentSpend(DOCS_WRITES, effectiveUserEmail()),
        Date.now(),
        DOCS_WRITES.perMinute,
        size,
      );
      return msLeft() > wait + (short() ? SHORT_BATCH_WORK_MS : BATCH_WORK_MS);
    },
    batchDone,
    now: () => Utilities.formatDate(new Date(), settings.timeZone, "yyyy-MM-dd HH:mm"),
  };
}

/** Where a scope's last run is kept: one place for student-led runs, one per classroom round. */
function lastResultKey(scope: DocScope): string {
  return scope.kind === "classroom" ? `${LAST_RESULT}:classroom:${scope.round}` : LAST_RESULT;
}

/** Keeps a run's progress where the sidebar reads it: after each batch, and at the end. */
function storeProgress(scope: DocScope, progress: DocsProgress): void {
  writeJson(lastResultKey(scope), {
    ...progress,
    done: progress.done.slice(-KEPT_IN_LAST),
    problems: progress.problems
      .slice(0, KEPT_IN_LAST)
      .map((p) => ({ ...p, problem: p.problem.slice(0, 240) })),
    moreProblems: Math.max(0, progress.problems.length - KEPT_IN_LAST),
  });
}

function checkScope(context: HubContext, scope: DocScope, actor: string): void {
  const person = currentPerson(context, actor);
  if (scope.kind === "advisor") {
    if (person.roles.has("coordinator")) return;
    requireRole(person, "advisor", "create conference docs for advisees");
    if (scope.advisorEmail.toLowerCase() !== person.email) {
      throw new NotAllowedError(
        `An advisor can create docs only for their own advisees, not for ${scope.advisorEmail}.`,
      );
    }
    return;
  }
  requireRole(person, "coordinator", `create conference docs for ${describeScope(scope)}`);
}

/** The student-led round's docs for an advisor's advisees, a grade or every student. */
function studentLedTarget(context: HubContext, scope: DocScope, actor: string): DocsTarget {
  checkScope(context, scope, actor);
  const round = workingRoundOf(context).name;
  if (round === "" || context.settings.templateDocId === "") {
    throw new Error(
      "Open a round in Confer ▸ Rounds… (or set the term in Confer ▸ Settings), and run Set up hub once, before creating docs.",
    );
  }
  const students = context.roster.students as readonly (Student & RunStudent)[];
  const readDocs = () => {
    const all = readAllDocRecords(context);
    return { records: recordsOfRound(all, round), earlier: earlierRecordsByStudent(all, round) };
  };
  return {
    round,
    students,
    readDocs,
    folders: advisorFolders(context, round),
    templateDocId: () => context.settings.templateDocId,
    repairAccess: true,
  };
}

/** Runs (or continues) a docs run as the hub owner; `actor` is the person who asked for it. */
export function runConferenceDocs(scope: DocScope, actor: string): DocsProgress {
  const started = Date.now();
  const context = loadHubContext();
  const target =
    scope.kind === "classroom"
      ? classroomTarget(context, scope.round, currentPerson(context, actor))
      : studentLedTarget(context, scope, actor);
  const { round } = target;
  const holder = `${actor}:${started}`;
  if (!takeLease(LEASE, holder, LEASE_MS, started)) {
    throw new Error(
      "Conference docs are being created by another run right now. Try again in a few minutes.",
    );
  }
  try {
    const { records, earlier } = target.readDocs();
    const students = target.students;
    const plan = planDocs(students, scope, (id) => records.has(id));
    const repair = target.repairAccess
      ? repairDocAccess(
          context,
          round,
          students.filter((student) => inScope(student, scope)),
          records,
          earlier,
        )
      : { repaired: 0, problems: [] };
    ensureBackgroundTrigger();
    writeJson(PENDING_SCOPE, { scope, actor });
    const folders = prepareFolders(context, round, plan.toCreate, target.folders);
    const layout: TemplateLayout =
      plan.toCreate.length > 0 ? templateLayout(target.templateDocId()) : { sections: [] };
    const progressOf = (result: DocsRunResult, continuing: boolean): DocsProgress => ({
      ...result,
      problems: [...repair.problems, ...result.problems],
      accessRepaired: repair.repaired,
      round,
      scope: describeScope(scope),
      members: scopeMembers(scope),
      advisorEmail: scope.kind === "advisor" ? scope.advisorEmail.toLowerCase() : "",
      inScope: plan.inScope,
      finishedAt: new Date().toISOString(),
      continuing,
    });
    if (plan.toCreate.length > 0) {
      storeProgress(
        scope,
        progressOf(
          { created: 0, skipped: 0, remaining: plan.toCreate.length, problems: [], done: [] },
          true,
        ),
      );
    }
    const result = new DocsRun(
      portsFor(context, target, { records, earlier }, folders, layout, (soFar) =>
        storeProgress(scope, progressOf(soFar, soFar.remaining > 0)),
      ),
      round,
      short() ? SHORT_BATCH_SIZE : BATCH_SIZE,
    ).run(plan);
    const continuing = result.remaining > 0;
    if (!continuing) writeJson(PENDING_SCOPE, undefined);
    const progress = progressOf(result, continuing);
    storeProgress(scope, progress);
    return progress;
  } finally {
    releaseLease(LEASE, holder);
  }
}

/** The background run's part: continues a run cut short, if there is one. */
export function continueConferenceDocs(): DocsProgress | null {
  const pending = readJson<{ scope: DocScope; actor: string }>(PENDING_SCOPE);
  return pending ? runConferenceDocs(pending.scope, pending.actor) : null;
}

/** A web-app request's run, which must answer within the caller's fetch timeout. */
const short = () => budgetOfThisExecution() < 60_000;

/** The last run's progress: the student-led runs', or a classroom round's. */
export function lastDocsProgress(scope: DocScope = { kind: "all" }): DocsProgress | null {
  return readJson<DocsProgress>(lastResultKey(scope)) ?? null;
}
