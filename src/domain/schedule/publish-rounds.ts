/*
 * What the hub's rounds allow a publish: on a hub with open rounds, slots go into one of them,
 * by name in any case, of the matching kind (conferences into a student-led round, office hours
 * into an office-hours round), with conference days inside the round's conference days. A hub
 * with no open round keeps free round names, as it did before rounds. A classroom round is its
 * teacher's and takes no slots: it never makes a hub one with open rounds, and its name is
 * never a publish's.
 */
import type { Round } from "../rounds/model";
import { sameRoundName } from "../rounds/model";
import { ScheduleInputError } from "./errors";
import type { PublishRequest } from "./publish";

const ROUND_KIND_OF: Readonly<Record<PublishRequest["kind"], Round["kind"]>> = {
  conference: "student-led",
  "office-hours": "office-hours",
};

/** The request with its round spelled as the Rounds tab spells it. */
export function checkAgainstRounds(
  request: PublishRequest,
  rounds: readonly Round[],
): PublishRequest {
  const kind = ROUND_KIND_OF[request.kind];
  const classroom = rounds.find(
    (r) => r.kind === "classroom" && sameRoundName(r.name, request.round),
  );
  if (classroom) {
    throw new ScheduleInputError(
      "Round",
      classroom.name,
      `is ${classroom.hostEmail}'s classroom round, which takes no published slots; its teacher plans it in Classroom cycle`,
    );
  }
  const open = rounds.filter((round) => round.state === "open" && round.kind !== "classroom");
  if (open.length === 0) return request;
  const fitting = open.filter((round) => round.kind === kind);
  const round = open.find((r) => sameRoundName(r.name, request.round));
  const choices =
    fitting.length === 0
      ? `no ${kind} round is open; a coordinator opens one in Confer ▸ Rounds…`
      : `open ${kind} rounds: ${fitting.map((r) => r.name).join(", ")}`;
  if (!round) {
    throw new ScheduleInputError("Round", request.round, `is not an open round (${choices})`);
  }
  if (round.kind !== kind) {
    throw new ScheduleInputError(
      "Round",
      round.name,
      `is a round of ${round.kind}, not of ${request.kind === "conference" ? "conferences" : "office hours"} (${choices})`,
    );
  }
  if (request.kind === "conference") {
    const { from, to } = round.conference;
    const outside = request.days.filter((day) => day < from || day > to);
    if (outside.length > 0) {
      throw new ScheduleInputError(
        outside.length === 1 ? "Day" : "Days",
        outside.join(", "),
        `${outside.length === 1 ? "is" : "are"} outside “${round.name}”'s conference days, ${from} to ${to}`,
      );
    }
  }
  return { ...request, round: round.name };
}
