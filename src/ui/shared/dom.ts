/* Small DOM helpers for sidebars: find an element, set text safely, show an error in plain words. */

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The page has no element #${id}.`);
  return element as T;
}

export function setText(id: string, text: string): void {
  byId(id).textContent = text;
}

export function showError(id: string, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  const box = byId(id);
  box.textContent = message;
  box.hidden = false;
}
