/*
 * Whose classroom cycle it is: only the round's host teacher plans, changes and runs it, while
 * the Classes tab still has them teaching every class of the round; a coordinator may read it.
 * Everyone else is refused by name, before anything is read or written.
 */
import { NotAllowedError, type Person } from "../../domain/roles";
import { classLabel } from "../../domain/rounds/classroom-round";
import { type Round, sameRoundName } from "../../domain/rounds/model";
import { readRoundRows } from "../../domain/rounds/rows";
import { RoundRefusedError } from "../../domain/rounds/transitions";
import { readRoundsTab } from "../../workspace/rounds-tab";
import { currentPerson, type HubContext, loadHubContext } from "../hub/context";

export interface CycleCaller {
  readonly context: HubContext;
  readonly person: Person;
  readonly round: Round;
}

export type CycleUse = "read" | "change";

function refuse(round: Round, person: Person, use: CycleUse): never {
  const who = person.email || "you";
  const also = use === "read" ? " and coordinators can see it" : " can change it";
  throw new NotAllowedError(
    `Only ${round.hostEmail}, who hosts “${round.name}”,${also}; ${who} cannot.`,
  );
}

/** A class of the round that left the Classes tab or its host: the host no longer runs its cycle. */
function refuseMovedClasses(context: HubContext, round: Round): void {
  for (const classId of round.classIds) {
    const found = context.roster.classes.find((c) => c.id === classId);
    if (found && found.teacherEmail.toLowerCase() === round.hostEmail) continue;
    throw new NotAllowedError(
      found
        ? `${classLabel(found)} (${classId}) of “${round.name}” is now taught by ${found.teacherEmail}, not by ${round.hostEmail}; nothing was changed or told.`
        : `Class ${classId} of “${round.name}” is no longer in the Classes tab; nothing was changed or told.`,
    );
  }
}

export function classroomRoundNamed(context: HubContext, name: unknown): Round {
  const wanted = typeof name === "string" ? name.trim() : "";
  const round = readRoundRows(readRoundsTab(context.hub))
    .entries.map((entry) => entry.round)
    .find((r) => r.kind === "classroom" && sameRoundName(r.name, wanted));
  if (!round) throw new RoundRefusedError(`There is no classroom round named “${wanted}”.`);
  return round;
}

/** The classroom round of that name, if the caller may use it so. */
export function cycleCaller(caller: string, name: unknown, use: CycleUse): CycleCaller {
  const context = loadHubContext();
  const person = currentPerson(context, caller);
  const round = classroomRoundNamed(context, name);
  const host = round.hostEmail.toLowerCase() === person.email;
  const coordinator = person.roles.has("coordinator");
  if (!host && !(use === "read" && coordinator)) refuse(round, person, use);
  if (use === "change") refuseMovedClasses(context, round);
  return { context, person, round };
}
