/*
 * Confer's action table: every function Apps Script can reach, and every action of the staff web
 * app, is one row here. The build makes one top-level stub per row reachable outside doPost; the
 * sidebars call rows by name; doPost answers rows that list the web door. A new endpoint is one
 * new row.
 */

import type { Audience } from "../../domain/access/audience";
import { type AdvisorAssignment, parseAssignments } from "../../domain/advisors/assign";
import { APP_NAME, CONFER_VERSION } from "../../domain/app-info";
import { parseSaveRequest } from "../../domain/comments/request";
import type { SaveRequest } from "../../domain/comments/save";
import type { DocScope } from "../../domain/conference-docs/plan";
import { parseClassroomScope, parseScope } from "../../domain/conference-docs/plan";
import { draftedAtOf, draftIdOf } from "../../domain/guardian-updates/recorded-draft";
import type { ReflectionInput } from "../../domain/my-conference/reflection";
import type { ArtifactRow } from "../../domain/my-conference/view";
import { type PullScope, parsePullScope } from "../../domain/pull/scope";
import type { Role } from "../../domain/roles";
import type { RosterUpload } from "../../domain/roster";
import { parseClassroomImport, parseClassroomToken } from "../../domain/roster/classroom-request";
import type { RoundForm } from "../../domain/rounds/round-form";
import { parseStaffChange, type StaffChange } from "../../domain/schedule/staff-change";
import { showSidebar, showWideView } from "../../workspace/editor-ui";
import { aboutInfoFor } from "../about";
import { advisorsFor, assignAdvisorsFor } from "../advisors/advisors";
import { runBackgroundWork } from "../background-work";
import {
  classroomConferencesFor,
  closeClassroomRoundFor,
  createClassroomDocsFor,
  openClassroomRoundFor,
} from "../classroom/classroom";
import { askForExtraConference } from "../classroom-cycle/ask-extra";
import {
  conferenceTableFor,
  markClassroomHeldFor,
  markNoShowFor,
  saveConferenceNoteFor,
  writeClassroomPlanLineFor,
} from "../classroom-cycle/conference-table";
import {
  classroomCoverageFor,
  offerExtraConferenceFor,
  pointToOfficeHoursFor,
  requestExtraConferenceFor,
} from "../classroom-cycle/coverage";
import {
  cancelClassroomCycleFor,
  cancelClassroomDayFor,
  cancelClassroomStudentFor,
  classroomCycleFor,
  moveClassroomStudentFor,
  proposeClassroomCycleFor,
  saveClassroomCycleFor,
  swapClassroomStudentsFor,
} from "../classroom-cycle/cycle";
import { commentGridFor } from "../comments/grid";
import { missingCommentsFor, rebuildCommentTabsFor, saveCommentsFor } from "../comments/layer";
import { runConferenceDocs } from "../conference-docs/run";
import { docsSidebarInfoFor } from "../conference-docs/sidebar";
import { draftGoalCheckInReminder } from "../goal-check-ins/draft";
import {
  checkInReminderFor,
  goalCheckInsFor,
  markGoalCheckInFor,
  parseMark,
  recordCheckInReminderFor,
} from "../goal-check-ins/sidebar";
import { createGuardianUpdates, previewGuardianUpdates } from "../guardian-updates/advisor-drafts";
import { draftContextFor, parseDraftsMade, recordDraftsFor } from "../guardian-updates/hub-side";
import { updatesSidebarInfo } from "../guardian-updates/sidebar-info";
import { draftMyFamilyUpdate, studentDraftContextFor } from "../guardian-updates/student-update";
import { checkInstallation } from "../install/check-installation";
import { moveHubHere, rebuildCommentTabsFromLog, setUpHub } from "../menu-actions";
import { listMyDriveFiles } from "../my-conference/drive-files";
import { saveConferenceNotes, saveConferenceNotesFor } from "../my-conference/notes";
import { conferenceAccessFor } from "../my-conference/role";
import {
  addMyArtifact,
  addMyQuestion,
  chooseMyPurposes,
  getMyConference,
  markConferenceHeld,
  type PlanInput,
  requestMyExtraConference,
  tickMyRehearsal,
  writeConferencePlan,
  writeMyReflection,
} from "../my-conference/sidebar";
import { pullCommentsFor, pullInfoFor } from "../pull/pull";
import { getPullInfo } from "../pull/sidebar";
import { classroomCoursesFor, importClassroomFor } from "../roster/classroom-import";
import { importRosterFor, type RosterImportRequest } from "../roster/import";
import { previewRosterFor } from "../roster/preview";
import { archiveRoundFor, closeRoundFor, listRoundsFor, openRoundFor } from "../rounds/rounds";
import { changeBookingFor } from "../schedule/change";
import { bookFamilySlot, cancelFamilyBooking, getFamilySignup } from "../schedule/family-signup";
import { noShowFollowUpFor } from "../schedule/no-show";
import { bookingRemindersFor, notYetBookedFor } from "../schedule/not-booked";
import { publishSlotsFor } from "../schedule/publish";
import {
  draftBookingReminders,
  draftNoShowFollowUp,
  text,
} from "../schedule/reminders-and-follow-up";
import { scheduleViewFor } from "../schedule/view";
import { type SettingsForm, saveSettingsFor, settingsViewFor } from "../settings/settings";
import { parseStatusFilter, type StatusFilter, statusFor } from "../status/status";
import { authModeOf, onOpen } from "../triggers";
import { doGet, doPost } from "../web-app";
import { action, noInput } from "./action";

