/*
 * The Create conference docs sidebar's endpoints. The hub owner runs the docs run directly;
 * anyone else (an advisor) asks the web app, which runs as the owner.
 */
import { type DocScope, parseScope } from "../domain/conference-doc/plan";
import { storedHubOwner } from "../workspace/hub-store";
import { effectiveUserEmail } from "../workspace/session";
import { callWebApp } from "../workspace/web-app-client";
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

export function getDocsSidebarInfo(): DocsSidebarInfo {
  const context = loadHubContext();
  const person = currentPerson(context);
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

export function createConferenceDocs(scope: DocScope): DocsProgress {
  const checked = parseScope(scope);
  const me = effectiveUserEmail().toLowerCase();
  if (me === storedHubOwner()) return runConferenceDocs(checked, me);
  return callWebApp("createDocs", { scope: checked }) as DocsProgress;
}
