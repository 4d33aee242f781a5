/*
 * A sidebar's one feedback area, held at the bottom of its viewport however far the page is
 * scrolled: a confirmation in a role=status region (announced politely), an error in a
 * role=alert region (announced at once). Both regions exist from page load so screen readers
 * announce what is written into them. A message replaces the last one; clearing empties both.
 */
import { errorMessage } from "./dom";

function region(role: "status" | "alert", className: string): HTMLElement {
  const element = document.createElement("p");
  element.setAttribute("role", role);
  element.setAttribute("aria-live", role === "alert" ? "assertive" : "polite");
  element.className = className;
  element.tabIndex = -1;
  return element;
}

const area = document.createElement("div");
area.className = "feedback";
const done = region("status", "ok");
const failed = region("alert", "error");
area.append(done, failed);
document.body.append(area);

/** Moves focus to the message when the control that had it is gone or hidden. */
function keepFocusNear(message: HTMLElement): void {
  const active = document.activeElement as HTMLElement | null;
  if (!active || active === document.body || active.offsetParent === null) message.focus();
}

export function clearFeedback(): void {
  done.textContent = "";
  failed.textContent = "";
}

export function tellDone(text: string): void {
  failed.textContent = "";
  done.textContent = text;
  keepFocusNear(done);
}

export function tellError(error: unknown): void {
  done.textContent = "";
  failed.textContent = errorMessage(error);
  keepFocusNear(failed);
}
