/*
 * A whole roster import as one decision: read the files (Confer's tables, text pasted from a
 * sheet, a OneRoster or SDS v2.1 set, bulk or delta, or an SDS classic set) or the Google
 * Classroom courses read, validate everything, and only then merge into the current roster.
 * Either every problem is reported and nothing changes, or the merged roster is
 * returned with the warnings (what the school can fix later) and the grades to add to Settings.
 */
import { type ClassroomUpload, readClassroom } from "./classroom-source";
import { readConferRoster } from "./confer-format";
import { applyDelta } from "./delta";
import { type LanguageCount, tallyGuardianLanguages } from "./guardian-languages";
import { keepAssignedAdvisors } from "./kept-advisors";
import { readManifest } from "./manifest";
import { type MergeSummary, mergeRoster } from "./merge";
import type { Roster, RosterSettings } from "./model";
import { readOneRoster } from "./oneroster";
import { formatProblem, type Problem } from "./problem";
import { readSdsClassic, type SdsClassicUpload } from "./sds-classic";
import type { ParsedRoster } from "./source";
import { asTableSource } from "./table";
import { NEEDS_ADVISOR, validateRoster } from "./validate";

export { asTableSource };

export type RosterUpload =
  | {
      readonly format: "confer";
      readonly students: string;
      readonly staff: string;
      readonly classes: string;
    }
  | {
      readonly format: "oneroster";
      readonly users: string;
      readonly classes: string;
      readonly enrollments: string;
      readonly roles?: string;
      readonly userProfiles?: string;
      readonly manifest?: string;
      readonly advisors?: string;
      /** A guardian's or a student's sourcedId and a language, per row. */
      readonly languages?: string;
      /** Microsoft School Data Sync v2.1's guardian links. */
      readonly relationships?: string;
      /** A course title or class sourcedId whose teacher advises its students. */
      readonly homeroomCourse?: string;
    }
  | SdsClassicUpload;

export type ImportOutcome =
  | {
      readonly ok: true;
      readonly roster: Roster;
      readonly summary: MergeSummary;
      readonly warnings: readonly Problem[];
      /** Grades to add to Settings (each warned about), in the order first met. */
      readonly addedGrades: readonly string[];
      /** The imported students still without an advisor, named as the warnings name them. */
      readonly needsAdvisor: readonly string[];
      /** The imported guardians' languages, and where each came from. */
      readonly languages: readonly LanguageCount[];
    }
  | {
      readonly ok: false;
      readonly problems: readonly Problem[];
      readonly messages: readonly string[];
      readonly warnings: readonly Problem[];
    };

const isDelta = (manifest: string | undefined) => readManifest(manifest, []).delta;

/** The files of a OneRoster (or SDS v2.1) set it may leave out, as the upload names them. */
export const ONEROSTER_OPTIONAL_FILES = [
  "roles",
  "userProfiles",
  "manifest",
  "advisors",
  "languages",
  "relationships",
] as const;

function optionalFiles(upload: Extract<RosterUpload, { format: "oneroster" }>) {
  const files: Partial<Record<(typeof ONEROSTER_OPTIONAL_FILES)[number], string>> = {};
  for (const name of ONEROSTER_OPTIONAL_FILES) {
    const text = upload[name];
    if (text !== undefined && text.trim() !== "") files[name] = text;
  }
  return files;
}

function missingFile(name: string): Problem {
  return { file: name, row: 0, field: "", value: "", reason: "the file is missing or empty" };
}

/**
 * `assignedAdvisors` is the advisor the Assign advisors sidebar last gave each student, by
 * student ID: a student the import gives no advisor keeps that one (see kept-advisors.ts).
 */
