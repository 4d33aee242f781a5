/*
 * The roster cache at Google's 100 KB an entry, counted in bytes: a school of 1,000 students with
 * Chinese names (three bytes a character) is cached in pieces that each fit, teachers' saves use
 * it, and a re-import replaces it at once, so a class added by the import is not refused.
 */
import { MIME, run, SpreadsheetContent, Workspace } from "../../emulator";
import { generateDemoSchool, seedWorkspace, toConferCsv } from "../../scripts/demo-school";
import { DIST, runIn } from "./harness";

const FAMILY = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周"];
const GIVEN = ["欣怡", "子轩", "梓涵", "浩然", "雨桐", "俊杰", "诗涵", "宇航", "佳怡", "博文"];

describe("the roster cache for a school of 1,000 with Chinese names", () => {
  const base = generateDemoSchool(2026, { students: 1000 });
  const school = {
    ...base,
    students: base.students.map((s, i) => ({
      ...s,
      givenName: `${GIVEN[i % 10]}${GIVEN[(i >> 3) % 10]}`,
      familyName: `${FAMILY[i % 10]}${FAMILY[(i >> 4) % 10]}`,
      preferredName: "",
      guardians: s.guardians.map((g, k) => ({
        ...g,
        name: `${FAMILY[(i + k) % 10]}${GIVEN[k]}家长`,
      })),
    })),
  };
  const ws = new Workspace({ bundleDir: DIST, now: () => Date.UTC(2026, 10, 23, 14) });
  seedWorkspace(ws, school);
  const hubFile = ws.drive.create({
    name: "Confer hub",
    mimeType: MIME.spreadsheet,
    owner: school.coordinatorEmail,
    content: SpreadsheetContent.create(ws.script.timeZone),
  });
  const hub = { ws, school, hubId: hubFile.id, coordinator: school.coordinatorEmail };
  runIn(hub, "setUpHub", hub.coordinator);
  runIn(hub, "saveSettings", hub.coordinator, {
    schoolName: school.name,
    term: school.term,
    grades: school.grades.join(", "),
    webAppUrl: ws.webAppUrl,
  });
  const upload = (classes: typeof school.classes) => {
    const files = toConferCsv({ ...school, classes });
    return {
      format: "confer",
      students: files["students.csv"],
      staff: files["staff.csv"],
      classes: files["classes.csv"],
    };
  };
  const [added, ...kept] = school.classes;
  runIn(hub, "importRoster", hub.coordinator, upload(kept));
  const save = (c: (typeof school.classes)[number]) =>
    run(ws, {
      fn: "saveComments",
      args: [
        {
          classId: c.id,
          teacherEmail: c.teacherEmail,
          entries: [{ studentId: c.studentIds[0], text: "好好学习。" }],
        },
      ],
      as: c.teacherEmail,
      containerId: hub.hubId,
      kind: "sidebar",
    });

  it("caches the roster in entries of at most 100 KB each", () => {
    expect(save(kept[0]!).error).toBeUndefined();
    const entries = [...ws.caches.scope("script")].filter(([key]) =>
      key.startsWith("confer.roster"),
    );
    expect(entries.length).toBeGreaterThan(2);
    for (const [, entry] of entries) {
      expect(Buffer.byteLength((entry as { value: string }).value)).toBeLessThanOrEqual(100 * 1024);
    }
  });

  it("replaces the cached roster on a re-import, so a class it adds saves at once", () => {
    expect(save(added!).error?.message).toMatch(/class|not/i);
    runIn(hub, "importRoster", hub.coordinator, upload(school.classes));
    const result = save(added!);
    expect(result.error).toBeUndefined();
    expect((result.value as { results: { outcome: string }[] }).results[0]!.outcome).toBe("saved");
  });
});
