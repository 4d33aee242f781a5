/* The Doc the add-on is open in, if it is open in a Doc (not in Sheets). */

export function activeDocId(): string {
  try {
    return DocumentApp.getActiveDocument()?.getId() ?? "";
  } catch {
    return "";
  }
}
