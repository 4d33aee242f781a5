/*
 * Import roster, run as the hub owner for a coordinator: they upload Confer's tables or a OneRoster
 * set, previewed first (see preview.ts). Under the script lock Confer reads the hub, refuses an
 * upload whose preview no longer holds (its fingerprint differs), validates all of it and either
 * lists every problem and writes nothing, or writes the whole merged roster to the Roster Import
 * tab first, then the Students, Staff and Classes tabs (one write each), checks what they hold,
 * moves the comments of students who changed grade to their new grade's tab (making the tab if
 * the hub has none yet), and clears the Roster Import tab. An import stopped anywhere reads as the
 * new roster and is finished by the next one. Grades the roster uses and Settings lacks are added
 * to Settings' grades, each with its comments tab; those and the other warnings come back.
 */
import { classToRow, staffToRow, studentToRow } from "../../domain/hub/roster-rows";
import {
  CLASSES_TAB,
  commentTab,
  SETTINGS_TAB,
  STAFF_TAB,
  STUDENTS_TAB,
} from "../../domain/hub/tabs";
import {
  importRoster as decideImport,
  fingerprintChanges,
  formatProblem,
  type ImportOutcome,
  type MergeSummary,
  type RosterUpload,
  rosterFingerprint,
  stalePreviewMessage,
} from "../../domain/roster";
import type { Roster } from "../../domain/roster/model";
import { type Settings, settingsToRows } from "../../domain/settings/settings";
import { readAssignedAdvisors } from "../../workspace/assigned-advisors";
import type { Hub } from "../../workspace/hub-store";
import { replaceRows, tabOf } from "../../workspace/hub-store";
import { ensureTab } from "../../workspace/hub-tabs";
import { markLogApplied } from "../../workspace/log-marks";
import { cacheRoster, dropCachedRoster } from "../../workspace/roster-cache";
import {
  clearImportJournal,
  readImportJournal,
  writeImportJournal,
} from "../../workspace/roster-journal";
import { regradeComments } from "../comments/regrade";
import { type HubContext, loadHubContext, rosterInTabs } from "../hub/context";
import { withScriptLock } from "../hub/script-lock";

export type RosterImportResult =
  | {
      readonly imported: true;
      readonly summary: MergeSummary;
      readonly students: number;
      /** Comments moved with students who changed grade. */
      readonly regraded: number;
      /** What the school can fix later, e.g. a student with no email. */
      readonly warnings: readonly string[];
      /** Students imported without an advisor. */
      readonly needsAdvisor: readonly string[];
      /** Grades added to Settings, each with its comments tab. */
      readonly addedGrades: readonly string[];
    }
  | {
      readonly imported: false;
      readonly problems: readonly string[];
      readonly warnings: readonly string[];
      /** Set when the preview applied no longer holds: what changed, in one sentence. */
      readonly stale?: string;
    };

/** An upload to apply; `fingerprint` ties it to the preview the coordinator saw (previewRoster). */
export type RosterImportRequest = RosterUpload & { readonly fingerprint?: string };

interface Applied {
  readonly result: RosterImportResult;
  /** The Comment Log row the comment tabs hold once written (see markLogApplied). */
  readonly logged: number;
  readonly written?: Roster;
}

/** A preview that no longer holds: what changed, in one sentence. */
interface Stale {
  readonly stale: string;
}

const refused = (result: RosterImportResult): Applied => ({ result, logged: 0 });

export function importRosterFor(request: RosterImportRequest, actor: string): RosterImportResult {
  const { fingerprint, ...rest } = request;
  const upload = rest as RosterUpload;
  return importUnderLock(actor, (context) => {
    if (fingerprint !== undefined) {
      const current = rosterFingerprint(upload, context.settings, context.roster);
      const changes = fingerprintChanges(String(fingerprint), current);
      if (changes.length > 0) {
        return {
          stale: stalePreviewMessage(changes, readImportJournal(context.hub) !== undefined),
        };
      }
    }
    return decideImport(upload, context.settings, context.roster, readAssignedAdvisors());
  });
}

/**
 * Every roster source's import: under the script lock, the hub is read, the import decided
 * against it and written whole, or its problems answered with nothing written.
 */
export function importUnderLock(
  actor: string,
  decide: (context: HubContext) => ImportOutcome | Stale,
): RosterImportResult {
  const done = withScriptLock(
    (): Applied => {
      const context = loadHubContext();
      const outcome = decide(context);
      if ("stale" in outcome) {
        return refused({ imported: false, problems: [], warnings: [], stale: outcome.stale });
      }
      if (!outcome.ok) {
        const warnings = outcome.warnings.map(formatProblem);
        return refused({ imported: false, problems: outcome.messages, warnings });
      }
      return writeImport(context, outcome, actor);
    },
    ({ logged, written }) => {
      if (written) markLogApplied("comments", logged);
    },
  );
  if (done.written) cacheRoster(done.written);
  return done.result;
}

/** Under the lock: the journal, the three tabs, added grades, regraded comments, then done. */
function writeImport(
  context: HubContext,
  outcome: Extract<ImportOutcome, { ok: true }>,
  actor: string,
): Applied {
  const { hub, settings } = context;
  const { roster, addedGrades } = outcome;
  const grades = [...settings.grades, ...addedGrades];
  dropCachedRoster();
  writeImportJournal(hub, roster);
  SpreadsheetApp.flush();
  writeRosterTabs(hub, roster);
  if (addedGrades.length > 0) addGrades(hub, { ...settings, grades }, addedGrades);
  const regraded = regradeComments(hub, roster, grades, actor);
  clearImportJournal(hub);
  return {
    written: roster,
    logged: regraded.logged,
    result: {
      imported: true,
      summary: outcome.summary,
      students: roster.students.length,
      regraded: regraded.moved,
      warnings: outcome.warnings.map(formatProblem),
      needsAdvisor: outcome.needsAdvisor,
      addedGrades,
    },
  };
}

/** Saves Settings with the grades the import added, and makes each one's comments tab. */
function addGrades(hub: Hub, settings: Settings, added: readonly string[]): void {
  replaceRows(tabOf(hub, SETTINGS_TAB), SETTINGS_TAB, settingsToRows(settings));
  for (const grade of added) ensureTab(hub, commentTab(grade));
}

/** Writes the three roster tabs and reads back what they hold; throws when it is not the roster. */
function writeRosterTabs(hub: Hub, roster: Roster): void {
  replaceRows(tabOf(hub, STUDENTS_TAB), STUDENTS_TAB, roster.students.map(studentToRow));
  replaceRows(tabOf(hub, STAFF_TAB), STAFF_TAB, roster.staff.map(staffToRow));
  replaceRows(tabOf(hub, CLASSES_TAB), CLASSES_TAB, roster.classes.map(classToRow));
  SpreadsheetApp.flush();
  const held = rosterInTabs(hub);
  const counts = (r: Roster) => [r.students.length, r.staff.length, r.classes.length].join("/");
  if (counts(held) !== counts(roster)) {
    throw new Error(
      `The roster tabs hold ${counts(held)} students/staff/classes after the import, not ${counts(roster)}; the import is kept in the Roster Import tab and the next import finishes it.`,
    );
  }
}
