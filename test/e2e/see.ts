/* Waiting for what a person would see on the page: text in an element, a field's value, a visible element. */
import type { Locator } from "playwright-core";

const TIMEOUT_MS = 20_000;

async function until(check: () => Promise<string | undefined>, what: string): Promise<void> {
  const deadline = Date.now() + TIMEOUT_MS;
  let last = "";
  while (Date.now() < deadline) {
    const problem = await check().catch((error: unknown) => String(error));
    if (problem === undefined) return;
    last = problem;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Waited ${TIMEOUT_MS} ms for ${what}; last seen: ${last}`);
}

export function seeText(locator: Locator, expected: string): Promise<void> {
  return until(
    async () => {
      // biome-ignore lint/performance/useDomNodeTextContent: a person sees rendered text, not hidden nodes
      const text = await locator.innerText({ timeout: 1_000 });
      return text.includes(expected) ? undefined : JSON.stringify(text.slice(0, 500));
    },
    `${locator} to show ${JSON.stringify(expected)}`,
  );
}

export function seeExactText(locator: Locator, expected: string): Promise<void> {
  return until(
    async () => {
      // biome-ignore lint/performance/useDomNodeTextContent: a person sees rendered text, not hidden nodes
      const text = (await locator.innerText({ timeout: 1_000 })).trim();
      return text === expected ? undefined : JSON.stringify(text.slice(0, 500));
    },
    `${locator} to read ${JSON.stringify(expected)}`,
  );
}

export function seeValue(locator: Locator, expected: string): Promise<void> {
  return until(
    async () => {
      const value = await locator.inputValue({ timeout: 1_000 });
      return value === expected ? undefined : JSON.stringify(value);
    },
    `${locator} to hold ${JSON.stringify(expected)}`,
  );
}

export function seeVisible(locator: Locator): Promise<void> {
  return locator.first().waitFor({ state: "visible", timeout: TIMEOUT_MS });
}
