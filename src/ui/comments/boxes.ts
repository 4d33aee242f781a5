/*
 * The grid's comment boxes: one field per student with its live character count, a visible mark
 * while its text is not saved (or would withdraw the saved comment), and, when it is over the
 * limit, aria-invalid with the problem written next to the box.
 */
import {
  boxState,
  type GridBox,
  isOverLimit,
  lengthLabel,
  overLimitProblem,
} from "../../domain/comments/grid-edits";
import { byId } from "../shared/dom";
import { el } from "../shared/elements";

const MARKS = { unchanged: "", edited: "Unsaved", withdraw: "Unsaved: saving withdraws it" };

export function boxText(i: number): string {
  return byId<HTMLTextAreaElement>(`comment-${i}`).value;
}

export function boxTexts(boxes: readonly GridBox[]): string[] {
  return boxes.map((_, i) => boxText(i));
}

/** Brings box `i`'s mark, count and problem in line with its text. */
export function markBox(box: GridBox, i: number): void {
  const text = boxText(i);
  const state = boxState(box, text);
  const over = state !== "withdraw" && isOverLimit(text);
  const field = byId(`field-${i}`);
  field.classList.toggle("unsaved", state !== "unchanged");
  field.classList.toggle("invalid", over);
  byId(`mark-${i}`).textContent = MARKS[state];
  byId(`count-${i}`).textContent = lengthLabel(text);
  const textarea = byId<HTMLTextAreaElement>(`comment-${i}`);
  if (over) textarea.setAttribute("aria-invalid", "true");
  else textarea.removeAttribute("aria-invalid");
  byId(`problem-${i}`).textContent = over ? overLimitProblem(text) : "";
}

function field(box: GridBox, i: number, onInput: (i: number) => void): HTMLElement {
  const textarea = el("textarea", {
    id: `comment-${i}`,
    data: { studentId: box.studentId },
    attrs: { "aria-describedby": `mark-${i} count-${i} problem-${i}` },
  });
  textarea.value = box.savedText;
  textarea.addEventListener("input", () => onInput(i));
  return el(
    "div",
    { className: "field comment", id: `field-${i}` },
    el(
      "div",
      { className: "comment-head" },
      el("label", { text: box.studentName, attrs: { for: `comment-${i}` } }),
      el("span", { className: "mark", id: `mark-${i}` }),
    ),
    textarea,
    el(
      "div",
      { className: "comment-foot" },
      el("span", { className: "problem", id: `problem-${i}`, attrs: { "aria-live": "polite" } }),
      el("span", { className: "count", id: `count-${i}` }),
    ),
  );
}

/** Shows one box per student; `onInput` hears which box the person typed in. */
export function renderBoxes(boxes: readonly GridBox[], onInput: (i: number) => void): void {
  byId("rows").replaceChildren(...boxes.map((box, i) => field(box, i, onInput)));
  markAll(boxes);
}

export function markAll(boxes: readonly GridBox[]): void {
  for (const [i, box] of boxes.entries()) markBox(box, i);
}
