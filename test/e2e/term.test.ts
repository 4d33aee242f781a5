/*
 * A whole term through the preview's real UI in headless Chromium: the coordinator sets up the
 * hub and imports the demo roster, creates the docs; a teacher enters a class's comments and
 * resolves a conflicting save; an advisor pulls comments and sees Status; a student writes in their doc; the
 * advisor drafts guardian updates; the student prepares in My conference and the advisor writes the
 * plan there; the advisor publishes conference slots and a Spanish-speaking family books through
 * their own sign-up link. Each step checks what a person would see and saves a screenshot.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { generateDemoSchool, toConferCsv } from "../../scripts/demo-school";
import { type Preview, startPreview } from "../../scripts/serve";
import { type Browser, launchChromium } from "./browser";
import { seeExactText, seeText, seeValue, seeVisible } from "./see";
import {
  ARTIFACTS,
  chooseMenu,
  openFromDrive,
  screenshot,
  sidebar,
  switchUser,
} from "./shell-page";

const school = generateDemoSchool();
const csv = toConferCsv(school);
const theClass = school.classes[0]!;
const teacher = school.staff.find((s) => s.email === theClass.teacherEmail)!;
const student = school.students.find((s) => s.id === theClass.studentIds[0])!;
const advisor = school.staff.find((s) => s.email === student.advisorEmail)!;
const hubName = /^Confer hub/;
const docName = `${student.familyName}, ${student.givenName} · ${school.term}`;
const spanishFamily = school.students.find(
  (s) => s.advisorEmail === advisor.email && s.guardians.every((g) => g.language === "es"),
)!;
const comment = (n: number) => `Steady effort in ${theClass.course} this term (${n}).`;

let preview: Preview;
let browser: Browser;
let page: Page;
let stateDir: string;

jest.setTimeout(60_000);

beforeAll(async () => {
  stateDir = fs.mkdtempSync(path.join(os.tmpdir(), "confer-e2e-state-"));
  preview = await startPreview({ port: 0, stateDir });
  browser = await launchChromium();
  page = await browser.context.newPage();
  page.setDefaultTimeout(20_000);
  await page.goto(preview.url);
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
  if (stateDir) fs.rmSync(stateDir, { recursive: true, force: true });
});

test("1. the coordinator sets up the hub, its settings, and imports the demo roster", async () => {
  await seeValue(page.locator("#user"), school.coordinatorEmail);
  await page.goto(new URL("/webapps", preview.url).href);
  const staffRow = page.locator("tbody tr").filter({ hasText: "Staff web app" });
  const staffUrl = (await staffRow.locator("code").textContent()) ?? "";
  expect(staffUrl).toMatch(/^https:\/\/script\.google\.com\/macros\/s\/[\w-]+\/exec$/);
  await openFromDrive(page, hubName);
  await chooseMenu(page, "Set up hub");
  await seeText(page.getByRole("alert").first(), "Confer's hub is ready");
  await seeVisible(page.getByRole("link", { name: "Students" }));

  await chooseMenu(page, "Settings…");
  const settings = sidebar(page);
  await settings.getByRole("textbox", { name: /^School name/ }).fill(school.name);
  await settings.getByRole("textbox", { name: /^Term/ }).fill(school.term);
  await settings.getByRole("textbox", { name: /^Grades/ }).fill(school.grades.join(", "));
  await settings.getByRole("textbox", { name: /^Staff web app URL/ }).fill(staffUrl);
  await settings.getByRole("button", { name: "Save settings" }).click();
  await seeVisible(settings.getByText("Settings saved."));

  await chooseMenu(page, "Import roster…");
  const importer = sidebar(page);
  await importer.getByRole("textbox", { name: "students.csv" }).fill(csv["students.csv"]);
  await importer.getByRole("textbox", { name: "staff.csv" }).fill(csv["staff.csv"]);
  await importer.getByRole("textbox", { name: "classes.csv" }).fill(csv["classes.csv"]);
  await importer.getByRole("button", { name: "Preview" }).click();
  await importer.getByRole("button", { name: "Apply" }).click();
  await seeText(importer.getByRole("status"), `Imported ${school.students.length} students`);
  await seeText(page.locator("#cost"), "Sidebar: importRoster");
  await screenshot(page, "1-roster-imported");

  await page.getByRole("link", { name: "Students" }).click();
  await seeText(page.locator("table.sheet"), student.familyName);
});

test("2. the coordinator creates every student's conference doc", async () => {
  await chooseMenu(page, "Create conference docs…");
  const docs = sidebar(page);
  await seeVisible(docs.getByLabel("For"));
  await docs.getByRole("button", { name: "Create docs" }).click();
  const n = school.students.length;
  await seeText(docs.locator("#summary"), `${n} of ${n} students`);
  await screenshot(page, "2-docs-created");
  await page.getByRole("link", { name: "Drive" }).click();
  await seeVisible(page.getByRole("link", { name: docName }));
});

async function openCommentsFor(target: Page): Promise<void> {
  const grid = sidebar(target);
  await grid.getByLabel("Class").selectOption(theClass.id);
  await seeVisible(grid.locator("#comment-0"));
}

test("3. a teacher enters a class's comments", async () => {
  await switchUser(page, teacher.email);
  await page.getByRole("link", { name: "Drive" }).click();
  await page.getByRole("button", { name: "New document" }).click();
  await page.waitForLoadState("load");
  await chooseMenu(page, "Enter comments…");
  await openCommentsFor(page);
  const grid = sidebar(page);
  const boxes = grid.locator("textarea");
  const count = await boxes.count();
  expect(count).toBe(theClass.studentIds.length);
  for (let i = 0; i < count; i++) await boxes.nth(i).fill(comment(i));
  await grid.getByRole("button", { name: "Save all" }).click();
  await seeExactText(grid.getByRole("status"), `Saved ${count} of ${count} comments.`);
  await screenshot(page, "3-comments-saved", grid.getByRole("status"));
});

test("4. a save from a second window conflicts, and saves after a reload", async () => {
  const other = await browser.context.newPage();
  other.setDefaultTimeout(20_000);
  await other.goto(page.url());
  await openCommentsFor(other);
  const first = sidebar(other).locator("#comment-0");
  await first.fill("Revised in the other window.");
  await sidebar(other).getByRole("button", { name: "Save all" }).click();
  await seeExactText(sidebar(other).getByRole("status"), "Saved 1 of 1 comments.");
  await other.close();

  const grid = sidebar(page);
  await grid.locator("#comment-0").fill("My own revision.");
  await grid.getByRole("button", { name: "Save all" }).click();
  await seeText(grid.locator("#issues"), "changed elsewhere since you opened this class");
  await seeText(grid.locator("#issues"), "Revised in the other window.");
  await screenshot(page, "4-conflict", grid.locator("#issues"));

  page.once("dialog", (dialog) => void dialog.accept());
  await page.reload();
  await openCommentsFor(page);
  await seeValue(sidebar(page).locator("#comment-0"), "Revised in the other window.");
  await sidebar(page).locator("#comment-0").fill("My own revision.");
  await sidebar(page).getByRole("button", { name: "Save all" }).click();
  await seeExactText(sidebar(page).getByRole("status"), "Saved 1 of 1 comments.");
  await screenshot(page, "4-conflict-resolved", sidebar(page).getByRole("status"));
});

test("5. the advisor pulls teacher comments into the advisees' docs", async () => {
  await switchUser(page, advisor.email);
  await openFromDrive(page, docName);
  await chooseMenu(page, "Pull teacher comments…");
  const pull = sidebar(page);
  await seeVisible(pull.getByLabel("For"));
  const scopes = await pull.getByLabel("For").locator("option").allInnerTexts();
  const all = scopes.findIndex((label) => label.startsWith("All my advisees"));
  expect(all).toBeGreaterThanOrEqual(0);
  await pull.getByLabel("For").selectOption({ index: all });
  await pull.getByRole("button", { name: "Pull comments" }).click();
  const advisees = school.students.filter((s) => s.advisorEmail === advisor.email).length;
  await seeText(pull.locator("#summary"), `Comments pulled into ${advisees} of ${advisees} docs.`);
  await screenshot(page, "5-comments-pulled");
  await openFromDrive(page, docName);
  await seeText(page.frameLocator("iframe.doc").locator("body"), theClass.course);
});

test("5b. the advisor opens Status: the wide view shows the advisees' progress as bars", async () => {
  await chooseMenu(page, "Status…");
  const view = sidebar(page);
  await seeVisible(view.getByRole("heading", { name: "By advisory" }));
  const advisees = school.students.filter((s) => s.advisorEmail === advisor.email).length;
  await seeText(
    view.locator('.bar[data-stage="pulled"]').first().locator(".count"),
    `${advisees} of ${advisees}`,
  );
  expect(await view.locator("thead th").allInnerTexts()).not.toContain("Advisor");
  await screenshot(page, "5b-status");
});

const goal = "I will read for twenty minutes every evening.";

test("6. the student writes their plan in their conference doc", async () => {
  await switchUser(page, student.email);
  await page.getByRole("link", { name: "Drive" }).click();
  await seeVisible(page.getByRole("link", { name: docName }));
  await page.getByRole("link", { name: docName }).click();
  const type = async (label: string, text: string) => {
    await page.getByLabel(label).fill(text);
    await page.getByRole("button", { name: `Type into “${label}”` }).click();
    await page.waitForLoadState("load");
  };
  await type("Questions I want to ask", "How can I get better at fractions?");
  await type("My goal (Post-Conference Plan)", goal);
  await type("My next steps", "Keep a reading log.");
  await type("How my teachers can support me", "Check my reading log on Fridays.");
  await seeText(page.frameLocator("iframe.doc").locator("body"), goal);
  await seeText(page.locator("#cost"), "Type in the doc");
  await screenshot(page, "6-student-wrote", page.frameLocator("iframe.doc").getByText(goal));
});

test("7. the advisor previews and drafts guardian updates in Gmail: an invitation to book, before the conference", async () => {
  await switchUser(page, advisor.email);
  await openFromDrive(page, docName);
  await chooseMenu(page, "Draft guardian updates…");
  const updates = sidebar(page);
  await updates.getByRole("button", { name: "Preview drafts" }).click();
  await seeText(updates.locator("#summary"), "invitations to book.");
  await seeText(updates.locator("#drafts"), student.familyName);
  await updates.getByRole("button", { name: "Create these drafts in Gmail" }).click();
  await seeVisible(updates.getByRole("status"));
  await screenshot(page, "7-drafts-created", updates.getByRole("status"));

  await page.getByRole("link", { name: "Gmail" }).click();
  await seeText(page.locator(".draft").first(), "conference time with me yet");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download draft 1 as .eml" }).click(),
  ]);
  const eml = fs.readFileSync((await download.path())!, "utf8");
  expect(eml).toMatch(/^Subject: /m);
  await screenshot(page, "7-gmail-drafts");
});

test("8. the student prepares in My conference, and the advisor writes the plan there", async () => {
  await switchUser(page, student.email);
  await page.getByRole("navigation", { name: "Apps" }).getByRole("link", { name: "Drive" }).click();
  await page.getByRole("button", { name: "New document" }).click();
  await page.waitForLoadState("load");
  await openFromDrive(page, docName);
  await chooseMenu(page, "My conference…");
  const mine = sidebar(page);
  await seeText(mine.locator("#questions"), "How can I get better at fractions?");
  await mine.getByLabel("Goals and progress").check();
  await mine.getByRole("button", { name: "Save my purpose" }).click();
  await seeText(mine.getByRole("status"), "Your purpose is ticked in the doc.");
  await mine.getByLabel("A question for my conference").fill("What should I practise at home?");
  await mine.getByRole("button", { name: "Add question" }).click();
  await seeText(mine.locator("#questions"), "What should I practise at home?");
  await mine
    .getByLabel("Link to the work (from Drive)")
    .fill("https://drive.google.com/file/d/1NotSharedPoster/view");
  await mine.getByLabel("Subject", { exact: true }).fill("Science");
  await mine.getByRole("button", { name: "Add artifact" }).click();
  await seeText(mine.locator("#artifacts"), "Science");
  await seeText(mine.locator("#artifact-problems"), "check it is shared with your advisor");
  await mine.getByRole("button", { name: "Choose from my Drive files" }).click();
  await mine.getByLabel("Find a file by name").fill("untitled");
  await mine.getByRole("button", { name: /^Untitled document \(Doc, / }).click();
  await seeText(mine.locator("#picked-file"), "Chosen: Untitled document");
  expect(await mine.getByLabel("Link to the work (from Drive)").inputValue()).toMatch(
    /^https:\/\/docs\.google\.com\/document\/d\/[\w-]+\/edit$/,
  );
  await mine.getByLabel("Subject", { exact: true }).fill("Art");
  await mine.getByLabel("This artifact shows I am succeeding with…").fill("shading my sketches");
  await mine.getByLabel("…still challenged by…").fill("drawing hands");
  await mine.getByLabel("In the future, I will…").fill("sketch every day");
  await mine.getByRole("button", { name: "Add artifact" }).click();
  await seeText(mine.locator("#artifacts"), "Art · https://docs.google.com/document/d/");
  await seeText(mine.locator("#artifacts"), "shading my sketches");
  await seeText(mine.locator("#artifact-problems"), "Your advisor cannot open this file yet");
  await mine.getByLabel("Sentence starter for Academically").selectOption("I used to… Now I…");
  await mine
    .getByLabel("Academically", { exact: true })
    .fill("guessed words; now I sound them out");
  await mine.getByRole("button", { name: "Save my reflection" }).click();
  await seeText(mine.locator("#reflection"), "Academically: I used to… Now I guessed words");
  await mine.getByLabel("ask at least one question").check();
  await mine.getByRole("button", { name: "Save my checklist" }).click();
  await seeText(mine.getByRole("status"), "Your checklist is ticked in the doc.");
  await screenshot(page, "8-student-prepared");

  await switchUser(page, advisor.email);
  await openFromDrive(page, docName);
  await chooseMenu(page, "My conference…");
  const view = sidebar(page);
  await seeText(view.locator("#who"), "you are the advisor");
  await seeText(view.locator("#questions"), "What should I practise at home?");
  await seeText(view.locator("#artifact-problems"), "to share this with you");
  const smart = {
    Specific: "Read chapter books",
    Measurable: "20 minutes a day",
    Achievable: "With a library card",
    Relevant: "Reading helps every class",
    "Time-bound": "By the end of term",
  };
  for (const [part, text] of Object.entries(smart)) {
    await view.getByLabel(part, { exact: true }).fill(text);
  }
  await view.getByRole("button", { name: "Save the plan" }).click();
  await seeText(view.getByRole("status"), "The plan is in the doc.");
  await view.getByRole("button", { name: "Mark conference held today" }).click();
  await seeText(view.locator("#held"), "Held on ");
  await view.getByRole("button", { name: "Draft guardian update" }).click();
  await seeText(view.locator("#guardian-drafts"), "To: ");
  await view.getByRole("button", { name: "Create the draft in Gmail" }).click();
  await seeText(view.getByRole("status"), "The guardian update is in your Gmail drafts");
  await screenshot(page, "8-advisor-plan");
  await openFromDrive(page, docName);
  const doc = page.frameLocator("iframe.doc");
  await seeText(doc.locator("body"), "20 minutes a day");
  await seeText(doc.locator("table").filter({ hasText: "Artifact (link)" }), "shading my sketches");
});

/** A weekday two weeks from now, as YYYY-MM-DD: always in the future, whenever the tests run. */
function conferenceDay(): string {
  const day = new Date(Date.now() + 14 * 86_400_000);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

test("9. the advisor publishes slots, and a family books through their link, in Spanish", async () => {
  await switchUser(page, school.coordinatorEmail);
  await page.goto(new URL("/webapps", preview.url).href);
  const familyRow = page.locator("tbody tr").filter({ hasText: "Family sign-up page" });
  const signupUrl = (await familyRow.locator("code").textContent()) ?? "";
  expect(signupUrl).toMatch(/^https:\/\/script\.google\.com\/macros\/s\/[\w-]+\/exec$/);
  await openFromDrive(page, hubName);
  await chooseMenu(page, "Settings…");
  const settings = sidebar(page);
  await settings.getByRole("textbox", { name: /^Family sign-up URL/ }).fill(signupUrl);
  await settings.getByRole("button", { name: "Save settings" }).click();
  await seeVisible(settings.getByText("Settings saved."));

  await switchUser(page, advisor.email);
  await openFromDrive(page, docName);
  await chooseMenu(page, "Schedule conferences…");
  const schedule = sidebar(page);
  await schedule.locator("#publish-round").fill("Fall conferences");
  await schedule.locator("#publish-days").fill(conferenceDay());
  await schedule.locator("#publish-start").fill("13:00");
  await schedule.locator("#publish-end").fill("14:00");
  await schedule.locator("#publish-minutes").fill("15");
  await schedule.locator("#publish-location").fill("Room 12");
  await schedule.locator("#publish").click();
  await seeText(schedule.locator("#publish-result"), "Published 4 new slots");
  await seeVisible(schedule.locator(".slot[data-status=open]").first());
  await screenshot(page, "9-slots-published");

  await chooseMenu(page, "Not yet booked…");
  const waiting = sidebar(page);
  const row = waiting.locator(`.student[data-student-id="${spanishFamily.id}"]`);
  const link = await row.locator("input").first().inputValue();
  expect(link.startsWith(`${signupUrl}?signup=`)).toBe(true);
  await screenshot(page, "9-not-yet-booked");

  const family = await browser.context.newPage();
  family.setDefaultTimeout(20_000);
  await family.goto(link.replace("https://script.google.com/", preview.url));
  const student = family.locator(`section.student[data-student-id="${spanishFamily.id}"]`);
  await seeText(family.locator("#title"), "[es] ");
  expect(await family.locator("html").getAttribute("lang")).toBe("es");
  await student.locator('button[data-action="book"]').first().click();
  await seeText(family.locator("#message"), "[es] Your conference is booked");
  await seeVisible(student.locator('button[data-action="cancel"]'));
  await family.screenshot({ path: path.join(ARTIFACTS, "9-family-booked.png") });
  await family.close();

  await chooseMenu(page, "Schedule conferences…");
  const booked = sidebar(page).locator(".slot[data-status=booked]");
  await seeText(booked.first(), spanishFamily.givenName);
  await page
    .getByRole("navigation", { name: "Apps" })
    .getByRole("link", { name: "Calendar" })
    .click();
  await seeText(page.locator("main"), spanishFamily.givenName);
  await screenshot(page, "9-advisor-calendar");
});
