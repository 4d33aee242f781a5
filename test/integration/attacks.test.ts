/*
 * The attacks an attacker tried on the built bundle, each refused: no data comes back and nothing
 * changes. Anyone on the family sign-up page, a signed-in domain user on a served page, a teacher
 * taking over the hub; rights that outlive the roster; and typed text that would break a header,
 * a merge or a folder path.
 */
import { MIME, run, SpreadsheetContent, sheetToCsv, webAppPageRun } from "../../emulator";
import { toConferCsv } from "../../scripts/demo-school";
import { readDoc } from "./doc-access";
import { type DemoHub, publishFallSlots, readyHub, runIn } from "./harness";
import { fingerprint } from "./security/fingerprint";

const ADVISOR = "niamh.zhang@school.test";
const TEACHER = "jun.bianchi@school.test";
const STUDENT_EMAIL = "valentina.chen@school.test";
const STUDENT = "6001";
const ROUND = "Fall conferences";

interface SignupHub extends DemoHub {
  readonly signupUrl: string;
}

function signupHub(): SignupHub {
  const hub = readyHub();
  const signupUrl = hub.ws.addDeployment({
    executeAs: "USER_DEPLOYING",
    access: "ANYONE_ANONYMOUS",
  });
  runIn(hub, "saveSettings", hub.coordinator, { familySignupUrl: signupUrl });
  return Object.assign(hub, { signupUrl });
}

function staff(hub: DemoHub, as: string, fn: string, ...args: unknown[]) {
  const result = run(hub.ws, { fn, args, as, containerId: hub.hubId, kind: "sidebar" });
  if (!result.ok) throw new Error(`${fn} as ${as} failed: ${result.error?.message}`);
  return result.value;
}

function publish(hub: DemoHub): void {
  publishFallSlots(hub, ADVISOR, { endTime: "15:00" });
}

function linkFor(hub: DemoHub, studentId = STUDENT): string {
  const view = staff(hub, ADVISOR, "getNotYetBooked", { round: ROUND }) as {
    rows: { studentId: string; link: string }[];
  };
  const link = view.rows.find((r) => r.studentId === studentId)?.link ?? "";
  return new URL(link).searchParams.get("signup") ?? "";
}

function slots(hub: DemoHub): { id: string; status: string; studentId: string }[] {
  return (
    staff(hub, ADVISOR, "getSchedule", {}) as {
      slots: { id: string; status: string; studentId: string }[];
    }
  ).slots;
}

function tab(hub: DemoHub, name: string): string {
  return sheetToCsv(hub.ws, hub.hubId, name);
}

const teacherComment = (hub: DemoHub) => {
  const math = hub.school.classes.find((c) => c.teacherEmail === TEACHER)!;
  const result = staff(hub, TEACHER, "saveComments", {
    classId: math.id,
    teacherEmail: TEACHER,
    entries: [{ studentId: math.studentIds[0], text: "Works hard in math." }],
  }) as { results: { commentId: string }[] };
  return { math, commentId: result.results[0]!.commentId };
};

/** The attacks of the anonymous visitor, as calls a served page can make through google.script.run. */
function attacks(
  hub: SignupHub,
  comment: { math: { id: string; studentIds: readonly string[] }; commentId: string },
) {
  const files = toConferCsv(hub.school);
  const oneStudent = files["students.csv"].split("\n").slice(0, 2).join("\n");
  const booked = slots(hub).find((s) => s.status === "booked")!;
  return [
    ["getSettings"],
    ["getStatus", {}],
    ["getNotYetBooked", { round: ROUND }],
    [
      "saveComments",
      {
        classId: comment.math.id,
        teacherEmail: TEACHER,
        entries: [
          {
            studentId: comment.math.studentIds[0],
            text: "Rewritten by someone else.",
            commentId: comment.commentId,
            version: 1,
          },
        ],
      },
    ],
    ["saveSettings", { schoolName: "Taken over" }],
    [
      "importRoster",
      { format: "confer", students: oneStudent, staff: files["staff.csv"], classes: "" },
    ],
    ["changeBooking", { action: "cancel-slot", slotId: booked.id, reason: "" }],
    ["createGuardianUpdates", { scope: { kind: "all" } }],
    ["draftBookingReminders", { round: ROUND }],
    ["rebuildCommentTabsFromLog"],
    ["setUpHub"],
  ] as const;
}

function preparedHub() {
  const hub = signupHub();
  publish(hub);
  const token = linkFor(hub);
  const free = slots(hub).find((s) => s.status === "open")!;
  const booked = run(
    hub.ws,
    webAppPageRun(hub.ws, hub.signupUrl, "bookFamilySlot", [token, STUDENT, free.id, ""]),
  );
  expect(booked.ok).toBe(true);
  return { hub, comment: teacherComment(hub) };
}

