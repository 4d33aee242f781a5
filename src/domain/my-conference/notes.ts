/*
 * The advisor's private conference notes as Confer keeps them: text of at most 8,000 characters,
 * and whitespace alone is kept as no notes.
 */

export const MAX_NOTES = 8_000;

/** The notes as they are kept; refuses what is not text, and notes over the limit, saying how long. */
export function checkedNotes(notes: unknown): string {
  if (typeof notes !== "string") {
    throw new Error("Conference notes must be text; nothing was saved.");
  }
  if (notes.length > MAX_NOTES) {
    throw new Error(
      `Conference notes hold at most ${MAX_NOTES.toLocaleString("en-US")} characters; these have ${notes.length.toLocaleString("en-US")}. Shorten them and save again.`,
    );
  }
  return notes.trim() === "" ? "" : notes;
}
