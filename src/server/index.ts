/* Everything Apps Script must see as a top-level function; the build makes one stub per export. */
export { getAboutInfo } from "./endpoints";
export { showAboutSidebar } from "./menu-actions";
export { onInstall, onOpen } from "./triggers";
export { doGet, doPost } from "./web-app";
