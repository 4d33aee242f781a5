/*
 * The locked comment layer. It runs only inside the web app, as the hub owner, for a caller
 * known by Session.getActiveUser(): validate the request against the round it writes into (the
 * working round, and its comment window), take the script lock (bounded), bring
 * the grade tabs up to the Comment Log if an earlier save stopped half-way, read the grade tabs
 * in one batched read each, append the log entries first (the log is the truth), then write the
 * changed rows in one batched write each, flush, release.
 */

import type { LogEntry, TeacherComment } from "../../domain/comments/model";
import { replayLog } from "../../domain/comments/rebuild";
import { inRound, WindowClosedError, windowRefusal } from "../../domain/comments/rounds";
import {
  checkRequest,
  decideSave,
  type EntryResult,
  ForgedRequestError,
  type SaveRequest,
} from "../../domain/comments/save";
import { canRead, type MissingComment, missingComments } from "../../domain/comments/views";
import { type Person, personOf, requireRole } from "../../domain/roles";
import type { Roster } from "../../domain/roster/model";
import { roundOfUnmarkedRows } from "../../domain/settings/settings";
import {
  appendLog,
  logLastRow,
  readGradeComments,
  readLog,
  rewriteGradeTab,
  writeGradeComments,
} from "../../workspace/comment-store";
import { type Hub, openHub, storedHubOwner } from "../../workspace/hub-store";
import { markLogApplied, noteTabRewritten } from "../../workspace/log-marks";
import { loadSettings, rosterOf } from "../hub/context";
import { withScriptLock } from "../hub/script-lock";
import { todayIn, workingRoundOf } from "../rounds/working-round";
import { catchUpWithLog } from "./log-catch-up";
import { bringUpToDate, readBeforeLock } from "./tab-readings";

/** The grades of these students, each once; a student with no grade yet has no comments tab. */
export function gradesOf(roster: Roster, studentIds: readonly string[]): string[] {
  const wanted = new Set(studentIds);
  const grades = roster.students.filter((s) => wanted.has(s.id)).map((s) => s.grade);
  return [...new Set(grades.filter((grade) => grade !== ""))];
}

function nowIso(): string {
  return new Date().toISOString();
}

function newCommentId(): string {
  return `C-${Utilities.getUuid().slice(0, 8)}`;
}

export interface SaveCommentsResult {
  readonly results: readonly EntryResult[];
}

export function saveCommentsFor(caller: string, request: SaveRequest): SaveCommentsResult {
  const hub = openHub();
  const roster = rosterOf(hub);
  const settings = loadSettings(hub);
  const working = workingRoundOf({ hub, settings });
  const person = personOf(caller, roster, storedHubOwner());
  const base = {
    caller: person.email,
    isCoordinator: person.roles.has("coordinator"),
    roster,
    round: working.name,
    term: roundOfUnmarkedRows(settings),
    now: nowIso(),
    newId: newCommentId,
  };
  let schoolClass: ReturnType<typeof checkRequest>;
  try {
    schoolClass = checkRequest(request, { ...base, existing: [] });
  } catch (error) {
    if (error instanceof ForgedRequestError) {
      const refused: LogEntry = {
        time: base.now,
        actor: base.caller,
        action: "refused",
        commentId: "",
        before: null,
        after: null,
        reason: error.message,
      };
      withScriptLock(
        () => {
          const logged = catchUpWithLog(hub);
          appendLog(hub, [refused]);
          return logged + 1;
        },
        (logged) => markLogApplied("comments", logged),
      );
    }
    throw error;
  }
  const closed = windowRefusal(working, todayIn(settings.timeZone), request, base.isCoordinator);
  if (closed) throw new WindowClosedError(closed);
  const grades = gradesOf(
    roster,
    request.entries.map((e) => e.studentId).filter((id) => schoolClass.studentIds.includes(id)),
  );
  const early = readBeforeLock(hub, grades);
  const saved = withScriptLock(
    () => {
      const { stores, logged } = bringUpToDate(hub, early);
      const existing = stores.flatMap((store) => store.comments);
      const decision = decideSave(request, { ...base, existing });
      const stranded = decision.writes.filter((c) => !grades.includes(c.grade));
      if (stranded.length > 0)
        throw new Error(`No comment tab was read for grade ${stranded[0]!.grade}.`);
      appendLog(hub, decision.log);
      for (const store of stores) {
        writeGradeComments(
          store,
          decision.writes.filter((c) => c.grade === store.grade),
        );
      }
      return { results: decision.results, logged: logged + decision.log.length };
    },
    ({ logged }) => markLogApplied("comments", logged),
  );
  return { results: saved.results };
}

function allComments(hub: Hub, grades: readonly string[]): TeacherComment[] {
  return grades.flatMap((grade) => readGradeComments(hub, grade).comments);
}

/** The comments a person may read, for the advisor's pull and the coordinator's views. */
export function readableComments(
  person: Person,
  roster: Roster,
  hub: Hub,
  grades: readonly string[],
): TeacherComment[] {
  return allComments(hub, grades).filter((comment) => canRead(person, roster, comment));
}

export interface MissingCommentsView {
  /** The round the list is for: the working round. */
  readonly round: string;
  readonly missing: readonly MissingComment[];
}

export function missingCommentsFor(caller: string): MissingCommentsView {
  const hub = openHub();
  const roster = rosterOf(hub);
  requireRole(personOf(caller, roster, storedHubOwner()), "coordinator", "see missing comments");
  const settings = loadSettings(hub);
  const round = workingRoundOf({ hub, settings }).name;
  const comments = allComments(hub, settings.grades).filter((c) =>
    inRound(c, round, roundOfUnmarkedRows(settings)),
  );
  return { round, missing: missingComments(roster, comments) };
}

export function rebuildCommentTabsFor(caller: string): { grades: Record<string, number> } {
  const hub = openHub();
  const roster = rosterOf(hub);
  requireRole(
    personOf(caller, roster, storedHubOwner()),
    "coordinator",
    "rebuild the comment tabs",
  );
  const grades = loadSettings(hub).grades;
  let logged = 1;
  return withScriptLock(
    () => {
      const byGrade = replayLog(readLog(hub));
      const counts: Record<string, number> = {};
      for (const grade of grades) {
        const comments = byGrade.get(grade) ?? [];
        rewriteGradeTab(hub, grade, comments);
        counts[grade] = comments.length;
      }
      logged = logLastRow(hub);
      return { grades: counts };
    },
    () => {
      noteTabRewritten("comments");
      markLogApplied("comments", logged);
    },
  );
}
