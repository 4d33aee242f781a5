/*
 * Confer ▸ Ask my teacher for an extra conference, in a student's classroom doc: the doc open is
 * sent to the hub, which checks it is the caller's own doc of a classroom round and adds the
 * request to the teacher's list. The answer comes in a dialog.
 */
import { activeDocId } from "../../workspace/active-doc";
import { callAction } from "../actions/call";
import { answerInAlert } from "../menu-alert";

const TITLE = "Ask for an extra conference";

function askFromOpenDoc(): string {
  const docId = activeDocId();
  if (docId === "") throw new Error("Open your classroom conference doc in Google Docs first.");
  const asked = callAction("requestExtraConference", docId, "");
  return `Your teacher has your request for an extra conference in “${asked.round}”. They will offer you a time or point you to office hours.`;
}

export function askForExtraConference(): void {
  answerInAlert(DocumentApp.getUi(), TITLE, askFromOpenDoc);
}