const STAFF: readonly Role[] = ["teacher", "advisor", "coordinator"];
const TEACHERS: readonly Role[] = ["teacher", "coordinator"];
const ADVISORS: readonly Role[] = ["advisor", "coordinator"];
const COORDINATORS: readonly Role[] = ["coordinator"];
const STUDENTS: readonly Role[] = ["student"];

const optional = (value: unknown) =>
  typeof value === "string" && value !== "" ? value : undefined;
const plain = (value: unknown) => (typeof value === "string" ? value : "");
const roundFilter = (filter: unknown) => {
  const f = (filter ?? {}) as { round?: unknown; advisorEmail?: unknown };
  return { round: text(f.round) ?? "", advisorEmail: text(f.advisorEmail) };
};

/** A menu item or sidebar that shows a page; every call the page makes is checked on its own. */
const sidebar = (page: string, title: string) =>
  action({
    doors: ["addon"],
    who: "anyone",
    runs: "here",
    what: `open ${title}`,
    parse: noInput,
    run: () => showSidebar(page, title),
  });

/** onOpen and onInstall build the menu; in AuthMode.NONE they touch nothing else. */
const buildMenu = action({
  doors: ["addon"],
  who: "anyone",
  runs: "here",
  what: "build the Confer menu",
  entry: true,
  parse: (event?: unknown) => authModeOf(event),
  run: (authMode) => onOpen(authMode),
});

