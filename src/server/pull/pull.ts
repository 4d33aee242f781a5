/*
 * Pull teacher comments into advisees' conference docs, as the hub owner for a caller known by
 * the web app. The working round's docs get the working round's comments only. One read of each
 * grade's comment tab for all the students, then one
 * documents.batchUpdate per doc (sent at once with fetchAll): by the section's named-range ID when
 * Confer knows it, else after one documents.get of the doc; then one write of the Comments Pulled
 * column. A deleted, locked or damaged doc is reported (or
 * repaired) for its student while the others go on.
 */
import type { TeacherComment } from "../../domain/comments/model";
import { inRound } from "../../domain/comments/rounds";
import type { MissingComment } from "../../domain/comments/views";
import type { StudentProblem } from "../../domain/conference-docs/docs-run";
import { displayName } from "../../domain/conference-docs/naming";
import type { DocRecord } from "../../domain/conference-docs/records";
import type { DocJson } from "../../domain/doc/doc-json";
import { DOCS_READS, DOCS_WRITES, waitForRoom } from "../../domain/limits/per-minute";
import type { Outcome } from "../../domain/outcome";
import { missingCommentsFor } from "../../domain/pull/advisee-missing";
import { commentsSectionText, type PulledComment } from "../../domain/pull/comments-section";
import { adviseesOf, type PullScope, pullTargets } from "../../domain/pull/scope";
import {
  commentsSectionWrite,
  replaceRangeText,
  wholeParagraphRangeId,
} from "../../domain/pull/section-requests";
import { type Person, personOf } from "../../domain/roles";
import type { Student } from "../../domain/roster/model";
import { rosterIndex } from "../../domain/roster/roster-index";
import { roundOfUnmarkedRows } from "../../domain/settings/settings";
import { zipOutcomes } from "../../domain/zip-outcomes";
import { getDocuments, updateDocuments } from "../../workspace/conference-doc-sections";
import { updateDocColumns } from "../../workspace/docs-tab-columns";
import { recentSpend } from "../../workspace/rate-window";
import { effectiveUserEmail } from "../../workspace/session";
import { readableComments } from "../comments/layer";
import { readAllDocRecords, readDocRecords } from "../conference-docs/doc-records";
import { type HubContext, loadOwnerContext } from "../hub/context";
import { withScriptLock } from "../hub/script-lock";
import { workingRoundOf } from "../rounds/working-round";

export interface PulledDoc {
  readonly studentId: string;
  readonly student: string;
  readonly comments: number;
  readonly repaired: boolean;
}

export interface PullResult {
  /** The round whose docs were pulled into, with that round's comments. */
  readonly round: string;
  readonly inScope: number;
  readonly pulled: readonly PulledDoc[];
  readonly problems: readonly StudentProblem[];
  readonly missing: readonly MissingComment[];
  /** Students whose doc waits for the Docs API's per-minute allowances: the next call does them. */
  readonly waiting: readonly string[];
  /** How long until the allowance has room for the first of them. */
  readonly retryInMs: number;
}

export function formatStamp(context: HubContext, iso: string | Date, pattern: string): string {
  const date = typeof iso === "string" ? new Date(iso) : iso;
  if (Number.isNaN(date.getTime())) return String(iso).slice(0, 10);
  return Utilities.formatDate(date, context.settings.timeZone, pattern);
}

/** Active comments of the round the person may read about these students, one read per grade tab. */
export function commentsAbout(
  context: HubContext,
  person: Person,
  students: readonly Student[],
  round: string,
): TeacherComment[] {
  const ids = new Set(students.map((s) => s.id));
  const grades = [...new Set(students.map((s) => s.grade))];
  return readableComments(person, context.roster, context.hub, grades).filter(
    (c) =>
      c.status === "active" &&
      ids.has(c.studentId) &&
      inRound(c, round, roundOfUnmarkedRows(context.settings)),
  );
}

function pulledComment(
  context: HubContext,
  comment: TeacherComment,
  dayOf: (iso: string) => string,
): PulledComment {
  const { roster } = context;
  const schoolClass = roster.classes.find((c) => c.id === comment.classId);
  return {
    classId: comment.classId,
    course: schoolClass?.course || comment.classId,
    period: schoolClass?.period || comment.period,
    teacherName: rosterIndex(roster).nameOf(comment.teacherEmail),
    date: dayOf(comment.updated || comment.created),
    text: comment.text,
  };
}

