/*
 * Guardian updates across a fall and a spring round on one hub, on the built bundle: each round's
 * update speaks of that round's conference and plan, read from that round's doc and slots; the
 * fall's drafts neither stop the spring's nor change; a second spring run makes no duplicate; and
 * a student's own family update follows their spring conference, not the fall one.
 */
import { simpleParser } from "mailparser";
import { type DriveFile, run } from "../../emulator";
import type { DemoStudent } from "../../scripts/demo-school";
import { type DemoHub, readyHub, runIn } from "./harness";
import { FALL_2026 as FALL, SPRING_2027 as SPRING } from "./round-forms";

interface Preview {
  studentId: string;
  kind: string;
  subject: string;
  text: string;
  alreadyDrafted: boolean;
}

interface UpdatesRun {
  round: string;
  drafts: Preview[];
  notes: { student: string; note: string }[];
  created: number;
  skippedAsDrafted: string[];
}

interface SlotRow {
  id: string;
  round: string;
  status: string;
  studentId: string;
}

const FALL_PLAN = {
  smart: {
    Specific: "Finish the volcano model",
    Measurable: "One part a week",
    Achievable: "With the lab kit",
    Relevant: "It is my science grade",
    "Time-bound": "By the winter break",
  },
  ownWords: "I will finish my volcano model",
  nextStep: "Glue the base on Mondays",
  teacherSupport: "Science lab time after school",
};

const SPRING_PLAN = {
  smart: {
    Specific: "Run a mile without stopping",
    Measurable: "A minute more each week",
    Achievable: "With the track club",
    Relevant: "Running helps me focus",
    "Time-bound": "By the end of May",
  },
  ownWords: "I will run a whole mile",
  nextStep: "Jog with the track club on Tuesdays",
  teacherSupport: "Coach checks my times",
};

const FALL_WORDS = ["volcano", "Glue the base", "Science lab time"];

function call(hub: DemoHub, as: string, fn: string, arg: unknown) {
  const result = run(hub.ws, { fn, args: [arg], as, kind: "sidebar" });
  if (!result.ok) throw new Error(`${fn} as ${as} failed: ${result.error?.message}`);
  return result.value;
}

function docOf(hub: DemoHub, round: string, student: DemoStudent): DriveFile {
  return hub.ws.drive
    .all()
    .find((f) => f.appProperties.conferStudentId === student.id && f.name.endsWith(` · ${round}`))!;
}

function writePlan(hub: DemoHub, round: string, student: DemoStudent, plan: typeof FALL_PLAN) {
  const result = run(hub.ws, {
    fn: "writeConferencePlan",
    args: [plan],
    as: student.advisorEmail,
    containerId: docOf(hub, round, student).id,
    kind: "sidebar",
  });
  if (!result.ok) throw new Error(result.error?.message);
}

function slotsOf(hub: DemoHub, advisor: string, round: string): SlotRow[] {
  return (call(hub, advisor, "getSchedule", {}) as { slots: SlotRow[] }).slots.filter(
    (s) => s.round === round,
  );
}

function publish(hub: DemoHub, advisor: string, round: string, day: string) {
  call(hub, advisor, "publishSlots", {
    kind: "conference",
    round,
    days: [day],
    startTime: "13:00",
    endTime: "15:00",
    minutes: 15,
    location: "Room 12",
  });
}

function book(hub: DemoHub, advisor: string, round: string, students: readonly DemoStudent[]) {
  for (const student of students) {
    const open = slotsOf(hub, advisor, round).find((s) => s.status === "open")!;
    call(hub, advisor, "changeBooking", { action: "book", studentId: student.id, slotId: open.id });
  }
}

function hold(hub: DemoHub, advisor: string, round: string, students: readonly DemoStudent[]) {
  for (const student of students) {
    const slot = slotsOf(hub, advisor, round).find((s) => s.studentId === student.id)!;
    call(hub, advisor, "changeBooking", { action: "held", slotId: slot.id });
  }
}

function createUpdates(hub: DemoHub, advisor: string): UpdatesRun {
  return call(hub, advisor, "createGuardianUpdates", { scope: { kind: "advisees" } }) as UpdatesRun;
}

