/*
 * The coordinator's Import roster sidebar in headless Chromium, on a preview whose roster is
 * imported: the format choice fits the sidebar; a PNG chosen as students.csv is refused before it
 * reaches the box; a students file with a header and no rows is one problem; a problem names
 * whose row it is; Preview says what would change and writes nothing, editing a file takes Apply
 * away, and Apply says how many students, staff, classes and guardians the import holds; an
 * import's warnings and the students who need an advisor are listed at Preview and at Apply.
 */
import type { FrameLocator, Page } from "playwright-core";
import { DEFAULT_DEMO_SEED, generateDemoSchool, toConferCsv } from "../../scripts/demo-school";
import { parseCsv } from "../../src/domain/roster/csv";
import { type Browser, launchChromium } from "./browser";
import { type SchoolPreview, startSchoolPreview } from "./school-preview";
import { seeText, seeValue, seeVisible } from "./see";
import { chooseMenu, openFromDrive, screenshot, sidebar } from "./shell-page";

const school = generateDemoSchool(DEFAULT_DEMO_SEED);
const csv = toConferCsv(school);
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
  Buffer.from('IHDR\u0000\u0000\u0002\u0000",x"y,'.repeat(200), "latin1"),
]);

let running: SchoolPreview;
let browser: Browser;
let page: Page;
let importer: FrameLocator;

jest.setTimeout(60_000);

beforeAll(async () => {
  running = await startSchoolPreview("Import roster");
  browser = await launchChromium();
  page = await browser.context.newPage();
  page.setDefaultTimeout(20_000);
  await page.goto(running.preview.url);
  await openFromDrive(page, /Confer hub/);
  await chooseMenu(page, "Import roster…");
  importer = sidebar(page);
  await seeVisible(importer.getByRole("button", { name: "Preview" }));
});

afterAll(async () => {
  await browser?.close();
  await running?.close();
});

const box = (file: string) => importer.getByRole("textbox", { name: file });
const problems = () => importer.locator("#problems li");

const apply = () => importer.getByRole("button", { name: "Apply" });
const previewLines = () => importer.locator("#preview-lines li");

async function previewFiles(files: Record<string, string>): Promise<void> {
  for (const [name, text] of Object.entries(files)) await box(name).fill(text);
  await importer.getByRole("button", { name: "Preview" }).click();
  await seeVisible(importer.locator("#preview-box"));
}

/** Previews the files, then applies the preview. */
async function importFiles(files: Record<string, string>): Promise<void> {
  await previewFiles(files);
  await apply().click();
  await seeVisible(importer.getByRole("status"));
}

test("each format's name fits the 300-pixel sidebar, and the files it needs are spelled out", async () => {
  const format = importer.getByLabel("Format");
  const overflow = await format.evaluate((select) => {
    const style = select.ownerDocument.defaultView!.getComputedStyle(select);
    const context = select.ownerDocument.createElement("canvas").getContext("2d")!;
    context.font = `${style.fontSize} ${style.fontFamily}`;
    const room = select.clientWidth - 36;
    return [...select.querySelectorAll("option")]
      .map((option) => option.textContent ?? "")
      .filter((text) => context.measureText(text).width > room);
  });
  expect(overflow).toEqual([]);
  await seeText(importer.locator("#format-files"), "students, staff and classes");
  await screenshot(page, "import-format");
  await format.selectOption("oneroster");
  await seeText(importer.locator("#format-files"), "users, classes and enrollments");
  await seeVisible(importer.getByLabel("Choose relationships.csv"));
  await format.selectOption("sds");
  await seeText(importer.locator("#format-files"), "School Data Sync's classic CSV files");
  await seeVisible(importer.getByLabel("Choose GuardianRelationship.csv"));
  await seeVisible(importer.getByLabel("Teachers' email domain (for usernames without @)"));
  await format.selectOption("confer");
  expect(await importer.locator("#domain-fields").isHidden()).toBe(true);
});

test("a PNG chosen as students.csv is refused by name and never reaches the box", async () => {
  await importer
    .getByLabel("Choose students.csv")
    .setInputFiles({ name: "class-photo.png", mimeType: "image/png", buffer: PNG });
  const refusal = importer.locator("#problem-students");
  await seeText(
    refusal,
    "class-photo.png is not a CSV file (it looks like a PNG image), so it was not put in the box.",
  );
  await expect(box("students.csv").inputValue()).resolves.toBe("");
  await expect(importer.getByLabel("Choose students.csv").inputValue()).resolves.toBe("");
  await screenshot(page, "import-png-refused", refusal);
  await importer.getByLabel("Choose students.csv").setInputFiles({
    name: "students.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(csv["students.csv"]),
  });
  await seeValue(box("students.csv"), csv["students.csv"].replace(/\r\n?/g, "\n"));
  await expect(refusal.isHidden()).resolves.toBe(true);
});