const menu = {
  onOpen: buildMenu,
  onInstall: buildMenu,
  showAboutSidebar: sidebar("about", APP_NAME),
  showSettingsSidebar: sidebar("settings", "Confer settings"),
  showRoundsSidebar: sidebar("rounds", "Conference rounds"),
  showImportSidebar: sidebar("roster", "Import roster"),
  showAdvisorsSidebar: sidebar("advisors", "Assign advisors"),
  showDocsSidebar: sidebar("conference-docs", "Conference docs"),
  showClassroomSidebar: sidebar("classroom", "Classroom conferences"),
  showClassroomCycleView: action({
    doors: ["addon"],
    who: "anyone",
    runs: "here",
    what: "open Classroom cycle",
    parse: noInput,
    run: () => showWideView("classroom-cycle", "Classroom cycle", 1100, 720),
  }),
  showCommentsSidebar: sidebar("comments", "Enter comments"),
  showMissingCommentsSidebar: sidebar("missing-comments", "Missing comments"),
  showPullSidebar: sidebar("pull", "Pull teacher comments"),
  showMyConferenceSidebar: sidebar("my-conference", "My conference"),
  showStatusView: action({
    doors: ["addon"],
    who: "anyone",
    runs: "here",
    what: "open Conference status",
    parse: noInput,
    run: () => showWideView("status", "Conference status", 1000, 640),
  }),
  showUpdatesSidebar: sidebar("guardian-updates", "Guardian updates"),
  showScheduleSidebar: sidebar("schedule", "Conference schedule"),
  showNotBookedSidebar: sidebar("not-booked", "Not yet booked"),
  showGoalCheckInsSidebar: sidebar("goal-check-ins", "Goal check-ins"),
  setUpHub: signedInHere("set up Confer's hub", () => setUpHub()),
  checkInstallation: signedInHere("check Confer's installation", () => checkInstallation()),
  moveHubHere: signedInHere("move Confer's hub", () => moveHubHere()),
  rebuildCommentTabsFromLog: signedInHere("rebuild the comment tabs", () =>
    rebuildCommentTabsFromLog(),
  ),
  draftMyFamilyUpdate: signedInHere("draft a family update", () => draftMyFamilyUpdate()),
  askForExtraConference: signedInHere("ask for an extra conference", () => askForExtraConference()),
  getAboutInfo: action({
    doors: ["addon"],
    who: "anyone",
    runs: "here",
    what: "say who is signed in",
    parse: noInput,
    run: (_input, caller) => aboutInfoFor(caller.email),
  }),
};

const hub = {
  ping: action({
    ...hubOnly("anyone", "answer a connection check"),
    parse: noInput,
    run: (_input, caller) => ({ app: APP_NAME, version: CONFER_VERSION, caller: caller.email }),
  }),
  getSettings: action({
    ...viaHub(COORDINATORS, "read Confer's settings"),
    parse: noInput,
    run: () => settingsViewFor(),
  }),
  saveSettings: action({
    ...viaHub(COORDINATORS, "change Confer's settings"),
    parse: (form: SettingsForm) => (form ?? {}) as SettingsForm,
    run: (form) => saveSettingsFor(form),
  }),
  listRounds: action({
    ...viaHub(STAFF, "see the conference rounds"),
    parse: noInput,
    run: (_input, caller) => listRoundsFor(caller.email),
  }),
  openRound: action({
    ...viaHub(COORDINATORS, "open a conference round"),
    parse: (form: RoundForm) => (form ?? {}) as RoundForm,
    run: (form) => openRoundFor(form),
  }),
  closeRound: action({
    ...viaHub(COORDINATORS, "close a conference round"),
    parse: (name: string) => plain(name),
    run: (name) => closeRoundFor(name),
  }),
  archiveRound: action({
    ...viaHub(COORDINATORS, "archive a conference round"),
    parse: (name: string) => plain(name),
    run: (name) => archiveRoundFor(name),
  }),
  previewRoster: action({
    ...viaHub(COORDINATORS, "preview a roster import"),
    parse: (upload: RosterUpload) => upload,
    run: (upload) => previewRosterFor(upload),
  }),
  importRoster: action({
    ...viaHub(COORDINATORS, "import the roster"),
    parse: (upload: RosterImportRequest) => upload,
    run: (upload, caller) => importRosterFor(upload, caller.email),
  }),
  getAdvisors: action({
    ...viaHub(COORDINATORS, "see who needs an advisor"),
    parse: noInput,
    run: () => advisorsFor(),
  }),
  assignAdvisors: action({
    ...viaHub(COORDINATORS, "assign advisors"),
    parse: (assignments: readonly AdvisorAssignment[]) => parseAssignments(assignments),
    run: (assignments) => assignAdvisorsFor(assignments),
  }),
  listClassroomCourses: action({
    ...viaHub(COORDINATORS, "list Google Classroom courses to import"),
    forwardsToken: true,
    parse: (_request?: unknown, token?: unknown) => parseClassroomToken(token),
    run: (token, caller) => classroomCoursesFor(caller.email, token, false),
  }),
  importClassroomCourses: action({
    ...viaHub(COORDINATORS, "import the roster from Google Classroom"),
    forwardsToken: true,
    parse: (request: unknown, token?: unknown) => parseClassroomImport(request, token),
    run: (request, caller) => importClassroomFor(caller.email, request, false),
  }),
};

