/*
 * Import from Google Classroom on a teacher's Classroom conferences page, in headless Chromium on
 * the preview with an emulated Classroom: the teacher lists the courses they teach (not a
 * colleague's), imports one, is told what was added, and finds it ticked among their classes
 * for a new classroom round. A coordinator, who administers the domain's Classroom, chooses Google
 * Classroom in Import roster and imports a colleague's course.
 */
import type { FrameLocator, Page } from "playwright-core";
import { DEFAULT_DEMO_SEED, generateDemoSchool } from "../../scripts/demo-school";
import { type Browser, launchChromium } from "./browser";
import { type SchoolPreview, startSchoolPreview } from "./school-preview";
import { seeText, seeVisible } from "./see";
import { chooseMenu, openFromDrive, screenshot, sidebar, switchUser } from "./shell-page";

const school = generateDemoSchool(DEFAULT_DEMO_SEED);
const teacher = school.classes[0]!.teacherEmail;
const colleague = school.classes.find((c) => c.teacherEmail !== teacher)!.teacherEmail;

let running: SchoolPreview;
let browser: Browser;
let page: Page;
let classroom: FrameLocator;
let courseId = "";

jest.setTimeout(60_000);

beforeAll(async () => {
  running = await startSchoolPreview("Import roster", teacher, ({ ws }) => {
    const now = ws.now();
    const course = ws.classroom.createCourse(
      { name: "Robotics club", owner: teacher, section: "Fri" },
      now,
    );
    courseId = course.id;
    for (const student of school.students.slice(0, 3)) {
      ws.classroom.addStudent(course.id, {
        email: student.email,
        givenName: student.givenName,
        familyName: student.familyName,
      });
    }
    ws.classroom.addStudent(course.id, {
      email: "robo.new@school.test",
      givenName: "Robin",
      familyName: "Bot",
    });
    ws.classroom.addGuardian("robo.new@school.test", {
      email: "bot.family@gmail.test",
      givenName: "Bea",
      familyName: "Bot",
    });
    ws.classroom.createCourse({ name: "Colleague's course", owner: colleague }, now);
    ws.classroom.makeAdmin(school.coordinatorEmail);
  });
  browser = await launchChromium();
  page = await browser.context.newPage();
  page.setDefaultTimeout(20_000);
  await page.goto(running.preview.url);
  await page.getByRole("link", { name: "Drive" }).click();
  await page.getByRole("button", { name: "New document" }).click();
  await page.waitForLoadState("load");
  await chooseMenu(page, "Classroom conferences…");
  classroom = sidebar(page);
  await seeVisible(classroom.getByText("Import from Google Classroom"));
});

afterAll(async () => {
  await browser?.close();
  await running?.close();
});

test("a teacher imports a Classroom course they teach, and it is ticked for a new round", async () => {
  await classroom.getByText("Import from Google Classroom").click();
  await classroom.getByRole("button", { name: "Show my Google Classroom courses" }).click();
  const course = classroom.getByLabel("Robotics club · Fri");
  await seeVisible(course);
  await expect(classroom.getByText("Colleague's course").count()).resolves.toBe(0);
  await course.check();
  await classroom.getByLabel("Grade for new students").fill(school.grades[0]!);
  await classroom.getByRole("button", { name: "Import chosen courses" }).click();
  await seeText(classroom.locator("#classroom-import [role=status]"), "1 added");
  await screenshot(page, "classroom-import-done", classroom.locator("#classroom-import"));
  const box = classroom.locator(`#class-gc-${courseId}`);
  await seeVisible(box);
  await expect(box.isChecked()).resolves.toBe(true);
});

test("a coordinator chooses Google Classroom in Import roster and imports a colleague's course", async () => {
  await switchUser(page, school.coordinatorEmail);
  await openFromDrive(page, /Confer hub/);
  await chooseMenu(page, "Import roster…");
  const importer = sidebar(page);
  await importer.getByLabel("Format").selectOption("classroom");
  await expect(importer.getByRole("button", { name: "Check and import" }).isHidden()).resolves.toBe(
    true,
  );
  await importer.getByRole("button", { name: "Show my Google Classroom courses" }).click();
  await seeVisible(importer.getByLabel("Robotics club · Fri"));
  await importer.getByLabel("Colleague's course").check();
  await importer.getByRole("button", { name: "Import chosen courses" }).click();
  await seeText(importer.locator("#classroom-section [role=status]"), "Classes: 1 added");
  await screenshot(page, "import-from-classroom", importer.locator("#classroom-section"));
});
