/*
 * The security matrix: every row of the action table, through every door, as each kind of person.
 * Each cell's expected answer is written below: ✓ the call is let through (it runs, and its own
 * input decides what it does), ✗ it is refused with one clear sentence, returns no data and
 * changes nothing, · that door cannot carry that person or that action.
 */

import { toConferCsv } from "../../scripts/demo-school";
import { DOORS, type Door } from "../../src/domain/access/doors";
import { ACTION_TABLE } from "../../src/server/actions/table";
import { fingerprint } from "./security/fingerprint";
import {
  type Cell,
  EMAILS,
  fireTrigger,
  type MatrixHub,
  matrixHub,
  PERSONAS,
  type Persona,
  STUDENT_ID,
  type Tried,
  tryAt,
} from "./security/matrix-hub";

/*
 * Columns, for each door in the order add-on · web · page · trigger, are the seven people:
 * anonymous, outside Google account, domain user not in the roster, student, teacher, advisor,
 * coordinator (the hub owner).
 */
const EXPECTED: Record<string, string> = {
  //                          add-on   web      page     trigger
  addMyArtifact: "·✗✗✓✗✗✗ ✗✗✗✗✗✗✗ ✗✗✗✗✗✗✗ ·······",
  addMyQuestion: "·✗✗✓✗✗✗ ✗✗✗✗✗✗✗ ✗✗✗✗✗✗✗ ·······",
  archiveRound: "·✗✗✗✗✗✓ ✗✗✗✗✗✗✓ ✗✗✗✗✗✗✗ ·······",
  askForExtraConference: "·✗✗✓✗✗✗ ✗✗✗✗✗✗✗ ✗✗✗✗✗✗✗ ·······",
  assignAdvisors: "·✗✗✗✗✗✓ ✗✗✗✗✗✗✓ ✗✗✗✗✗✗✗ ·······",
  bookFamilySlot: "·✗✗✗✗✗✗ ✗✗✗✗✗✗✗ ✓✓✓✓✓✓✓ ·······",
  bookingReminders: "·✗✗✗✗✗✗ ✗✗✗✗✗✓✓ ✗✗✗✗✗✗✗ ·······",
  cancelClassroomCycle: "·✗✗✗✓✓✓ ✗✗✗✗✓✓✓ ✗✗✗✗✗✗✗ ·······",
  cancelClassroomDay: "·✗✗✗✓✓✓ ✗✗✗✗✓✓✓ ✗✗✗✗✗✗✗ ·······",
  cancelClassroomStudent: "·✗✗✗✓✓✓ ✗✗✗✗✓✓✓ ✗✗✗✗✗✗✗ ·······",
  cancelFamilyBooking: "·✗✗✗✗✗✗ ✗✗✗✗✗✗✗ ✓✓✓✓✓✓✓ ·······",
  changeBooking: "·✗✗✗✗✓✓ ✗✗✗✗✗✓✓ ✗✗✗✗✗✗✗ ·······",
  checkInReminder: "·✗✗✗✗✗✗ ✗✗✗✗✗✓✓ ✗✗✗✗✗✗✗ ·······",
  checkInstallation: "·✗✗✗✗✗✓ ✗✗✗✗✗✗✗ ✗✗✗✗✗✗✗ ·······",
  chooseMyPurposes: "·✗✗✓✗✗✗ ✗✗✗✗✗✗✗ ✗✗✗✗✗✗✗ ·······",
  closeClassroomRound: "·✗✗✗✓✓✓ ✗✗✗✗✓✓✓ ✗✗✗✗✗✗✗ ·······",
  closeRound: "·✗✗✗✗✗✓ ✗✗✗✗✗✗✓ ✗✗✗✗✗✗✗ ·······",
  conferenceAccess: "·✗✗✗✗✗✗ ✗✗✗✓✗✓✓ ✗✗✗✗✗✗✗ ·······",
  createClassroomDocs: "·✗✗✗✓✓✓ ✗✗✗✗✓✓✓ ✗✗✗✗✗✗✗ ·······",
  createConferenceDocs: "·✗✗✗✗✓✓ ✗✗✗✗✗✓✓ ✗✗✗✗✗✗✗ ·······",
  createGuardianUpdates: "·✗✗✗✗✓✓ ✗✗✗✗✗✗✗ ✗✗✗✗✗✗✗ ·······",
  doGet: "·✗✗✗✗✗✓ ✓✓✓✓✓✓✓ ✓✓✓✓✓✓✓ ·······",
  doPost: "·✗✗✗✗✗✓ ✓✓✓✓✓✓✓ ✓✓✓✓✓✓✓ ·······",
  draftBookingReminders: "·✗✗✗✗✓✓ ✗✗✗✗✗✗✗ ✗✗✗✗✗✗✗ ·······",
  draftContext: "·✗✗✗✗✗✗ ✗✗✗✗✗✓✓ ✗✗✗✗✗✗✗ ·······",
  draftGoalCheckInReminder: "·✗✗✗✗✓✓ ✗✗✗✗✗✗✗ ✗✗✗✗✗✗✗ ·······",
  draftMyFamilyUpdate: "·✗✗✓✗✗✗ ✗✗✗✗✗✗✗ ✗✗✗✗✗✗✗ ·······",
  draftNoShowFollowUp: "·✗✗✗✗✓✓ ✗✗✗✗✗✗✗ ✗✗✗✗✗✗✗ ·······",
  getAboutInfo: "·✓✓✓✓✓✓ ✗✗✗✗✗✗✗ ✗✗✗✗✗✗✗ ·······",
  getAdvisors: "·✗✗✗✗✗✓ ✗✗✗✗✗✗✓ ✗✗✗✗✗✗✗ ·······",
  getClassroomConferences: "·✗✗✗✓✓✓ ✗✗✗✗✓✓✓ ✗✗✗✗✗✗✗ ·······",
  getClassroomCoverage: "·✗✗✗✓✓✓ ✗✗✗✗✓✓✓ ✗✗✗✗✗✗✗ ·······",
  getClassroomCycle: "·✗✗✗✓✓✓ ✗✗✗✗✓✓✓ ✗✗✗✗✗✗✗ ·······",
  getCommentGrid: "·✗✗✗✓✓✓ ✗✗✗✗✓✓✓ ✗✗✗✗✗✗✗ ·······",
  getConferenceTable: "·✗✗✗✓✓✓ ✗✗✗✗✓✓✓ ✗✗✗✗✗✗✗ ·······",
  getDocsSidebarInfo: "·✗✗✗✓✓✓ ✗✗✗✗✓✓✓ ✗✗✗✗✗✗✗ ·······",
  getFamilySignup: "·✗✗✗✗✗✗ ✗✗✗✗✗✗✗ ✓✓✓✓✓✓✓ ·······",
  getGoalCheckIns: "·✗✗✗✗✓✓ ✗✗✗✗✗✓✓ ✗✗✗✗✗✗✗ ·······",
  getMissingComments: "·✗✗✗✗✗✓ ✗✗✗✗✗✗✓ ✗✗✗✗✗✗✗ ·······",
  getMyConference: "·✗✗✓✗✓✓ ✗✗✗✗✗✗✗ ✗✗✗✗✗✗✗ ·······",
  getNotYetBooked: "·✗✗✗✗✓✓ ✗✗✗✗✗✓✓ ✗✗✗✗✗✗✗ ·······",
  getUpdatesSidebarInfo: "·✗✗✗✗✓✓ ✗✗✗✗✗✓✓ ✗✗✗✗✗✗✗ ·······",
  getPullInfo: "·✗✗✗✗✓✓ ✗✗✗✗✗✗✗ ✗✗✗✗✗✗✗ ·······",
  getSchedule: "·✗✗✗✗✓✓ ✗✗✗✗✗✓✓ ✗✗✗✗✗✗✗ ·······",
  getSettings: "·✗✗✗✗✗✓ ✗✗✗✗✗✗✓ ✗✗✗✗✗✗✗ ·······",
  getStatus: "·✗✗✗✗✓✓ ✗✗✗✗✗✓✓ ✗✗✗✗✗✗✗ ·······",
  importClassroomCourses: "·✗✗✗✗✗✓ ✗✗✗✗✗✗✓ ✗✗✗✗✗✗✗ ·······",
  importMyClassroomCourses: "·✗✗✗✓✓✓ ✗✗✗✗✓✓✓ ✗✗✗✗✗✗✗ ·······",
  importRoster: "·✗✗✗✗✗✓ ✗✗✗✗✗✗✓ ✗✗✗✗✗✗✗ ·······",
  listClassroomCourses: "·✗✗✗✗✗✓ ✗✗✗✗✗✗✓ ✗✗✗✗✗✗✗ ·······",
  listMyClassroomCourses: "·✗✗✗✓✓✓ ✗✗✗✗✓✓✓ ✗✗✗✗✗✗✗ ·······",
  listMyDriveFiles: "·✗✗✓✗✗✗ ✗✗✗✗✗✗✗ ✗✗✗✗✗✗✗ ·······",
  listRounds: "·✗✗✗✓✓✓ ✗✗✗✗✓✓✓ ✗✗✗✗✗✗✗ ·······",
  markClassroomHeld: "·✗✗✗✓✓✓ ✗✗✗✗✓✓✓ ✗✗✗✗✗✗✗ ·······",
  markConferenceHeld: "·✗✗✗✗✓✓ ✗✗✗✗✗✗✗ ✗✗✗✗✗✗✗ ·······",
  markGoalCheckIn: "·✗✗✗✗✓✓ ✗✗✗✗✗✓✓ ✗✗✗✗✗✗✗ ·······",
  markNoShow: "·✗✗✗✓✓✓ ✗✗✗✗✓✓✓ ✗✗✗✗✗✗✗ ·······",
  moveClassroomStudent: "·✗✗✗✓✓✓ ✗✗✗✗✓✓✓ ✗✗✗✗✗✗✗ ·······",
  moveHubHere: "·✗✗✗✗✗✓ ✗✗✗✗✗✗✗ ✗✗✗✗✗✗✗ ·······",
  noShowFollowUp: "·✗✗✗✗✗✗ ✗✗✗✗✗✓✓ ✗✗✗✗✗✗✗ ·······",
  offerExtraConference: "·✗✗✗✓✓✓ ✗✗✗✗✓✓✓ ✗✗✗✗✗✗✗ ·······",
  onInstall: "·✓✓✓✓✓✓ ✗✗✗✗✗✗✗ ✗✗✗✗✗✗✗ ·······",
  onOpen: "·✓✓✓✓✓✓ ✗✗✗✗✗✗✗ ✗✗✗✗✗✗✗ ·······",
  openClassroomRound: "·✗✗✗✓✓✓ ✗✗✗✗✓✓✓ ✗✗✗✗✗✗✗ ·······",
  openRound: "·✗✗✗✗✗✓ ✗✗✗✗✗✗✓ ✗✗✗✗✗✗✗ ·······",
  ping: "·✗✗✗✗✗✗ ✓✓✓✓✓✓✓ ✗✗✗✗✗✗✗ ·······",
  pointToOfficeHours: "·✗✗✗✓✓✓ ✗✗✗✗✓✓✓ ✗✗✗✗✗✗✗ ·······",
  previewGuardianUpdates: "·✗✗✗✗✓✓ ✗✗✗✗✗✗✗ ✗✗✗✗✗✗✗ ·······",
  previewRoster: "·✗✗✗✗✗✓ ✗✗✗✗✗✗✓ ✗✗✗✗✗✗✗ ·······",
  proposeClassroomCycle: "·✗✗✗✓✓✓ ✗✗✗✗✓✓✓ ✗✗✗✗✗✗✗ ·······",
  publishSlots: "·✗✗✗✗✓✓ ✗✗✗✗✗✓✓ ✗✗✗✗✗✗✗ ·······",
  pullComments: "·✗✗✗✗✓✓ ✗✗✗✗✗✓✓ ✗✗✗✗✗✗✗ ·······",
  pullInfo: "·✗✗✗✗✗✗ ✗✗✗✗✗✓✓ ✗✗✗✗✗✗✗ ·······",
  rebuildCommentTabs: "·✗✗✗✗✗✗ ✗✗✗✗✗✗✓ ✗✗✗✗✗✗✗ ·······",
  rebuildCommentTabsFromLog: "·✗✗✗✗✗✓ ✗✗✗✗✗✗✗ ✗✗✗✗✗✗✗ ·······",
  recordCheckInReminder: "·✗✗✗✗✗✗ ✗✗✗✗✗✓✓ ✗✗✗✗✗✗✗ ·······",
  recordConferenceNotes: "·✗✗✗✗✗✗ ✗✗✗✗✗✓✓ ✗✗✗✗✗✗✗ ·······",
  recordDrafts: "·✗✗✗✗✗✗ ✗✗✗✗✗✓✓ ✗✗✗✗✗✗✗ ·······",
  requestExtraConference: "·✗✗✗✗✗✗ ✗✗✗✓✗✗✗ ✗✗✗✗✗✗✗ ·······",
  requestMyExtraConference: "·✗✗✓✗✗✗ ✗✗✗✗✗✗✗ ✗✗✗✗✗✗✗ ·······",
  runBackgroundWork: "·✗✗✗✗✗✗ ✗✗✗✗✗✗✗ ✗✗✗✗✗✗✗ ······✓",
  saveClassroomCycle: "·✗✗✗✓✓✓ ✗✗✗✗✓✓✓ ✗✗✗✗✗✗✗ ·······",
  saveComments: "·✗✗✗✓✓✓ ✗✗✗✗✓✓✓ ✗✗✗✗✗✗✗ ·······",
  saveConferenceNote: "·✗✗✗✓✓✓ ✗✗✗✗✓✓✓ ✗✗✗✗✗✗✗ ·······",
  saveConferenceNotes: "·✗✗✗✗✓✓ ✗✗✗✗✗✗✗ ✗✗✗✗✗✗✗ ·······",
  saveSettings: "·✗✗✗✗✗✓ ✗✗✗✗✗✗✓ ✗✗✗✗✗✗✗ ·······",
  setUpHub: "·✗✗✗✗✗✓ ✗✗✗✗✗✗✗ ✗✗✗✗✗✗✗ ·······",
  showAboutSidebar: "·✓✓✓✓✓✓ ✗✗✗✗✗✗✗ ✗✗✗✗✗✗✗ ·······",
  showAdvisorsSidebar: "·✓✓✓✓✓✓ ✗✗✗✗✗✗✗ ✗✗✗✗✗✗✗ ·······",
  showClassroomCycleView: "·✓✓✓✓✓✓ ✗✗✗✗✗✗✗ ✗✗✗✗✗✗✗ ·······",
  showClassroomSidebar: "·✓✓✓✓✓✓ ✗✗✗✗✗✗✗ ✗✗✗✗✗✗✗ ·······",
  showCommentsSidebar: "·✓✓✓✓✓✓ ✗✗✗✗✗✗✗ ✗✗✗✗✗✗✗ ·······",
  showDocsSidebar: "·✓✓✓✓✓✓ ✗✗✗✗✗✗✗ ✗✗✗✗✗✗✗ ·······",
  showGoalCheckInsSidebar: "·✓✓✓✓✓✓ ✗✗✗✗✗✗✗ ✗✗✗✗✗✗✗ ·······",
  showImportSidebar: "·✓✓✓✓✓✓ ✗✗✗✗✗✗✗ ✗✗✗✗✗✗✗ ·······",
  showMissingCommentsSidebar: "·✓✓✓✓✓✓ ✗✗✗✗✗✗✗ ✗✗✗✗✗✗✗ ·······",
  showMyConferenceSidebar: "·✓✓✓✓✓✓ ✗✗✗✗✗✗✗ ✗✗✗✗✗✗✗ ·······",
  showNotBookedSidebar: "·✓✓✓✓✓✓ ✗✗✗✗✗✗✗ ✗✗✗✗✗✗✗ ·······",
  showPullSidebar: "·✓✓✓✓✓✓ ✗✗✗✗✗✗✗ ✗✗✗✗✗✗✗ ·······",
  showRoundsSidebar: "·✓✓✓✓✓✓ ✗✗✗✗✗✗✗ ✗✗✗✗✗✗✗ ·······",
  showScheduleSidebar: "·✓✓✓✓✓✓ ✗✗✗✗✗✗✗ ✗✗✗✗✗✗✗ ·······",
  showSettingsSidebar: "·✓✓✓✓✓✓ ✗✗✗✗✗✗✗ ✗✗✗✗✗✗✗ ·······",
  showStatusView: "·✓✓✓✓✓✓ ✗✗✗✗✗✗✗ ✗✗✗✗✗✗✗ ·······",
  showUpdatesSidebar: "·✓✓✓✓✓✓ ✗✗✗✗✗✗✗ ✗✗✗✗✗✗✗ ·······",
  studentDraftContext: "·✗✗✗✗✗✗ ✗✗✗✓✗✗✗ ✗✗✗✗✗✗✗ ·······",
  swapClassroomStudents: "·✗✗✗✓✓✓ ✗✗✗✗✓✓✓ ✗✗✗✗✗✗✗ ·······",
  tickMyRehearsal: "·✗✗✓✗✗✗ ✗✗✗✗✗✗✗ ✗✗✗✗✗✗✗ ·······",
  writeClassroomPlanLine: "·✗✗✗✓✓✓ ✗✗✗✗✓✓✓ ✗✗✗✗✗✗✗ ·······",
  writeConferencePlan: "·✗✗✓✗✓✓ ✗✗✗✗✗✗✗ ✗✗✗✗✗✗✗ ·······",
  writeMyReflection: "·✗✗✓✗✗✗ ✗✗✗✗✗✗✗ ✗✗✗✗✗✗✗ ·······",
};

