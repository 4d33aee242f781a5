/*
 * Roster import, as the rest of Confer sees it: read Confer's tables, a OneRoster set or Google
 * Classroom courses, validate the whole roster against Settings, then merge it into the current
 * roster.
 */

export {
  CLASSROOM_CLASS_PREFIX,
  type ClassroomCourse,
  type ClassroomGuardianLink,
  type ClassroomMember,
  type ClassroomUpload,
  readClassroom,
} from "./classroom-source";
export {
  CONFER_FILE_NAMES,
  type ConferFileNames,
  type ConferTables,
  readConferRoster,
} from "./confer-format";
export {
  CsvError,
  type CsvRecord,
  type PastedCell,
  type PastedTable,
  parseCsv,
  toRecords,
} from "./csv";
export {
  fingerprintChanges,
  rosterFingerprint,
  stalePreviewMessage,
} from "./fingerprint";
export { type LanguageCount, tallyGuardianLanguages } from "./guardian-languages";
export {
  asTableSource,
  type ImportOutcome,
  importClassroom,
  importRoster,
  type RosterUpload,
} from "./import";
export { importSummaryText } from "./import-summary";
export { type MergeResult, type MergeSummary, mergeRoster } from "./merge";
export type {
  Guardian,
  Roster,
  RosterSettings,
  SchoolClass,
  StaffMember,
  StaffRole,
  Student,
} from "./model";
export { STAFF_ROLES } from "./model";
export { type OneRosterFiles, readOneRoster } from "./oneroster";
export { type RosterPreview, rosterPreviewLines } from "./preview-text";
export { formatProblem, type Problem } from "./problem";
export { type ParsedRoster, type RosterSources, unreadRoster } from "./source";
export type { TableSource } from "./table";
export { type ValidationResult, validateRoster } from "./validate";
