/*
 * The spring round in headless Chromium, on a preview whose fall round has run to its bookings:
 * the coordinator closes the fall round, opens the spring round and creates its docs from the
 * sidebar that names the round; a student who planned in the fall finds that plan in their
 * spring doc and adds a question in My conference, which names the round; their advisor sees the
 * fall doc as an earlier round's, and Status compares the spring round with the fall; the
 * advisor's sidebars (guardian updates, pull, goal check-ins) each open on the spring round.
 */
import type { FrameLocator, Page } from "playwright-core";
import { preparingStudents } from "../../scripts/demo/prepare-step";
import { hubStudents } from "../../scripts/demo/school-tabs";
import { DEFAULT_DEMO_SEED, generateDemoSchool } from "../../scripts/demo-school";
import { type Browser, launchChromium } from "./browser";
import { type SchoolPreview, startSchoolPreview } from "./school-preview";
import { seeExactText, seeText, seeVisible } from "./see";
import { chooseMenu, openFromDrive, screenshot, sidebar, switchUser } from "./shell-page";

jest.setTimeout(90_000);

const FALL = "Fall 2026";
const SPRING = {
  name: "Spring 2027",
  kind: "student-led",
  preparationFrom: "2027-03-01",
  preparationTo: "2027-03-19",
  commentsFrom: "2027-03-01",
  commentsTo: "2027-03-19",
  conferenceFrom: "2027-03-29",
  conferenceTo: "2027-04-01",
};

let running: SchoolPreview;
let browser: Browser;
let page: Page;
let student: {
  name: string;
  email: string;
  advisorEmail: string;
  fallDoc: string;
  springDoc: string;
};

beforeAll(async () => {
  running = await startSchoolPreview("Families book conferences");
  const planned = preparingStudents(hubStudents(running.context, FALL))[0]!;
  const person = generateDemoSchool(DEFAULT_DEMO_SEED).students.find((s) => s.id === planned.id)!;
  const docName = (round: string) => `${person.familyName}, ${person.givenName} · ${round}`;
  student = {
    name: `${person.preferredName || person.givenName} ${person.familyName}`,
    email: planned.email,
    advisorEmail: planned.advisorEmail,
    fallDoc: docName(FALL),
    springDoc: docName(SPRING.name),
  };
  browser = await launchChromium();
  page = await browser.context.newPage();
  page.setDefaultTimeout(30_000);
  await page.goto(running.preview.url);
});

afterAll(async () => {
  await browser?.close();
  await running?.close();
});

async function openSidebar(email: string, file: string | RegExp, item: string) {
  await switchUser(page, email);
  await openFromDrive(page, file);
  await chooseMenu(page, item);
  return sidebar(page);
}

test("the coordinator closes the fall round and opens the spring round", async () => {
  const rounds = await openSidebar(
    running.context.roster.coordinator.email,
    /Confer hub/,
    "Rounds…",
  );
  const fall = rounds.getByRole("list", { name: "Rounds" }).locator("li", { hasText: FALL });
  await fall.getByRole("button", { name: "Close…" }).click();
  await fall.getByRole("button", { name: "Close the round" }).click();
  await seeText(rounds.getByRole("status").last(), `“${FALL}” is closed.`);
  for (const [key, value] of Object.entries(SPRING)) {
    const input = rounds.locator(`#input-${key}`);
    if (key === "kind") await input.selectOption(value);
    else await input.fill(value);
  }
  await rounds.getByRole("button", { name: "Open round" }).click();
  await seeText(rounds.getByRole("status").last(), `“${SPRING.name}” is open.`);
  await seeText(rounds.locator("#current"), SPRING.name);
  await screenshot(page, "spring-round-opened");
});

test("Create conference docs names the spring round and makes every student a second doc", async () => {
  await chooseMenu(page, "Create conference docs…");
  const docs = sidebar(page);
  await seeText(docs.locator("#round-shown"), `Round: ${SPRING.name}.`);
  await docs.getByRole("button", { name: "Create docs" }).click();
  const students = running.context.students!;
  await seeText(docs.locator("#summary"), `${students} of ${students} students have a doc`);
  await screenshot(page, "spring-round-docs");
});

test("the student finds their fall plan in the spring doc and adds a question", async () => {
  const mine = await openSidebar(student.email, student.springDoc, "My conference…");
  await seeExactText(mine.locator("#round-shown"), `Round: ${SPRING.name}`);
  const doc = page.frameLocator("iframe.doc").locator("body");
  await seeText(doc, `My goal last time (${FALL}) was: `);
  await seeText(doc, "What happened:");
  await seeText(doc, `${FALL}: https://docs.google.com/document/d/`);
  await mine.getByLabel("A question for my conference").fill("How do I keep my planner going?");
  await mine.getByRole("button", { name: "Add question" }).click();
  await seeExactText(mine.getByRole("status"), "Your question is in the doc.");
  await screenshot(page, "spring-round-student");
});

test("the advisor sees the fall doc as an earlier round's, and Status compares the rounds", async () => {
  const earlier = await openSidebar(student.advisorEmail, student.fallDoc, "My conference…");
  await seeText(earlier.locator("#round-shown"), `Round: ${FALL}, an earlier round.`);
  const now = await openSidebar(student.advisorEmail, student.springDoc, "My conference…");
  await seeExactText(now.locator("#round-shown"), `Round: ${SPRING.name}`);
  await seeText(now.locator("#questions"), "How do I keep my planner going?");

  await chooseMenu(page, "Status…");
  const status: FrameLocator = sidebar(page);
  await seeExactText(status.locator("#round-shown"), `Round: ${SPRING.name}`);
  await status.locator("#compare").selectOption(FALL);
  await seeVisible(status.getByRole("columnheader", { name: `${FALL}: Plan` }));
  const row = status.locator("#rows tr", { hasText: student.name });
  await seeVisible(row);
  expect(await row.locator("td").last().textContent()).toBe("✓");
  const advisees = hubStudents(running.context).filter(
    (s) => s.advisorEmail === student.advisorEmail,
  );
  expect(await status.locator("#rows tr").count()).toBe(advisees.length);
  await screenshot(page, "spring-round-status-compared");
});

test("Draft guardian updates names the spring round as it opens, before any preview", async () => {
  const updates = await openSidebar(
    student.advisorEmail,
    student.springDoc,
    "Draft guardian updates…",
  );
  await seeExactText(
    updates.locator("#round-shown"),
    `Round: ${SPRING.name}. The drafts speak of this round's conference and plan.`,
  );
  await seeExactText(updates.locator("#summary"), "");
});

test("Pull teacher comments and Goal check-ins open on the spring round, named the same way", async () => {
  const pull = await openSidebar(student.advisorEmail, student.springDoc, "Pull teacher comments…");
  await seeExactText(
    pull.locator("#round"),
    `Round: ${SPRING.name}. Pulls its comments into its docs; earlier rounds' docs stay as they are.`,
  );
  const checkIns = await openSidebar(student.advisorEmail, student.springDoc, "Goal check-ins…");
  await seeText(checkIns.locator("#summary"), `Round: ${SPRING.name}. `);
});
