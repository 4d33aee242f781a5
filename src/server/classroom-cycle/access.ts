/*
 * Whose classroom cycle it is: only the round's host teacher plans, changes and runs it; a
 * coordinator may read it. Everyone else is refused by name, before anything is read or written.
 */
import { NotAllowedError, type Person } from "../../domain/roles";
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
  return { context, person, round };
}
