/*
 * Guardian updates on the built bundle: an advisor drafts guardian updates for advisees whose plan
 * is written. One draft per language, translated with the original beneath, HTML escaped, UTF-8
 * names intact in .eml files a MIME parser opens; no second draft on a re-run; a guardian with an
 * invalid email is skipped and reported.
 */
import { simpleParser } from "mailparser";
import { run, sheetToCsv } from "../../emulator";
import { SECTIONS } from "../../src/domain/conference-docs/template";
import { parseCsv } from "../../src/domain/roster/csv";
import { typeAtEndOfSection } from "./doc-access";
import { type DemoHub, readyHub, runIn, writeCellByHand } from "./harness";
import { columnsOf } from "./hub-columns";

function withDocs(): DemoHub {
  const hub = readyHub();
  const made = run(hub.ws, {
    fn: "createConferenceDocs",
    args: [{ kind: "all" }],
    as: hub.coordinator,
    containerId: hub.hubId,
  });
  if (!made.ok) throw new Error(made.error?.message);
  return hub;
}

function docOf(hub: DemoHub, studentEmail: string): string {
  return hub.ws.drive
    .all()
    .find((f) => f.appProperties.conferStudentId !== undefined && f.editors.has(studentEmail))!.id;
}

function writePlan(hub: DemoHub, studentEmail: string, goal: string) {
  const docId = docOf(hub, studentEmail);
  expect(typeAtEndOfSection(hub.ws, studentEmail, docId, SECTIONS.plan, goal).status).toBe(200);
  typeAtEndOfSection(hub.ws, studentEmail, docId, SECTIONS.nextSteps, "Read 20 minutes a day");
  typeAtEndOfSection(hub.ws, studentEmail, docId, SECTIONS.teacherSupport, "Weekly check-in");
}

function draft(hub: DemoHub, advisor: string, fn: string, arg: unknown) {
  const result = run(hub.ws, { fn, args: [arg], as: advisor, kind: "sidebar" });
  if (!result.ok) throw new Error(result.error?.message);
  return result.value as {
    drafts: { studentId: string; language: string; to: string[]; subject: string; text: string }[];
    notes: { student: string; note: string }[];
    created?: number;
    skippedAsDrafted?: string[];
  };
}

interface SlotRow {
  readonly id: string;
  readonly status: string;
  readonly studentId: string;
}

function slotsOf(hub: DemoHub, advisor: string): SlotRow[] {
  return (draft(hub, advisor, "getSchedule", {}) as unknown as { slots: SlotRow[] }).slots;
}

/** The advisor publishes a conference day and books each student into it. */
function bookConferences(hub: DemoHub, advisor: string, studentIds: readonly string[]) {
  draft(hub, advisor, "publishSlots", {
    kind: "conference",
    round: "Fall conferences",
    days: ["2026-11-24"],
    startTime: "13:00",
    endTime: "16:00",
    minutes: 15,
    breaks: [],
    location: "Room 12",
  });
  for (const studentId of studentIds) {
    const open = slotsOf(hub, advisor).find((s) => s.status === "open")!;
    draft(hub, advisor, "changeBooking", { action: "book", studentId, slotId: open.id });
  }
}

/** After the conference day, the advisor marks each student's conference held. */
function holdConferences(hub: DemoHub, advisor: string, studentIds: readonly string[]) {
  hub.ws.triggers.advanceTo(Date.parse("2026-11-25T12:00:00Z"));
  for (const studentId of studentIds) {
    const slot = slotsOf(hub, advisor).find((s) => s.studentId === studentId)!;
    draft(hub, advisor, "changeBooking", { action: "held", slotId: slot.id });
  }
}

async function parsedDrafts(hub: DemoHub, advisor: string) {
  return Promise.all(
    hub.ws.gmail
      .draftsOf(advisor)
      .map((d) => simpleParser(Buffer.from(d.raw.replace(/\r?\n/g, "\r\n"), "utf8"))),
  );
}

