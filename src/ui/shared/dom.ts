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

export function show(id: string, visible: boolean): void {
  byId(id).hidden = !visible;
}

/** Replaces a list's items with these texts (as text, never as HTML). */
export function fillList(id: string, items: readonly string[]): void {
  const list = byId(id);
  list.replaceChildren(
    ...items.map((item) => {
      const li = document.createElement("li");
      li.textContent = item;
      return li;
    }),
  );
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
