/*
 * Goal check-ins on the built bundle: a student writes a SMART goal with a date; the advisor sees
 * it upcoming; once the emulated clock passes the date, the hourly trigger writes one Check-in
 * line after the Post-Conference Plan and the Check-ins tab says it is due; the advisor marks it
 * and drafts one reminder (to the advisor and the student, never sent); re-running changes
 * nothing; another advisor is refused.
 */
import { rest, run, runDueTriggers, sheetToCsv } from "../../emulator";
import { SECTIONS } from "../../src/domain/conference-docs/template";
import { parseCsv } from "../../src/domain/roster/csv";
import { readDoc, typeAtEndOfSection } from "./doc-access";
import { type DemoHub, docsAllowanceSpent, readyHub, runIn } from "./harness";
import { columnsOf } from "./hub-columns";

interface Row {
  docId: string;
  studentName: string;
  goalDate: string;
  state: string;
  markedBy: string;
  reminderDraftedAt: string;
  mine: boolean;
}

interface View {
  round: string;
  checkIns: Row[];
  withoutGoal: string[];
  problems: string[];
}

function docOf(hub: DemoHub, studentEmail: string): string {
  return hub.ws.drive
    .all()
    .find((f) => f.appProperties.conferStudentId !== undefined && f.editors.has(studentEmail))!.id;
}

/** Each person in the add-on, the coordinator in the hub they own. */
function call(hub: DemoHub, as: string, fn: string, ...args: unknown[]) {
  const containerId = as === hub.coordinator ? hub.hubId : undefined;
  return run(hub.ws, { fn, args, as, kind: "sidebar", ...(containerId ? { containerId } : {}) });
}

function view(hub: DemoHub, as: string): View {
  const result = call(hub, as, "getGoalCheckIns");
  if (!result.ok) throw new Error(result.error?.message);
  return result.value as View;
}

function tabRows(hub: DemoHub) {
  const [, ...rows] = parseCsv(sheetToCsv(hub.ws, hub.hubId, "Check-ins")).map((r) => [
    ...r.fields,
  ]);
  return rows.filter((r) => r[0] !== "");
}

/** The named style of the doc's paragraph that starts with `text`. */
function styleOf(hub: DemoHub, docId: string, text: string): string | undefined {
  const doc = rest(
    hub.ws,
    hub.coordinator,
    "GET",
    `https://docs.googleapis.com/v1/documents/${docId}`,
  ).json();
  const paragraphs = (
    doc.body.content as {
      paragraph?: {
        elements: { textRun?: { content: string } }[];
        paragraphStyle?: { namedStyleType?: string };
      };
    }[]
  ).flatMap((e) => (e.paragraph ? [e.paragraph] : []));
  return paragraphs.find((p) => (p.elements[0]?.textRun?.content ?? "").startsWith(text))
    ?.paragraphStyle?.namedStyleType;
}

const CHECK_IN = "Check-in on your goal: Thursday, December 3, 2026.";

