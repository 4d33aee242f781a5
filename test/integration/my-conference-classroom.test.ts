/*
 * My conference in a student's classroom conference doc, on the built bundle: it knows the doc
 * is a classroom round's and offers what a classroom conference has (a purpose from the
 * classroom purposes, "I'm good" among them; questions and work; asking the teacher for an extra
 * conference), writing each into the doc and adding none of the student-led sections. A student
 * of another class, and the teacher, are refused.
 */
import { DocumentContent, MIME, rest, run } from "../../emulator";
import { CLASSROOM_PURPOSES } from "../../src/domain/conference-docs/classroom-template";
import { SECTIONS } from "../../src/domain/conference-docs/template";
import { sectionContent } from "../../src/domain/doc/doc-json";
import { readDoc } from "./doc-access";
import { type DemoHub, readyHub, runIn } from "./harness";

const ROUND = "Period 1 · Q2 conferences";

interface View {
  role: string;
  kind: string;
  studentName: string;
  round: string;
  currentRound: boolean;
  purposes: { label: string; ticked: boolean }[];
  rehearsal: unknown[];
  questions: string[];
  artifacts: { link: string; subject: string }[];
  artifactProblems: { link: string; problem: string }[];
  layoutNotice: string;
}

const hub: DemoHub = readyHub({ now: () => Date.UTC(2026, 10, 24, 14) });
const schoolClass = hub.school.classes[0]!;
const teacher = schoolClass.teacherEmail;
const inClass = new Set(schoolClass.studentIds);
const student = hub.school.students.find((s) => inClass.has(s.id))!;
const elsewhere = hub.school.students.find(
  (s) =>
    !inClass.has(s.id) &&
    !hub.school.classes.some((c) => c.teacherEmail === teacher && c.studentIds.includes(s.id)),
)!;

runIn(hub, "openClassroomRound", teacher, {
  name: ROUND,
  preparationFrom: "2026-11-23",
  preparationTo: "2026-12-04",
  conferenceFrom: "2026-11-30",
  conferenceTo: "2027-01-29",
  classIds: [schoolClass.id],
});
for (let i = 0; i < 10; i++) {
  const progress = runIn(hub, "createClassroomDocs", teacher, ROUND).value as { remaining: number };
  if (progress.remaining === 0) break;
}
const docId = hub.ws.drive
  .all()
  .find(
    (f) => f.appProperties.conferTerm === ROUND && f.appProperties.conferStudentId === student.id,
  )!.id;

const call = (as: string, fn: string, ...args: unknown[]) =>
  run(hub.ws, { fn, args, as, containerId: docId, kind: "sidebar" });

function view(as: string, fn: string, ...args: unknown[]): View {
  const result = call(as, fn, ...args);
  if (!result.ok) throw new Error(`${fn} as ${as}: ${result.error?.message}`);
  return result.value as View;
}

function section(name: string) {
  const doc = rest(
    hub.ws,
    student.email,
    "GET",
    `https://docs.googleapis.com/v1/documents/${docId}`,
  ).json();
  const content = sectionContent(doc, name);
  return [...(content?.paragraphs ?? []), ...(content?.tables.flat(2) ?? [])].join("\n");
}

