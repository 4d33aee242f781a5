/*
 * What the boxes of a teacher's class grid amount to before anything is sent: which boxes differ
 * from the saved comment, which clear a saved comment (a withdrawal the teacher must confirm),
 * which are over the length limit, and the save entries that follow from them.
 */
import { MAX_COMMENT_LENGTH } from "./model";
import type { SaveEntry } from "./save";

export interface GridBox {
  readonly studentId: string;
  readonly studentName: string;
  readonly commentId?: string;
  readonly version?: number;
  /** The active comment's text as last saved; empty when there is none or it was withdrawn. */
  readonly savedText: string;
  readonly withdrawn: boolean;
}

/** "unchanged" also covers a box left blank (or only spaces) where there is no comment. */
export type BoxState = "unchanged" | "edited" | "withdraw";

export function boxState(box: GridBox, text: string): BoxState {
  if (text === box.savedText) return "unchanged";
  if (text.trim() === "") return box.savedText === "" ? "unchanged" : "withdraw";
  return "edited";
}

export function isOverLimit(text: string): boolean {
  return text.length > MAX_COMMENT_LENGTH;
}

const count = (n: number) => n.toLocaleString("en-US");

/** The live count under a box, e.g. "1,950 / 2,000". */
export function lengthLabel(text: string): string {
  return `${count(text.length)} / ${count(MAX_COMMENT_LENGTH)}`;
}

export function overLimitProblem(text: string): string {
  const over = text.length - MAX_COMMENT_LENGTH;
  return `${count(over)} ${over === 1 ? "character" : "characters"} over the ${count(MAX_COMMENT_LENGTH)}-character limit: shorten it to save.`;
}

/** "Lee Abbott", "Lee Abbott and Mia Okafor", "Lee Abbott, Mia Okafor and Zoë Nguyễn". */
export function listOfNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

export function withdrawQuestion(names: readonly string[]): string {
  return `Withdraw your ${names.length === 1 ? "comment" : "comments"} for ${listOfNames(names)}?`;
}

export interface GridSavePlan {
  readonly entries: readonly SaveEntry[];
  /** Names of the students whose saved comment the save would withdraw. */
  readonly withdrawals: readonly string[];
  /** Names of the students whose box is over the limit; a save with any is not sent. */
  readonly overLimit: readonly string[];
}

export function planGridSave(boxes: readonly GridBox[], texts: readonly string[]): GridSavePlan {
  const entries: SaveEntry[] = [];
  const withdrawals: string[] = [];
  const overLimit: string[] = [];
  boxes.forEach((box, i) => {
    const text = texts[i] ?? "";
    const state = boxState(box, text);
    if (state === "unchanged") return;
    const known = box.commentId ? { commentId: box.commentId, version: box.version } : {};
    if (state === "withdraw") {
      withdrawals.push(box.studentName);
      entries.push({ studentId: box.studentId, text: "", withdraw: true, ...known });
      return;
    }
    if (isOverLimit(text)) overLimit.push(box.studentName);
    entries.push({ studentId: box.studentId, text, ...known });
  });
  return { entries, withdrawals, overLimit };
}

export function overLimitRefusal(names: readonly string[]): string {
  const which = names.length === 1 ? "The comment" : "The comments";
  return `Nothing was saved. ${which} for ${listOfNames(names)} ${names.length === 1 ? "is" : "are"} over the ${count(MAX_COMMENT_LENGTH)}-character limit: shorten ${names.length === 1 ? "it" : "them"}, then save again.`;
}