function sampleArgs(hub: MatrixHub): Record<string, readonly unknown[]> {
  const files = toConferCsv(hub.school);
  return {
    onOpen: [{ authMode: "FULL" }],
    onInstall: [{ authMode: "FULL" }],
    getSettings: [],
    saveSettings: [{}],
    listRounds: [],
    openRound: [{}],
    closeRound: ["Nobody's round"],
    getClassroomConferences: [],
    openClassroomRound: [{}],
    createClassroomDocs: ["Nobody's round"],
    closeClassroomRound: ["Nobody's round"],
    proposeClassroomCycle: ["Nobody's round", {}],
    saveClassroomCycle: ["Nobody's round", {}],
    getClassroomCycle: ["Nobody's round"],
    swapClassroomStudents: ["Nobody's round", STUDENT_ID, "nope"],
    moveClassroomStudent: ["Nobody's round", { studentId: STUDENT_ID, day: "2026-12-01" }],
    cancelClassroomDay: ["Nobody's round", "2026-12-01"],
    cancelClassroomStudent: ["Nobody's round", STUDENT_ID],
    cancelClassroomCycle: ["Nobody's round", {}],
    getConferenceTable: ["Nobody's round", "2026-12-01"],
    saveConferenceNote: ["Nobody's round", STUDENT_ID, "2026-12-01", "notes"],
    markClassroomHeld: ["Nobody's round", STUDENT_ID, "2026-12-01"],
    markNoShow: ["Nobody's round", STUDENT_ID, "2026-12-01"],
    writeClassroomPlanLine: ["Nobody's round", STUDENT_ID, "2026-12-01", "line"],
    getClassroomCoverage: ["Nobody's round"],
    offerExtraConference: ["Nobody's round", { studentId: STUDENT_ID, day: "2026-12-01" }],
    pointToOfficeHours: ["Nobody's round", STUDENT_ID],
    requestExtraConference: [hub.docId, "please"],
    archiveRound: ["Nobody's round"],
    importRoster: [
      {
        format: "confer",
        students: files["students.csv"],
        staff: files["staff.csv"],
        classes: files["classes.csv"],
      },
    ],
    listClassroomCourses: [{}],
    importClassroomCourses: [{ courseIds: ["999"] }],
    listMyClassroomCourses: [{}],
    importMyClassroomCourses: [{ courseIds: ["999"] }],
    previewRoster: [
      {
        format: "confer",
        students: files["students.csv"],
        staff: files["staff.csv"],
        classes: files["classes.csv"],
      },
    ],
    createConferenceDocs: [{ kind: "student", studentId: STUDENT_ID }],
    getAdvisors: [],
    assignAdvisors: [[{ studentId: "nope", advisorEmail: EMAILS.advisor }]],
    runBackgroundWork: [{ triggerUid: "4034124084959907503" }],
    getCommentGrid: [],
    saveComments: [{ classId: "nope", teacherEmail: EMAILS.teacher, entries: [] }],
    pullInfo: [hub.docId],
    pullComments: [{ kind: "student", studentId: STUDENT_ID }],
    getStatus: [{}],
    previewGuardianUpdates: [{ kind: "student", studentId: STUDENT_ID }],
    createGuardianUpdates: [{ scope: { kind: "student", studentId: STUDENT_ID } }],
    draftContext: [{ kind: "student", studentId: STUDENT_ID }],
    recordDrafts: [[], "2026-11-23T14:00:00.000Z"],
    studentDraftContext: [hub.docId],
    chooseMyPurposes: [[]],
    tickMyRehearsal: [[]],
    writeMyReflection: [[]],
    addMyQuestion: [""],
    requestMyExtraConference: ["please"],
    addMyArtifact: [{}],
    writeConferencePlan: [{ smart: {} }],
    saveConferenceNotes: ["notes"],
    conferenceAccess: [hub.docId],
    recordConferenceNotes: [hub.docId, "notes"],
    publishSlots: [{}],
    getSchedule: [{}],
    changeBooking: [{ action: "held", slotId: "nope" }],
    getNotYetBooked: [{ round: "Fall conferences" }],
    draftBookingReminders: [{ round: "Nobody's round" }],
    draftNoShowFollowUp: [{ slotId: "nope", feedback: "" }],
    bookingReminders: [{ round: "Nobody's round" }],
    noShowFollowUp: [{ slotId: "nope", feedback: "" }],
    getGoalCheckIns: [],
    markGoalCheckIn: [hub.docId, "met"],
    draftGoalCheckInReminder: [hub.docId],
    checkInReminder: [hub.docId],
    recordCheckInReminder: [hub.docId, "draft-1", "2026-11-23T14:00:00.000Z"],
    getFamilySignup: [hub.familyToken, ""],
    bookFamilySlot: [hub.familyToken, STUDENT_ID, "nope", ""],
    cancelFamilyBooking: [hub.familyToken, STUDENT_ID, "nope", ""],
    doGet: [{ parameter: { action: "ping" } }],
    doPost: [{ parameter: { action: "ping" } }],
  };
}