export function importRoster(
  upload: RosterUpload,
  settings: RosterSettings,
  current: Roster,
  assignedAdvisors: ReadonlyMap<string, string> = new Map(),
): ImportOutcome {
  if (upload.format === "sds") {
    return decide(
      keepAssignedAdvisors(readSdsClassic(upload, asTableSource), current, assignedAdvisors),
      settings,
      current,
      true,
    );
  }
  const empty =
    upload.format === "confer"
      ? (["students", "staff", "classes"] as const)
          .filter((k) => upload[k].trim() === "")
          .map((k) => `${k}.csv`)
      : (["users", "classes", "enrollments"] as const)
          .filter((k) => upload[k].trim() === "" && !isDelta(upload.manifest))
          .map((k) => `${k}.csv`);
  if (empty.length > 0) {
    const problems = empty.map(missingFile);
    return { ok: false, problems, messages: problems.map(formatProblem), warnings: [] };
  }
  const parsed =
    upload.format === "confer"
      ? readConferRoster({
          students: asTableSource(upload.students),
          staff: asTableSource(upload.staff),
          classes: asTableSource(upload.classes),
        })
      : applyDelta(
          readOneRoster(
            {
              users: upload.users,
              classes: upload.classes,
              enrollments: upload.enrollments,
              ...optionalFiles(upload),
            },
            {
              current,
              ...(upload.homeroomCourse ? { homeroomCourse: upload.homeroomCourse } : {}),
            },
          ),
          current,
        );
  return decide(
    keepAssignedAdvisors(parsed, current, assignedAdvisors),
    settings,
    current,
    upload.format === "oneroster",
  );
}

/**
 * Google Classroom courses read as the caller saw them, imported as a delta: people are added and
 * linked in place and nobody is taken away. Classroom has no coordinator role to give. Only the
 * warnings about what the courses hold are told, not those about the rest of the roster.
 */
export function importClassroom(
  upload: ClassroomUpload,
  settings: RosterSettings,
  current: Roster,
): ImportOutcome {
  if (upload.courses.length === 0) {
    const problems = [
      { file: "Google Classroom", row: 0, field: "", value: "", reason: "no course was chosen" },
    ];
    return { ok: false, problems, messages: problems.map(formatProblem), warnings: [] };
  }
  const read = readClassroom(upload, current);
  const touched = new Set(read.files);
  const outcome = decide(applyDelta(read, current), settings, current, true, (warning) =>
    touched.has(warning.file),
  );
  if (!outcome.ok) return outcome;
  return { ...outcome, summary: { ...outcome.summary, imported: countsOf(read.roster) } };
}

/** What the courses held, rather than the whole roster they were merged into. */
function countsOf(roster: Roster): MergeSummary["imported"] {
  const guardians = roster.students.flatMap((s) =>
    s.guardians.map((g) => g.email.toLowerCase() || `${s.id} ${g.name}`),
  );
  return {
    students: roster.students.length,
    staff: roster.staff.length,
    classes: roster.classes.length,
    guardians: new Set(guardians).size,
  };
}

/** Validates what was read and merges it; School Data Sync and OneRoster keep coordinators. */
function decide(
  parsed: ParsedRoster,
  settings: RosterSettings,
  current: Roster,
  keepsCoordinators: boolean,
  /** Which warnings to tell: all of them unless said. */
  told: (warning: Problem) => boolean = () => true,
): ImportOutcome {
  const validated = validateRoster(parsed, settings);
  const warnings = validated.warnings.filter(told);
  if (!validated.ok) {
    return {
      ok: false,
      problems: validated.problems,
      messages: validated.problems.map(formatProblem),
      warnings,
    };
  }
  const merged = mergeRoster(current, validated.roster, { keepsCoordinators });
  const needsAdvisor = warnings
    .filter((w) => w.reason === NEEDS_ADVISOR)
    .map((w) => w.person ?? `${w.file} row ${w.row}`);
  return {
    ok: true,
    roster: merged.roster,
    summary: merged.summary,
    warnings,
    addedGrades: validated.addedGrades,
    needsAdvisor,
    languages: tallyGuardianLanguages(validated.roster, parsed.sources),
  };
}
