/*
 * Hub and roster on the built bundle: a coordinator sets up the hub, saves settings and imports the
 * roster (a messy CSV with every listed problem, the demo school's messy-but-valid CSV, and a
 * clean OneRoster set). A failed import writes nothing; a teacher cannot write the hub.
 */
import {
  DocumentContent,
  MIME,
  run,
  type SpreadsheetContent,
  sheetNames,
  sheetToCsv,
} from "../../emulator";
import { messyConferCsv, toConferCsv, toOneRosterCsv } from "../../scripts/demo-school";
import { parseCsv } from "../../src/domain/roster/csv";
import { type DemoHub, demoHub, readyHub, runIn } from "./harness";
import { columnsOf } from "./hub-columns";
import { FALL_2026 } from "./round-forms";

function tab(hub: DemoHub, name: string): string[][] {
  return parseCsv(sheetToCsv(hub.ws, hub.hubId, name)).map((record) => [...record.fields]);
}

function roundsSheet(hub: DemoHub) {
  const content = hub.ws.drive.get(hub.hubId)!.content as SpreadsheetContent;
  return content.sheets.find((sheet) => sheet.name === "Rounds")!;
}

type Sheet = ReturnType<typeof roundsSheet>;

/** The dropdown list of the cell at a 1-based body row (0-based column), as Sheets keeps it. */
function listAt(sheet: Sheet, row: number, column: number): unknown {
  const values = sheet.rows[row]?.[column]?.validation?.values;
  return Array.isArray(values?.[0]) ? values[0] : undefined;
}

/** Gives a column's body the dropdown an older hub was set up with. */
function setListOnColumn(sheet: Sheet, column: number, choices: string[]): void {
  for (let r = 1; r < sheet.maxRows; r++) {
    const cell = sheet.rows[r]?.[column];
    if (cell?.validation) cell.validation = { ...cell.validation, values: [choices, true] };
  }
}

function setUp(hub: DemoHub): string[] {
  runIn(hub, "setUpHub", hub.coordinator);
  return hub.ws.ui.of(hub.coordinator, "Sheets", hub.hubId).alerts;
}

function saveDemoSettings(hub: DemoHub) {
  return runIn(hub, "saveSettings", hub.coordinator, {
    schoolName: hub.school.name,
    term: hub.school.term,
    grades: hub.school.grades.join(", "),
    webAppUrl: hub.ws.webAppUrl,
  }).value as { saved: boolean };
}

function importConfer(hub: DemoHub, files: Record<string, string>) {
  return runIn(hub, "importRoster", hub.coordinator, {
    format: "confer",
    students: files["students.csv"],
    staff: files["staff.csv"],
    classes: files["classes.csv"],
  }).value as {
    imported: boolean;
    problems?: string[];
    warnings?: string[];
    students?: number;
    summary?: { imported: Record<string, number> };
  };
}