describe("goal check-ins", () => {
  const hub = readyHub();
  runIn(hub, "createConferenceDocs", hub.coordinator, { kind: "all" });
  const [advisory, other] = hub.school.advisors;
  const advisor = advisory!.advisorEmail;
  const advisorName = hub.school.staff.find((s) => s.email === advisor)!.name;
  const advisees = hub.school.students.filter((s) => advisory!.studentIds.includes(s.id));
  const [dated, undated, silent, planned] = advisees;
  const datedDoc = docOf(hub, dated!.email);
  const goal = "read two books and write about each <b>by December 3</b>";
  typeAtEndOfSection(hub.ws, dated!.email, datedDoc, SECTIONS.plan, goal);
  typeAtEndOfSection(hub.ws, undated!.email, docOf(hub, undated!.email), SECTIONS.plan, "ask more");
  const plannedDoc = docOf(hub, planned!.email);
  const wrote = run(hub.ws, {
    fn: "writeConferencePlan",
    args: [
      {
        smart: {
          Specific: "Hand in every science lab",
          Measurable: "All 6 labs",
          Achievable: "One a week",
          Relevant: "Science is my hardest class",
          "Time-bound": "by 12/3/2026",
        },
      },
    ],
    as: advisor,
    containerId: plannedDoc,
    kind: "sidebar",
  });
  if (!wrote.ok) throw new Error(wrote.error?.message);
  const studentText = () => readDoc(hub.ws, dated!.email, datedDoc).text;
  const before = studentText();

  it("lists the advisor's advisees' check-ins: upcoming with its date, no date found, no goal yet", () => {
    const seen = view(hub, advisor);
    expect(seen.round).toBe(hub.school.term);
    const byDoc = new Map(seen.checkIns.map((c) => [c.docId, c]));
    expect(byDoc.get(datedDoc)).toMatchObject({
      goalDate: "2026-12-03",
      state: "upcoming",
      mine: true,
    });
    expect(byDoc.get(docOf(hub, undated!.email))).toMatchObject({
      goalDate: "no date found",
      state: "no date",
    });
    expect(seen.withoutGoal).toContain(
      `${silent!.preferredName || silent!.givenName} ${silent!.familyName}`,
    );
    expect(byDoc.get(plannedDoc)).toMatchObject({ goalDate: "2026-12-03", state: "upcoming" });
    expect(seen.checkIns).toHaveLength(3);
    expect(studentText()).toBe(before);
  });

  it("writes one Check-in line after the Post-Conference Plan once the day has come, waiting for the Docs API's 60 writes a minute, and the tab says due", () => {
    hub.ws.triggers.advanceTo(Date.parse("2026-12-03T14:00:00Z"));
    expect(docsAllowanceSpent(hub, 60).error).toBeUndefined();
    const runs = runDueTriggers(hub.ws, Date.parse("2026-12-03T14:30:00Z"));
    expect(runs.every((r) => r.ok)).toBe(true);
    const writing = runs.filter((r) => (r.report.counts["Docs.documents.batchUpdate"] ?? 0) > 0);
    expect(writing).toHaveLength(1);
    expect(writing[0]!.report.modelledMs).toBeGreaterThan(55_000);
    const idle = runs.at(-1)!.report.counts;
    expect(idle["Docs.documents.get"] ?? 0).toBe(0);
    const text = studentText();
    const line = text.indexOf(CHECK_IN);
    expect(line).toBeGreaterThan(text.indexOf(goal));
    expect(line).toBeLessThan(text.indexOf("5. Parent Communication"));
    expect(text).toContain(`${CHECK_IN} Look at your goal together with ${advisorName}.`);
    expect(text.replace(/Check-in on your goal:[^\n]*\n/, "")).toBe(before);
    expect(readDoc(hub.ws, dated!.email, datedDoc).namedRanges["confer.check_in"]).toBeDefined();
    expect(styleOf(hub, datedDoc, CHECK_IN)).toBe("NORMAL_TEXT");
    expect(styleOf(hub, datedDoc, "5. Parent Communication")).toMatch(/^HEADING_/);

    const cell = columnsOf(hub, "Check-ins");
    const row = tabRows(hub).find((r) => cell(r, "Doc ID") === datedDoc)!;
    expect(cell(row, "Goal Date")).toBe("2026-12-03");
    expect(cell(row, "State")).toBe("due");
    expect(cell(row, "Advisor Email")).toBe(advisor);
    expect(cell(row, "Round")).toBe(hub.school.term);
    expect(cell(row, "Line Written")).toMatch(/^2026-12-03T/);
    expect(readDoc(hub.ws, planned!.email, plannedDoc).text).toContain(CHECK_IN);
  });

  it("lists the due check-in first", () => {
    const [first, second, third] = view(hub, advisor).checkIns;
    expect([first?.state, second?.state, third?.state]).toEqual(["due", "due", "no date"]);
  });

  it("changes nothing when the background work runs again", () => {
    const rows = tabRows(hub);
    const text = studentText();
    hub.ws.triggers.advanceTo(Date.parse("2026-12-04T14:00:00Z"));
    const runs = runDueTriggers(hub.ws, Date.parse("2026-12-04T15:30:00Z"));
    expect(runs.every((r) => r.ok)).toBe(true);
    expect(studentText()).toBe(text);
    expect(text.split(CHECK_IN)).toHaveLength(2);
    expect(tabRows(hub)).toEqual(rows);
  });

  it("refuses another advisor, a teacher and a student, changing nothing", () => {
    const rows = tabRows(hub);
    const otherAdvisor = other!.advisorEmail;
    const marked = call(hub, otherAdvisor, "markGoalCheckIn", datedDoc, "met");
    expect(marked.ok).toBe(false);
    expect(marked.error?.message).toContain(`advisor (${advisor})`);
    expect(view(hub, otherAdvisor).checkIns.map((c) => c.docId)).not.toContain(datedDoc);
    const drafted = call(hub, otherAdvisor, "draftGoalCheckInReminder", datedDoc);
    expect(drafted.ok).toBe(false);
    expect(hub.ws.gmail.draftsOf(otherAdvisor)).toHaveLength(0);
    expect(call(hub, dated!.email, "markGoalCheckIn", datedDoc, "met").ok).toBe(false);
    expect(call(hub, advisor, "markGoalCheckIn", datedDoc, "finished").ok).toBe(false);
    expect(tabRows(hub)).toEqual(rows);
  });

  it("lets the advisor mark it, and marking again changes nothing", () => {
    const marked = call(hub, advisor, "markGoalCheckIn", datedDoc, "needs help");
    expect(marked.ok).toBe(true);
    const cell = columnsOf(hub, "Check-ins");
    const row = () => tabRows(hub).find((r) => cell(r, "Doc ID") === datedDoc)!;
    expect(cell(row(), "State")).toBe("needs help");
    expect(cell(row(), "Marked By")).toBe(advisor);
    const rows = tabRows(hub);
    call(hub, advisor, "markGoalCheckIn", datedDoc, "needs help");
    expect(tabRows(hub)).toEqual(rows);
    expect(view(hub, hub.coordinator).checkIns.find((c) => c.docId === datedDoc)).toMatchObject({
      state: "needs help",
      mine: false,
    });
  });

  it("drafts one reminder to the advisor and the student, never sent, and no second one", () => {
    const first = call(hub, advisor, "draftGoalCheckInReminder", datedDoc);
    expect(first.ok).toBe(true);
    expect(first.value).toMatchObject({ drafted: true, to: [advisor, dated!.email] });
    const drafts = hub.ws.gmail.draftsOf(advisor);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]!.raw).toMatch(
      new RegExp(`^To: [^]*${advisor}[^]*${dated!.email}[^]*^Subject:`, "m"),
    );
    expect(drafts[0]!.raw).toContain("Subject: Check-in on your goal: Thursday, December 3, 2026");
    expect(hub.ws.gmail.sentOf(advisor)).toHaveLength(0);
    const cell = columnsOf(hub, "Check-ins");
    const row = tabRows(hub).find((r) => cell(r, "Doc ID") === datedDoc)!;
    expect(cell(row, "Reminder Drafted At")).toMatch(/^2026-12-04T/);

    const second = call(hub, advisor, "draftGoalCheckInReminder", datedDoc);
    expect(second.value).toMatchObject({ drafted: false });
    expect(hub.ws.gmail.draftsOf(advisor)).toHaveLength(1);
  });

  it("records the draft a click cut short made, on the next click, drafting no second one", () => {
    hub.ws.faults.inject({ call: "UrlFetchApp.fetch", nth: 2 });
    const cut = call(hub, advisor, "draftGoalCheckInReminder", plannedDoc);
    hub.ws.faults.clear();
    expect(cut.ok).toBe(false);
    const made = hub.ws.gmail.draftsOf(advisor).length;
    expect(made).toBe(2);
    const cell = columnsOf(hub, "Check-ins");
    const row = () => tabRows(hub).find((r) => cell(r, "Doc ID") === plannedDoc)!;
    expect(cell(row(), "Reminder Drafted At")).toBe("");
    const again = call(hub, advisor, "draftGoalCheckInReminder", plannedDoc);
    expect(again.value).toMatchObject({ drafted: false });
    expect(hub.ws.gmail.draftsOf(advisor)).toHaveLength(made);
    expect(cell(row(), "Reminder Drafted At")).not.toBe("");
    expect(cell(row(), "Reminder Draft ID")).toBe(hub.ws.gmail.draftsOf(advisor)[1]!.id);
  });
});