describe("anyone on the family sign-up page", () => {
  const { hub, comment } = preparedHub();

  it.each(attacks(hub, comment).map((a) => [a[0], a.slice(1)] as const))(
    "cannot %s as the hub owner: refused, no data, nothing changed",
    (fn, args) => {
      const before = fingerprint(hub);
      const result = run(hub.ws, webAppPageRun(hub.ws, hub.signupUrl, fn, [...args]));
      expect(result.ok).toBe(false);
      expect(result.value).toBeUndefined();
      expect(result.error?.name).toBe("AccessRefusedError");
      expect(result.error?.message).toMatch(/^This page only books conferences/);
      expect(fingerprint(hub)).toBe(before);
    },
  );

  it("keeps the teacher's comment, the settings, the roster and the booking as they were", () => {
    expect(tab(hub, `Grade ${hub.school.grades[0]} Comments`)).toContain("Works hard in math.");
    expect(tab(hub, `Grade ${hub.school.grades[0]} Comments`)).not.toContain("Rewritten");
    expect(tab(hub, "Settings")).not.toContain("Taken over");
    expect(tab(hub, "Students").match(/,no\r?\n/g)).toBeNull();
    expect(slots(hub).filter((s) => s.status === "booked")).toHaveLength(1);
    expect(hub.ws.gmail.snapshot()).toBeDefined();
  });
});

describe("a signed-in domain user on a page a deployment served", () => {
  const { hub, comment } = preparedHub();

  it.each(
    [STUDENT_EMAIL, TEACHER].flatMap((who) =>
      attacks(hub, comment).map((a) => [who, a[0], a.slice(1)] as const),
    ),
  )("%s cannot %s with the owner's rights", (who, fn, args) => {
    const before = fingerprint(hub);
    const result = run(hub.ws, {
      fn,
      args: [...args],
      as: hub.coordinator,
      activeUser: who,
      kind: "webapp",
    });
    expect(result.ok).toBe(false);
    expect(result.value).toBeUndefined();
    expect(result.error?.name).toBe("AccessRefusedError");
    expect(fingerprint(hub)).toBe(before);
  });

  it("still lets the family page book with a valid link", () => {
    const token = linkFor(hub, "6002");
    const free = slots(hub).find((s) => s.status === "open")!;
    const result = run(hub.ws, {
      fn: "bookFamilySlot",
      args: [token, "6002", free.id, ""],
      as: hub.coordinator,
      activeUser: STUDENT_EMAIL,
      kind: "webapp",
    });
    expect(result.ok).toBe(true);
  });
});

describe("the hub has one owner", () => {
  function ownSheet(hub: DemoHub, owner: string): string {
    return hub.ws.drive.create({
      name: "My own hub",
      mimeType: MIME.spreadsheet,
      owner,
      content: SpreadsheetContent.create("UTC"),
    }).id;
  }

  const alertsOf = (hub: DemoHub, user: string, sheet: string) =>
    hub.ws.ui.of(user, "Sheets", sheet).alerts;

  it("refuses Set up hub by a teacher in a spreadsheet of their own, and keeps the owner", () => {
    const hub = readyHub();
    const sheet = ownSheet(hub, TEACHER);
    const before = fingerprint(hub);
    const result = run(hub.ws, { fn: "setUpHub", as: TEACHER, containerId: sheet, kind: "menu" });
    expect(result.ok).toBe(true);
    expect(alertsOf(hub, TEACHER, sheet).at(-1)).toMatch(
      /^Set up hub: not allowed: Confer's hub belongs to coordinator@school\.test/,
    );
    expect(fingerprint(hub)).toBe(before);
    expect(staff(hub, hub.coordinator, "getSettings")).toBeDefined();
  });

  it("refuses Set up hub by a teacher who can edit the hub itself", () => {
    const hub = readyHub();
    hub.ws.drive.share(hub.ws.drive.get(hub.hubId)!, TEACHER, "editor");
    const before = fingerprint(hub);
    run(hub.ws, { fn: "setUpHub", as: TEACHER, containerId: hub.hubId, kind: "menu" });
    expect(alertsOf(hub, TEACHER, hub.hubId).at(-1)).toMatch(
      /not allowed: Confer's hub belongs to/,
    );
    expect(fingerprint(hub)).toBe(before);
  });

  it("moves the hub only when its owner asks for it, explicitly", () => {
    const hub = readyHub();
    const sheet = ownSheet(hub, hub.coordinator);
    run(hub.ws, { fn: "setUpHub", as: hub.coordinator, containerId: sheet, kind: "menu" });
    expect(alertsOf(hub, hub.coordinator, sheet).at(-1)).toMatch(/Move the hub here/);
    run(hub.ws, { fn: "moveHubHere", as: hub.coordinator, containerId: sheet, kind: "menu" });
    expect(alertsOf(hub, hub.coordinator, sheet).at(-1)).toMatch(
      /^Move the hub here: Confer's hub is ready/,
    );
    expect(hub.ws.scriptProperties.get("confer.hubId")).toBe(sheet);
  });
});