const docs = {
  getDocsSidebarInfo: action({
    ...viaHub(STAFF, "see conference docs"),
    parse: noInput,
    run: (_input, caller) => docsSidebarInfoFor(caller.email),
  }),
  createConferenceDocs: action({
    ...viaHub(ADVISORS, "create conference docs"),
    parse: (scope: DocScope) => parseScope(scope),
    run: (scope, caller) => runConferenceDocs(scope, caller.email),
  }),
};

const classroom = {
  getClassroomConferences: action({
    ...viaHub(TEACHERS, "see your classroom conferences"),
    parse: noInput,
    run: (_input, caller) => classroomConferencesFor(caller.email),
  }),
  listMyClassroomCourses: action({
    ...viaHub(TEACHERS, "list the Google Classroom courses you teach"),
    forwardsToken: true,
    parse: (_request?: unknown, token?: unknown) => parseClassroomToken(token),
    run: (token, caller) => classroomCoursesFor(caller.email, token, true),
  }),
  importMyClassroomCourses: action({
    ...viaHub(TEACHERS, "import your classes from Google Classroom"),
    forwardsToken: true,
    parse: (request: unknown, token?: unknown) => parseClassroomImport(request, token),
    run: (request, caller) => importClassroomFor(caller.email, request, true),
  }),
  openClassroomRound: action({
    ...viaHub(TEACHERS, "open a classroom round"),
    parse: (form: RoundForm) => (form ?? {}) as RoundForm,
    run: (form, caller) => openClassroomRoundFor(caller.email, form),
  }),
  createClassroomDocs: action({
    ...viaHub(TEACHERS, "create classroom conference docs"),
    parse: (round: string) => parseClassroomScope(round),
    run: (scope, caller) => createClassroomDocsFor(caller.email, scope.round),
  }),
  closeClassroomRound: action({
    ...viaHub(TEACHERS, "close a classroom round"),
    parse: (round: string) => plain(round),
    run: (round, caller) => closeClassroomRoundFor(caller.email, round),
  }),
};

/** A classroom cycle's round and one of its students' conference on a day, as a page sends them. */
const atTable = (round: unknown, studentId: unknown, day: unknown) => ({
  round: plain(round),
  studentId: plain(studentId),
  day: plain(day),
});
const place = (value: unknown) => {
  const v = (value ?? {}) as { studentId?: unknown; day?: unknown; time?: unknown };
  return {
    studentId: plain(v.studentId),
    day: plain(v.day),
    ...(optional(v.time) ? { time: plain(v.time) } : {}),
  };
};
const days = (value: unknown) =>
  Array.isArray(value) ? value.map(plain).filter((d) => d !== "") : [];

