/*
 * The Rounds sidebar in headless Chromium, on a preview whose term has reached "Set up hub": the
 * coordinator opens two rounds with the kind a choice and the windows date pickers, sees them
 * listed with kind, dates and state, is refused a second round of a taken name (the field marked
 * and named), and closes a round only after saying yes.
 */
import type { FrameLocator, Page } from "playwright-core";
import { type Browser, launchChromium } from "./browser";
import { type SchoolPreview, startSchoolPreview } from "./school-preview";
import { seeText, seeVisible } from "./see";
import { chooseMenu, openFromDrive, screenshot, sidebar } from "./shell-page";

jest.setTimeout(60_000);

let running: SchoolPreview;
let browser: Browser;
let page: Page;
let rounds: FrameLocator;

beforeAll(async () => {
  running = await startSchoolPreview("Set up hub");
  browser = await launchChromium();
  page = await browser.context.newPage();
  page.setDefaultTimeout(20_000);
  await page.goto(running.preview.url);
  await openFromDrive(page, /Confer hub/);
  await chooseMenu(page, "Rounds…");
  rounds = sidebar(page);
  await seeText(rounds.locator("#current"), "No round is open.");
});

afterAll(async () => {
  await browser?.close();
  await running?.close();
});

const input = (key: string) => rounds.locator(`#input-${key}`);
const problem = (key: string) => rounds.locator(`#problem-${key}`);

async function fillRound(values: Record<string, string>): Promise<void> {
  for (const [key, value] of Object.entries(values)) {
    if (key === "kind") await input(key).selectOption(value);
    else await input(key).fill(value);
  }
}

const FALL = {
  name: "Fall 2026 student-led",
  kind: "student-led",
  preparationFrom: "2026-11-02",
  preparationTo: "2026-11-20",
  commentsFrom: "2026-11-09",
  commentsTo: "2026-11-25",
  conferenceFrom: "2026-12-01",
  conferenceTo: "2026-12-04",
};

test("the kind is a choice and the windows are date pickers", async () => {
  expect(await input("kind").locator("option").allTextContents()).toEqual([
    "Student-led, with families",
    "Office hours",
  ]);
  for (const key of ["preparationFrom", "commentsTo", "conferenceFrom", "conferenceTo"]) {
    expect(await input(key).getAttribute("type")).toBe("date");
  }
});

test("two rounds opened are listed with their kind, dates and state", async () => {
  await fillRound(FALL);
  await rounds.getByRole("button", { name: "Open round" }).click();
  await seeText(rounds.getByRole("status").last(), "“Fall 2026 student-led” is open.");
  await fillRound({
    ...FALL,
    name: "Fall office hours",
    kind: "office-hours",
    conferenceTo: "2027-01-29",
  });
  await rounds.getByRole("button", { name: "Open round" }).click();
  await seeText(rounds.getByRole("status").last(), "“Fall office hours” is open.");
  const list = rounds.getByRole("list", { name: "Rounds" });
  await seeText(list, "Fall 2026 student-led");
  const fall = list.locator("li", { hasText: "Fall 2026 student-led" });
  await seeText(fall, "Student-led · hosted by advisors");
  await seeText(fall, "Conference days: 2026-12-01 to 2026-12-04");
  await seeText(fall, "open");
  const hours = list.locator("li", { hasText: "Fall office hours" });
  await seeText(hours, "Office hours · hosted by advisors");
  await seeText(hours, "Conference days: 2026-12-01 to 2027-01-29");
  expect(await input("name").inputValue()).toBe("");
  await screenshot(page, "rounds-listed", list);
});

test("a round under a name already taken is refused, the name field marked and named", async () => {
  await fillRound({ ...FALL, name: "fall 2026 STUDENT-LED" });
  await rounds.getByRole("button", { name: "Open round" }).click();
  await seeText(
    problem("name"),
    "Round name “fall 2026 STUDENT-LED”: a round named “Fall 2026 student-led” already exists.",
  );
  await seeText(
    rounds.getByRole("alert"),
    "No round was opened. Fix the fields marked in red: Round name.",
  );
  expect(await input("name").getAttribute("aria-invalid")).toBe("true");
  expect(await input("kind").getAttribute("aria-invalid")).toBeNull();
  await screenshot(page, "rounds-refused-name", rounds.locator("#field-name"));
  expect(await rounds.getByRole("list", { name: "Rounds" }).locator(":scope > li").count()).toBe(2);
});

test("Close asks first, and Keep it leaves the round open", async () => {
  const hours = rounds.getByRole("list", { name: "Rounds" }).locator("li", {
    hasText: "Fall office hours",
  });
  await hours.getByRole("button", { name: "Close…" }).click();
  await seeText(hours, "Close “Fall office hours”? It stays readable, and can be archived later.");
  await hours.getByRole("button", { name: "Keep it" }).click();
  await seeText(hours.locator(".state"), "open");
  await hours.getByRole("button", { name: "Close…" }).click();
  await hours.getByRole("button", { name: "Close the round" }).click();
  await seeText(rounds.getByRole("status").last(), "“Fall office hours” is closed.");
  const closed = rounds.getByRole("list", { name: "Rounds" }).locator("li", {
    hasText: "Fall office hours",
  });
  await seeText(closed.locator(".state"), "closed");
  await seeVisible(closed.getByRole("button", { name: "Archive…" }));
  await screenshot(page, "rounds-closed", closed);
});
