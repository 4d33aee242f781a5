/*
 * The Create conference docs sidebar's endpoints. They run as the hub owner: directly for the
 * coordinator, through the web app for an advisor.
 */
import { type DocScope, parseScope } from "../domain/conference-doc/plan";
import { asHubOwner } from "./as-owner";
import { type DocsProgress, lastDocsProgress, runConferenceDocs } from "./conference-docs";
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

export function getDocsSidebarInfo(): DocsSidebarInfo {
  return asHubOwner("docsSidebarInfo", {}, docsSidebarInfoFor);
}

export function createConferenceDocs(scope: DocScope): DocsProgress {
  const checked = parseScope(scope);
  return asHubOwner("createDocs", { scope: checked }, (caller) =>
    runConferenceDocs(checked, caller),
  );
}
