/*
 * The coordinator's Assign advisors sidebar in headless Chromium, on a preview whose fall round
 * is open and where one student was re-imported without an advisor before the docs were made (so
 * their doc sits in "Needs an advisor"): the sidebar lists them first; the coordinator chooses an
 * advisor and saves, the list empties and the advisor finds the doc in their Drive; then they
 * find another student by name and change their advisor, and the doc leaves the old advisor's
 * Drive for the new one's.
 */
import type { FrameLocator, Page } from "playwright-core";
import { run } from "../../emulator";
import { DEFAULT_DEMO_SEED, generateDemoSchool, toConferCsv } from "../../scripts/demo-school";
import { parseCsv } from "../../src/domain/roster/csv";
import { type Browser, launchChromium } from "./browser";
import { type SchoolPreview, startSchoolPreview } from "./school-preview";
import { seeText, seeVisible } from "./see";
import { chooseMenu, openFromDrive, screenshot, sidebar, switchUser } from "./shell-page";

jest.setTimeout(90_000);

const school = generateDemoSchool(DEFAULT_DEMO_SEED);
const csv = toConferCsv(school);
const [orphan, moving] = school.students as [
  (typeof school.students)[number],
  (typeof school.students)[number],
];
const nameOf = (s: typeof orphan) => `${s.preferredName || s.givenName} ${s.familyName}`;
const advisorOf = (email: string) => school.staff.find((m) => m.email === email)!;
const newAdvisor = orphan.advisorEmail;
const otherAdvisor = school.advisors.find(
  (a) => a.advisorEmail !== moving.advisorEmail && a.advisorEmail !== newAdvisor,
)!.advisorEmail;
const docName = (s: typeof orphan) => `${s.familyName}, ${s.givenName} · ${school.term}`;

/** students.csv with the orphan's Advisor Email cell emptied. */
function withoutAdvisor(): string {
  const records = parseCsv(csv["students.csv"]);
  const column = records[0]!.fields.indexOf("Advisor Email");
  const row = records.find((r) => r.fields[0] === orphan.id)!;
  const quoted = (field: string) =>
    /[",\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
  const lines = csv["students.csv"].split("\r\n");
  lines[row.line - 1] = row.fields.map((f, i) => (i === column ? "" : quoted(f))).join(",");
  return lines.join("\r\n");
}

let running: SchoolPreview;
let browser: Browser;
let page: Page;
let advisors: FrameLocator;

beforeAll(async () => {
  running = await startSchoolPreview("The coordinator opens the fall round", undefined, (ctx) => {
    const as = ctx.roster.coordinator.email;
    const sidebarRun = (fn: string, ...args: unknown[]) => {
      const result = run(ctx.ws, { fn, args, as, containerId: ctx.hubId!, kind: "sidebar" });
      if (!result.ok) throw new Error(`${fn}: ${result.error?.message}`);
      return result.value;
    };
    sidebarRun("importRoster", {
      format: "confer",
      students: withoutAdvisor(),
      staff: csv["staff.csv"],
      classes: csv["classes.csv"],
    });
    sidebarRun("createConferenceDocs", { kind: "all" });
  });
  browser = await launchChromium();
  page = await browser.context.newPage();
  page.setDefaultTimeout(20_000);
  await page.goto(running.preview.url);
  await openFromDrive(page, /Confer hub/);
  await chooseMenu(page, "Assign advisors…");
  advisors = sidebar(page);
  await seeVisible(advisors.getByRole("button", { name: "Save advisors" }));
});

afterAll(async () => {
  await browser?.close();
  await running?.close();
});

async function driveLists(user: string, name: string): Promise<boolean> {
  await switchUser(page, user);
  await page.getByRole("navigation", { name: "Apps" }).getByRole("link", { name: "Drive" }).click();
  await page.waitForLoadState("load");
  return (await page.getByRole("link", { name }).count()) > 0;
}

test("the student imported without an advisor is listed first, with grade and ID", async () => {
  await seeText(advisors.locator("#needs-title"), "Needs an advisor (1)");
  const row = advisors.locator("#needs li");
  await seeText(row, nameOf(orphan));
  await seeText(row, `Grade ${orphan.grade} · Student ID ${orphan.id}`);
  await seeText(row, "Needs an advisor: no advisor yet");
  await screenshot(page, "assign-advisors-needs", advisors.locator("#needs-box"));
});

test("choosing an advisor and saving assigns them, and the advisor finds the doc in Drive", async () => {
  expect(await driveLists(newAdvisor, docName(orphan))).toBe(false);
  await switchUser(page, school.coordinatorEmail);
  await openFromDrive(page, /Confer hub/);
  await chooseMenu(page, "Assign advisors…");
  advisors = sidebar(page);
  await advisors
    .locator("#needs")
    .getByLabel(`Advisor for ${nameOf(orphan)}`)
    .selectOption(newAdvisor);
  await seeText(advisors.locator("#pending"), "1 change to save.");
  await advisors.getByRole("button", { name: "Save advisors" }).click();
  const advisor = advisorOf(newAdvisor);
  await seeText(
    advisors.locator("#done"),
    `Saved 1 advisor (${nameOf(orphan)}: ${advisor.name} (${advisor.email})). 1 doc moved into the advisor's folder.`,
  );
  await seeVisible(advisors.getByText("Every active student has an advisor."));
  expect(await advisors.locator("#needs li").count()).toBe(0);
  await screenshot(page, "assign-advisors-saved", advisors.locator("#done"));
  expect(await driveLists(newAdvisor, docName(orphan))).toBe(true);
});

test("a student found by name gets another advisor, and the doc changes hands", async () => {
  const oldAdvisor = moving.advisorEmail;
  expect(await driveLists(oldAdvisor, docName(moving))).toBe(true);
  await switchUser(page, school.coordinatorEmail);
  await openFromDrive(page, /Confer hub/);
  await chooseMenu(page, "Assign advisors…");
  advisors = sidebar(page);
  await seeVisible(advisors.getByLabel("Find a student (name or student ID)"));
  await advisors.getByLabel("Find a student (name or student ID)").fill(nameOf(moving));
  const found = advisors.locator("#found li", { hasText: nameOf(moving) });
  const old = advisorOf(oldAdvisor);
  await seeText(found, `Advisor: ${old.name} (${old.email})`);
  await seeText(advisors.locator("#search-hint"), "found.");
  await found.getByLabel(`Advisor for ${nameOf(moving)}`).selectOption(otherAdvisor);
  await advisors.getByRole("button", { name: "Save advisors" }).click();
  const next = advisorOf(otherAdvisor);
  await seeText(
    advisors.locator("#done"),
    `Saved 1 advisor (${nameOf(moving)}: ${next.name} (${next.email})).`,
  );
  await seeText(advisors.locator("#found li"), `Advisor: ${next.name} (${next.email})`);
  await screenshot(page, "assign-advisors-changed", advisors.locator("#found"));
  expect(await driveLists(otherAdvisor, docName(moving))).toBe(true);
  expect(await driveLists(oldAdvisor, docName(moving))).toBe(false);
});
