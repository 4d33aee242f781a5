/* The advisor's private conference notes, one script property per conference doc. */

const MAX_NOTES = 8000;
const keyOf = (docId: string) => `confer.notes.${docId}`;

export function readNotes(docId: string): string {
  return PropertiesService.getScriptProperties().getProperty(keyOf(docId)) ?? "";
}

export function writeNotes(docId: string, notes: string): string {
  const text = notes.slice(0, MAX_NOTES);
  const properties = PropertiesService.getScriptProperties();
  if (text.trim() === "") properties.deleteProperty(keyOf(docId));
  else properties.setProperty(keyOf(docId), text);
  return text;
}