export function docProblem(outcome: Outcome<unknown>, record: DocRecord): string {
  if (outcome.ok) return "";
  if (outcome.status === 404) {
    return `its conference doc (${record.docId}) was deleted, or Confer can no longer see it. Restore it from the Drive trash, or delete its row in the Conference Docs tab and create the doc again.`;
  }
  if (outcome.status === 403) {
    return `Confer can no longer open its conference doc (${record.docId}): access was removed. Share it with the hub owner again.`;
  }
  return `its conference doc could not be read: ${outcome.error}`;
}

function problemOf(student: Student, problem: string): StudentProblem {
  return { studentId: student.id, student: displayName(student), problem };
}

export function pullCommentsFor(caller: string, scope: PullScope): PullResult {
  const context = loadOwnerContext();
  const person = personOf(caller, context.roster, context.owner);
  const students = pullTargets(person, context.roster, scope);
  const round = workingRoundOf(context).name;
  const records = readDocRecords(context, round);
  const problems: StudentProblem[] = [];
  const withDocs = students.filter((student) => {
    if (records.has(student.id)) return true;
    problems.push(problemOf(student, "has no conference doc yet: create it first."));
    return false;
  });
  const comments = commentsAbout(context, person, students, round);
  const missing = missingCommentsFor(
    context.roster,
    students.map((s) => s.id),
    comments,
  );
  const pulledOn = formatStamp(context, new Date(), "yyyy-MM-dd");
  const days = new Map<string, string>();
  const dayOf = (iso: string) => {
    const day = days.get(iso) ?? formatStamp(context, iso, "yyyy-MM-dd");
    days.set(iso, day);
    return day;
  };
  const sectionOf = (student: Student) => {
    const mine = comments.filter((c) => c.studentId === student.id);
    return {
      count: mine.length,
      text: commentsSectionText(
        mine.map((c) => pulledComment(context, c, dayOf)),
        pulledOn,
      ),
    };
  };
  const docIdOf = (student: Student) => records.get(student.id)!.docId;
  const pulled: PulledDoc[] = [];
  const learned = new Map<string, string>();
  const done = (student: Student, count: number, repaired: boolean) =>
    pulled.push({
      studentId: student.id,
      student: displayName(student),
      comments: count,
      repaired,
    });
  const waiting: string[] = [];
  const failed = (student: Student, outcome: Outcome<unknown>) =>
    !outcome.ok && outcome.status === 429
      ? waiting.push(student.id)
      : problems.push(
          problemOf(
            student,
            outcome.ok
              ? ""
              : outcome.status === 404 || outcome.status === 403
                ? docProblem(outcome, records.get(student.id)!)
                : `its Teacher comments could not be written: ${outcome.error} Pull again.`,
          ),
        );

  const rangeIds = new Map(
    withDocs.flatMap((student) => {
      const id = records.get(student.id)!.commentsRangeId ?? "";
      return id === "" ? [] : [[docIdOf(student), id] as const];
    }),
  );
  const byId = withDocs.filter((student) => rangeIds.has(docIdOf(student)));
  const toRead = withDocs.filter((student) => !rangeIds.has(docIdOf(student)));
  const rewritten = updateDocuments(
    byId.map((student) => ({
      docId: docIdOf(student),
      requests: [replaceRangeText(rangeIds.get(docIdOf(student))!, sectionOf(student).text)],
    })),
  );
  for (const [student, outcome] of zipOutcomes(byId, rewritten)) {
    if (outcome.ok) done(student, sectionOf(student).count, false);
    else if (outcome.status === 400) toRead.push(student);
    else failed(student, outcome);
  }
  const rangeChanges = new Map<string, string[]>(
    toRead.filter((student) => rangeIds.has(docIdOf(student))).map((s) => [docIdOf(s), [""]]),
  );

  const docs = getDocuments(toRead.map(docIdOf));
  const writes: { student: Student; count: number; repaired: boolean }[] = [];
  const updates = zipOutcomes(toRead, docs).flatMap(([student, outcome]) => {
    if (!outcome.ok) {
      if (outcome.status === 429) waiting.push(student.id);
      else problems.push(problemOf(student, docProblem(outcome, records.get(student.id)!)));
      return [];
    }
    const { count, text } = sectionOf(student);
    const doc = outcome.value as DocJson;
    const write = commentsSectionWrite(doc, text);
    const known = write.repaired ? undefined : wholeParagraphRangeId(doc);
    if (known) learned.set(student.id, known);
    writes.push({ student, count, repaired: write.repaired });
    const revision = doc.revisionId;
    return [
      {
        docId: docIdOf(student),
        requests: write.requests,
        ...(write.repaired && revision ? { requiredRevisionId: revision } : {}),
      },
    ];
  });
  for (const [{ student, count, repaired }, outcome] of zipOutcomes(
    writes,
    updateDocuments(updates),
  )) {
    if (!outcome.ok) {
      learned.delete(student.id);
      failed(student, outcome);
      continue;
    }
    done(student, count, repaired);
  }
  for (const [studentId, id] of learned) rangeChanges.set(records.get(studentId)!.docId, [id]);
  const stamp = formatStamp(context, new Date(), "yyyy-MM-dd HH:mm");
  if (pulled.length > 0 || rangeChanges.size > 0) {
    withScriptLock(() => {
      updateDocColumns(
        context.hub,
        ["Comments Pulled"],
        new Map(pulled.map((p) => [records.get(p.studentId)!.docId, [stamp]])),
      );
      updateDocColumns(context.hub, ["Comments Range ID"], rangeChanges);
    });
  }
  const retryInMs =
    waiting.length === 0
      ? 0
      : Math.max(
          ...[DOCS_WRITES, DOCS_READS].map((limit) =>
            waitForRoom(recentSpend(limit, effectiveUserEmail()), Date.now(), limit.perMinute, 1),
          ),
        );
  return { round, inScope: students.length, pulled, problems, missing, waiting, retryInMs };
}

