/* Everything Apps Script must see as a top-level function; the build makes one stub per export. */
export {
  addMyArtifact,
  addMyQuestion,
  chooseMyPurposes,
  createConferenceDocs,
  createGuardianUpdates,
  getAboutInfo,
  getCommentGrid,
  getDocsSidebarInfo,
  getMissingComments,
  getMyConference,
  getPullInfo,
  getSettings,
  getStatus,
  importRoster,
  markConferenceHeld,
  previewGuardianUpdates,
  pullComments,
  saveComments,
  saveConferenceNotes,
  saveSettings,
  tickMyRehearsal,
  writeConferencePlan,
  writeMyReflection,
} from "./endpoints";
export {
  rebuildCommentTabsFromLog,
  setUpHub,
  showAboutSidebar,
  showCommentsSidebar,
  showDocsSidebar,
  showImportSidebar,
  showMissingCommentsSidebar,
  showMyConferenceSidebar,
  showPullSidebar,
  showSettingsSidebar,
  showStatusSidebar,
  showUpdatesSidebar,
} from "./menu-actions";
export { draftMyFamilyUpdate } from "./student-update";
export { continueConferenceDocs_, onInstall, onOpen } from "./triggers";
export { doGet, doPost } from "./web-app";