const classroomCycle = {
  proposeClassroomCycle: action({
    ...viaHub(TEACHERS, "propose a classroom cycle"),
    parse: (round: string, form: unknown) => ({ round: plain(round), form: form ?? {} }),
    run: (input, caller) => proposeClassroomCycleFor(caller.email, input.round, input.form),
  }),
  saveClassroomCycle: action({
    ...viaHub(TEACHERS, "save and tell a classroom cycle"),
    parse: (round: string, form: unknown, edits?: unknown) => ({
      round: plain(round),
      form: form ?? {},
      edits,
    }),
    run: (input, caller) =>
      saveClassroomCycleFor(caller.email, input.round, input.form, input.edits),
  }),
  getClassroomCycle: action({
    ...viaHub(TEACHERS, "see a classroom cycle"),
    parse: (round: string) => plain(round),
    run: (round, caller) => classroomCycleFor(caller.email, round),
  }),
  swapClassroomStudents: action({
    ...viaHub(TEACHERS, "swap two students of a classroom cycle"),
    parse: (round: string, a: string, b: string) => ({
      round: plain(round),
      a: plain(a),
      b: plain(b),
    }),
    run: (input, caller) => swapClassroomStudentsFor(caller.email, input.round, input.a, input.b),
  }),
  moveClassroomStudent: action({
    ...viaHub(TEACHERS, "move a student of a classroom cycle"),
    parse: (round: string, move: unknown) => ({ round: plain(round), move: place(move) }),
    run: (input, caller) => moveClassroomStudentFor(caller.email, input.round, input.move),
  }),
  cancelClassroomDay: action({
    ...viaHub(TEACHERS, "cancel a day of a classroom cycle"),
    parse: (round: string, day: string) => ({ round: plain(round), day: plain(day) }),
    run: (input, caller) => cancelClassroomDayFor(caller.email, input.round, input.day),
  }),
  cancelClassroomStudent: action({
    ...viaHub(TEACHERS, "cancel a student's classroom conference"),
    parse: (round: string, studentId: string) => ({
      round: plain(round),
      studentId: plain(studentId),
    }),
    run: (input, caller) => cancelClassroomStudentFor(caller.email, input.round, input.studentId),
  }),
  cancelClassroomCycle: action({
    ...viaHub(TEACHERS, "cancel a classroom cycle"),
    parse: (round: string, options?: unknown) => {
      const o = (options ?? {}) as { from?: unknown; replacementDays?: unknown };
      return {
        round: plain(round),
        options: {
          ...(optional(o.from) ? { from: plain(o.from) } : {}),
          replacementDays: days(o.replacementDays),
        },
      };
    },
    run: (input, caller) => cancelClassroomCycleFor(caller.email, input.round, input.options),
  }),
  getConferenceTable: action({
    ...viaHub(TEACHERS, "open a day's conference table"),
    parse: (round: string, day?: string) => ({ round: plain(round), day: plain(day) }),
    run: (input, caller) => conferenceTableFor(caller.email, input.round, input.day),
  }),
  saveConferenceNote: action({
    ...viaHub(TEACHERS, "save a classroom conference note"),
    parse: (round: string, studentId: string, day: string, notes: unknown) => ({
      ...atTable(round, studentId, day),
      notes,
    }),
    run: (i, caller) => saveConferenceNoteFor(caller.email, i.round, i.studentId, i.day, i.notes),
  }),
  markClassroomHeld: action({
    ...viaHub(TEACHERS, "mark a classroom conference held"),
    parse: atTable,
    run: (i, caller) => markClassroomHeldFor(caller.email, i.round, i.studentId, i.day),
  }),
  markNoShow: action({
    ...viaHub(TEACHERS, "mark a classroom no-show"),
    parse: atTable,
    run: (i, caller) => markNoShowFor(caller.email, i.round, i.studentId, i.day),
  }),
  writeClassroomPlanLine: action({
    ...viaHub(TEACHERS, "write a plan line into a student's doc"),
    parse: (round: string, studentId: string, day: string, line: string) => ({
      ...atTable(round, studentId, day),
      line: plain(line),
    }),
    run: (i, caller) =>
      writeClassroomPlanLineFor(caller.email, i.round, i.studentId, i.day, i.line),
  }),
  getClassroomCoverage: action({
    ...viaHub(TEACHERS, "see a classroom cycle's coverage"),
    parse: (round: string) => plain(round),
    run: (round, caller) => classroomCoverageFor(caller.email, round),
  }),
  offerExtraConference: action({
    ...viaHub(TEACHERS, "offer an extra classroom conference"),
    parse: (round: string, offer: unknown) => ({ round: plain(round), offer: place(offer) }),
    run: (input, caller) => offerExtraConferenceFor(caller.email, input.round, input.offer),
  }),
  pointToOfficeHours: action({
    ...viaHub(TEACHERS, "point a student to office hours"),
    parse: (round: string, studentId: string) => ({
      round: plain(round),
      studentId: plain(studentId),
    }),
    run: (input, caller) => pointToOfficeHoursFor(caller.email, input.round, input.studentId),
  }),
  requestExtraConference: action({
    ...hubOnly(STUDENTS, "ask for an extra classroom conference"),
    parse: (docId: string, note?: string) => ({ docId: plain(docId), note: plain(note) }),
    run: (input, caller) => requestExtraConferenceFor(caller.email, input.docId, input.note),
  }),
};

