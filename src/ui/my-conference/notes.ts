/*
 * The advisor's notes box. Re-reading the doc keeps text typed since the last save, and the box
 * is marked until Save notes or Save the plan keeps it.
 */
import { byId, setText } from "../shared/dom";

let saved: string | undefined;

const box = () => byId<HTMLTextAreaElement>("notes");
const kept = (text: string) => (text.trim() === "" ? "" : text);

function mark(): void {
  const unsaved = saved !== undefined && kept(box().value) !== saved;
  setText("notes-mark", unsaved ? "Not saved yet: Save notes or Save the plan keeps them." : "");
}

/** Shows the saved notes, unless the box holds other text typed since the last save. */
export function renderNotes(savedNotes: string): void {
  const typed = saved !== undefined && kept(box().value) !== saved;
  saved = savedNotes;
  if (!typed || kept(box().value) === savedNotes) box().value = savedNotes;
  mark();
}

export function typedNotes(): string {
  return box().value;
}

box().addEventListener("input", mark);
