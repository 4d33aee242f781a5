/* Building elements for sidebars and pages: every text is set as text, never parsed as HTML. */

export interface ElementOptions {
  readonly className?: string;
  readonly text?: string;
  readonly id?: string;
  readonly attrs?: Readonly<Record<string, string>>;
  readonly data?: Readonly<Record<string, string>>;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (options.className) element.className = options.className;
  if (options.id) element.id = options.id;
  if (options.text !== undefined) element.textContent = options.text;
  for (const [name, value] of Object.entries(options.attrs ?? {})) {
    element.setAttribute(name, value);
  }
  for (const [name, value] of Object.entries(options.data ?? {})) element.dataset[name] = value;
  element.append(...children);
  return element;
}

export function option(text: string, value: string): HTMLOptionElement {
  const element = document.createElement("option");
  element.textContent = text;
  element.value = value;
  return element;
}

/** Replaces a select's options, keeping the chosen value when it is still offered. */
export function fillSelect(
  select: HTMLSelectElement,
  choices: readonly { value: string; label: string }[],
  chosen = select.value,
): void {
  select.replaceChildren(...choices.map((choice) => option(choice.label, choice.value)));
  if (choices.some((choice) => choice.value === chosen)) select.value = chosen;
}

export function button(
  text: string,
  onClick: () => void,
  options: ElementOptions = {},
): HTMLButtonElement {
  const element = el("button", { ...options, text, attrs: { type: "button", ...options.attrs } });
  element.addEventListener("click", onClick);
  return element;
}

/** Copies a read-only input's text: the Clipboard API where the frame allows it, else selection. */
export async function copyFrom(input: HTMLInputElement): Promise<boolean> {
  input.focus();
  input.select();
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(input.value);
      return true;
    }
  } catch {
    // Fall through to the selection: some frames refuse the Clipboard API.
  }
  try {
    return document.execCommand("copy");
  } catch {
    return false;
  }
}
