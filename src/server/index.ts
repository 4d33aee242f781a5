/* Everything Apps Script must see as a top-level function; the build makes one stub per export. */
export {
  createConferenceDocs,
  createGuardianUpdates,
  getAboutInfo,
  getCommentGrid,
  getDocsSidebarInfo,
  getMissingComments,
  getPullInfo,
  getSettings,
  getStatus,
  importRoster,
  previewGuardianUpdates,
  pullComments,
  saveComments,
  saveSettings,
} from "./endpoints";
export {
  rebuildCommentTabsFromLog,
  setUpHub,
  showAboutSidebar,
  showCommentsSidebar,
  showDocsSidebar,
  showImportSidebar,
  showMissingCommentsSidebar,
  showPullSidebar,
  showSettingsSidebar,
  showStatusSidebar,
  showUpdatesSidebar,
} from "./menu-actions";
export { draftMyFamilyUpdate } from "./student-update";
export { continueConferenceDocs_, onInstall, onOpen } from "./triggers";
export { doGet, doPost } from "./web-app";