const comments = {
  getCommentGrid: action({
    ...viaHub(TEACHERS, "enter comments"),
    parse: (classId?: string) => ({ classId: optional(classId) }),
    run: ({ classId }, caller) => commentGridFor(caller.email, classId),
  }),
  saveComments: action({
    ...viaHub(TEACHERS, "save comments"),
    parse: (request: SaveRequest) => parseSaveRequest(request),
    run: (request, caller) => saveCommentsFor(caller.email, request),
  }),
  getMissingComments: action({
    ...viaHub(COORDINATORS, "see missing comments"),
    parse: noInput,
    run: (_input, caller) => missingCommentsFor(caller.email),
  }),
  rebuildCommentTabs: action({
    ...hubOnly(COORDINATORS, "rebuild the comment tabs"),
    parse: noInput,
    run: (_input, caller) => rebuildCommentTabsFor(caller.email),
  }),
};

const pull = {
  getPullInfo: signedInHere("pull teacher comments", () => getPullInfo()),
  pullInfo: action({
    ...hubOnly(ADVISORS, "pull teacher comments"),
    parse: (docId: string) => plain(docId),
    run: (docId, caller) => pullInfoFor(caller.email, docId),
  }),
  pullComments: action({
    ...viaHub(ADVISORS, "pull teacher comments"),
    parse: (scope: PullScope) => parsePullScope(scope),
    run: (scope, caller) => pullCommentsFor(caller.email, scope),
  }),
  getStatus: action({
    ...viaHub(ADVISORS, "see conference status"),
    parse: (filter?: StatusFilter) => parseStatusFilter(filter),
    run: (filter, caller) => statusFor(caller.email, filter),
  }),
};

const updates = {
  getUpdatesSidebarInfo: action({
    ...viaHub(ADVISORS, "draft guardian updates"),
    parse: noInput,
    run: () => updatesSidebarInfo(),
  }),
  previewGuardianUpdates: action({
    ...here("draft guardian updates"),
    parse: (scope: PullScope) => scope,
    run: (scope) => previewGuardianUpdates(scope),
  }),
  createGuardianUpdates: action({
    ...here("draft guardian updates"),
    parse: (request: { scope: PullScope; replace?: boolean }) => request,
    run: (request) => createGuardianUpdates(request ?? { scope: undefined }),
  }),
  draftContext: action({
    ...hubOnly(ADVISORS, "draft guardian updates"),
    parse: (scope: PullScope) => parsePullScope(scope),
    run: (scope, caller) => draftContextFor(caller.email, scope),
  }),
  recordDrafts: action({
    ...hubOnly(ADVISORS, "record guardian updates"),
    parse: (records: unknown, at: string) => ({
      records: parseDraftsMade(records),
      at: draftedAtOf(at),
    }),
    run: ({ records, at }, caller) => recordDraftsFor(caller.email, records, at),
  }),
  studentDraftContext: action({
    ...hubOnly(STUDENTS, "draft a family update"),
    parse: (docId: string) => plain(docId),
    run: (docId, caller) => studentDraftContextFor(caller.email, docId),
  }),
};

