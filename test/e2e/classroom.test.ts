/*
 * The Classroom conferences sidebar in headless Chromium, on a preview whose term has reached
 * "Create conference docs": a teacher sees their classes, is refused a round with no class (the
 * field marked and named), opens a round for two classes, creates its docs and sees them counted,
 * and closes it only after saying yes. One of its students then opens My conference in their
 * classroom doc: the classroom purposes, no student-led sections, and Ask for an extra conference.
 */
import type { FrameLocator, Page } from "playwright-core";
import { DEFAULT_DEMO_SEED, generateDemoSchool } from "../../scripts/demo-school";
import { type Browser, launchChromium } from "./browser";
import { type SchoolPreview, startSchoolPreview } from "./school-preview";
import { seeText, seeVisible } from "./see";
import { chooseMenu, openFromDrive, screenshot, sidebar, switchUser } from "./shell-page";

const school = generateDemoSchool(DEFAULT_DEMO_SEED);
const teacher = school.classes[0]!.teacherEmail;
const [first, second] = school.classes.filter((c) => c.teacherEmail === teacher);
const students = new Set([...first!.studentIds, ...second!.studentIds]);
const ROUND = "Period 2 · Q3 conferences";

let running: SchoolPreview;
let browser: Browser;
let page: Page;
let classroom: FrameLocator;

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
  await chooseMenu(page, "Classroom conferences…");
  classroom = sidebar(page);
  await seeText(classroom.locator("#rounds"), "No classroom rounds yet.");
});

afterAll(async () => {
  await browser?.close();
  await running?.close();
});

const input = (key: string) => classroom.locator(`#input-${key}`);

async function fillDates(): Promise<void> {
  await input("name").fill(ROUND);
  await input("conferenceFrom").fill("2026-11-30");
  await input("conferenceTo").fill("2027-01-29");
  await input("preparationFrom").fill("2026-11-23");
  await input("preparationTo").fill("2026-12-04");
}

test("a round with no class is refused, the classes field marked and named", async () => {
  await fillDates();
  await classroom.getByRole("button", { name: "Open round" }).click();
  await seeText(
    classroom.locator("#problem-classIds"),
    "Classes: is required: at least one of the teacher's classes, by class ID.",
  );
  expect(await classroom.locator("#field-classIds").getAttribute("class")).toContain("invalid");
  await seeText(
    classroom.locator("body"),
    "No round was opened. Fix the fields marked in red: Your classes.",
  );
});

test("the teacher opens a round for two classes and creates a doc for each of their students", async () => {
  await classroom.locator(`#class-${first!.id}`).check();
  await classroom.locator(`#class-${second!.id}`).check();
  await classroom.getByRole("button", { name: "Open round" }).click();
  await seeText(classroom.locator("body"), `“${ROUND}” is open.`);
  const item = classroom.locator(`li[data-round="${ROUND}"]`);
  await seeVisible(item);
  await seeText(item, first!.id);
  await seeText(item, second!.id);
  await screenshot(page, "classroom-round-open");
  await item.getByRole("button", { name: "Create docs" }).click();
  await seeText(item, `Docs: ${students.size}`);
  await seeText(classroom.locator("body"), `${students.size} made`);
  await screenshot(page, "classroom-docs-made");
});

test("closing asks first; Keep it open keeps it, Close the round closes it", async () => {
  const item = classroom.locator(`li[data-round="${ROUND}"]`);
  await item.getByRole("button", { name: "Close round…" }).click();
  await item.getByRole("button", { name: "Keep it open" }).click();
  await seeText(item, "open");
  expect(await item.locator(".ask-first").count()).toBe(0);
  await item.getByRole("button", { name: "Close round…" }).click();
  await item.getByRole("button", { name: "Close the round" }).click();
  await seeText(classroom.locator("body"), `“${ROUND}” is closed.`);
  await seeText(item.locator(".state"), "closed");
  expect(await item.getByRole("button", { name: "Create docs" }).count()).toBe(0);
});

test("a student opens My conference in their classroom doc: classroom purposes, and an extra conference to ask for", async () => {
  const student = school.students.find((s) => s.id === first!.studentIds[0])!;
  await switchUser(page, student.email);
  await openFromDrive(page, `${student.familyName}, ${student.givenName} · ${ROUND}`);
  await chooseMenu(page, "My conference…");
  const mine = sidebar(page);
  await seeText(mine.locator("#who"), "classroom conference · you are the student");
  await seeText(mine.locator("#round-shown"), `Round: ${ROUND}, now closed.`);
  await seeText(mine.locator("#purposes"), "I'm good");
  expect(await mine.getByRole("heading", { name: "Rehearsal checklist" }).isVisible()).toBe(false);
  expect(await mine.getByRole("heading", { name: "Teacher comments" }).isVisible()).toBe(false);
  await mine.getByRole("checkbox", { name: "I'm good" }).check();
  await mine.getByRole("button", { name: "Save my purpose" }).click();
  await seeText(mine.locator("body"), "Your purpose is ticked in the doc.");
  await mine.locator("#extra-note").fill("my word problems");
  await mine.getByRole("button", { name: "Ask for an extra conference" }).click();
  await seeText(
    mine.locator("body"),
    `Your teacher has not planned the conferences of “${ROUND}” yet, so nothing was asked`,
  );
  await screenshot(page, "my-conference-classroom");
});