describe("rights follow the roster", () => {
  function reimport(hub: DemoHub, edit: (files: Record<string, string>) => Record<string, string>) {
    const files = edit({ ...toConferCsv(hub.school) });
    const result = staff(hub, hub.coordinator, "importRoster", {
      format: "confer",
      students: files["students.csv"],
      staff: files["staff.csv"],
      classes: files["classes.csv"],
    }) as { imported: boolean; problems?: string[] };
    if (!result.imported) throw new Error(result.problems?.join("\n"));
  }

  it("takes an advisor's roles away when a re-import leaves them out, and keeps their row", () => {
    const hub = readyHub();
    const other = "mei.obrien@school.test";
    reimport(hub, (files) => {
      const moved = files["students.csv"]!.replaceAll(other, ADVISOR);
      const staffCsv = files["staff.csv"]!.split("\n")
        .filter((line) => !line.startsWith(other))
        .join("\n");
      const classes = files["classes.csv"]!.replaceAll(other, ADVISOR);
      return { ...files, "students.csv": moved, "staff.csv": staffCsv, "classes.csv": classes };
    });
    expect(tab(hub, "Staff")).toMatch(new RegExp(`${other},[^\\n]*,no`));
    const refused = run(hub.ws, {
      fn: "getStatus",
      args: [{}],
      as: other,
      containerId: hub.hubId,
      kind: "sidebar",
    });
    expect(refused.error?.name).toBe("AccessRefusedError");
  });

  it("takes the coordinator role from someone a re-import lists as a plain teacher", () => {
    const hub = readyHub();
    const promote = (role: string) => (files: Record<string, string>) => ({
      ...files,
      "staff.csv": files["staff.csv"]!.replace(
        /^(linda\.novak@school\.test,[^,\n]*),[^\n]*$/m,
        `$1,${role}`,
      ),
    });
    reimport(hub, promote("teacher; coordinator"));
    expect(staff(hub, "linda.novak@school.test", "getSettings")).toBeDefined();
    reimport(hub, promote("teacher"));
    const refused = run(hub.ws, {
      fn: "getSettings",
      as: "linda.novak@school.test",
      containerId: hub.hubId,
      kind: "sidebar",
    });
    expect(refused.error?.message).toMatch(/^Only a coordinator can read Confer's settings/);
  });

  it("stops a family link for a student whose guardian was removed", () => {
    const hub = signupHub();
    publish(hub);
    const token = linkFor(hub);
    reimport(hub, (files) => ({
      ...files,
      "students.csv": files["students.csv"]!.replace(
        "Giulia Chen,giulia.chen@yahoo.test",
        "Ana Chen,ana.chen@mail.test",
      ),
    }));
    const page = run(hub.ws, webAppPageRun(hub.ws, hub.signupUrl, "getFamilySignup", [token, ""]));
    expect((page.value as { students: unknown[] }).students).toEqual([]);
    const free = slots(hub).find((s) => s.status === "open")!;
    const booking = run(
      hub.ws,
      webAppPageRun(hub.ws, hub.signupUrl, "bookFamilySlot", [token, STUDENT, free.id, ""]),
    );
    expect(booking.ok).toBe(false);
    expect(booking.error?.message).toMatch(/no longer speaks for student/);
    expect(slots(hub).some((s) => s.studentId === STUDENT)).toBe(false);
  });

  it("counts a family's changes per family and round, whichever of its links it uses", () => {
    const hub = signupHub();
    publish(hub);
    const first = linkFor(hub);
    hub.ws.triggers.advanceTo(hub.ws.now() + 86_400_000);
    const second = linkFor(hub);
    expect(second).not.toBe(first);
    const open = slots(hub).filter((s) => s.status === "open");
    const outcomes: boolean[] = [];
    for (let i = 0; i < 13; i++) {
      hub.ws.triggers.advanceTo(hub.ws.now() + 60_000);
      const token = i % 2 === 0 ? first : second;
      const slot = open[i % open.length]!;
      const result = run(
        hub.ws,
        webAppPageRun(hub.ws, hub.signupUrl, "bookFamilySlot", [token, STUDENT, slot.id, ""]),
      );
      outcomes.push(result.ok);
      if (!result.ok)
        expect(result.error?.message).toMatch(/Your family has already made 12 changes/);
    }
    expect(outcomes.slice(0, 12).every(Boolean)).toBe(true);
    expect(outcomes[12]).toBe(false);
  });
});

describe("nothing a user types reaches a header, a merge or a folder path unescaped", () => {
  it("refuses student and class IDs outside the safe set at import, naming file, row and field", () => {
    const hub = readyHub();
    const files = toConferCsv(hub.school);
    const before = tab(hub, "Students");
    const result = staff(hub, hub.coordinator, "importRoster", {
      format: "confer",
      students: files["students.csv"].replace("\n6001,", "\n60/01,"),
      staff: files["staff.csv"],
      classes: files["classes.csv"].replace("MATH-6A", "MATH 6A"),
    }) as { imported: boolean; problems: string[] };
    expect(result.imported).toBe(false);
    expect(result.problems.join("\n")).toMatch(
      /students\.csv row 2 \([^)]+\), Student ID "60\/01": an ID may hold only/,
    );
    expect(result.problems.join("\n")).toMatch(
      /classes\.csv row 2 \([^)]+\), Class ID "MATH 6A": an ID may hold only/,
    );
    expect(tab(hub, "Students")).toBe(before);
  });

  it("keeps a CR LF in a Settings subject out of the draft's headers", () => {
    const hub = readyHub();
    runIn(hub, "createConferenceDocs", hub.coordinator, { kind: "all" });
    runIn(hub, "saveSettings", hub.coordinator, {
      guardianEmailSubject: "Our plan\r\nBcc: attacker@evil.test",
    });
    const doc = hub.ws.drive.all().find((f) => f.name.startsWith("Chen, Valentina"))!;
    const plan = {
      smart: {
        Specific: "Read",
        Measurable: "2 books",
        Achievable: "yes",
        Relevant: "yes",
        "Time-bound": "June",
      },
      ownWords: "Read more",
    };
    const written = run(hub.ws, {
      fn: "writeConferencePlan",
      args: [plan],
      as: ADVISOR,
      containerId: doc.id,
      kind: "sidebar",
    });
    expect(written.error?.message).toBeUndefined();
    const made = run(hub.ws, {
      fn: "createGuardianUpdates",
      args: [{ scope: { kind: "student", studentId: STUDENT } }],
      as: ADVISOR,
      containerId: hub.hubId,
      kind: "sidebar",
    });
    expect(made.ok).toBe(true);
    const raws = hub.ws.gmail.draftsOf(ADVISOR).map((d) => d.raw);
    expect(raws.length).toBeGreaterThan(0);
    for (const raw of raws) {
      const headers = raw.split("\r\n\r\n")[0]!;
      expect(headers).not.toMatch(/^Bcc:/im);
      expect(headers.split("\r\n").every((line) => line.length <= 998)).toBe(true);
    }
  });

  it("fills a student named after a placeholder literally, and keys namesake advisors' folders apart", () => {
    const hub = readyHub();
    const files = toConferCsv(hub.school);
    const renamed = files["students.csv"].replace("\n6001,Valentina,", "\n6001,{{advisor_name}},");
    const namesakes = files["staff.csv"]
      .replace(/^(niamh\.zhang@school\.test),[^,\n]*/m, "$1,Alex Kim")
      .replace(/^(jun\.bianchi@school\.test),[^,\n]*/m, "$1,Alex Kim")
      .replace(/^(mei\.obrien@school\.test),[^,\n]*/m, "$1,Smith/Jones");
    runIn(hub, "importRoster", hub.coordinator, {
      format: "confer",
      students: renamed,
      staff: namesakes,
      classes: files["classes.csv"],
    });
    runIn(hub, "createConferenceDocs", hub.coordinator, { kind: "all" });
    const doc = hub.ws.drive.all().find((f) => f.name.startsWith("Chen, {{advisor_name}}"))!;
    expect(readDoc(hub.ws, hub.coordinator, doc.id).text).toContain("{{advisor_name}} Chen");
    const folders = hub.ws.drive.all().filter((f) => f.mimeType === MIME.folder);
    const names = folders.map((f) => f.name);
    expect(names).toContain("Alex Kim (niamh.zhang@school.test)");
    expect(names).toContain("Alex Kim (jun.bianchi@school.test)");
    expect(names).toContain("Smith/Jones (mei.obrien@school.test)");
    const parentOf = (email: string) => {
      const folder = folders.find((f) => f.name.endsWith(`(${email})`))!;
      return hub.ws.drive.all().filter((f) => f.parents?.includes(folder.id) && !f.trashed);
    };
    expect(parentOf("niamh.zhang@school.test").every((f) => f.name.includes("·"))).toBe(true);
  });
});
