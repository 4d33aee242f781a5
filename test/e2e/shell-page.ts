/* What a person does in the preview shell: switch user, open a file, choose a menu item, use the sidebar. */
import fs from "node:fs";
import path from "node:path";
import type { FrameLocator, Locator, Page } from "playwright-core";

export const ARTIFACTS = path.join(__dirname, "artifacts");

export async function switchUser(page: Page, email: string): Promise<void> {
  await page.locator("#user").selectOption(email);
  await Promise.all([
    page.waitForLoadState("load"),
    page.getByRole("button", { name: "Switch user" }).click(),
  ]);
}

export async function openFromDrive(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole("navigation", { name: "Apps" }).getByRole("link", { name: "Drive" }).click();
  await page.getByRole("link", { name }).first().click();
  await page.waitForLoadState("load");
}

export async function chooseMenu(page: Page, caption: string): Promise<void> {
  await page
    .getByRole("navigation", { name: "Confer menu" })
    .getByRole("button", { name: caption })
    .click();
  await page.waitForLoadState("load");
}

export function sidebar(page: Page): FrameLocator {
  return page.frameLocator("aside.sidebar iframe");
}

/** Saves what the person sees, scrolled to `focus` when given. */
export async function screenshot(page: Page, name: string, focus?: Locator): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  if (focus) await focus.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}
