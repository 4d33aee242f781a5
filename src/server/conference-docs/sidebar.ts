/*
 * What the Create conference docs sidebar shows its caller, read as the hub owner: the round the
 * docs are for, their roles, the grades, how many advisees they have, and the last run's progress
 * in that round: every run's for coordinators, a run for their own advisees for an advisor.
 */

import { adviseesOf } from "../../domain/pull/scope";
import { currentPerson, loadHubContext } from "../hub/context";
import { workingRoundOf } from "../rounds/working-round";
import { type DocsProgress, lastDocsProgress } from "./run";

export interface DocsSidebarInfo {
  /** The working round, "" when none is open and Settings has no term. */
  readonly round: string;
  readonly email: string;
  readonly isCoordinator: boolean;
  readonly isAdvisor: boolean;
  readonly grades: readonly string[];
  readonly advisees: number;
  readonly last: DocsProgress | null;
}

function lastRunFor(email: string, isCoordinator: boolean, round: string): DocsProgress | null {
  const last = lastDocsProgress();
  if (!last || (last.round !== undefined && last.round !== round)) return null;
  return isCoordinator || (email !== "" && last.advisorEmail === email) ? last : null;
}

export function docsSidebarInfoFor(caller: string): DocsSidebarInfo {
  const context = loadHubContext();
  const person = currentPerson(context, caller);
  const round = workingRoundOf(context).name;
  return {
    round,
    email: person.email,
    isCoordinator: person.roles.has("coordinator"),
    isAdvisor: person.roles.has("advisor"),
    grades: context.settings.grades,
    advisees: adviseesOf(context.roster, person.email).length,
    last: lastRunFor(person.email, person.roles.has("coordinator"), round),
  };
}
