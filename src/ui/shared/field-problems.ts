/*
 * A refused form's problems shown at their fields: each field (`field-…`) marked invalid, its
 * input (`input-…`, when it has one) marked aria-invalid, and the problem's sentence under it
 * (`problem-…`); cleared again before the next try.
 */
import { byId } from "./dom";
import { el } from "./elements";

export interface ShownProblem {
  readonly field: string;
  readonly message: string;
}

export function clearFieldProblems(fields: readonly string[]): void {
  for (const field of fields) {
    byId(`field-${field}`).classList.remove("invalid");
    document.getElementById(`input-${field}`)?.removeAttribute("aria-invalid");
    byId(`problem-${field}`).textContent = "";
  }
}

/** Marks each problem's field and answers the fields' labels, each once, in the problems' order. */
export function showFieldProblems(
  problems: readonly ShownProblem[],
  labelOf: (field: string) => string,
): string[] {
  const marked: string[] = [];
  for (const { field, message } of problems) {
    byId(`field-${field}`).classList.add("invalid");
    document.getElementById(`input-${field}`)?.setAttribute("aria-invalid", "true");
    byId(`problem-${field}`).append(el("div", { text: message }));
    const label = labelOf(field);
    if (!marked.includes(label)) marked.push(label);
  }
  return marked;
}