const conference = {
  getMyConference: signedInHere("use My conference", () => getMyConference()),
  chooseMyPurposes: action({
    ...here("choose a purpose"),
    parse: (purposes: readonly string[], somethingElse?: string) => ({ purposes, somethingElse }),
    run: ({ purposes, somethingElse }) => chooseMyPurposes(purposes, somethingElse),
  }),
  tickMyRehearsal: action({
    ...here("tick the rehearsal checklist"),
    parse: (done: readonly string[]) => done,
    run: (done) => tickMyRehearsal(done),
  }),
  writeMyReflection: action({
    ...here("write a reflection"),
    parse: (lines: readonly ReflectionInput[]) => lines,
    run: (lines) => writeMyReflection(lines),
  }),
  addMyQuestion: action({
    ...here("add a question"),
    parse: (question: string) => question,
    run: (question) => addMyQuestion(question),
  }),
  addMyArtifact: action({
    ...here("add an artifact"),
    parse: (artifact: ArtifactRow) => artifact,
    run: (artifact) => addMyArtifact(artifact),
  }),
  writeConferencePlan: action({
    ...here("write the conference plan"),
    parse: (plan: PlanInput) => plan,
    run: (plan) => writeConferencePlan(plan),
  }),
  markConferenceHeld: signedInHere("mark a conference held", () => markConferenceHeld()),
  requestMyExtraConference: action({
    ...here("ask for an extra conference"),
    parse: (note?: string) => plain(note),
    run: (note) => requestMyExtraConference(note),
  }),
  listMyDriveFiles: signedInHere("list your Drive files", () => listMyDriveFiles()),
  saveConferenceNotes: action({
    ...here("keep conference notes"),
    parse: (notes: unknown) => notes,
    run: (notes) => saveConferenceNotes(notes),
  }),
  conferenceAccess: action({
    ...hubOnly("signed-in", "use My conference"),
    parse: (docId: string) => plain(docId),
    run: (docId, caller) => conferenceAccessFor(caller.email, docId),
  }),
  recordConferenceNotes: action({
    ...hubOnly("signed-in", "keep conference notes"),
    parse: (docId: string, notes: unknown) => ({ docId: plain(docId), notes }),
    run: ({ docId, notes }, caller) => saveConferenceNotesFor(caller.email, docId, notes),
  }),
};

const schedule = {
  publishSlots: action({
    ...viaHub(ADVISORS, "publish conference slots"),
    parse: (request: unknown) => request,
    run: (request, caller) => publishSlotsFor(caller.email, request),
  }),
  getSchedule: action({
    ...viaHub(ADVISORS, "see the conference schedule"),
    parse: (filter?: { round?: string; hostEmail?: string }) => ({
      round: text(filter?.round),
      hostEmail: text(filter?.hostEmail),
    }),
    run: (filter, caller) => scheduleViewFor(caller.email, filter),
  }),
  changeBooking: action({
    ...viaHub(ADVISORS, "change a booking"),
    parse: (change: unknown) => parseStaffChange(change),
    run: (change: StaffChange, caller) => changeBookingFor(caller.email, change),
  }),
  getNotYetBooked: action({
    ...viaHub(ADVISORS, "list who has not booked"),
    parse: (filter?: { round?: string; advisorEmail?: string }) => roundFilter(filter),
    run: (filter, caller) => notYetBookedFor(caller.email, filter),
  }),
  draftBookingReminders: action({
    ...here("draft reminders to book"),
    parse: (filter?: { round?: string; advisorEmail?: string }) => filter,
    run: (filter) => draftBookingReminders(filter),
  }),
  draftNoShowFollowUp: action({
    ...here("draft a no-show follow-up"),
    parse: (request: { slotId?: unknown; feedback?: unknown }) => request,
    run: (request) => draftNoShowFollowUp(request),
  }),
  bookingReminders: action({
    ...hubOnly(ADVISORS, "draft reminders to book"),
    parse: (filter?: { round?: string; advisorEmail?: string }) => roundFilter(filter),
    run: (filter, caller) => bookingRemindersFor(caller.email, filter),
  }),
  noShowFollowUp: action({
    ...hubOnly(ADVISORS, "draft a no-show follow-up"),
    parse: (request?: { slotId?: unknown; feedback?: unknown }) => ({
      slotId: text(request?.slotId) ?? "",
      feedback: String(request?.feedback ?? ""),
    }),
    run: (request, caller) => noShowFollowUpFor(caller.email, request),
  }),
};