export interface PullInfo {
  /** The round whose docs a pull writes into, with that round's comments. */
  readonly round: string;
  readonly email: string;
  readonly isAdvisor: boolean;
  readonly isCoordinator: boolean;
  readonly advisees: number;
  /** Advisees whose docs have had their comments pulled already, by this run or an earlier one. */
  readonly pulledAlready: number;
  /** The student whose doc is open, when the caller may pull for them. */
  readonly thisDoc: { readonly studentId: string; readonly student: string } | null;
  /** Why the open doc cannot be pulled into, if it cannot. */
  readonly thisDocNote: string;
  readonly missing: readonly MissingComment[];
}

function openDocStudent(
  context: HubContext,
  person: Person,
  docId: string,
  round: string,
): Pick<PullInfo, "thisDoc" | "thisDocNote"> {
  if (docId === "") return { thisDoc: null, thisDocNote: "" };
  const record = readAllDocRecords(context).find((r) => r.docId === docId);
  const student = record && rosterIndex(context.roster).studentById.get(record.studentId);
  if (!student) {
    return { thisDoc: null, thisDocNote: "This doc is not a conference doc Confer made." };
  }
  if (record.round !== round) {
    return {
      thisDoc: null,
      thisDocNote: `This is ${displayName(student)}'s doc for ${record.round}, an earlier round: comments for ${round} go into their ${round} doc.`,
    };
  }
  try {
    pullTargets(person, context.roster, { kind: "student", studentId: student.id });
  } catch (error) {
    return { thisDoc: null, thisDocNote: error instanceof Error ? error.message : String(error) };
  }
  return { thisDoc: { studentId: student.id, student: displayName(student) }, thisDocNote: "" };
}

function pulledAlready(context: HubContext, advisees: readonly Student[], round: string): number {
  if (advisees.length === 0) return 0;
  const records = readDocRecords(context, round);
  return advisees.filter((s) => (records.get(s.id)?.commentsPulled ?? "") !== "").length;
}

export function pullInfoFor(caller: string, openDocId: string): PullInfo {
  const context = loadOwnerContext();
  const person = personOf(caller, context.roster, context.owner);
  const advisees: readonly Student[] = person.roles.has("advisor")
    ? adviseesOf(context.roster, person.email)
    : [];
  const round = workingRoundOf(context).name;
  const missing =
    advisees.length > 0
      ? missingCommentsFor(
          context.roster,
          advisees.map((s) => s.id),
          commentsAbout(context, person, advisees, round),
        )
      : [];
  return {
    round,
    email: person.email,
    isAdvisor: person.roles.has("advisor"),
    isCoordinator: person.roles.has("coordinator"),
    advisees: advisees.length,
    pulledAlready: pulledAlready(context, advisees, round),
    ...openDocStudent(context, person, openDocId, round),
    missing,
  };
}