describe("My conference in a classroom doc", () => {
  it("knows its student and the classroom round, offering the classroom purposes and no student-led sections", () => {
    const before = readDoc(hub.ws, student.email, docId).text;
    const mine = view(student.email, "getMyConference");
    expect(mine).toMatchObject({
      role: "student",
      kind: "classroom",
      round: ROUND,
      currentRound: true,
      rehearsal: [],
      layoutNotice: "",
    });
    expect(mine.purposes).toEqual(
      CLASSROOM_PURPOSES.map((p) => ({ label: p.trim(), ticked: false })),
    );
    const after = readDoc(hub.ws, student.email, docId).text;
    expect(after).toBe(before);
    expect(after).not.toContain("Rehearsal checklist");
    expect(after).not.toContain("How I am doing");
  });

  it("ticks “I'm good” in the doc's purpose", () => {
    const chosen = view(student.email, "chooseMyPurposes", ["I'm good"], "");
    expect(chosen.purposes.filter((p) => p.ticked).map((p) => p.label)).toEqual(["I'm good"]);
    expect(section(SECTIONS.purpose)).toMatch(/☑ I'm good/);
    expect(section(SECTIONS.purpose)).toMatch(/☐ Feedback/);
  });

  it("adds a question and a piece of work, and says when the teacher cannot open the work", () => {
    view(student.email, "addMyQuestion", "Can we look at my fractions project?");
    expect(section(SECTIONS.questions)).toContain("Can we look at my fractions project?");
    const work = hub.ws.drive.create({
      name: "Fractions project",
      mimeType: MIME.document,
      owner: student.email,
      content: DocumentContent.create(),
    });
    const link = `https://docs.google.com/document/d/${work.id}/edit`;
    const added = view(student.email, "addMyArtifact", {
      link,
      subject: "Math",
      succeeding: "equivalent fractions",
      challenged: "word problems",
      future: "draw the problem first",
    });
    expect(added.questions).toEqual(["Can we look at my fractions project?"]);
    expect(added.artifacts).toEqual([expect.objectContaining({ link, subject: "Math" })]);
    expect(section(SECTIONS.artifacts)).toContain(link);
    expect(added.artifactProblems).toEqual([
      { link, problem: "Your teacher cannot open this file yet: share it with them." },
    ]);
    hub.ws.drive.share(work, teacher, "viewer");
    expect(view(student.email, "getMyConference").artifactProblems).toEqual([]);
  });

  it("does not offer the student-led parts, and changes nothing for them", () => {
    const before = readDoc(hub.ws, student.email, docId).text;
    for (const [fn, args] of [
      ["tickMyRehearsal", [["I can explain my goal"]]],
      ["writeMyReflection", [[{ area: "Math", starter: "I am", text: "proud" }]]],
      ["writeConferencePlan", [{ smart: { Specific: "x" }, ownWords: "x" }]],
    ] as const) {
      const refused = call(student.email, fn, ...args);
      expect(refused.ok).toBe(false);
      expect(refused.error?.message).toMatch(
        /^In a classroom conference doc, My conference offers your purpose, your questions and work, and asking your teacher for an extra conference/,
      );
    }
    expect(readDoc(hub.ws, student.email, docId).text).toBe(before);
  });

  it("asks the teacher for an extra conference, into their list", () => {
    const early = call(student.email, "requestMyExtraConference", "my word problems");
    expect(early.error?.message).toBe(
      `Your teacher has not planned the conferences of “${ROUND}” yet, so nothing was asked: ask again once you know your conference day.`,
    );
    runIn(hub, "saveClassroomCycle", teacher, ROUND, {
      from: "2026-11-30",
      to: "2026-12-11",
      weekdays: [1, 2, 3, 4, 5],
      periods: [{ classId: schoolClass.id, start: "09:00", end: "09:50" }],
      perDay: 5,
      minutes: 10,
    });
    const asked = call(student.email, "requestMyExtraConference", "my word problems");
    expect(asked.ok).toBe(true);
    expect((asked.value as { message: string }).message).toBe(
      `Your teacher has your request for an extra conference in “${ROUND}”. They will offer you a time or point you to office hours.`,
    );
    const coverage = runIn(hub, "getClassroomCoverage", teacher, ROUND).value as {
      requests: { studentId: string; state: string; note: string }[];
    };
    expect(coverage.requests).toEqual([
      expect.objectContaining({ studentId: student.id, state: "open", note: "my word problems" }),
    ]);
  });

  it("refuses a student of another class, even with the doc shared to them, and the teacher", () => {
    const file = hub.ws.drive.get(docId)!;
    hub.ws.drive.share(file, elsewhere.email, "editor");
    const before = readDoc(hub.ws, student.email, docId).text;
    for (const [fn, args] of [
      ["getMyConference", []],
      ["chooseMyPurposes", [["Feedback"]]],
      ["addMyQuestion", ["Is this mine?"]],
      ["requestMyExtraConference", [""]],
    ] as const) {
      const refused = call(elsewhere.email, fn, ...args);
      expect(refused.ok).toBe(false);
      expect(refused.error?.message).toBe(
        `This is ${student.givenName} ${student.familyName}'s classroom conference doc for “${ROUND}”: only they use My conference here. Their teacher works from Confer ▸ Classroom conferences.`,
      );
      expect(JSON.stringify(refused.value ?? null)).not.toContain("fractions");
    }
    hub.ws.drive.unshare(file, elsewhere.email);
    expect(readDoc(hub.ws, student.email, docId).text).toBe(before);
    const coverage = runIn(hub, "getClassroomCoverage", teacher, ROUND).value as {
      requests: { studentId: string }[];
    };
    expect(coverage.requests.map((r) => r.studentId)).toEqual([student.id]);
    hub.ws.drive.share(file, teacher, "editor");
    expect(call(teacher, "getMyConference").error?.message).toMatch(
      /only they use My conference here\. Their teacher works from Confer ▸ Classroom conferences\.$/,
    );
  });
});
