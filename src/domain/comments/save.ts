/*
 * Deciding a teacher's save of a class's comments, entry by entry, against the roster and the
 * comments as they stand: what is created, edited or withdrawn, what conflicts with a newer
 * version, and what is refused and why. A save writes into one round: a teacher's comment on a
 * student in a class is one per round, and an earlier round's comments are read-only (a
 * coordinator may still withdraw one). Nothing here touches a sheet.
 */
import { ConferError } from "../errors";
import type { Roster, SchoolClass, Student } from "../roster/model";
import { type LogEntry, MAX_COMMENT_LENGTH, type TeacherComment } from "./model";
import { inRound, roundOf } from "./rounds";

export interface SaveEntry {
  readonly studentId: string;
  readonly text: string;
  /** The comment being edited, with the version the teacher saw; absent for a new comment. */
  readonly commentId?: string;
  readonly version?: number;
  readonly withdraw?: boolean;
}

export interface SaveRequest {
  readonly classId: string;
  /** Who the sidebar says is writing; must be the caller. */
  readonly teacherEmail: string;
  readonly entries: readonly SaveEntry[];
}

export type EntryResult =
  | { readonly studentId: string; readonly outcome: "saved"; readonly comment: TeacherComment }
  | { readonly studentId: string; readonly outcome: "unchanged"; readonly comment: TeacherComment }
  | { readonly studentId: string; readonly outcome: "conflict"; readonly current: TeacherComment }
  | { readonly studentId: string; readonly outcome: "refused"; readonly reason: string };

export interface SaveDecision {
  readonly results: readonly EntryResult[];
  /** Comments to write: new ones and changed ones, in entry order. */
  readonly writes: readonly TeacherComment[];
  readonly log: readonly LogEntry[];
}

export interface SaveContext {
  readonly caller: string;
  readonly isCoordinator: boolean;
  readonly roster: Roster;
  /** The grade's comments as they stand, read under the lock. */
  readonly existing: readonly TeacherComment[];
  /** The round the save writes into, by name. */
  readonly round: string;
  /** Settings' term: a comment with no round belongs to the round named after it. */
  readonly term: string;
  readonly now: string;
  readonly newId: () => string;
}

export class ForgedRequestError extends ConferError {
  readonly code = "forged";

  constructor(message: string) {
    super(message);
    this.name = "ForgedRequestError";
  }
}

/** Refuses a request that could not have come from the caller's own sidebar. */
export function checkRequest(request: SaveRequest, context: SaveContext): SchoolClass {
  const schoolClass = context.roster.classes.find((c) => c.id === request.classId);
  if (!schoolClass) throw new ForgedRequestError(`There is no class “${request.classId}”.`);
  const teacher = request.teacherEmail.trim().toLowerCase();
  if (teacher !== context.caller) {
    throw new ForgedRequestError(
      `${context.caller || "An unknown caller"} cannot write comments as ${teacher}.`,
    );
  }
  if (schoolClass.teacherEmail !== context.caller && !context.isCoordinator) {
    throw new ForgedRequestError(
      `${context.caller} does not teach ${schoolClass.course} (${schoolClass.id}).`,
    );
  }
  return schoolClass;
}

function textProblem(text: string): string | undefined {
  if (text.trim() === "") return "the comment is empty";
  if (text.length > MAX_COMMENT_LENGTH) {
    return `the comment is ${text.length} characters; the limit is ${MAX_COMMENT_LENGTH}`;
  }
  return undefined;
}

function displayName(student: Student): string {
  return `${student.preferredName || student.givenName} ${student.familyName}`;
}

/**
 * Whether the comment already says what the entry asks for: the author's retry of a save that
 * went through (or whose log entry did) is unchanged, not a conflict with its own earlier try.
 */
function alreadySaved(item: SaveRequest["entries"][number], current: TeacherComment): boolean {
  return item.withdraw
    ? current.status === "withdrawn"
    : current.status === "active" && current.text === item.text;
}

