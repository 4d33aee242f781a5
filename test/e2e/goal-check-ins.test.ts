/*
 * The Goal check-ins sidebar in headless Chromium, on a preview whose term has reached "Create
 * conference docs" and where one student's doc says the conference was held three weeks ago with
 * a goal due last week: their advisor opens Goal check-ins… from the doc and sees it due, first;
 * marks it "needs help" (the mark shown pressed); drafts the reminder once, after which the button
 * says it was drafted; another advisor does not see it at all.
 */

import type { FrameLocator, Page } from "playwright-core";
import { rest } from "../../emulator";
import { DEFAULT_DEMO_SEED, generateDemoSchool } from "../../scripts/demo-school";
import { SECTIONS } from "../../src/domain/conference-docs/template";
import { MONTH_NAMES } from "../../src/domain/goal-check-ins/month-names";
import { type Browser, launchChromium } from "./browser";
import { type SchoolPreview, startSchoolPreview } from "./school-preview";
import { seeText, seeVisible } from "./see";
import { chooseMenu, openFromDrive, screenshot, sidebar, switchUser } from "./shell-page";

jest.setTimeout(90_000);

const school = generateDemoSchool(DEFAULT_DEMO_SEED);
const student = school.students[0]!;
const advisor = student.advisorEmail;
const otherAdvisor = school.advisors.find((a) => a.advisorEmail !== advisor)!.advisorEmail;
const studentName = `${student.preferredName || student.givenName} ${student.familyName}`;

let running: SchoolPreview;
let browser: Browser;
let page: Page;
let docName: string;

const DOCS = "https://docs.googleapis.com/v1/documents";

/** Types at the end of a named section of the doc, as its student would. */
function typeInSection(
  context: SchoolPreview["context"],
  docId: string,
  name: string,
  text: string,
) {
  const doc = rest(context.ws, student.email, "GET", `${DOCS}/${docId}`).json();
  const ranges = doc.namedRanges[name].namedRanges[0].ranges as { endIndex: number }[];
  const index = Math.max(...ranges.map((r) => r.endIndex)) - 1;
  const reply = rest(context.ws, student.email, "POST", `${DOCS}/${docId}:batchUpdate`, {
    requests: [{ insertText: { location: { index }, text } }],
  });
  if (reply.status !== 200) throw new Error(`Typing in ${name} failed: ${reply.status}`);
}

beforeAll(async () => {
  running = await startSchoolPreview("Create conference docs", advisor, (context) => {
    const doc = context.ws.drive
      .all()
      .find((f) => f.appProperties.conferStudentId !== undefined && f.editors.has(student.email))!;
    docName = doc.name;
    const day = (daysAgo: number) => new Date(context.ws.now() - daysAgo * 86_400_000);
    typeInSection(context, doc.id, SECTIONS.conferenceHeld, day(21).toISOString().slice(0, 10));
    const due = day(7);
    typeInSection(
      context,
      doc.id,
      SECTIONS.plan,
      `read two books by ${MONTH_NAMES[due.getUTCMonth()]} ${due.getUTCDate()}`,
    );
  });
  browser = await launchChromium();
  page = await browser.context.newPage();
  page.setDefaultTimeout(20_000);
  await page.goto(running.preview.url);
});

afterAll(async () => {
  await browser?.close();
  await running?.close();
});

async function openCheckIns(): Promise<FrameLocator> {
  await openFromDrive(page, docName);
  await chooseMenu(page, "Goal check-ins…");
  const view = sidebar(page);
  await seeVisible(view.locator("#summary"));
  return view;
}

test("the advisor sees the advisee's check-in due, first", async () => {
  const view = await openCheckIns();
  await seeText(view.locator("#summary"), "1 due");
  const first = view.locator(".check-in").first();
  await seeText(first.locator(".name"), studentName);
  await seeText(first.locator(".state"), "State: due");
  await screenshot(page, "goal-check-ins-due", first);
});

test("marking it shows the mark pressed and who marked it", async () => {
  const view = sidebar(page);
  const card = view.locator(".check-in").first();
  await card.getByRole("button", { name: "needs help" }).click();
  await seeText(view.locator("#done"), `${studentName}'s check-in is marked “needs help”.`);
  const marked = view.locator(".check-in", { hasText: studentName });
  await seeText(marked.locator(".state"), "State: needs help");
  expect(
    await marked.getByRole("button", { name: "needs help" }).getAttribute("aria-pressed"),
  ).toBe("true");
  await seeText(marked, `Marked by ${advisor}`);
});

test("the reminder is drafted once, and then the button says so", async () => {
  const view = sidebar(page);
  const card = view.locator(".check-in", { hasText: studentName });
  await card.getByRole("button", { name: `Draft a check-in reminder for ${studentName}` }).click();
  await seeText(
    view.locator("#done"),
    `A reminder to ${advisor} and ${student.email} waits in your Gmail drafts. Nothing was sent.`,
  );
  const drafted = view.locator(".check-in", { hasText: studentName }).getByRole("button", {
    name: `Draft a check-in reminder for ${studentName}`,
  });
  await seeText(drafted, "Reminder drafted");
  expect(await drafted.isDisabled()).toBe(true);
  await screenshot(page, "goal-check-ins-drafted", drafted);
});

test("another advisor does not see the check-in", async () => {
  await switchUser(page, otherAdvisor);
  await page.getByRole("navigation", { name: "Apps" }).getByRole("link", { name: "Drive" }).click();
  const ownDoc = page.getByRole("link", { name: /·/ }).first();
  await ownDoc.click();
  await page.waitForLoadState("load");
  await chooseMenu(page, "Goal check-ins…");
  const view = sidebar(page);
  await seeVisible(view.locator("#summary"));
  await seeText(view.locator("#summary"), "0 due");
  expect(await view.locator(".check-in", { hasText: studentName }).count()).toBe(0);
});
