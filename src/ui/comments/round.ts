/*
 * The Enter comments sidebar's round: which round the grid writes into and its comment window,
 * and the teacher's own comments of earlier rounds as a read-only list, one block per round.
 */
import type { EarlierComment } from "../../domain/comments/views";
import type { CommentRoundView } from "../../server/comments/grid";
import { el } from "../shared/elements";
import { roundLead } from "../shared/round-lead";

function windowLine(round: CommentRoundView, into: string, it: string): string {
  if (!round.window) return `Your comments go into ${into}.`;
  const { from, to } = round.window;
  return round.open
    ? `Your comments go into ${into}; ${it} takes comments from ${from} to ${to}.`
    : `${it[0]!.toUpperCase()}${it.slice(1)} takes comments from ${from} to ${to}: saving is closed today.`;
}

export function roundLine(round: CommentRoundView): string {
  return roundLead(
    round.name,
    windowLine(round, "it", "it"),
    windowLine(round, "this term", "this term"),
  );
}

export function earlierBlocks(earlier: readonly EarlierComment[]): HTMLElement[] {
  const rounds = new Map<string, EarlierComment[]>();
  for (const comment of earlier)
    rounds.set(comment.round, [...(rounds.get(comment.round) ?? []), comment]);
  return [...rounds].map(([round, comments]) =>
    el(
      "details",
      {},
      el("summary", {
        text: `${round || "Earlier"}: ${comments.length} ${comments.length === 1 ? "comment" : "comments"}`,
      }),
      el(
        "ul",
        { className: "earlier" },
        ...comments.map((c) =>
          el(
            "li",
            {},
            el("strong", {
              text: `${c.studentName} · Period ${c.period} ${c.course}${c.withdrawn ? " (withdrawn)" : ""}`,
            }),
            el("span", { className: "earlier-text", text: c.text }),
          ),
        ),
      ),
    ),
  );
}
