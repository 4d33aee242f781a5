/*
 * A fall round and then a spring round on one hub, on the built bundle: each student gets a
 * second doc, named after the spring round and filed in its folders, that carries the fall goal,
 * next steps and support forward and links the fall doc; the fall docs stay as they were; Status
 * shows one round at a time and compares a student across them.
 */
import { type DriveFile, rest, run } from "../../emulator";
import { SECTIONS } from "../../src/domain/conference-docs/template";
import { linksIn, readDoc } from "./doc-access";
import { type DemoHub, readyHub, runIn } from "./harness";
import { FALL_2026 as FALL_ROUND, SPRING_2027 as SPRING_ROUND } from "./round-forms";

const SMART = {
  Specific: "Read one chapter book",
  Measurable: "20 pages a day",
  Achievable: "With my library card",
  Relevant: "Reading helps in every class",
  "Time-bound": "By the end of January",
};

interface StatusView {
  round: string;
  rounds: string[];
  compareWith: string;
  rows: {
    studentId: string;
    docUrl: string;
    planWritten: boolean;
    compared?: { docUrl: string; planWritten: boolean };
  }[];
}

const conferenceDocs = (hub: DemoHub, round: string): DriveFile[] =>
  hub.ws.drive
    .all()
    .filter((f) => f.appProperties.conferStudentId !== undefined && f.name.endsWith(` · ${round}`));

const docOf = (hub: DemoHub, round: string, studentId: string): DriveFile =>
  conferenceDocs(hub, round).find((f) => f.appProperties.conferStudentId === studentId)!;

const urlOf = (file: DriveFile) => `https://docs.google.com/document/d/${file.id}/edit`;

function status(hub: DemoHub, as: string, filter: object = {}) {
  return run(hub.ws, { fn: "getStatus", args: [filter], as, containerId: hub.hubId });
}

function statusView(hub: DemoHub, as: string, filter: object = {}): StatusView {
  const result = status(hub, as, filter);
  if (!result.ok) throw new Error(result.error?.message);
  return result.value as StatusView;
}

function createDocs(hub: DemoHub) {
  return runIn(hub, "createConferenceDocs", hub.coordinator, { kind: "all" }).value as {
    created: number;
  };
}

interface DocBody {
  namedRanges?: Record<
    string,
    { namedRanges: { ranges: { startIndex: number; endIndex: number }[] }[] }
  >;
  body: {
    content: {
      startIndex?: number;
      paragraph?: {
        paragraphStyle?: { namedStyleType?: string };
        elements: {
          startIndex: number;
          textRun?: { content: string };
        }[];
      };
    }[];
  };
}

/** The paragraph styles the paragraphs of a named section have. */
function stylesIn(hub: DemoHub, docId: string, name: string): string[] {
  const doc = rest(
    hub.ws,
    hub.coordinator,
    "GET",
    `https://docs.googleapis.com/v1/documents/${docId}`,
  ).json() as DocBody;
  const [range] = doc.namedRanges?.[name]?.namedRanges[0]?.ranges ?? [];
  const styles = doc.body.content
    .filter(
      (e) =>
        e.paragraph &&
        e.startIndex !== undefined &&
        e.startIndex >= range!.startIndex &&
        e.startIndex < range!.endIndex,
    )
    .map((e) => e.paragraph!.paragraphStyle?.namedStyleType ?? "NORMAL_TEXT");
  return [...new Set(styles)];
}

/** The text of a named section, as `as` reads it through the Docs API. */
function sectionText(hub: DemoHub, as: string, docId: string, name: string): string {
  const reply = rest(hub.ws, as, "GET", `https://docs.googleapis.com/v1/documents/${docId}`);
  expect(reply.status).toBe(200);
  const doc = reply.json() as DocBody;
  const ranges = doc.namedRanges?.[name]?.namedRanges[0]?.ranges ?? [];
  let text = "";
  for (const range of ranges) {
    for (const element of doc.body.content) {
      for (const piece of element.paragraph?.elements ?? []) {
        const content = piece.textRun?.content ?? "";
        const from = Math.max(range.startIndex, piece.startIndex) - piece.startIndex;
        const to = Math.min(range.endIndex, piece.startIndex + content.length) - piece.startIndex;
        if (to > from) text += content.slice(from, to);
      }
    }
  }
  return text;
}