async function mailsOf(hub: DemoHub, who: string, ids?: ReadonlySet<string>) {
  const drafts = hub.ws.gmail.draftsOf(who).filter((d) => !ids || ids.has(d.id));
  return Promise.all(
    drafts.map(async (d) => ({
      id: d.id,
      mail: await simpleParser(Buffer.from(d.raw.replace(/\r?\n/g, "\r\n"), "utf8")),
    })),
  );
}

const toStudent = (student: DemoStudent) => (m: { mail: { to?: unknown } }) =>
  (m.mail.to as { value: { address: string }[] }).value.some((a) =>
    student.guardians.some((g) => g.email === a.address),
  );

describe("guardian updates across a fall and a spring round", () => {
  let clock = Date.UTC(2026, 10, 23, 14);
  const hub = readyHub({ now: () => clock });
  const advisory = hub.school.advisors[0]!;
  const advisor = advisory.advisorEmail;
  const advisees = hub.school.students.filter(
    (s) =>
      advisory.studentIds.includes(s.id) &&
      s.guardians.length > 0 &&
      s.guardians.every((g) => /@/.test(g.email)),
  );
  /** Met in both rounds; met in the fall, not booked in the spring; booked in both, held in neither. */
  const [metTwice, metInFall, bookedTwice] = advisees as [DemoStudent, DemoStudent, DemoStudent];
  const fallDrafts = new Map<string, string>();
  let fall: UpdatesRun;
  let spring: UpdatesRun;
  let springMails: Awaited<ReturnType<typeof mailsOf>>;

  beforeAll(async () => {
    const signupUrl = hub.ws.addDeployment({
      executeAs: "USER_DEPLOYING",
      access: "ANYONE_ANONYMOUS",
    });
    runIn(hub, "saveSettings", hub.coordinator, {
      familySignupUrl: signupUrl,
      studentsEmailFamilies: "yes",
    });
    runIn(hub, "openRound", hub.coordinator, FALL);
    runIn(hub, "createConferenceDocs", hub.coordinator, { kind: "all" });
    publish(hub, advisor, FALL.name, "2026-12-01");
    book(hub, advisor, FALL.name, [metTwice, metInFall, bookedTwice]);
    clock = Date.UTC(2026, 11, 2, 15);
    hub.ws.triggers.advanceTo(clock);
    for (const s of [metTwice, metInFall]) writePlan(hub, FALL.name, s, FALL_PLAN);
    hold(hub, advisor, FALL.name, [metTwice, metInFall]);
    fall = createUpdates(hub, advisor);
    for (const d of hub.ws.gmail.draftsOf(advisor)) fallDrafts.set(d.id, d.raw);

    runIn(hub, "closeRound", hub.coordinator, FALL.name);
    clock = Date.UTC(2027, 2, 2, 15);
    hub.ws.triggers.advanceTo(clock);
    runIn(hub, "openRound", hub.coordinator, SPRING);
    runIn(hub, "createConferenceDocs", hub.coordinator, { kind: "all" });
    publish(hub, advisor, SPRING.name, "2027-03-29");
    book(hub, advisor, SPRING.name, [metTwice, bookedTwice]);
    clock = Date.UTC(2027, 2, 30, 15);
    hub.ws.triggers.advanceTo(clock);
    writePlan(hub, SPRING.name, metTwice, SPRING_PLAN);
    hold(hub, advisor, SPRING.name, [metTwice]);
    spring = createUpdates(hub, advisor);
    const fresh = new Set(
      hub.ws.gmail
        .draftsOf(advisor)
        .map((d) => d.id)
        .filter((id) => !fallDrafts.has(id)),
    );
    springMails = await mailsOf(hub, advisor, fresh);
  });

  it("drafts the fall's plans in the fall, for the fall round", async () => {
    expect(fall.round).toBe(FALL.name);
    const kinds = (s: DemoStudent) =>
      fall.drafts.filter((d) => d.studentId === s.id).map((d) => d.kind);
    expect(new Set(kinds(metTwice))).toEqual(new Set(["met"]));
    expect(new Set(kinds(metInFall))).toEqual(new Set(["met"]));
    expect(new Set(kinds(bookedTwice))).toEqual(new Set(["booked"]));
    const mails = await mailsOf(hub, advisor, new Set(fallDrafts.keys()));
    const mine = mails.filter(toStudent(metTwice));
    expect(mine.length).toBeGreaterThan(0);
    for (const { mail } of mine) {
      expect(mail.subject).toContain(FALL.name);
      expect(mail.text).toContain("I will finish my volcano model");
    }
  });

  it("names the spring round as the sidebar opens, to the advisor and to the coordinator", () => {
    for (const who of [advisor, hub.coordinator]) {
      const result = run(hub.ws, {
        fn: "getUpdatesSidebarInfo",
        as: who,
        containerId: docOf(hub, SPRING.name, metTwice).id,
        kind: "sidebar",
      });
      expect(result.error).toBeUndefined();
      expect(result.value).toEqual({ round: SPRING.name });
    }
  });

  it("is not skipped in the spring as drafted already because of the fall's drafts", () => {
    expect(spring.round).toBe(SPRING.name);
    expect(spring.skippedAsDrafted).toEqual([]);
    expect(spring.drafts.every((d) => !d.alreadyDrafted)).toBe(true);
    expect(spring.created).toBe(spring.drafts.length);
    expect(springMails).toHaveLength(spring.created);
  });

  it("gives the student met in the spring the spring plan, for the spring round, never the fall's", () => {
    const mine = springMails.filter(toStudent(metTwice));
    expect(mine.length).toBeGreaterThan(0);
    for (const { mail } of mine) {
      expect(mail.subject).toContain(SPRING.name);
      expect(mail.subject).not.toContain(FALL.name);
      expect(mail.text).toContain(`their ${SPRING.name} conference`);
      expect(mail.text).toContain("I will run a whole mile");
      expect(mail.text).toContain("Jog with the track club on Tuesdays");
      expect(mail.text).toContain("Coach checks my times");
      for (const words of FALL_WORDS) expect(mail.text).not.toContain(words);
    }
  });

  it("invites the family of a student met in the fall but not booked in the spring to book the spring conference", () => {
    expect(
      new Set(spring.drafts.filter((d) => d.studentId === metInFall.id).map((d) => d.kind)),
    ).toEqual(new Set(["invite"]));
    const mine = springMails.filter(toStudent(metInFall));
    expect(mine.length).toBeGreaterThan(0);
    for (const { mail } of mine) {
      expect(mail.subject).toContain(`${SPRING.name} conference`);
      expect(mail.text).toContain(`does not have a ${SPRING.name} conference time`);
      expect(mail.text).toContain("?signup=");
      for (const words of FALL_WORDS) expect(mail.text).not.toContain(words);
    }
  });

  it("tells the family of a student booked in the spring their spring time, not the fall's", () => {
    expect(
      new Set(spring.drafts.filter((d) => d.studentId === bookedTwice.id).map((d) => d.kind)),
    ).toEqual(new Set(["booked"]));
    const mine = springMails.filter(toStudent(bookedTwice));
    expect(mine.length).toBeGreaterThan(0);
    for (const { mail } of mine) {
      expect(mail.subject).toContain(SPRING.name);
      expect(mail.text).toMatch(/is booked for [^\n]*March 29, 2027/);
      expect(mail.text).not.toMatch(/2026/);
    }
  });

  it("makes no second spring draft when run again", () => {
    const before = hub.ws.gmail.draftsOf(advisor).length;
    const again = createUpdates(hub, advisor);
    expect(again.created).toBe(0);
    expect(new Set(again.skippedAsDrafted)).toEqual(
      new Set(
        [...new Set(spring.drafts.map((d) => d.studentId))].map((id) => {
          const s = hub.school.students.find((x) => x.id === id)!;
          return `${s.preferredName || s.givenName} ${s.familyName}`;
        }),
      ),
    );
    expect(hub.ws.gmail.draftsOf(advisor)).toHaveLength(before);
  });

  it("leaves every fall draft as it was", () => {
    const now = new Map(hub.ws.gmail.draftsOf(advisor).map((d) => [d.id, d.raw]));
    for (const [id, raw] of fallDrafts) expect(now.get(id)).toBe(raw);
  });

  function draftMine(student: DemoStudent): string {
    const docId = docOf(hub, SPRING.name, student).id;
    const result = run(hub.ws, {
      fn: "draftMyFamilyUpdate",
      as: student.email,
      containerId: docId,
      kind: "menu",
    });
    expect(result.error).toBeUndefined();
    return hub.ws.ui.of(student.email, "Docs", docId).alerts.at(-1)!;
  }

  it("gives a student met in the fall but not booked in the spring their own spring invitation", async () => {
    expect(draftMine(metInFall)).toMatch(/Confer drafted \d+ updates? to your family/);
    const mails = await mailsOf(hub, metInFall.email);
    expect(mails.length).toBeGreaterThan(0);
    for (const { mail } of mails) {
      expect(mail.text).toContain(`I do not have a ${SPRING.name} conference time`);
      expect(mail.text).toContain("?signup=");
      for (const words of FALL_WORDS) expect(mail.text).not.toContain(words);
    }
  });

  it("gives a student booked in both rounds their own note of the spring time", async () => {
    expect(draftMine(bookedTwice)).toMatch(/Confer drafted \d+ updates? to your family/);
    const mails = await mailsOf(hub, bookedTwice.email);
    expect(mails.length).toBeGreaterThan(0);
    for (const { mail } of mails) {
      expect(mail.text).toMatch(
        new RegExp(`My ${SPRING.name} conference with .* is booked for [^\\n]*March 29, 2027`),
      );
      expect(mail.text).not.toMatch(/2026/);
    }
  });
});

