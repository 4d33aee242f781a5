/*
 * The Settings sidebar in headless Chromium, on a preview whose term has reached "Set up hub":
 * yes/no and draft/send are choices and the window's days are date pickers; a date that is not on
 * the calendar, a value that is not among a field's choices and a number typed as letters are each
 * refused by the server, the fields marked and named, and nothing is saved; a window that ends
 * before it starts is refused until it is put right.
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
let settings: FrameLocator;

async function openSettings(): Promise<void> {
  await chooseMenu(page, "Settings…");
  settings = sidebar(page);
  await seeVisible(settings.locator("#input-schoolName"));
}

beforeAll(async () => {
  running = await startSchoolPreview("Set up hub");
  browser = await launchChromium();
  page = await browser.context.newPage();
  page.setDefaultTimeout(20_000);
  await page.goto(running.preview.url);
  await openFromDrive(page, /Confer hub/);
  await openSettings();
});

afterAll(async () => {
  await browser?.close();
  await running?.close();
});

const input = (key: string) => settings.locator(`#input-${key}`);
const problem = (key: string) => settings.locator(`#problem-${key}`);

test("yes/no and draft/send are choices, and the window's days are date pickers", async () => {
  const families = settings.getByRole("combobox", { name: /^Students may email their families/ });
  const notices = settings.getByRole("combobox", { name: /^Schedule notices/ });
  expect(await families.locator("option").allTextContents()).toEqual(["no", "yes"]);
  expect(await notices.locator("option").allTextContents()).toEqual(["draft", "send"]);
  expect(await input("conferenceStart").getAttribute("type")).toBe("date");
  expect(await input("conferenceEnd").getAttribute("type")).toBe("date");
  await screenshot(page, "settings-choices-and-dates");
});

test("2026-13-01, a value not among the choices and letters in a number field are refused and marked; nothing is saved", async () => {
  await input("conferenceStart").evaluate((element) => {
    const field = element as unknown as { type: string; value: string };
    field.type = "text";
    field.value = "2026-13-01";
  });
  await input("conferenceEnd").fill("2026-12-18");
  await input("studentsEmailFamilies").evaluate((element) => {
    const select = element as unknown as {
      ownerDocument: { createElement(tag: "option"): { value: string; textContent: string } };
      append(option: unknown): void;
      value: string;
    };
    const option = select.ownerDocument.createElement("option");
    option.value = "maybe";
    option.textContent = "maybe";
    select.append(option);
    select.value = "maybe";
  });
  await input("reminderHours").fill("abc");
  await settings.getByRole("button", { name: "Save settings" }).click();

  await seeText(
    settings.getByRole("alert"),
    "Nothing was saved. Fix the fields marked in red: Conference window start, Students may email their families, Reminder hours before a conference.",
  );
  await seeText(
    problem("conferenceStart"),
    "Conference window start “2026-13-01”: is not a real date.",
  );
  await seeText(
    problem("studentsEmailFamilies"),
    "Students may email their families “maybe”: must be yes or no.",
  );
  await seeText(
    problem("reminderHours"),
    "Reminder hours before a conference “abc”: must be a whole number from 1 to 168.",
  );
  for (const key of ["conferenceStart", "studentsEmailFamilies", "reminderHours"]) {
    expect(await input(key).getAttribute("aria-invalid")).toBe("true");
  }
  expect(await input("conferenceEnd").getAttribute("aria-invalid")).toBeNull();
  await screenshot(page, "settings-refused-summary", settings.getByRole("alert"));
  await screenshot(page, "settings-refused-date", settings.locator("#field-conferenceStart"));
  await screenshot(
    page,
    "settings-refused-choice",
    settings.locator("#field-studentsEmailFamilies"),
  );
  await screenshot(page, "settings-refused-number", settings.locator("#field-reminderHours"));

  await openSettings();
  expect(await input("conferenceStart").inputValue()).toBe("");
  expect(await input("conferenceEnd").inputValue()).toBe("");
  expect(await input("studentsEmailFamilies").inputValue()).toBe("no");
  expect(await input("reminderHours").inputValue()).toBe("24");
});

test("a window that ends before it starts is refused until it is put right", async () => {
  await input("conferenceStart").fill("2026-12-18");
  await input("conferenceEnd").fill("2026-12-07");
  await settings.getByRole("button", { name: "Save settings" }).click();
  await seeText(
    problem("conferenceEnd"),
    "Conference window end “2026-12-07”: is before the window's start.",
  );
  expect(await input("conferenceEnd").getAttribute("aria-invalid")).toBe("true");
  await screenshot(page, "settings-refused-window", settings.locator("#field-conferenceEnd"));

  await input("conferenceStart").fill("2026-12-07");
  await input("conferenceEnd").fill("2026-12-18");
  await input("studentsEmailFamilies").selectOption("yes");
  await settings.getByRole("button", { name: "Save settings" }).click();
  await seeVisible(settings.getByText("Settings saved."));
  expect(await input("conferenceEnd").getAttribute("aria-invalid")).toBeNull();
  await screenshot(page, "settings-saved");
});