describe("guardian updates", () => {
  const hub = withDocs();
  const advisory = hub.school.advisors[0]!;
  const advisees = hub.school.students.filter((s) => advisory.studentIds.includes(s.id));
  const planned = advisees.slice(0, 4);
  const multilingual = advisees.find((s) => s.guardians.some((g) => g.language !== "en"))!;
  const targets = [...new Set([...planned, multilingual])];
  for (const student of targets)
    writePlan(
      hub,
      student.email,
      `Finish my science project <b onmouseover=alert(1)>on time</b> & share it`,
    );
  bookConferences(
    hub,
    advisory.advisorEmail,
    targets.map((s) => s.id),
  );
  holdConferences(
    hub,
    advisory.advisorEmail,
    targets.map((s) => s.id),
  );

  it("previews one plan per guardian language for advisees met with, an invitation for the rest, creating nothing", () => {
    const preview = draft(hub, advisory.advisorEmail, "previewGuardianUpdates", {
      kind: "advisees",
    });
    const languages = (s: (typeof targets)[number]) =>
      new Set(s.guardians.filter((g) => g.email !== "").map((g) => g.language || "en")).size;
    const met = preview.drafts.filter((d) => (d as { kind?: string }).kind === "met");
    expect(met).toHaveLength(targets.reduce((n, s) => n + languages(s), 0));
    expect(new Set(met.map((d) => d.studentId))).toEqual(new Set(targets.map((s) => s.id)));
    const invited = preview.drafts.filter((d) => (d as { kind?: string }).kind === "invite");
    expect(new Set(invited.map((d) => d.studentId))).toEqual(
      new Set(advisees.filter((s) => !targets.includes(s)).map((s) => s.id)),
    );
    expect(invited.every((d) => !/ and I met /.test(d.text))).toBe(true);
    expect(hub.ws.gmail.draftsOf(advisory.advisorEmail)).toHaveLength(0);
  });

  it("creates drafts in the advisor's Gmail that a MIME parser opens, translated and escaped", async () => {
    const made = draft(hub, advisory.advisorEmail, "createGuardianUpdates", {
      scope: { kind: "advisees" },
    });
    expect(made.created).toBe(made.drafts.length);
    const mails = await parsedDrafts(hub, advisory.advisorEmail);
    expect(mails).toHaveLength(made.drafts.length);
    for (const student of targets) {
      for (const guardian of student.guardians) {
        const mail = mails.find((m) =>
          (m.to as { value: { address: string }[] }).value.some(
            (a) => a.address === guardian.email,
          ),
        );
        expect(mail).toBeDefined();
        const to = (mail!.to as { value: { address: string; name: string }[] }).value.find(
          (a) => a.address === guardian.email,
        )!;
        expect(to.name).toBe(guardian.name);
        expect(mail!.text).toContain("Finish my science project");
        expect(mail!.text).toContain("Read 20 minutes a day");
        expect(mail!.text).toContain("Weekly check-in");
        expect(mail!.html).toContain(
          "&lt;b onmouseover=alert(1)&gt;on time&lt;/b&gt; &amp; share it",
        );
        expect(mail!.html).not.toMatch(/<b onmouseover/);
        if (guardian.language && guardian.language !== "en") {
          expect(mail!.subject!.startsWith(`[${guardian.language}] `)).toBe(true);
          expect(mail!.text).toContain("——— Original ———");
        }
      }
    }
  });

  it("records the update as drafted, with when and by whom, in the Conference Docs tab", () => {
    const rows = parseCsv(sheetToCsv(hub.ws, hub.hubId, "Conference Docs")).map((r) => [
      ...r.fields,
    ]);
    const cell = columnsOf(hub, "Conference Docs");
    for (const student of targets) {
      const row = rows.find((r) => cell(r, "Student ID") === student.id)!;
      expect(cell(row, "Guardian Update Drafted")).toBe("yes");
      expect(cell(row, "Update Drafted")).toMatch(
        new RegExp(`^\\d{4}-\\d{2}-\\d{2}T.* by ${advisory.advisorEmail}$`),
      );
    }
  });

  it("makes no second draft when run again", () => {
    const before = hub.ws.gmail.draftsOf(advisory.advisorEmail).length;
    const again = draft(hub, advisory.advisorEmail, "createGuardianUpdates", {
      scope: { kind: "advisees" },
    });
    expect(again.created).toBe(0);
    expect(again.skippedAsDrafted!.length).toBe(advisees.length);
    expect(hub.ws.gmail.draftsOf(advisory.advisorEmail)).toHaveLength(before);
  });

  it("replaces drafts only when asked, deleting the old ones first", () => {
    const before = hub.ws.gmail.draftsOf(advisory.advisorEmail).map((d) => d.id);
    const replaced = draft(hub, advisory.advisorEmail, "createGuardianUpdates", {
      scope: { kind: "advisees" },
      replace: true,
    });
    const after = hub.ws.gmail.draftsOf(advisory.advisorEmail).map((d) => d.id);
    expect(after).toHaveLength(before.length);
    expect(after.some((id) => before.includes(id))).toBe(false);
    expect(replaced.created).toBe(before.length);
  });

  it("finds and records the drafts of a run cut off before it could record them", () => {
    const other = hub.school.advisors[1]!;
    const student = hub.school.students.find((s) => other.studentIds.includes(s.id))!;
    writePlan(hub, student.email, "Practise piano daily");
    hub.ws.faults.inject({ call: "UrlFetchApp.fetch", nth: 2 });
    const cut = run(hub.ws, {
      fn: "createGuardianUpdates",
      args: [{ scope: { kind: "student", studentId: student.id } }],
      as: other.advisorEmail,
      kind: "sidebar",
    });
    expect(cut.ok).toBe(false);
    const made = hub.ws.gmail.draftsOf(other.advisorEmail).length;
    expect(made).toBeGreaterThan(0);
    const again = draft(hub, other.advisorEmail, "createGuardianUpdates", {
      scope: { kind: "student", studentId: student.id },
    });
    expect(again.created).toBe(0);
    expect(again.skippedAsDrafted).toEqual([expect.stringContaining(student.familyName)]);
    expect(hub.ws.gmail.draftsOf(other.advisorEmail)).toHaveLength(made);
  });

  it("skips and reports a guardian whose email is invalid", () => {
    const student = planned[0]!;
    const rows = parseCsv(sheetToCsv(hub.ws, hub.hubId, "Students"));
    const row = rows.findIndex((r) => r.fields[0] === student.id) + 1;
    const cell = `${student.guardians.map((g, i) => `${g.name} <${i === 0 ? "not-an-address" : g.email}> [${g.language || "en"}]`).join("; ")}`;
    expect(writeCellByHand(hub, hub.coordinator, "Students", `H${row}`, cell).ok).toBe(true);
    hub.ws.caches.restore({});
    const preview = draft(hub, advisory.advisorEmail, "previewGuardianUpdates", {
      kind: "student",
      studentId: student.id,
    });
    expect(preview.notes).toEqual([
      expect.objectContaining({
        note: expect.stringContaining("has an invalid email address “not-an-address”"),
      }),
    ]);
    expect(preview.drafts.every((d) => !d.to.some((t) => t.includes("not-an-address")))).toBe(true);
  });
});

