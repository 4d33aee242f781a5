/*
 * The advisor's notes on a conference, kept by the hub owner (through the web app) in the hub's
 * Conference Notes tab and never in the student's doc. Only the advisor and coordinators read and
 * write them.
 */
import { checkedNotes } from "../../domain/my-conference/notes";
import { NotAllowedError } from "../../domain/roles";
import { activeDocId } from "../../workspace/active-doc";
import { writeNotes } from "../../workspace/conference-notes";
import { callAction } from "../actions/call";
import { withScriptLock } from "../hub/script-lock";
import { conferenceAccessFor } from "./role";

export function saveConferenceNotesFor(caller: string, docId: string, notes: unknown): string {
  const access = conferenceAccessFor(caller, docId);
  if (access.role === "student") {
    throw new NotAllowedError("Only the advisor and coordinators keep conference notes.");
  }
  const text = checkedNotes(notes);
  withScriptLock(() =>
    writeNotes({
      docId,
      studentId: access.studentId,
      notes: text,
      at: new Date().toISOString(),
      by: caller,
    }),
  );
  return text;
}

export function saveConferenceNotes(notes: unknown): string {
  const docId = activeDocId();
  return callAction("recordConferenceNotes", docId, checkedNotes(notes));
}