describe("guardian updates for the term's round once the only round in the Rounds tab is closed", () => {
  let clock = Date.UTC(2026, 10, 23, 14);
  const hub = readyHub({ now: () => clock });
  const advisory = hub.school.advisors[0]!;
  const advisor = advisory.advisorEmail;
  const [bookedInTerm, bookedInSpringOnly] = hub.school.students.filter(
    (s) =>
      advisory.studentIds.includes(s.id) &&
      s.guardians.length > 0 &&
      s.guardians.every((g) => /@/.test(g.email)),
  ) as [DemoStudent, DemoStudent];
  let preview: UpdatesRun;

  beforeAll(() => {
    const signupUrl = hub.ws.addDeployment({
      executeAs: "USER_DEPLOYING",
      access: "ANYONE_ANONYMOUS",
    });
    runIn(hub, "saveSettings", hub.coordinator, { familySignupUrl: signupUrl });
    runIn(hub, "createConferenceDocs", hub.coordinator, { kind: "all" });
    publish(hub, advisor, hub.school.term, "2026-12-01");
    book(hub, advisor, hub.school.term, [bookedInTerm]);
    clock = Date.UTC(2027, 2, 2, 15);
    hub.ws.triggers.advanceTo(clock);
    runIn(hub, "openRound", hub.coordinator, SPRING);
    publish(hub, advisor, SPRING.name, "2027-03-29");
    book(hub, advisor, SPRING.name, [bookedInSpringOnly]);
    runIn(hub, "closeRound", hub.coordinator, SPRING.name);
    preview = call(hub, advisor, "previewGuardianUpdates", { kind: "advisees" }) as UpdatesRun;
  });

  it("works on the term's round and its docs", () => {
    expect(preview.round).toBe(hub.school.term);
    expect(call(hub, advisor, "getUpdatesSidebarInfo", undefined)).toEqual({
      round: hub.school.term,
    });
    expect(preview.drafts.some((d) => d.studentId === bookedInTerm.id)).toBe(true);
  });

  it("tells the family booked in the term's slots their time", () => {
    const drafts = preview.drafts.filter((d) => d.studentId === bookedInTerm.id);
    expect(drafts.map((d) => d.kind)).toEqual(drafts.map(() => "booked"));
    for (const d of drafts) expect(d.text).toMatch(/December 1, 2026/);
  });

  it("invites the family booked only in the closed spring round to book the term's conference", () => {
    const drafts = preview.drafts.filter((d) => d.studentId === bookedInSpringOnly.id);
    expect(drafts.length).toBeGreaterThan(0);
    for (const d of drafts) {
      expect(d.kind).toBe("invite");
      expect(d.text).not.toMatch(/March 29, 2027/);
    }
  });
});