const NAMES = Object.keys(ACTION_TABLE).sort();

function rowOf(name: string): { doors: readonly Door[]; who: unknown } {
  return (ACTION_TABLE as Record<string, { doors: readonly Door[]; who: unknown }>)[name]!;
}

describe("the security matrix", () => {
  const hub = matrixHub();
  const args = sampleArgs(hub);
  const seen = new Map<string, Map<Door, Map<Persona, Tried>>>();
  const changed: string[] = [];

  beforeAll(() => {
    for (const door of DOORS) {
      for (const persona of PERSONAS) {
        const cells = NAMES.map((name) => ({ name, expected: expectedCell(name, door, persona) }));
        const before = fingerprint(hub);
        for (const { name } of cells.filter((c) => c.expected === "✗")) {
          record(name, door, persona, attempt(name, door, persona));
        }
        if (fingerprint(hub) !== before) changed.push(`${door} as ${persona}`);
        for (const { name } of cells.filter((c) => c.expected !== "✗")) {
          record(name, door, persona, attempt(name, door, persona));
        }
      }
    }
  });

  function attempt(name: string, door: Door, persona: Persona): Tried {
    if (door === "trigger") {
      const isHandler = rowOf(name).doors.includes("trigger");
      if (!isHandler || persona !== "coordinator") {
        return { cell: "·", result: null, data: undefined, message: "" };
      }
      return fireTrigger(hub, name);
    }
    return tryAt(hub, door, persona, name, args[name] ?? []);
  }

  function record(name: string, door: Door, persona: Persona, tried: Tried) {
    const doors = seen.get(name) ?? new Map<Door, Map<Persona, Tried>>();
    const people = doors.get(door) ?? new Map<Persona, Tried>();
    people.set(persona, tried);
    doors.set(door, people);
    seen.set(name, doors);
  }

  function observedRow(name: string): string {
    return DOORS.map((door) =>
      PERSONAS.map((persona) => seen.get(name)?.get(door)?.get(persona)?.cell ?? "?").join(""),
    ).join(" ");
  }

  it("has a written-down row for every action in the table", () => {
    const missing = NAMES.filter((name) => !(name in EXPECTED));
    const extra = Object.keys(EXPECTED).filter((name) => !NAMES.includes(name));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it.each(NAMES)("%s answers every door and person as written down", (name) => {
    if (process.env.PRINT_MATRIX && name === NAMES[0]) {
      const report = NAMES.map((n) => `    ${n}: "${observedRow(n)}",`).join("\n");
      const messages = [...seen].flatMap(([n, doors]) =>
        [...doors].flatMap(([door, people]) =>
          [...people].map(([p, t]) => `${n} ${door} ${p} ${t.cell} ${t.message.slice(0, 160)}`),
        ),
      );
      console.log(`${report}\n${messages.join("\n")}`);
    }
    expect(observedRow(name)).toBe(EXPECTED[name]);
  });

  it("returns no data with a refusal, and says why in one sentence", () => {
    const bad: string[] = [];
    for (const [name, doors] of seen) {
      for (const [door, people] of doors) {
        for (const [persona, tried] of people) {
          if (tried.cell !== "✗") continue;
          if (tried.data !== undefined && tried.data !== null)
            bad.push(`${name} ${door} ${persona}: data`);
          const googles = /^Script function not found: \w+$/.test(tried.message);
          if (!googles && !/^[^\n]+[.!]"?$/.test(tried.message))
            bad.push(`${name} ${door} ${persona}: "${tried.message}"`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it("changes nothing when it refuses", () => {
    expect(changed).toEqual([]);
  });
});

function expectedCell(name: string, door: Door, persona: Persona): Cell | undefined {
  const row = EXPECTED[name];
  if (!row) return undefined;
  const group = row.split(" ")[DOORS.indexOf(door)] ?? "";
  return [...group][PERSONAS.indexOf(persona)] as Cell | undefined;
}
