/*
 * A teacher's Enter comments sidebar in headless Chromium, on a preview whose term has reached
 * "Create conference docs": unsaved boxes are marked and switching class asks first (Stay keeps
 * the text, Save saves it, Discard drops it); leaving the page asks; clearing a saved comment asks
 * before withdrawing it; each box counts its characters and one over the limit is marked and
 * refused before anything is sent; after Save all, focus comes back to the button. The sidebar
 * names the round the comments go into.
 */
import type { Dialog, FrameLocator, Page } from "playwright-core";
import { DEFAULT_DEMO_SEED, generateDemoSchool } from "../../scripts/demo-school";
import { type Browser, launchChromium } from "./browser";
import { type SchoolPreview, startSchoolPreview } from "./school-preview";
import { seeExactText, seeText, seeValue, seeVisible } from "./see";
import { chooseMenu, screenshot, sidebar } from "./shell-page";

const school = generateDemoSchool(DEFAULT_DEMO_SEED);
const teacher = school.classes[0]!.teacherEmail;
const [first, second] = school.classes.filter((c) => c.teacherEmail === teacher);
const label = (c: typeof first) => `Period ${c!.period} · ${c!.course} (${c!.id})`;

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
  await seeVisible(grid.locator("#comment-1"));
});

afterAll(async () => {
  await browser?.close();
  await running?.close();
});

const box = (i: number) => grid.locator(`#comment-${i}`);
const nameOf = async (i: number) =>
  ((await grid.locator(`label[for=comment-${i}]`).textContent()) ?? "").trim();
const question = () => grid.getByRole("dialog");
const classOf = async (selector: string) =>
  (await grid.locator(selector).getAttribute("class")) ?? "";

async function chooseClass(id: string): Promise<void> {
  await grid.getByLabel("Class").selectOption(id);
}

test("says which round the comments go into", async () => {
  await seeText(
    grid.locator("#round"),
    `Round: ${school.term}. Your comments go into it; it takes comments from`,
  );
});

test("switching class with unsaved text asks first; Stay keeps the text, Save saves it", async () => {
  const [a, b] = [await nameOf(0), await nameOf(1)];
  await box(0).fill("Asks good questions in class.");
  await box(1).fill("Works steadily on problem sets.");
  await seeExactText(grid.locator("#mark-0"), "Unsaved");
  await seeExactText(grid.locator("#mark-1"), "Unsaved");
  expect(await classOf("#field-0")).toContain("unsaved");
  await screenshot(page, "comments-unsaved-marked");

  await chooseClass(second!.id);
  await seeText(question(), `Your comments for ${a} and ${b} are not saved.`);
  await screenshot(page, "comments-switch-class-prompt");
  await question().getByRole("button", { name: "Stay" }).click();
  await question().waitFor({ state: "hidden" });
  await seeValue(grid.getByLabel("Class"), first!.id);
  await seeValue(box(0), "Asks good questions in class.");
  await seeValue(box(1), "Works steadily on problem sets.");

  await chooseClass(second!.id);
  await question().getByRole("button", { name: "Discard changes" }).click();
  await seeValue(grid.getByLabel("Class"), second!.id);
  await box(0).fill("Typed in the second class, then discarded.");
  await chooseClass(first!.id);
  await question().getByRole("button", { name: "Discard changes" }).click();
  await seeValue(grid.getByLabel("Class"), first!.id);
  await seeValue(box(0), "");

  await box(0).fill("Asks good questions in class.");
  await chooseClass(second!.id);
  await question().getByRole("button", { name: "Save, then switch" }).click();
  await seeExactText(grid.getByRole("status"), `${label(first)}: Saved 1 of 1 comments.`);
  await seeValue(grid.getByLabel("Class"), second!.id);
  await seeValue(box(0), "");
  await chooseClass(first!.id);
  await seeValue(box(0), "Asks good questions in class.");
  await seeExactText(grid.locator("#mark-0"), "");
});

test("leaving the page with unsaved text triggers the browser's prompt", async () => {
  await box(1).fill("Not saved yet.");
  const prompted = new Promise<Dialog>((resolve, reject) => {
    page.once("dialog", resolve);
    setTimeout(
      () => reject(new Error("Closing the sidebar raised no beforeunload prompt.")),
      10_000,
    );
  });
  void page.getByRole("button", { name: "Close sidebar" }).click();
  const dialog = await prompted;
  expect(dialog.type()).toBe("beforeunload");
  await dialog.dismiss();
  await seeValue(box(1), "Not saved yet.");
  await box(1).fill("");
});

test("saving a cleared box asks before withdrawing, and says which were withdrawn", async () => {
  const name = await nameOf(0);
  await box(0).fill("");
  await seeExactText(grid.locator("#mark-0"), "Unsaved: saving withdraws it");
  await grid.getByRole("button", { name: "Save all" }).click();
  await seeExactText(question().locator(".question"), `Withdraw your comment for ${name}?`);
  await screenshot(page, "comments-withdraw-confirm");
  await question().getByRole("button", { name: "Cancel" }).click();
  await seeExactText(
    grid.getByRole("status"),
    "Nothing was saved. The cleared boxes are still marked.",
  );

  await grid.getByRole("button", { name: "Save all" }).click();
  await question().getByRole("button", { name: "Withdraw" }).click();
  await seeExactText(
    grid.getByRole("status"),
    `Saved 1 of 1 comments. Withdrew your comment for ${name}.`,
  );
  await screenshot(page, "comments-withdrawn", grid.getByRole("status"));
  await page.reload();
  await seeValue(grid.locator("#comment-0"), "");
  await seeExactText(grid.locator("#mark-0"), "");
});

test("each box counts live, and one over the limit is marked and refused before sending", async () => {
  const name = await nameOf(2);
  await box(2).fill("x".repeat(1950));
  await seeExactText(grid.locator("#count-2"), "1,950 / 2,000");
  expect(await box(2).getAttribute("aria-invalid")).toBeNull();
  await box(2).fill("x".repeat(2050));
  await seeExactText(grid.locator("#count-2"), "2,050 / 2,000");
  expect(await box(2).getAttribute("aria-invalid")).toBe("true");
  expect(await classOf("#field-2")).toContain("invalid");
  await seeExactText(
    grid.locator("#problem-2"),
    "50 characters over the 2,000-character limit: shorten it to save.",
  );
  await box(3).fill("A short one that would be fine.");
  await grid.getByRole("button", { name: "Save all" }).click();
  await seeExactText(
    grid.locator("#issues"),
    `Nothing was saved. The comment for ${name} is over the 2,000-character limit: shorten it, then save again.`,
  );
  expect(await box(2).evaluate((el) => el.matches(":focus"))).toBe(true);
  expect(await page.locator("#cost").textContent()).not.toContain("saveComments");
  await screenshot(page, "comments-over-limit", box(2));
  page.once("dialog", (dialog) => void dialog.accept());
  await page.reload();
  await seeValue(grid.locator("#comment-3"), "");
});

test("focus returns to Save all once the save is confirmed", async () => {
  await box(4).fill("Explains her reasoning clearly.");
  const save = grid.getByRole("button", { name: "Save all" });
  await save.focus();
  await save.press("Enter");
  await seeExactText(grid.getByRole("status"), "Saved 1 of 1 comments.");
  expect(await save.evaluate((el) => el.matches(":focus"))).toBe(true);
  await screenshot(page, "comments-focus-after-save", grid.getByRole("status"));
});
