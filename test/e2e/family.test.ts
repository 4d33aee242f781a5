/*
 * The family sign-up page in the preview, on a phone-sized window: a link's last change, after
 * which the page offers no Move or Cancel button and says whom to contact; and an open "Cancel
 * this booking?" question, which holds every Move button until it is answered. Then the
 * coordinator books that family's student at another time, and the Schedule sidebar says it moved.
 */
import type { Page } from "playwright-core";
import { run, webAppPageRun } from "../../emulator";
import type { DemoContext } from "../../scripts/demo/context";
import { type Browser, launchChromium } from "./browser";
import { type SchoolPreview, startSchoolPreview } from "./school-preview";
import { seeText, seeVisible } from "./see";
import { chooseMenu, openFromDrive, screenshot, sidebar } from "./shell-page";

jest.setTimeout(90_000);

const ROUND = "Fall conferences";
const LIMIT = 12;

interface Links {
  /** A family with one booking and every change but one used. */
  last: { url: string; studentId: string };
  /** A family with one booking and changes to spare. */
  spare: { url: string; studentId: string; when: string };
}

/** A weekday two weeks from now, as YYYY-MM-DD: always in the future, whenever the tests run. */
function conferenceDay(): string {
  const day = new Date(Date.now() + 14 * 86_400_000);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/** Publishes an advisor's afternoon, books two families, and spends all but one of a link's changes. */
function twoFamilies(context: DemoContext, links: Partial<Links>): void {
  const { ws, roster, hubId } = context;
  const signupUrl = ws.addDeployment({ executeAs: "USER_DEPLOYING", access: "ANYONE_ANONYMOUS" });
  const staff = (as: string, fn: string, ...args: unknown[]) => {
    const result = run(ws, { fn, args, as, kind: "sidebar", containerId: hubId });
    if (!result.ok) throw new Error(`${fn}: ${result.error?.message}`);
    return result.value;
  };
  staff(roster.coordinator.email, "saveSettings", { familySignupUrl: signupUrl });
  const advisor = roster.staff.find((m) => m.roles.includes("advisor"))!.email;
  staff(advisor, "publishSlots", {
    kind: "conference",
    round: ROUND,
    days: [conferenceDay()],
    startTime: "13:00",
    endTime: "16:00",
    minutes: 15,
    location: "Room 12",
  });
  const waiting = staff(advisor, "getNotYetBooked", { round: ROUND }) as {
    rows: { studentId: string; link: string }[];
  };
  const [spare, last] = waiting.rows.filter(
    (row, i, rows) => row.link !== "" && rows.findIndex((r) => r.link === row.link) === i,
  );
  const schedule = staff(advisor, "getSchedule", { round: ROUND }) as {
    slots: { id: string; status: string; when: string }[];
  };
  const open = schedule.slots.filter((s) => s.status === "open").map((s) => s.id);
  const book = (row: { studentId: string; link: string }, slotId: string) => {
    const token = new URL(row.link).searchParams.get("signup") ?? "";
    const args = [token, row.studentId, slotId, ""];
    const result = run(ws, webAppPageRun(ws, signupUrl, "bookFamilySlot", args));
    if (!result.ok) throw new Error(`bookFamilySlot: ${result.error?.message}`);
  };
  book(spare!, open[0]!);
  for (let i = 0; i < LIMIT - 1; i++) book(last!, open[1 + (i % 2)]!);
  links.spare = { url: spare!.link, studentId: spare!.studentId, when: schedule.slots[0]!.when };
  links.last = { url: last!.link, studentId: last!.studentId };
}

let browser: Browser;
let school: SchoolPreview;
let page: Page;
const links: Partial<Links> = {};

beforeAll(async () => {
  school = await startSchoolPreview("Import roster", undefined, (context) =>
    twoFamilies(context, links),
  );
  browser = await launchChromium();
  page = await browser.context.newPage();
  page.setDefaultTimeout(20_000);
  await page.setViewportSize({ width: 390, height: 844 });
});

afterAll(async () => {
  await browser?.close();
  await school?.close();
});

async function openLink(link: { url: string; studentId: string }) {
  await page.goto(link.url.replace("https://script.google.com/", school.preview.url));
  const student = page.locator(`section.student[data-student-id="${link.studentId}"]`);
  await seeVisible(student.locator(".booking"));
  return student;
}

test("the link's last change: then no Move or Cancel button, and a plain word on whom to ask", async () => {
  const student = await openLink(links.last!);
  await seeText(page.locator("#changes"), "This link can make one more change for this round");
  expect(await student.locator('button[data-action="move"]').count()).toBeGreaterThan(0);
  await screenshot(page, "family-one-change-left", page.locator("#changes"));

  const before = await student.locator(".booking .when").textContent();
  await student.locator('button[data-action="move"]').first().click();
  await seeText(page.locator("#message"), "Your conference has been moved.");
  await seeText(page.locator("#changes"), "This link can make no more changes for this round");
  await seeText(page.locator("#changes"), "please contact your child's advisor or the school:");
  const advisor = school.context.roster.staff.find((m) => m.roles.includes("advisor"))!;
  await seeText(page.locator("#changes"), `${advisor.name} (${advisor.email})`);
  expect(await student.locator(".booking .when").textContent()).not.toBe(before);
  const actions = 'button[data-action="move"], button[data-action="cancel"], button.slot';
  expect(await page.locator(actions).count()).toBe(0);
  await screenshot(page, "family-no-changes-left");

  await page.reload();
  await seeText(page.locator("#changes"), "This link can make no more changes for this round");
  await seeVisible(student.locator(".booking"));
  expect(await page.locator(actions).count()).toBe(0);
  const width = await page.evaluate<number>("document.documentElement.scrollWidth");
  expect(width).toBeLessThanOrEqual(390);
  await screenshot(page, "family-no-changes-left-reloaded");
});

test("while 'Cancel this booking?' is open, no Move button acts, until the question is answered", async () => {
  const student = await openLink(links.spare!);
  const booked = (await student.locator(".booking .when").textContent()) ?? "";
  expect(await page.locator("#changes").count()).toBe(0);
  await student.locator('button[data-action="cancel"]').click();
  await seeVisible(student.locator(".confirm-box"));
  await seeText(student.locator(".confirm-box"), "Cancel this booking?");
  expect(await page.locator(":focus").getAttribute("data-action")).toBe("confirm-cancel");
  const moves = student.locator('button[data-action="move"]');
  expect(await moves.count()).toBeGreaterThan(0);
  for (const move of await moves.all()) expect(await move.isDisabled()).toBe(true);
  await screenshot(page, "family-cancel-question-open", student.locator(".confirm-box"));

  await moves.first().click({ force: true });
  await page.waitForTimeout(500);
  expect(await page.locator("#message").isVisible()).toBe(false);
  expect(await student.locator(".booking .when").textContent()).toBe(booked);
  await seeVisible(student.locator(".confirm-box"));

  await page.keyboard.press("Escape");
  expect(await student.locator(".confirm-box").count()).toBe(0);
  expect(await page.locator(":focus").getAttribute("data-action")).toBe("cancel");
  for (const move of await moves.all()) expect(await move.isDisabled()).toBe(false);
  await screenshot(page, "family-cancel-question-closed");

  await page.reload();
  await seeText(student.locator(".booking .when"), booked);
});

test("booking a student who has a booking says, in the Schedule sidebar, from when to when it moved", async () => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(school.preview.url);
  await openFromDrive(page, /Confer hub/);
  await chooseMenu(page, "Schedule conferences…");
  const schedule = sidebar(page);
  const open = schedule.locator(".slot[data-status=open]").last();
  await seeVisible(open);
  const to = (await open.locator(".time").textContent()) ?? "";
  await open.locator('button[data-action="book"]').click();
  await schedule.locator("#panel-select").selectOption(links.spare!.studentId);
  const name = (await schedule.locator("#panel-select option:checked").textContent()) ?? "";
  await schedule.locator("#panel-confirm").click();
  const result = schedule.locator("#change-result");
  await seeText(result, `Moved ${name} from ${links.spare!.when} to `);
  const text = (await result.textContent()) ?? "";
  const startsAt = to.match(/\d{1,2}:\d{2}/)?.[0] ?? "(no time shown)";
  expect(text).toMatch(new RegExp(` to [^.]*${startsAt}`));
  expect(text).not.toMatch(/^Booked/);
  await screenshot(page, "schedule-book-moves-student");
});
