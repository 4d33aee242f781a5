/*
 * Which round a comment belongs to, and what a save may do given the round it writes into: a
 * comment with no round (from before comments had rounds) belongs to the round named after
 * Settings' term; a round with a comment window takes saves only inside it.
 */
import { ConferError } from "../errors";
import { sameRoundName } from "../rounds/model";
import { commentWindowOpen, type WorkingRound } from "../rounds/working-round";
import type { TeacherComment } from "./model";
import type { SaveRequest } from "./save";

export class WindowClosedError extends ConferError {
  readonly code = "refused";

  constructor(message: string) {
    super(message);
    this.name = "WindowClosedError";
  }
}

export function roundOf(comment: TeacherComment, term: string): string {
  return comment.round.trim() || term.trim();
}

export function inRound(comment: TeacherComment, round: string, term: string): boolean {
  return sameRoundName(roundOf(comment, term), round);
}

/**
 * Why the working round takes no save today (YYYY-MM-DD, the school's time zone), or undefined.
 * A coordinator's withdrawals are never held to the window.
 */
export function windowRefusal(
  working: WorkingRound,
  today: string,
  request: SaveRequest,
  isCoordinator: boolean,
): string | undefined {
  const window = working.round?.comments;
  if (!window || commentWindowOpen(working, today)) return undefined;
  if (isCoordinator && request.entries.every((entry) => entry.withdraw)) return undefined;
  return `Nothing was saved: “${working.name}” takes comments from ${window.from} to ${window.to}.`;
}
