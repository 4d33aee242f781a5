/*
 * The advisor's notes on a conference, kept by the hub owner (through the web app) and never in
 * the student's doc. Only the advisor and coordinators read and write them.
 */
import { NotAllowedError } from "../domain/roles";
import { activeDocId } from "../workspace/active-doc";
import { writeNotes } from "../workspace/conference-notes";
import { callAction } from "./actions/call";
import { conferenceAccessFor } from "./conference-role";

export function saveConferenceNotesFor(caller: string, docId: string, notes: string): string {
  if (conferenceAccessFor(caller, docId).role === "student") {
    throw new NotAllowedError("Only the advisor and coordinators keep conference notes.");
  }
  return writeNotes(docId, notes);
}

export function saveConferenceNotes(notes: string): string {
  const docId = activeDocId();
  const text = typeof notes === "string" ? notes : "";
  return callAction("recordConferenceNotes", docId, text);
}
