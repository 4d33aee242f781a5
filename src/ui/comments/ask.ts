/*
 * A modal question inside the sidebar with one button per answer; it resolves to the chosen
 * answer's value, or to the last answer's (the safe one) when the person presses Escape.
 */
import { byId } from "../shared/dom";
import { button, el } from "../shared/elements";

export interface Answer<T> {
  readonly label: string;
  readonly value: T;
  readonly primary?: boolean;
}

export function ask<T>(
  question: string,
  detail: string,
  answers: readonly Answer<T>[],
): Promise<T> {
  const dialog = byId<HTMLDialogElement>("ask");
  const safe = answers[answers.length - 1]!.value;
  return new Promise((resolve) => {
    let chosen = safe;
    const choose = (value: T) => {
      chosen = value;
      dialog.close();
    };
    dialog.replaceChildren(
      el("p", { className: "question", id: "ask-question", text: question }),
      ...(detail ? [el("p", { className: "secondary", text: detail })] : []),
      el(
        "div",
        { className: "answers" },
        ...answers.map((answer) =>
          button(
            answer.label,
            () => choose(answer.value),
            answer.primary ? { className: "action" } : {},
          ),
        ),
      ),
    );
    dialog.addEventListener("close", () => resolve(chosen), { once: true });
    dialog.showModal();
  });
}
