/*
 * Focus after "Save all" in the Enter comments sidebar, in headless Chromium on a preview whose
 * term has reached "Create conference docs": the button is disabled while saving, and focus comes
 * back to it once the save is confirmed, so a keyboard user carries on from where they were.
 */
import type { FrameLocator, Page } from "playwright-core";
import { DEFAULT_DEMO_SEED, generateDemoSchool } from "../../scripts/demo-school";
import { type Browser, launchChromium } from "./browser";
import { type SchoolPreview, startSchoolPreview } from "./school-preview";
import { seeExactText, seeVisible } from "./see";
import { chooseMenu, screenshot, sidebar } from "./shell-page";

const school = generateDemoSchool(DEFAULT_DEMO_SEED);
const teacher = school.classes[0]!.teacherEmail;

let running: SchoolPreview;
let browser: Browser;
let page: Page;
let grid: FrameLocator;

jest.setTimeout(60_000);

beforeAll(async () => {
  running = await startSchoolPreview("Create conference docs", teacher);
  browser = await launchChromium();
  page = await browser.context.newPage();
  page.setDefaultTimeout(20_000);
  await page.goto(running.preview.url);
  await page.getByRole("link", { name: "Drive" }).click();
  await page.getByRole("button", { name: "New document" }).click();
  await page.waitForLoadState("load");
  await chooseMenu(page, "Enter comments…");
  grid = sidebar(page);
  await seeVisible(grid.locator("#comment-0"));
});

afterAll(async () => {
  await browser?.close();
  await running?.close();
});

test("focus returns to Save all once the save is confirmed", async () => {
  await grid.locator("#comment-0").fill("Explains her reasoning clearly.");
  const save = grid.getByRole("button", { name: "Save all" });
  await save.focus();
  await save.press("Enter");
  await seeExactText(grid.getByRole("status"), "Saved 1 of 1 comments.");
  expect(await save.evaluate((el) => el.matches(":focus"))).toBe(true);
  await screenshot(page, "comments-focus-after-save", grid.getByRole("status"));
});