describe("a student's own family update", () => {
  const hub = withDocs();
  const student = hub.school.students[10]!;
  const docId = docOf(hub, student.email);
  writePlan(hub, student.email, "Learn my times tables to 12");
  bookConferences(hub, student.advisorEmail, [student.id]);
  holdConferences(hub, student.advisorEmail, [student.id]);

  function draftMine() {
    const result = run(hub.ws, {
      fn: "draftMyFamilyUpdate",
      as: student.email,
      containerId: docId,
      kind: "menu",
    });
    expect(result.error).toBeUndefined();
    return hub.ws.ui.of(student.email, "Docs", docId).alerts.at(-1)!;
  }

  it("is refused with a clear message when the school blocks student mail to families", () => {
    expect(draftMine()).toMatch(/does not let student accounts email addresses outside the school/);
    expect(hub.ws.gmail.draftsOf(student.email)).toHaveLength(0);
  });

  it("is drafted in the student's own mailbox when the school allows it", async () => {
    runIn(hub, "saveSettings", hub.coordinator, { studentsEmailFamilies: "yes" });
    expect(draftMine()).toMatch(
      /^Draft my family update: Confer drafted \d+ updates? to your family/,
    );
    const mails = await parsedDrafts(hub, student.email);
    expect(mails.length).toBe(new Set(student.guardians.map((g) => g.language || "en")).size);
    expect(mails[0]!.text).toContain("Learn my times tables to 12");
    expect(mails[0]!.from?.value[0]?.address).toBe(student.email);
  });

  it("makes no second draft when the student drafts again", () => {
    const before = hub.ws.gmail.draftsOf(student.email).length;
    expect(draftMine()).toMatch(/already in your Gmail drafts/);
    expect(hub.ws.gmail.draftsOf(student.email)).toHaveLength(before);
  });

  it("is refused in a doc that is not the student's own", () => {
    const other = hub.school.students[11]!;
    const result = run(hub.ws, {
      fn: "draftMyFamilyUpdate",
      as: other.email,
      containerId: docId,
      kind: "menu",
    });
    expect(result.error).toBeUndefined();
    expect(hub.ws.ui.of(other.email, "Docs", docId).alerts.at(-1)).toMatch(
      /Open your (own )?conference doc/,
    );
  });
});