export function decideSave(request: SaveRequest, context: SaveContext): SaveDecision {
  const schoolClass = checkRequest(request, context);
  const enrolled = new Set(schoolClass.studentIds);
  const students = new Map(context.roster.students.map((s) => [s.id, s]));
  const byId = new Map(context.existing.map((c) => [c.id, c]));
  const mine = new Map(
    context.existing
      .filter(
        (c) =>
          c.classId === schoolClass.id &&
          c.teacherEmail === context.caller &&
          inRound(c, context.round, context.term),
      )
      .map((c) => [c.studentId, c]),
  );
  const results: EntryResult[] = [];
  const writes: TeacherComment[] = [];
  const log: LogEntry[] = [];
  const entry = (
    action: LogEntry["action"],
    before: TeacherComment | null,
    after: TeacherComment | null,
    reason = "",
  ) =>
    log.push({
      time: context.now,
      actor: context.caller,
      action,
      commentId: (after ?? before)?.id ?? "",
      before,
      after,
      reason,
    });

  const seen = new Set<string>();
  for (const item of request.entries) {
    if (seen.has(item.studentId)) {
      results.push({
        studentId: item.studentId,
        outcome: "refused",
        reason: "the same student appears twice in one save",
      });
      continue;
    }
    seen.add(item.studentId);
    const student = students.get(item.studentId);
    if (!student || !enrolled.has(item.studentId)) {
      const reason = student
        ? `${displayName(student)} is not enrolled in ${schoolClass.course} (${schoolClass.id})`
        : `there is no student with ID “${item.studentId}”`;
      results.push({ studentId: item.studentId, outcome: "refused", reason });
      entry("refused", null, null, `${reason} (${schoolClass.id})`);
      continue;
    }
    if (student.grade === "") {
      const reason = `${displayName(student)} has no grade in the roster yet, so no comments tab: a coordinator imports their grade first`;
      results.push({ studentId: item.studentId, outcome: "refused", reason });
      continue;
    }
    const current = item.commentId ? byId.get(item.commentId) : mine.get(item.studentId);
    if (item.commentId && !current) {
      results.push({
        studentId: item.studentId,
        outcome: "refused",
        reason: `comment ${item.commentId} does not exist`,
      });
      continue;
    }
    if (current && current.teacherEmail !== context.caller && !context.isCoordinator) {
      const reason = `the comment on ${displayName(student)} is ${current.teacherEmail}'s; only its author or a coordinator may change it`;
      results.push({ studentId: item.studentId, outcome: "refused", reason });
      entry("refused", current, null, reason);
      continue;
    }
    if (current && (current.studentId !== item.studentId || current.classId !== schoolClass.id)) {
      const reason = `comment ${current.id} is about another student or class, not ${displayName(student)} in ${schoolClass.id}`;
      results.push({ studentId: item.studentId, outcome: "refused", reason });
      entry("refused", current, null, reason);
      continue;
    }
    if (
      current &&
      !inRound(current, context.round, context.term) &&
      !(item.withdraw && context.isCoordinator)
    ) {
      results.push({
        studentId: item.studentId,
        outcome: "refused",
        reason: `the comment on ${displayName(student)} belongs to “${roundOf(current, context.term)}”, an earlier round, so it is read-only; comments now go into “${context.round}”`,
      });
      continue;
    }
    if (current && current.teacherEmail === context.caller && alreadySaved(item, current)) {
      results.push({ studentId: item.studentId, outcome: "unchanged", comment: current });
      continue;
    }
    if (current && item.version !== current.version) {
      results.push({ studentId: item.studentId, outcome: "conflict", current });
      continue;
    }
    if (item.withdraw) {
      if (!current) {
        results.push({
          studentId: item.studentId,
          outcome: "refused",
          reason: "there is no comment to withdraw",
        });
        continue;
      }
      if (current.status === "withdrawn") {
        results.push({ studentId: item.studentId, outcome: "unchanged", comment: current });
        continue;
      }
      const withdrawn = {
        ...current,
        status: "withdrawn" as const,
        version: current.version + 1,
        updated: context.now,
      };
      writes.push(withdrawn);
      entry("withdraw", current, withdrawn);
      results.push({ studentId: item.studentId, outcome: "saved", comment: withdrawn });
      continue;
    }
    const problem = textProblem(item.text);
    if (problem) {
      results.push({ studentId: item.studentId, outcome: "refused", reason: problem });
      continue;
    }
    if (current && current.text === item.text && current.status === "active") {
      results.push({ studentId: item.studentId, outcome: "unchanged", comment: current });
      continue;
    }
    const saved: TeacherComment = current
      ? {
          ...current,
          text: item.text,
          status: "active",
          version: current.version + 1,
          updated: context.now,
        }
      : {
          id: context.newId(),
          studentId: student.id,
          studentName: displayName(student),
          grade: student.grade,
          classId: schoolClass.id,
          period: schoolClass.period,
          teacherEmail: context.caller,
          text: item.text,
          version: 1,
          created: context.now,
          updated: context.now,
          status: "active",
          round: context.round,
        };
    writes.push(saved);
    entry(
      current ? (current.status === "withdrawn" ? "restore" : "edit") : "create",
      current ?? null,
      saved,
    );
    results.push({ studentId: item.studentId, outcome: "saved", comment: saved });
  }
  return { results, writes, log };
}
