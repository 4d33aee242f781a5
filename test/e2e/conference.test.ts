/*
 * My conference in headless Chromium, on a preview whose term has reached "Create conference
 * docs": a student's confirmation shows in the sidebar's viewport as a status; Enter adds a
 * question; a link that is not a web address is refused as an alert naming it; the advisor's
 * notes survive Save the plan and re-reading the doc; once held, the sidebar says when, with no
 * button to mark it again.
 */
import type { FrameLocator, Locator, Page } from "playwright-core";
import { DEFAULT_DEMO_SEED, generateDemoSchool } from "../../scripts/demo-school";
import { type Browser, launchChromium } from "./browser";
import { type SchoolPreview, startSchoolPreview } from "./school-preview";
import { seeExactText, seeText, seeValue, seeVisible } from "./see";
import { chooseMenu, openFromDrive, screenshot, sidebar, switchUser } from "./shell-page";

let running: SchoolPreview;
let browser: Browser;
let page: Page;
let docName: string;

const student = generateDemoSchool(DEFAULT_DEMO_SEED).students[0]!;
/** Sub-pixel rounding at the frame's edge. */
const EDGE = 1;

jest.setTimeout(60_000);

beforeAll(async () => {
  running = await startSchoolPreview("Create conference docs");
  docName = running.context.ws.drive
    .all()
    .find(
      (f) => f.appProperties.conferStudentId !== undefined && f.editors.has(student.email),
    )!.name;
  browser = await launchChromium();
  page = await browser.context.newPage();
  page.setDefaultTimeout(20_000);
  await page.goto(running.preview.url);
});

afterAll(async () => {
  await browser?.close();
  await running?.close();
});

async function openMyConference(email: string): Promise<FrameLocator> {
  await switchUser(page, email);
  await openFromDrive(page, docName);
  await chooseMenu(page, "My conference…");
  const view = sidebar(page);
  await seeVisible(view.locator("#who"));
  return view;
}

/** The message's box lies inside both the sidebar's frame and the browser's viewport. */
async function expectInView(message: Locator): Promise<void> {
  const box = (await message.boundingBox())!;
  const frame = (await page.locator("aside.sidebar iframe").boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.height).toBeGreaterThan(0);
  expect(box.y).toBeGreaterThanOrEqual(Math.max(frame.y, 0) - EDGE);
  expect(box.y + box.height).toBeLessThanOrEqual(
    Math.min(frame.y + frame.height, viewport.height) + EDGE,
  );
}

test("a student's saved checklist is confirmed in view, as a status", async () => {
  const mine = await openMyConference(student.email);
  await mine.getByLabel("ask at least one question").check();
  await mine.getByRole("button", { name: "Save my checklist" }).click();
  const status = mine.getByRole("status");
  await seeExactText(status, "Your checklist is ticked in the doc.");
  expect(await status.getAttribute("aria-live")).toBe("polite");
  await expectInView(status);
  await screenshot(page, "conference-checklist-confirmed");
});

test("Enter adds the question, and a link that is not a web address is refused in view", async () => {
  const mine = sidebar(page);
  await mine.getByLabel("A question for my conference").fill("How do I plan my revision?");
  await mine.getByLabel("A question for my conference").press("Enter");
  await seeText(mine.locator("#questions"), "How do I plan my revision?");
  await seeValue(mine.getByLabel("A question for my conference"), "");
  await seeExactText(mine.getByRole("status"), "Your question is in the doc.");
  await screenshot(page, "conference-question-by-enter");

  await mine.getByLabel("Link to the work (from Drive)").fill("not a link");
  await mine.getByLabel("Subject", { exact: true }).fill("Art");
  await mine.getByRole("button", { name: "Add artifact" }).click();
  const alert = mine.getByRole("alert");
  await seeText(alert, "“not a link” is not a link Confer can add");
  await expectInView(alert);
  await seeValue(mine.getByLabel("Link to the work (from Drive)"), "not a link");
  expect(await mine.locator("#artifacts li").count()).toBe(0);
  await screenshot(page, "conference-artifact-link-refused");
});

test("the advisor's notes survive Save the plan and re-reading the doc", async () => {
  const view = await openMyConference(student.advisorEmail);
  const notes = view.getByLabel("Notes", { exact: true });
  await notes.fill("Keen on fractions; bring the homework log.");
  await seeText(view.locator("#notes-mark"), "Not saved yet");
  const smart = {
    Specific: "Finish every fractions worksheet",
    Measurable: "Two worksheets a week",
    Achievable: "With the homework club",
    Relevant: "Fractions come up in science too",
    "Time-bound": "By the end of term",
  };
  for (const [part, text] of Object.entries(smart)) {
    await view.getByLabel(part, { exact: true }).fill(text);
  }
  await view.getByRole("button", { name: "Save the plan" }).click();
  const status = view.getByRole("status");
  await seeExactText(status, "The plan is in the doc. Your notes are saved.");
  await expectInView(status);
  await seeValue(notes, "Keen on fractions; bring the homework log.");
  await seeExactText(view.locator("#notes-mark"), "");
  await screenshot(page, "conference-plan-keeps-notes");

  await view.getByRole("button", { name: "Read the doc again" }).click();
  await seeValue(notes, "Keen on fractions; bring the homework log.");
  await chooseMenu(page, "My conference…");
  const again = sidebar(page);
  await seeValue(
    again.getByLabel("Notes", { exact: true }),
    "Keen on fractions; bring the homework log.",
  );
  await seeValue(again.getByLabel("Specific", { exact: true }), smart.Specific);
});

test("once held, the sidebar says when, without the button; unsaved notes stay marked", async () => {
  const view = sidebar(page);
  const notes = view.getByLabel("Notes", { exact: true });
  await notes.fill("Typed but not saved yet.");
  const mark = view.getByRole("button", { name: "Mark conference held today" });
  await mark.click();
  await seeText(view.locator("#held"), "Held on ");
  await seeExactText(view.getByRole("status"), "The conference is marked held.");
  await seeValue(notes, "Typed but not saved yet.");
  await seeText(view.locator("#notes-mark"), "Not saved yet");
  expect(await mark.count()).toBe(0);
  expect(await view.locator(":focus").getAttribute("role")).toBe("status");
  await screenshot(page, "conference-held", view.locator("#held"));

  await chooseMenu(page, "My conference…");
  const again = sidebar(page);
  await seeText(again.locator("#held"), "Held on ");
  expect(await again.getByRole("button", { name: "Mark conference held today" }).count()).toBe(0);
});