describe("updates follow where the conference stands", () => {
  const hub = withDocs();
  const signupUrl = hub.ws.addDeployment({
    executeAs: "USER_DEPLOYING",
    access: "ANYONE_ANONYMOUS",
  });
  runIn(hub, "saveSettings", hub.coordinator, {
    familySignupUrl: signupUrl,
    studentsEmailFamilies: "yes",
  });
  const advisory = hub.school.advisors[0]!;
  const [unbooked, booked] = hub.school.students.filter((s) => advisory.studentIds.includes(s.id));
  for (const student of [unbooked!, booked!])
    writePlan(hub, student.email, "My goal is to read more");
  bookConferences(hub, advisory.advisorEmail, [booked!.id]);

  it("never tells a family they met before the conference is held", () => {
    const preview = draft(hub, advisory.advisorEmail, "previewGuardianUpdates", {
      kind: "advisees",
    });
    const of = (id: string) => preview.drafts.filter((d) => d.studentId === id);
    for (const d of [...of(unbooked!.id), ...of(booked!.id)]) {
      expect(d.text).not.toMatch(/ and I met /);
      expect(d.text).not.toContain("My goal is to read more");
    }
    expect(of(unbooked!.id).length).toBeGreaterThan(0);
    expect(of(unbooked!.id)[0]!.subject).toMatch(/^Please book /);
    expect(of(unbooked!.id)[0]!.text).toContain(`${signupUrl}?signup=`);
    expect(of(booked!.id)[0]!.text).toMatch(/conference with me is booked for .*2026/);
    expect(of(booked!.id)[0]!.text).toContain("is preparing");
  });

  it("says how many of each kind were drafted", () => {
    const made = draft(hub, advisory.advisorEmail, "createGuardianUpdates", {
      scope: { kind: "student", studentId: booked!.id },
    }) as unknown as { createdKinds: string; created: number };
    expect(made.createdKinds).toBe(
      `${made.created} ${made.created === 1 ? "note" : "notes"} of the booked time`,
    );
  });

  it("gives the student's own update the booked time, not the plan", async () => {
    const docId = docOf(hub, booked!.email);
    const result = run(hub.ws, {
      fn: "draftMyFamilyUpdate",
      as: booked!.email,
      containerId: docId,
      kind: "menu",
    });
    expect(result.error).toBeUndefined();
    const mails = await parsedDrafts(hub, booked!.email);
    expect(mails.length).toBeGreaterThan(0);
    expect(mails[0]!.text).toMatch(/My Fall 2026 conference with .* is booked for /);
    expect(mails[0]!.text).not.toMatch(/I had my/);
  });
});