const checkIns = {
  getGoalCheckIns: action({
    ...viaHub(ADVISORS, "see goal check-ins"),
    parse: noInput,
    run: (_input, caller) => goalCheckInsFor(caller.email),
  }),
  markGoalCheckIn: action({
    ...viaHub(ADVISORS, "mark a goal check-in"),
    parse: (docId: string, mark: string) => ({ docId: plain(docId), mark: parseMark(mark) }),
    run: ({ docId, mark }, caller) => markGoalCheckInFor(caller.email, docId, mark),
  }),
  draftGoalCheckInReminder: action({
    ...here("draft a check-in reminder"),
    parse: (docId: string) => plain(docId),
    run: (docId) => draftGoalCheckInReminder(docId),
  }),
  checkInReminder: action({
    ...hubOnly(ADVISORS, "draft a check-in reminder"),
    parse: (docId: string) => plain(docId),
    run: (docId, caller) => checkInReminderFor(caller.email, docId),
  }),
  recordCheckInReminder: action({
    ...hubOnly(ADVISORS, "record a check-in reminder"),
    parse: (docId: string, draftId: string, at: string) => ({
      docId: plain(docId),
      draftId: draftIdOf(draftId),
      at: draftedAtOf(at),
    }),
    run: ({ docId, draftId, at }, caller) =>
      recordCheckInReminderFor(caller.email, docId, draftId, at),
  }),
};

const family = {
  getFamilySignup: action({
    ...familyDoor("show a family's sign-up page"),
    parse: (token: string, timeZone?: string) => ({ token, timeZone }),
    run: ({ token, timeZone }) => getFamilySignup(token, timeZone),
  }),
  bookFamilySlot: action({
    ...familyDoor("book a conference"),
    parse: (token: string, studentId: string, slotId: string, timeZone?: string) => ({
      token,
      studentId,
      slotId,
      timeZone,
    }),
    run: (r) => bookFamilySlot(r.token, r.studentId, r.slotId, r.timeZone),
  }),
  cancelFamilyBooking: action({
    ...familyDoor("cancel a booking"),
    parse: (token: string, studentId: string, slotId: string, timeZone?: string) => ({
      token,
      studentId,
      slotId,
      timeZone,
    }),
    run: (r) => cancelFamilyBooking(r.token, r.studentId, r.slotId, r.timeZone),
  }),
};

const web = {
  doGet: action({
    ...hubOnly("anyone", "answer a web request"),
    entry: true,
    parse: (event: GoogleAppsScript.Events.DoGet) => event,
    run: (event) => doGet(event),
  }),
  doPost: action({
    ...hubOnly("anyone", "answer a web request"),
    entry: true,
    parse: (event: GoogleAppsScript.Events.DoPost) => event,
    run: (event) => doPost(event),
  }),
};

const background = {
  runBackgroundWork: action({
    doors: ["trigger"],
    who: "hub-owner",
    runs: "here",
    what: "run Confer's hourly background work",
    parse: noInput,
    run: () => {
      runBackgroundWork();
    },
  }),
};

/** A sidebar action that works in the caller's own doc or mailbox and asks the hub for the rest. */
function here(what: string) {
  return { doors: ["addon"], who: "signed-in", runs: "here", what } as const;
}

/** Run as the hub owner: reached from the add-on (through the web app unless local) or doPost. */
function viaHub(who: Audience, what: string) {
  return { doors: ["addon", "web"], who, runs: "owner", what } as const;
}

/** Run as the hub owner, reached only by doPost: the hub's side of a sidebar action. */
function hubOnly(who: Audience, what: string) {
  return { doors: ["web"], who, runs: "owner", what } as const;
}

/** A signed-in caller's action that takes no input. */
function signedInHere<R>(what: string, run: () => R) {
  return action({ ...here(what), parse: noInput, run });
}

function familyDoor(what: string) {
  return { doors: ["page"], who: "family", runs: "here", what } as const;
}

export const ACTION_TABLE = {
  ...menu,
  ...hub,
  ...docs,
  ...classroom,
  ...classroomCycle,
  ...comments,
  ...pull,
  ...updates,
  ...conference,
  ...schedule,
  ...checkIns,
  ...family,
  ...web,
  ...background,
};

export type ActionTable = typeof ACTION_TABLE;
