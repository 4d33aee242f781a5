/*
 * A teacher's Enter comments grid, read as the hub owner for the caller: their classes, the
 * chosen class's students with the teacher's comments of the working round, the round itself and
 * whether its comment window takes saves today, and the teacher's comments of earlier rounds.
 */
import { inRound } from "../../domain/comments/rounds";
import {
  type ClassGrid,
  classesOf,
  classGrid,
  type EarlierComment,
  earlierComments,
} from "../../domain/comments/views";
import { personOf, requireRole } from "../../domain/roles";
import type { DayRange } from "../../domain/rounds/model";
import { commentWindowOpen, type WorkingRound } from "../../domain/rounds/working-round";
import { roundOfUnmarkedRows } from "../../domain/settings/settings";
import { readGradeComments } from "../../workspace/comment-store";
import { openHub, storedHubOwner } from "../../workspace/hub-store";
import { loadSettings, rosterOf } from "../hub/context";
import { todayIn, workingRoundOf } from "../rounds/working-round";
import { gradesOf } from "./layer";

/** The round a sidebar writes comments into, and whether its window takes them today. */
export interface CommentRoundView {
  readonly name: string;
  /** The round's comment window; absent for the term's round, which has none. */
  readonly window?: DayRange;
  readonly open: boolean;
}

export interface CommentGridView {
  readonly round: CommentRoundView;
  readonly classes: readonly { id: string; course: string; period: string; grade: string }[];
  readonly grid: ClassGrid | null;
  /** The caller's own comments of earlier rounds, on the chosen class's grades; read-only. */
  readonly earlier: readonly EarlierComment[];
}

function roundView(working: WorkingRound, today: string): CommentRoundView {
  return {
    name: working.name,
    ...(working.round ? { window: working.round.comments } : {}),
    open: commentWindowOpen(working, today),
  };
}

export function commentGridFor(caller: string, classId: string | undefined): CommentGridView {
  const hub = openHub();
  const roster = rosterOf(hub);
  const person = personOf(caller, roster, storedHubOwner());
  const classes = classesOf(roster, person.email);
  if (classes.length === 0 && !person.roles.has("coordinator")) {
    requireRole(person, "teacher", "enter comments");
  }
  const settings = loadSettings(hub);
  const working = workingRoundOf({ hub, settings });
  const round = roundView(working, todayIn(settings.timeZone));
  const chosen = classes.find((c) => c.id === classId) ?? classes[0];
  const summary = classes.map((c) => ({
    id: c.id,
    course: c.course,
    period: c.period,
    grade: c.grade,
  }));
  if (!chosen) return { round, classes: summary, grid: null, earlier: [] };
  const comments = gradesOf(roster, chosen.studentIds).flatMap(
    (grade) => readGradeComments(hub, grade).comments,
  );
  const current = comments.filter((c) => inRound(c, working.name, roundOfUnmarkedRows(settings)));
  return {
    round,
    classes: summary,
    grid: classGrid(roster, chosen.id, person.email, current),
    earlier: earlierComments(
      roster,
      person.email,
      comments,
      working.name,
      roundOfUnmarkedRows(settings),
    ),
  };
}
