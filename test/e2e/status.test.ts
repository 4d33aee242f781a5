/*
 * The Status view, refusals and long-run progress in the preview's real UI: the coordinator's
 * wide Status view with its bars and a bar's list of students; an advisor's view without an
 * advisor column; a student who reaches Status and Pull (from a menu built before Confer knew
 * them) sees only the refusal; a docs run cut off after its first batch shows its progress to the
 * sidebar opened again.
 */
import type { Page } from "playwright-core";
import { run } from "../../emulator";
import { type Browser, launchChromium } from "./browser";
import { type SchoolPreview, startSchoolPreview } from "./school-preview";
import { seeText, seeVisible } from "./see";
import { chooseMenu, openFromDrive, screenshot, sidebar, switchUser } from "./shell-page";

jest.setTimeout(60_000);

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.context.newPage();
  page.setDefaultTimeout(20_000);
});

afterAll(async () => {
  await browser?.close();
});

/** Runs a menu item the way a menu built in AuthMode.NONE (every item shown) would. */
async function runMenuItemAnyway(fn: string, caption: string): Promise<void> {
  const file = new URL(page.url());
  await page.request.post(`${file.origin}${file.pathname}/menu`, { form: { fn, caption } });
  await page.reload();
  await page.waitForLoadState("load");
}

describe("after the advisors pull comments", () => {
  let school: SchoolPreview;

  beforeAll(async () => {
    school = await startSchoolPreview("Advisors pull comments");
    await page.goto(school.preview.url);
  });

  afterAll(async () => {
    await school?.close();
  });

  test("the coordinator's Status view is wide, with bars per advisory and grade, and a bar opens its students", async () => {
    await openFromDrive(page, /Confer hub/);
    await chooseMenu(page, "Status…");
    await seeVisible(page.locator("aside.sidebar.dialog"));
    const width = await page.locator("aside.sidebar.dialog").evaluate((el) => el.clientWidth);
    expect(width).toBeGreaterThan(600);
    const view = sidebar(page);
    await seeVisible(view.getByRole("heading", { name: "By advisory" }));
    await seeVisible(view.getByRole("heading", { name: "By grade" }));
    const pulledBars = view.locator('.bar[data-stage="pulled"]');
    expect(await pulledBars.count()).toBeGreaterThan(1);
    const label = (await pulledBars.first().getAttribute("aria-label")) ?? "";
    expect(label).toMatch(/^Comments pulled: \d+ of \d+ in .+\. Show the students\.$/);
    await screenshot(page, "status-wide-view");
    await pulledBars.first().click();
    await seeText(view.locator("#list-title"), "Comments pulled in");
    const listed =
      (await view.locator("#list-done li:not(.secondary)").count()) +
      (await view.locator("#list-not-yet li:not(.secondary)").count());
    const total = Number(/ of (\d+) in /.exec(label)![1]);
    expect(listed).toBe(total);
    await screenshot(page, "status-bar-list", view.locator("#list-box"));
    await expect(view.locator("thead th").allInnerTexts()).resolves.toContain("Advisor");
  });

  test("an advisor's Status view has no advisor column", async () => {
    const advisor = school.context.roster.staff.find(
      (s) => s.roles.includes("advisor") && !s.roles.includes("coordinator"),
    )!;
    await switchUser(page, advisor.email);
    await openFromDrive(page, / · Fall 2026$/);
    await chooseMenu(page, "Status…");
    const view = sidebar(page);
    await seeVisible(view.locator("#status"));
    const headers = await view.locator("thead th").allInnerTexts();
    expect(headers[0]).toBe("Student");
    expect(headers).not.toContain("Advisor");
    await screenshot(page, "status-advisor");
  });

  test("a student sees only the refusal of Status and Pull: no loading text, no Pull button", async () => {
    const student = school.context.roster.students[0]!;
    await switchUser(page, student.email);
    await openFromDrive(page, / · Fall 2026$/);
    const menu = page.getByRole("navigation", { name: "Confer menu" });
    await seeVisible(menu.getByRole("button", { name: "My conference…" }));
    expect(await menu.getByRole("button", { name: "Status…" }).count()).toBe(0);
    expect(await menu.getByRole("button", { name: "Pull teacher comments…" }).count()).toBe(0);

    await runMenuItemAnyway("showStatusView", "Status…");
    const status = sidebar(page);
    await seeText(status.getByRole("alert"), "are in Confer's roster as a student");
    await expect(status.locator("body").innerText()).resolves.not.toMatch(
      /Reading the docs|Loading/,
    );
    expect(await status.getByRole("button", { name: "Refresh" }).isVisible()).toBe(false);
    await screenshot(page, "status-student-refused");

    await runMenuItemAnyway("showPullSidebar", "Pull teacher comments…");
    const pull = sidebar(page);
    await seeText(pull.getByRole("alert"), "are in Confer's roster as a student");
    await expect(pull.locator("body").innerText()).resolves.not.toMatch(/Loading/);
    expect(await pull.getByRole("button", { name: "Pull comments" }).isVisible()).toBe(false);
    await screenshot(page, "pull-student-refused");
  });
});

describe("a docs run cut off after its first batch", () => {
  let school: SchoolPreview;

  beforeAll(async () => {
    school = await startSchoolPreview("Import roster", undefined, ({ ws, hubId, roster }) => {
      ws.latency.set("Drive.files.copy", 200_000);
      run(ws, {
        fn: "createConferenceDocs",
        args: [{ kind: "all" }],
        as: roster.coordinator.email,
        containerId: hubId,
        kind: "sidebar",
      });
      ws.latency.set("Drive.files.copy", 1_500);
    });
    await page.goto(school.preview.url);
  });

  afterAll(async () => {
    await school?.close();
  });

  test("shows the run's progress when the docs sidebar is opened again", async () => {
    await openFromDrive(page, /Confer hub/);
    await chooseMenu(page, "Create conference docs…");
    const docs = sidebar(page);
    const students = school.context.students ?? school.context.roster.students.length;
    await seeText(docs.locator("#summary"), "Creating docs for every student: ");
    const text = await docs.locator("#summary").innerText();
    const [, made, of] = /Creating docs for every student: (\d+) of (\d+)…/.exec(text)!;
    expect(Number(of)).toBe(students);
    expect(Number(made)).toBeGreaterThan(0);
    expect(Number(made)).toBeLessThan(students);
    await screenshot(page, "docs-progress-mid-run");
  });
});
