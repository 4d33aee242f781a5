/*
 * Which update a family gets, from where the student's conference stands: the "we met, here is
 * the plan" update only once the conference is held and the plan written; before that a note of
 * the booked time, or an invitation to book; otherwise none, with the reason.
 */
import type { Slot } from "../schedule/model";

export type ConferenceState =
  | { readonly kind: "held" }
  | { readonly kind: "booked"; readonly start: string; readonly minutes: number }
  | { readonly kind: "missed" }
  | { readonly kind: "not-booked" };

export const UPDATE_KINDS = ["met", "booked", "invite"] as const;
export type UpdateKind = (typeof UPDATE_KINDS)[number];

export type UpdateChoice =
  | { readonly kind: UpdateKind }
  | { readonly kind: "none"; readonly reason: string };

/** The student's conference, from their conference-round slots: held wins over a booking. */
export function conferenceStateOf(slots: readonly Slot[], studentId: string): ConferenceState {
  const mine = slots.filter((s) => s.studentId === studentId && s.kind === "conference");
  if (mine.some((s) => s.status === "held")) return { kind: "held" };
  const booked = mine
    .filter((s) => s.status === "booked")
    .sort((a, b) => a.start.localeCompare(b.start))[0];
  if (booked) return { kind: "booked", start: booked.start, minutes: booked.minutes };
  if (mine.some((s) => s.status === "no-show")) return { kind: "missed" };
  return { kind: "not-booked" };
}

/** A conference marked held in the student's doc is held, whatever the schedule shows. */
export function withHeldInDoc(state: ConferenceState, heldInDoc: boolean): ConferenceState {
  return heldInDoc ? { kind: "held" } : state;
}

export function chooseUpdate(state: ConferenceState, planWritten: boolean): UpdateChoice {
  switch (state.kind) {
    case "held":
      return planWritten
        ? { kind: "met" }
        : {
            kind: "none",
            reason: "their conference was held but the Post-Conference Plan is not written yet",
          };
    case "booked":
      return { kind: "booked" };
    case "missed":
      return {
        kind: "none",
        reason: "they missed their conference; the no-show follow-up tells the family",
      };
    case "not-booked":
      return { kind: "invite" };
  }
}

const UPDATE_KIND_PLURALS: Readonly<Record<UpdateKind, readonly [string, string]>> = {
  met: ["plan after the conference", "plans after the conference"],
  booked: ["note of the booked time", "notes of the booked time"],
  invite: ["invitation to book", "invitations to book"],
};

/** "2 plans after the conference, 1 invitation to book": the kinds of drafts, counted. */
export function countByKind(kinds: readonly UpdateKind[]): string {
  const parts = (Object.keys(UPDATE_KIND_PLURALS) as UpdateKind[])
    .map((kind) => [kind, kinds.filter((k) => k === kind).length] as const)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} ${UPDATE_KIND_PLURALS[kind][n === 1 ? 0 : 1]}`);
  return parts.length === 0 ? "no drafts" : parts.join(", ");
}
