/* Everything Apps Script must see as a top-level function; the build makes one stub per export. */
export {
  createConferenceDocs,
  getAboutInfo,
  getCommentGrid,
  getDocsSidebarInfo,
  getMissingComments,
  getSettings,
  importRoster,
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
  showSettingsSidebar,
} from "./menu-actions";
export { continueConferenceDocs_, onInstall, onOpen } from "./triggers";
export { doGet, doPost } from "./web-app";
