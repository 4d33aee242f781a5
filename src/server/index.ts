/* Everything Apps Script must see as a top-level function; the build makes one stub per export. */
export {
  createConferenceDocs,
  getAboutInfo,
  getDocsSidebarInfo,
  getSettings,
  importRoster,
  saveSettings,
} from "./endpoints";
export {
  setUpHub,
  showAboutSidebar,
  showDocsSidebar,
  showImportSidebar,
  showSettingsSidebar,
} from "./menu-actions";
export { continueConferenceDocs_, onInstall, onOpen } from "./triggers";
export { doGet, doPost } from "./web-app";
