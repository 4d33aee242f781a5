/*
 * What the Create conference docs sidebar shows its caller, read as the hub owner: their roles,
 * the grades, how many advisees they have, and for coordinators the last run's progress.
 */
import { type DocsProgress, lastDocsProgress } from "./conference-docs";
import { currentPerson, loadHubContext } from "./hub-context";

export interface DocsSidebarInfo {
  readonly email: string;
  readonly isCoordinator: boolean;
  readonly isAdvisor: boolean;
  readonly grades: readonly string[];
  readonly advisees: number;
  readonly last: DocsProgress | null;
}

export function docsSidebarInfoFor(caller: string): DocsSidebarInfo {
  const context = loadHubContext();
  const person = currentPerson(context, caller);
  return {
    email: person.email,
    isCoordinator: person.roles.has("coordinator"),
    isAdvisor: person.roles.has("advisor"),
    grades: context.settings.grades,
    advisees: context.roster.students.filter((s) => s.active && s.advisorEmail === person.email)
      .length,
    last: person.roles.has("coordinator") ? lastDocsProgress() : null,
  };
}