describe("Set up hub", () => {
  it("creates every tab with headers, a frozen header row, and protection", () => {
    const hub = demoHub();
    const alerts = setUp(hub);
    expect(alerts.at(-1)).toMatch(/^Set up hub: Confer's hub is ready\./);
    expect(sheetNames(hub.ws, hub.hubId)).toEqual(
      expect.arrayContaining([
        "Settings",
        "Students",
        "Staff",
        "Classes",
        "Grade 6 Comments",
        "Grade 7 Comments",
        "Grade 8 Comments",
        "Comment Log",
        "Conference Docs",
        "Schedule",
      ]),
    );
    expect(tab(hub, "Grade 7 Comments")[0]).toEqual([
      "Comment ID",
      "Student ID",
      "Student",
      "Class ID",
      "Period",
      "Teacher Email",
      "Comment",
      "Version",
      "Created",
      "Updated",
      "Status",
      "Round",
    ]);
    const setting = columnsOf(hub, "Settings");
    expect(tab(hub, "Settings").map((row) => setting(row, "Setting"))).toContain("Template doc ID");
  });

  it("repairs only what is missing when run again", () => {
    const hub = demoHub();
    setUp(hub);
    const before = tab(hub, "Settings");
    expect(setUp(hub).at(-1)).toBe(
      "Set up hub: The hub was already complete; nothing was changed.",
    );
    expect(tab(hub, "Settings")).toEqual(before);
  });

  it("repairs a tab deleted by hand and changes nothing else", () => {
    const hub = demoHub();
    setUp(hub);
    saveDemoSettings(hub);
    const content = hub.ws.drive.get(hub.hubId)!.content as SpreadsheetContent;
    const before = tab(hub, "Settings");
    content.sheets.splice(
      content.sheets.findIndex((sheet) => sheet.name === "Schedule"),
      1,
    );
    expect(setUp(hub).at(-1)).toMatch(/^Set up hub: Confer's hub is ready\.\n• Schedule: created/);
    expect(tab(hub, "Schedule")[0]![0]).toBe("Slot ID");
    expect(tab(hub, "Settings")).toEqual(before);
  });

  it("brings a hub made before classroom rounds up to date: the Rounds tab's two new columns, and classroom in its Kind dropdown, once", () => {
    const hub = readyHub();
    runIn(hub, "openRound", hub.coordinator, FALL_2026);
    const rounds = roundsSheet(hub);
    const headers = rounds.rows[0]!.map((cell) => cell?.value ?? "");
    const [kind, hosts] = [headers.indexOf("Kind"), headers.indexOf("Hosts")];
    const newer = [headers.indexOf("Host Teacher"), headers.indexOf("Class IDs")];
    for (const row of rounds.rows) for (const at of newer) if (row?.[at]) row[at] = null;
    setListOnColumn(rounds, kind, ["student-led", "office-hours"]);
    setListOnColumn(rounds, hosts, ["advisors"]);
    const before = tab(hub, "Rounds")[1]!.slice(0, newer[0]);

    expect(setUp(hub).at(-1)).toBe(
      "Set up hub: Confer's hub is ready.\n• Rounds: columns added: Host Teacher, Class IDs, dropdowns updated: Kind, Hosts",
    );
    expect(tab(hub, "Rounds")[0]!.slice(-2)).toEqual(["Host Teacher", "Class IDs"]);
    expect(tab(hub, "Rounds")[1]!.slice(0, newer[0])).toEqual(before);
    for (const row of [1, 2, rounds.maxRows - 1]) {
      expect(listAt(rounds, row, kind)).toEqual(["student-led", "classroom", "office-hours"]);
      expect(listAt(rounds, row, hosts)).toEqual(["advisors", "teacher"]);
    }
    expect(setUp(hub).at(-1)).toBe(
      "Set up hub: The hub was already complete; nothing was changed.",
    );

    const teacher = hub.school.classes[0]!.teacherEmail;
    const opened = runIn(hub, "openClassroomRound", teacher, {
      name: "Period 1 · Q2 conferences",
      preparationFrom: "2026-11-23",
      preparationTo: "2026-11-27",
      conferenceFrom: "2026-11-30",
      conferenceTo: "2026-12-18",
      classIds: [hub.school.classes[0]!.id],
    }).value as { opened: boolean };
    expect(opened.opened).toBe(true);
    const row = tab(hub, "Rounds").find((r) => r[0] === "Period 1 · Q2 conferences")!;
    expect(listAt(rounds, 2, kind)).toContain(row[kind]);
    expect(row[kind]).toBe("classroom");
  });

  it("refuses a teacher's direct write to a tab only Confer writes", () => {
    const hub = demoHub();
    setUp(hub);
    saveDemoSettings(hub);
    const teacher = hub.school.staff.find((s) => s.roles.includes("teacher"))!.email;
    hub.ws.drive.share(hub.ws.drive.get(hub.hubId)!, teacher, "editor");
    const wreck = run(hub.ws, {
      fn: "saveSettings",
      args: [{ term: "Wrecked" }],
      as: teacher,
      containerId: hub.hubId,
    });
    expect(wreck.ok).toBe(false);
    expect(wreck.error?.message).toMatch(/Only a coordinator can change Confer's settings/);
  });
});

describe("Settings", () => {
  it("saves valid settings and refuses invalid ones field by field, saving nothing", () => {
    const hub = demoHub();
    setUp(hub);
    expect(saveDemoSettings(hub).saved).toBe(true);
    const refused = runIn(hub, "saveSettings", hub.coordinator, {
      timeZone: "Mars/Olympus",
      grades: "6, seventh",
    }).value as { saved: false; problems: { field: string; message: string }[] };
    expect(refused.problems.map((p) => p.field)).toEqual(["grades", "timeZone"]);
    const settings = runIn(hub, "getSettings", hub.coordinator).value as {
      settings: Record<string, string>;
    };
    expect(settings.settings).toMatchObject({
      term: hub.school.term,
      timeZone: "America/New_York",
    });
  });
});

describe("A coordinator's own template", () => {
  function ready(): DemoHub {
    const hub = demoHub();
    setUp(hub);
    saveDemoSettings(hub);
    return hub;
  }

  function templateId(hub: DemoHub): string {
    const setting = columnsOf(hub, "Settings");
    const row = tab(hub, "Settings").find((r) => setting(r, "Setting") === "Template doc ID")!;
    return setting(row, "Value");
  }

  it("is refused with the placeholders and sections it lacks", () => {
    const hub = ready();
    const own = hub.ws.drive.create({
      name: "My template",
      mimeType: MIME.document,
      owner: hub.coordinator,
      content: DocumentContent.create(),
    });
    const refused = runIn(hub, "saveSettings", hub.coordinator, { templateDocId: own.id })
      .value as {
      saved: boolean;
      problems: { field: string; message: string }[];
    };
    expect(refused.saved).toBe(false);
    expect(refused.problems[0]!.message).toBe(
      `Template doc ID “${own.id}”: The template cannot be used: it lacks the placeholders {{student_name}}, {{grade}}, {{advisor_name}}; and it lacks the named ranges confer.teacher_comments.`,
    );
  });

  it("is accepted when it has everything Confer fills", () => {
    const hub = ready();
    const source = hub.ws.drive.get(templateId(hub))!;
    const own = hub.ws.drive.copy(source, hub.coordinator, "Our school's template");
    const saved = runIn(hub, "saveSettings", hub.coordinator, { templateDocId: own.id }).value as {
      saved: boolean;
    };
    expect(saved.saved).toBe(true);
    expect(templateId(hub)).toBe(own.id);
  });
});

describe("Import roster", () => {
  it("imports the demo school's messy but valid CSV, accents and all", () => {
    const hub = demoHub();
    setUp(hub);
    saveDemoSettings(hub);
    const result = importConfer(hub, messyConferCsv(hub.school));
    expect(result).toMatchObject({ imported: true, students: hub.school.students.length });
    const guardians = new Set(
      hub.school.students.flatMap((s) => s.guardians.map((g) => g.email.toLowerCase())),
    );
    expect(result.summary?.imported).toEqual({
      students: hub.school.students.length,
      staff: hub.school.staff.length,
      classes: hub.school.classes.length,
      guardians: guardians.size,
    });
    const students = tab(hub, "Students").slice(1);
    expect(students).toHaveLength(hub.school.students.length);
    const first = hub.school.students[0]!;
    const cell = columnsOf(hub, "Students");
    const row = students.find((r) => cell(r, "Student ID") === first.id)!;
    expect(cell(row, "Email")).toBe(first.email);
    expect(cell(row, "Family Name")).toBe(first.familyName);
    expect(cell(row, "Guardians")).toContain(`<${first.guardians[0]!.email}>`);
  });

  it("lists every problem with row, field and reason, and writes nothing", () => {
    const hub = demoHub();
    setUp(hub);
    saveDemoSettings(hub);
    const files = { ...toConferCsv(hub.school) };
    const lines = files["students.csv"].split("\r\n");
    const cells = (line: string) => line.split(",");
    const broken = [...lines];
    const a = cells(broken[1]!);
    a[4] = "not-an-email";
    broken[1] = a.join(",");
    const b = cells(broken[2]!);
    b[0] = cells(broken[3]!)[0]!;
    b[5] = "12";
    b[6] = "nobody@school.test";
    broken[2] = b.join(",");
    const header = cells(broken[0]!);
    const c = cells(broken[4]!);
    c[header.indexOf("Guardian 1 Email")] = "nobody-at-mail";
    broken[4] = c.join(",");
    const result = importConfer(hub, { ...files, "students.csv": broken.join("\r\n") });
    expect(result.imported).toBe(false);
    expect(result.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^students\.csv row 2 \([^)]+\), Email "not-an-email": /),
        expect.stringMatching(/^students\.csv row (3|4) \([^)]+\), Student ID ".+": .*duplicate/i),
        expect.stringMatching(
          /^students\.csv row 3 \([^)]+\), Advisor Email "nobody@school\.test": /,
        ),
        expect.stringMatching(
          /^students\.csv row 5 \([^)]+\), Guardian 1 Email "nobody-at-mail": /,
        ),
      ]),
    );
    expect(result.warnings).toEqual([
      expect.stringMatching(/^students\.csv row 3 \([^)]+\), Grade "12": .*added to Settings$/),
    ]);
    expect(tab(hub, "Students")).toHaveLength(1);
    expect(sheetNames(hub.ws, hub.hubId)).not.toContain("Grade 12 Comments");
  });

  it("imports a clean OneRoster set with guardians linked to their students", () => {
    const hub = demoHub();
    setUp(hub);
    saveDemoSettings(hub);
    const files = toOneRosterCsv(hub.school);
    const result = runIn(hub, "importRoster", hub.coordinator, {
      format: "oneroster",
      users: files["users.csv"],
      classes: files["classes.csv"],
      enrollments: files["enrollments.csv"],
    }).value as { imported: boolean; problems?: string[] };
    expect(result.problems).toBeUndefined();
    expect(result.imported).toBe(true);
    const cell = columnsOf(hub, "Students");
    const guardians = tab(hub, "Students")
      .slice(1)
      .map((row) => cell(row, "Guardians"));
    expect(guardians.every((cell) => cell.includes("@"))).toBe(true);
    expect(tab(hub, "Classes").length).toBeGreaterThan(20);
  });

  it("imports an export with no homeroom, no student email and a grade Settings lacks, warning about each and adding the grade with its comments tab", () => {
    const hub = demoHub();
    setUp(hub);
    saveDemoSettings(hub);
    const grades = tab(hub, "Settings").find((row) => row[0] === "Grades")![1]!;
    expect(grades.split(/,\s*/)).not.toContain("12");
    const users = [
      "sourcedId,status,role,givenName,familyName,identifier,email,agentSourcedIds,grades",
      "t1,active,Teacher,Mei,Li,,mei.li@school.test,,",
      "s1,active,Student,Ana,Ruiz,S-1,,p1,12",
      "p1,active,Parent,Luz,Ruiz,,,s1,",
    ].join("\r\n");
    const result = runIn(hub, "importRoster", hub.coordinator, {
      format: "oneroster",
      users,
      classes: "sourcedId,title,grades,classType\r\nc1,Physics,12,scheduled",
      enrollments: "classSourcedId,userSourcedId,role\r\nc1,t1,teacher\r\nc1,s1,student",
    }).value as {
      imported: boolean;
      warnings: string[];
      needsAdvisor: string[];
      addedGrades: string[];
    };
    expect(result).toMatchObject({
      imported: true,
      addedGrades: ["12"],
      needsAdvisor: ["Ana Ruiz, sourcedId s1"],
    });
    expect(result.warnings).toEqual([
      "users.csv row 3 (Ana Ruiz, sourcedId s1), email: no email: imported; their doc is shared once they have one",
      'users.csv row 3 (Ana Ruiz, sourcedId s1), grades "12": not one of the school\'s grades (6, 7, 8): added to Settings',
      "users.csv row 3 (Ana Ruiz, sourcedId s1), homeroom teacher: needs an advisor: imported without one",
      "users.csv row 4 (Luz Ruiz, sourcedId p1), email: no email: kept, but gets no drafts",
    ]);
    const cell = columnsOf(hub, "Students");
    const [row] = tab(hub, "Students").slice(1);
    expect([cell(row!, "Student ID"), cell(row!, "Grade"), cell(row!, "Advisor Email")]).toEqual([
      "S-1",
      "12",
      "",
    ]);
    const saved = tab(hub, "Settings").find((r) => r[0] === "Grades")![1]!;
    expect(saved.split(/,\s*/)).toEqual([...grades.split(/,\s*/), "12"]);
    expect(tab(hub, "Grade 12 Comments")[0]).toEqual(expect.arrayContaining(["Student ID"]));
  });

  it("re-imports in place: a student who left becomes inactive, nobody is dropped", () => {
    const hub = demoHub();
    setUp(hub);
    saveDemoSettings(hub);
    const files = toConferCsv(hub.school);
    importConfer(hub, files);
    const leaver = hub.school.students[5]!;
    const without = files["students.csv"]
      .split("\r\n")
      .filter((line) => !line.startsWith(`${leaver.id},`))
      .join("\r\n");
    const classes = files["classes.csv"]
      .replaceAll(` ${leaver.id}`, "")
      .replaceAll(`${leaver.id} `, "");
    const result = importConfer(hub, { ...files, "students.csv": without, "classes.csv": classes });
    expect(result).toMatchObject({ imported: true, students: hub.school.students.length });
    const cell = columnsOf(hub, "Students");
    const row = tab(hub, "Students").find((r) => cell(r, "Student ID") === leaver.id)!;
    expect(cell(row, "Active")).toBe("no");
  });
});
