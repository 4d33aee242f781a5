/*
 * The Classroom cycle dialog in headless Chromium, for a teacher whose classroom round over two
 * classes has its docs: they plan the cycle (a date range, each class's period, five 10-minute
 * conferences a day), see the proposal, swap two students, Save and tell, then open the first
 * day's table, type a note (saved as typed, still there when the table opens again), tick a
 * conference held and write a plan line into the student's doc.
 */
import type { FrameLocator, Page } from "playwright-core";
import { run } from "../../emulator";
import { DEFAULT_DEMO_SEED, generateDemoSchool } from "../../scripts/demo-school";
import { type Browser, launchChromium } from "./browser";
import { type SchoolPreview, startSchoolPreview } from "./school-preview";
import { seeText, seeValue, seeVisible } from "./see";
import { chooseMenu, screenshot, sidebar } from "./shell-page";

const school = generateDemoSchool(DEFAULT_DEMO_SEED);
const teacher = school.classes[0]!.teacherEmail;
const classIds = school.classes
  .filter((c) => c.teacherEmail === teacher)
  .slice(0, 2)
  .map((c) => c.id);
const ROUND = "Q3 classroom 1:1s";

let running: SchoolPreview;
let browser: Browser;
let page: Page;
let dialog: FrameLocator;
let start = "";

jest.setTimeout(90_000);

const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

function mondayAfter(day: string): string {
  let next = addDays(day, 7);
  while (new Date(`${next}T12:00:00Z`).getUTCDay() !== 1) next = addDays(next, 1);
  return next;
}

beforeAll(async () => {
  running = await startSchoolPreview("Create conference docs", teacher, (context) => {
    const call = (fn: string, ...args: unknown[]) => {
      const result = run(context.ws, {
        fn,
        args,
        as: teacher,
        containerId: context.hubId!,
        kind: "sidebar",
      });
      if (!result.ok) throw new Error(`${fn}: ${result.error?.message}`);
      return result.value;
    };
    const { today } = call("getClassroomConferences") as { today: string };
    start = mondayAfter(today);
    call("openClassroomRound", {
      name: ROUND,
      preparationFrom: today,
      preparationTo: addDays(start, -1),
      conferenceFrom: start,
      conferenceTo: addDays(start, 25),
      classIds,
    });
    for (let i = 0; i < 10; i++) {
      const progress = call("createClassroomDocs", ROUND) as { remaining: number };
      if (progress.remaining === 0) break;
    }
  });
  browser = await launchChromium();
  page = await browser.context.newPage();
  page.setDefaultTimeout(20_000);
  await page.goto(running.preview.url);
  await page.getByRole("link", { name: "Drive" }).click();
  await page.getByRole("button", { name: "New document" }).click();
  await page.waitForLoadState("load");
  await chooseMenu(page, "Classroom cycle…");
  dialog = sidebar(page);
  await seeVisible(dialog.getByRole("tab", { name: "Plan" }));
});

afterAll(async () => {
  await browser?.close();
  await running?.close();
});

const studentCell = (row: number) =>
  dialog.locator("#schedule tbody tr").nth(row).locator("td").nth(2);

test("plans the cycle: a proposal first, a swap, then Save and tell", async () => {
  await seeText(dialog.locator("#plan-summary"), "No cycle saved yet");
  await dialog.getByLabel("From").fill(start);
  await dialog.getByLabel("To", { exact: true }).fill(addDays(start, 11));
  for (const [i, classId] of classIds.entries()) {
    await dialog.getByLabel(`${classId} starts`).fill(`${String(9 + 2 * i).padStart(2, "0")}:00`);
    await dialog.getByLabel(`${classId} ends`).fill(`${String(9 + 2 * i).padStart(2, "0")}:50`);
  }
  await dialog.getByLabel("What we will work on").fill("your lab report");
  await dialog.getByRole("button", { name: "Propose" }).click();
  await seeText(dialog.locator("#plan-summary"), "Proposed, not saved yet:");
  const first = (await studentCell(0).textContent()) ?? "";
  const second = (await studentCell(1).textContent()) ?? "";
  await dialog.getByLabel(`Swap ${first}`).check();
  await dialog.getByLabel(`Swap ${second}`).check();
  await dialog.getByRole("button", { name: "Swap the two ticked" }).click();
  await seeText(studentCell(0), second);
  await dialog.getByRole("button", { name: "Save and tell" }).click();
  await seeText(dialog.locator("#plan-summary"), "Saved:");
  await seeText(dialog.locator("#plan-summary"), "students told just now.");
  await seeText(studentCell(0), second);
  expect(await dialog.locator("#schedule tbody tr td:nth-child(5)").first().textContent()).toBe(
    "told",
  );
  await screenshot(page, "classroom-cycle-plan");
});

test("runs the first day's table: a note saved as typed, held, and a plan line", async () => {
  await dialog.getByRole("tab", { name: "Day's table" }).click();
  const rows = dialog.locator("#conferences tbody tr");
  await seeVisible(rows.first());
  expect(await rows.count()).toBe(10);
  const name = (await rows.first().locator("td").nth(1).textContent()) ?? "";
  await dialog.getByLabel(`Notes on ${name}`).fill("Wants to redo the graph = more data");
  await seeText(rows.first().locator(".saved"), "saved");
  await dialog.getByLabel(`${name} held`).check();
  await dialog.getByLabel(`Plan line for ${name}`).fill("Redo the graph with all five trials.");
  await dialog.getByRole("button", { name: "Write to doc" }).first().click();
  await seeText(dialog.getByRole("status").last(), `The plan line is in ${name}'s doc.`);
  await dialog.getByRole("tab", { name: "Coverage" }).click();
  await seeVisible(dialog.locator("#not-yet li").first());
  await dialog.getByRole("tab", { name: "Day's table" }).click();
  await seeValue(dialog.getByLabel(`Notes on ${name}`), "Wants to redo the graph = more data");
  expect(await dialog.getByLabel(`${name} held`).isChecked()).toBe(true);
  await screenshot(page, "classroom-cycle-table");
});
