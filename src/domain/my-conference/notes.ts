/*
 * The advisor's private conference notes as Confer keeps them: at most 8,000 characters, and
 * whitespace alone is kept as no notes.
 */

export const MAX_NOTES = 8_000;

/** The notes as they are kept; refuses notes over the limit, saying how long they are. */
export function checkedNotes(notes: string): string {
  if (notes.length > MAX_NOTES) {
    throw new Error(
      `Conference notes hold at most ${MAX_NOTES.toLocaleString("en-US")} characters; these have ${notes.length.toLocaleString("en-US")}. Shorten them and save again.`,
    );
  }
  return notes.trim() === "" ? "" : notes;
}
