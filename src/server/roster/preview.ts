/*
 * Preview roster import, run as the hub owner for a coordinator: the whole import decided on the
 * hub as it is, and nothing written. The answer carries what the import would add, update and
 * make inactive, the guardians' languages, the warnings and the problems, and a fingerprint of
 * the upload, roster and Settings it was computed against, which applying it must match.
 */
import type { MergeSummary, RosterUpload } from "../../domain/roster";
import {
  importRoster as decideImport,
  formatProblem,
  type LanguageCount,
  rosterFingerprint,
} from "../../domain/roster";
import { readAssignedAdvisors } from "../../workspace/assigned-advisors";
import { loadHubContext } from "../hub/context";

export interface RosterPreviewResult {
  readonly ok: boolean;
  readonly fingerprint: string;
  readonly summary?: MergeSummary;
  readonly languages?: readonly LanguageCount[];
  readonly addedGrades?: readonly string[];
  readonly needsAdvisor: readonly string[];
  readonly warnings: readonly string[];
  readonly problems: readonly string[];
}

export function previewRosterFor(upload: RosterUpload): RosterPreviewResult {
  const context = loadHubContext();
  const fingerprint = rosterFingerprint(upload, context.settings, context.roster);
  const outcome = decideImport(upload, context.settings, context.roster, readAssignedAdvisors());
  const warnings = outcome.warnings.map(formatProblem);
  if (!outcome.ok) {
    return { ok: false, fingerprint, needsAdvisor: [], warnings, problems: outcome.messages };
  }
  return {
    ok: true,
    fingerprint,
    summary: outcome.summary,
    languages: outcome.languages,
    addedGrades: outcome.addedGrades,
    needsAdvisor: outcome.needsAdvisor,
    warnings,
    problems: [],
  };
}