test("a students file with a header and no rows is one problem, not one per class", async () => {
  const header = `${csv["students.csv"].split("\r\n")[0]}\r\n`;
  await previewFiles({
    "students.csv": header,
    "staff.csv": csv["staff.csv"],
    "classes.csv": csv["classes.csv"],
  });
  await seeText(importer.locator("#problems-title"), "1 problem(s) to fix");
  await expect(problems().allInnerTexts()).resolves.toEqual([
    "students.csv: no rows under the header",
  ]);
  await screenshot(page, "import-header-only", importer.locator("#problems-box"));
});

test("a problem names the student whose row it is", async () => {
  const student = school.students.find((s) => s.guardians.length > 0)!;
  const guardianEmail = student.guardians[0]!.email;
  const students = csv["students.csv"].replace(`,${guardianEmail},`, ",not-an-email,");
  const row = parseCsv(students).find((record) => record.fields[0] === student.id)!.line;
  await previewFiles({
    "students.csv": students,
    "staff.csv": csv["staff.csv"],
    "classes.csv": csv["classes.csv"],
  });
  await seeText(importer.locator("#problems-title"), "1 problem(s) to fix");
  await expect(problems().allInnerTexts()).resolves.toEqual([
    `students.csv row ${row} (${student.givenName} ${student.familyName}, Student ID ${student.id}), Guardian 1 Email "not-an-email": not a valid email address`,
  ]);
  await screenshot(page, "import-problem-names-person", importer.locator("#problems-box"));
});

test("a preview says what would change, writes nothing, and editing a file takes Apply away", async () => {
  const [first, ...rest] = csv["students.csv"].split("\r\n");
  const renamed = [
    first,
    rest[0]!.replace(school.students[0]!.givenName, "Renamed"),
    ...rest.slice(1),
  ];
  await previewFiles({
    "students.csv": renamed.join("\r\n"),
    "staff.csv": csv["staff.csv"],
    "classes.csv": csv["classes.csv"],
  });
  const lines = await previewLines().allInnerTexts();
  expect(lines[0]).toBe(
    `Students: 0 added, 1 updated, 0 made inactive, 0 back, ${school.students.length - 1} unchanged.`,
  );
  expect(lines).toContainEqual(
    expect.stringMatching(/^Guardians' languages: [A-Za-z-]+ \d+ \(from the file\)/),
  );
  await seeVisible(apply());
  await screenshot(page, "import-preview", importer.locator("#preview-box"));
  await expect(importer.getByRole("status").isHidden()).resolves.toBe(true);
  await box("staff.csv").fill(`${csv["staff.csv"]}\r\n`);
  await expect(importer.locator("#preview-box").isHidden()).resolves.toBe(true);
  await importer.getByRole("button", { name: "Preview" }).click();
  await seeVisible(apply());
  await previewFiles({ "students.csv": csv["students.csv"], "staff.csv": csv["staff.csv"] });
  await seeText(previewLines().first(), "Students: 0 added, 0 updated");
});

test("an import counts its students, staff, classes and guardians", async () => {
  await importFiles({
    "students.csv": csv["students.csv"],
    "staff.csv": csv["staff.csv"],
    "classes.csv": csv["classes.csv"],
  });
  await expect(importer.locator("#preview-box").isHidden()).resolves.toBe(true);
  const guardians = new Set(school.students.flatMap((s) => s.guardians.map((g) => g.email)));
  await seeText(
    importer.getByRole("status"),
    `Imported ${school.students.length} students, ${school.staff.length} staff, ${school.classes.length} classes and ${guardians.size} guardians.`,
  );
  await seeText(importer.getByRole("status"), "Staff: 0 added, 0 updated, 0 now inactive");
  await screenshot(page, "import-summary", importer.getByRole("status"));
});

test("an import with what the school can fix later lists the warnings and who needs an advisor", async () => {
  const student = school.students[0]!;
  const records = parseCsv(csv["students.csv"]);
  const header = records[0]!.fields;
  const row = records.find((record) => record.fields[0] === student.id)!;
  const advisorColumn = header.indexOf("Advisor Email");
  const fields = row.fields.map((field, i) => (i === advisorColumn ? "" : field));
  const quoted = (field: string) =>
    /[",\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
  const lines = csv["students.csv"].split("\r\n");
  lines[row.line - 1] = fields.map(quoted).join(",");
  await previewFiles({
    "students.csv": lines.join("\r\n"),
    "staff.csv": csv["staff.csv"],
    "classes.csv": csv["classes.csv"],
  });
  const person = `${student.givenName} ${student.familyName}, Student ID ${student.id}`;
  await seeText(importer.locator("#warnings-title"), "1 warning(s)");
  await expect(previewLines().allInnerTexts()).resolves.toContain(
    "1 warning: imported, to fix in the SIS when you can.",
  );
  await apply().click();
  await seeVisible(importer.getByRole("status"));
  await seeText(importer.locator("#warnings-title"), "1 warning(s)");
  await expect(importer.locator("#warnings li").allInnerTexts()).resolves.toEqual([
    `students.csv row ${row.line} (${person}), Advisor Email: needs an advisor: imported without one`,
  ]);
  await expect(importer.locator("#needs-advisor li").allInnerTexts()).resolves.toEqual([person]);
  await screenshot(page, "import-warnings", importer.locator("#warnings-box"));
});