describe("two rounds on one hub", () => {
  let hub: DemoHub;
  let fallText: Map<string, string>;
  const student = () => hub.school.students[3]!;
  const other = () => hub.school.students[4]!;

  beforeAll(() => {
    hub = readyHub();
    runIn(hub, "openRound", hub.coordinator, FALL_ROUND);
    createDocs(hub);
    const fallDoc = docOf(hub, FALL_ROUND.name, student().id);
    const plan = run(hub.ws, {
      fn: "writeConferencePlan",
      args: [
        {
          smart: SMART,
          ownWords: "Read more books",
          nextStep: "Go to the library on Fridays",
          teacherSupport: "Weekly reading check-in",
        },
      ],
      as: student().advisorEmail,
      containerId: fallDoc.id,
      kind: "sidebar",
    });
    if (!plan.ok) throw new Error(plan.error?.message);
    statusView(hub, hub.coordinator);
    fallText = new Map(
      conferenceDocs(hub, FALL_ROUND.name).map((f) => [
        f.id,
        readDoc(hub.ws, hub.coordinator, f.id).text,
      ]),
    );
    runIn(hub, "closeRound", hub.coordinator, FALL_ROUND.name);
    hub.ws.triggers.advanceTo(Date.UTC(2027, 2, 2, 15));
    runIn(hub, "openRound", hub.coordinator, SPRING_ROUND);
    createDocs(hub);
  });

  it("gives every student a second doc, named after the spring round, in its own folders", () => {
    const spring = conferenceDocs(hub, SPRING_ROUND.name);
    expect(spring).toHaveLength(hub.school.students.length);
    expect(conferenceDocs(hub, FALL_ROUND.name)).toHaveLength(hub.school.students.length);
    const mine = docOf(hub, SPRING_ROUND.name, student().id);
    expect(mine.name).toBe(
      `${student().familyName}, ${student().givenName} · ${SPRING_ROUND.name}`,
    );
    const folder = hub.ws.drive.get(mine.parents[0]!)!;
    const grade = hub.ws.drive.get(folder.parents[0]!)!;
    const round = hub.ws.drive.get(grade.parents[0]!)!;
    expect(round.name).toBe(SPRING_ROUND.name);
    expect(grade.name).toBe(`Grade ${student().grade}`);
  });

  it("opens the spring doc to the student and their advisor only", () => {
    const mine = docOf(hub, SPRING_ROUND.name, student().id);
    expect(readDoc(hub.ws, student().email, mine.id).status).toBe(200);
    expect(readDoc(hub.ws, student().advisorEmail, mine.id).status).toBe(200);
    const otherAdvisor = hub.school.students.find(
      (s) => s.advisorEmail !== student().advisorEmail,
    )!;
    for (const stranger of [other().email, otherAdvisor.advisorEmail]) {
      expect([403, 404]).toContain(readDoc(hub.ws, stranger, mine.id).status);
    }
  });

  it("carries the fall goal, next steps and support forward, with a prompt to reflect", () => {
    const mine = docOf(hub, SPRING_ROUND.name, student().id);
    const text = sectionText(hub, student().email, mine.id, SECTIONS.lastTime);
    expect(text).toContain(`My goal last time (${FALL_ROUND.name}) was: Read more books\n`);
    expect(text).toContain(
      "As a SMART goal: Specific: Read one chapter book; Measurable: 20 pages",
    );
    expect(text).toContain("Time-bound: By the end of January");
    expect(text).toContain("My next steps were: Go to the library on Fridays");
    expect(text).toContain("My teachers' support was: Weekly reading check-in");
    expect(text).toContain("What happened: ");
    const full = readDoc(hub.ws, student().email, mine.id).text;
    expect(full.indexOf("What happened: ")).toBeLessThan(full.indexOf("1. Purpose"));
    expect(stylesIn(hub, mine.id, SECTIONS.lastTime)).toEqual(["NORMAL_TEXT"]);
    expect(stylesIn(hub, mine.id, SECTIONS.earlierDocs)).toEqual(["NORMAL_TEXT"]);
  });

  it("links each student's fall doc in the spring doc's history", () => {
    for (const s of [student(), other()]) {
      const mine = docOf(hub, SPRING_ROUND.name, s.id);
      const fall = docOf(hub, FALL_ROUND.name, s.id);
      expect(sectionText(hub, s.email, mine.id, SECTIONS.earlierDocs)).toBe(
        `${FALL_ROUND.name}: ${urlOf(fall)}\n`,
      );
      expect(linksIn(hub.ws, s.email, mine.id)).toEqual([
        { text: `${FALL_ROUND.name}: ${urlOf(fall)}`, url: urlOf(fall) },
      ]);
    }
  });

  it("tells a student who wrote no plan in the fall that there is none to carry", () => {
    const mine = docOf(hub, SPRING_ROUND.name, other().id);
    const text = sectionText(hub, other().email, mine.id, SECTIONS.lastTime);
    expect(text).toContain(`My goal last time (${FALL_ROUND.name}) was: (nothing was written)`);
  });

  it("leaves every fall doc exactly as it was", () => {
    for (const [id, text] of fallText) {
      expect(readDoc(hub.ws, hub.coordinator, id).text).toBe(text);
    }
  });

  it("makes no second spring doc when the run is repeated", () => {
    expect(createDocs(hub).created).toBe(0);
    expect(conferenceDocs(hub, SPRING_ROUND.name)).toHaveLength(hub.school.students.length);
  });

  it("shows Status per round, and compares a student across rounds", () => {
    const spring = statusView(hub, hub.coordinator);
    expect(spring.round).toBe(SPRING_ROUND.name);
    expect(spring.rounds).toEqual([FALL_ROUND.name, SPRING_ROUND.name]);
    const row = (view: StatusView) => view.rows.find((r) => r.studentId === student().id)!;
    expect(row(spring).planWritten).toBe(false);
    expect(row(spring).docUrl).toBe(urlOf(docOf(hub, SPRING_ROUND.name, student().id)));
    expect(row(spring).compared).toBeUndefined();

    const fall = statusView(hub, student().advisorEmail, { round: "fall 2026 STUDENT-LED" });
    expect(fall.round).toBe(FALL_ROUND.name);
    expect(row(fall).planWritten).toBe(true);
    expect(row(fall).docUrl).toBe(urlOf(docOf(hub, FALL_ROUND.name, student().id)));

    const both = statusView(hub, hub.coordinator, { compareWith: FALL_ROUND.name });
    expect(both.compareWith).toBe(FALL_ROUND.name);
    expect(row(both).planWritten).toBe(false);
    expect(row(both).compared).toEqual(
      expect.objectContaining({
        planWritten: true,
        docUrl: urlOf(docOf(hub, FALL_ROUND.name, student().id)),
      }),
    );
  });

  it("refuses a round Status does not know, naming the rounds there are", () => {
    const refused = status(hub, hub.coordinator, { round: "Winter 2027" });
    expect(refused.ok).toBe(false);
    expect(refused.error?.message).toBe(
      `Status has no round called “Winter 2027” (round); rounds: ${FALL_ROUND.name}, ${SPRING_ROUND.name}.`,
    );
  });

  it("publishes slots only into an open round of the kind, inside its conference days", () => {
    const advisor = student().advisorEmail;
    const call = (fn: string, arg: unknown) =>
      run(hub.ws, { fn, args: [arg], as: advisor, kind: "sidebar" });
    const view = call("getSchedule", {}).value as { openRounds: { name: string }[] };
    expect(view.openRounds.map((r) => r.name)).toEqual([SPRING_ROUND.name]);
    const publish = (round: string, day: string) =>
      call("publishSlots", {
        kind: "conference",
        round,
        days: [day],
        startTime: "13:00",
        endTime: "14:00",
        minutes: 15,
        location: "Room 12",
      });
    expect(publish(FALL_ROUND.name, "2027-03-29").error?.message).toBe(
      `Round “${FALL_ROUND.name}”: is not an open round (open student-led rounds: ${SPRING_ROUND.name}).`,
    );
    expect(publish("spring 2027 STUDENT-LED", "2027-03-20").error?.message).toBe(
      `Day “2027-03-20”: is outside “${SPRING_ROUND.name}”'s conference days, 2027-03-29 to 2027-04-01.`,
    );
    expect(publish("spring 2027 STUDENT-LED", "2027-03-29").ok).toBe(true);
    const slots = (call("getSchedule", {}).value as { slots: { round: string }[] }).slots;
    expect(new Set(slots.map((s) => s.round))).toEqual(new Set([SPRING_ROUND.name]));
  });
});
