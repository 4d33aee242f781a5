/*
 * The functions sidebars call through google.script.run. Their payloads are plain JSON:
 * google.script.run cannot carry a Date.
 */
import { APP_NAME, CONFER_VERSION } from "../domain/app-info";
import { activeUserEmail } from "../workspace/session";

export interface AboutInfo {
  readonly name: string;
  readonly version: string;
  readonly user: string;
}

export function getAboutInfo(): AboutInfo {
  return { name: APP_NAME, version: CONFER_VERSION, user: activeUserEmail() };
}

export { getCommentGrid, getMissingComments, saveComments } from "./comment-endpoints";
export { saveConferenceNotes } from "./conference-notes";
export { createConferenceDocs, getDocsSidebarInfo } from "./docs-endpoints";
export { bookFamilySlot, cancelFamilyBooking, getFamilySignup } from "./family-signup";
export { createGuardianUpdates, previewGuardianUpdates } from "./guardian-updates";
export {
  addMyArtifact,
  addMyQuestion,
  chooseMyPurposes,
  getMyConference,
  markConferenceHeld,
  tickMyRehearsal,
  writeConferencePlan,
  writeMyReflection,
} from "./my-conference";
export { listMyDriveFiles } from "./my-drive-files";
export { getPullInfo, getStatus, pullComments } from "./pull-endpoints";
export { importRoster } from "./roster-endpoints";
export {
  changeBooking,
  draftBookingReminders,
  draftNoShowFollowUp,
  getNotYetBooked,
  getSchedule,
  publishSlots,
} from "./schedule-endpoints";
export { getSettings, saveSettings } from "./settings-endpoints";
