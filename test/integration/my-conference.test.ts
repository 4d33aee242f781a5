/*
 * The My conference sidebar in a conference doc, on the built bundle. Each action writes
 * its own named section (read back with documents.get), strangers are refused, hand edits are
 * read back, and re-adding an artifact does not duplicate it.
 */
import { rest, run, sheetToCsv } from "../../emulator";
import { SECTIONS } from "../../src/domain/conference-docs/template";
import { sectionContent } from "../../src/domain/doc/doc-json";
import { parseCsv } from "../../src/domain/roster/csv";
import { readDoc, typeAtEndOfSection } from "./doc-access";
import { type DemoHub, readyHub, runIn } from "./harness";
import { columnsOf } from "./hub-columns";

interface View {
  role: string;
  studentName: string;
  purposes: { label: string; ticked: boolean }[];
  somethingElse: string;
  rehearsal: { label: string; ticked: boolean }[];
  reflection: { area: string; text: string }[];
  studentId: string;
  questions: string[];
  artifacts: { link: string; subject: string; succeeding: string }[];
  teacherComments: string[];
  smart: { part: string; text: string }[];
  ownWords: string;
  nextSteps: string[];
  teacherSupport: string[];
  held: string;
  notes: string;
  artifactProblems: { link: string; problem: string }[];
}

const hub: DemoHub = readyHub();
runIn(hub, "createConferenceDocs", hub.coordinator, { kind: "all" });
const student = hub.school.students[3]!;
const docId = hub.ws.drive
  .all()
  .find((f) => f.appProperties.conferStudentId !== undefined && f.editors.has(student.email))!.id;

function call(as: string, fn: string, ...args: unknown[]) {
  return run(hub.ws, { fn, args, as, containerId: docId, kind: "sidebar" });
}

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
  return sectionContent(doc, name)!;
}

const SMART = {
  Specific: "Read one chapter book",
  Measurable: "20 pages a day",
  Achievable: "With my library card",
  Relevant: "Reading helps in every class",
  "Time-bound": "By the end of term",
};

describe("My conference", () => {
  it("knows the student, their advisor and the coordinator, and refuses a stranger", () => {
    expect(view(student.email, "getMyConference").role).toBe("student");
    expect(view(student.advisorEmail, "getMyConference").role).toBe("advisor");
    expect(view(hub.coordinator, "getMyConference").role).toBe("coordinator");
    expect(view(student.advisorEmail, "getMyConference").teacherComments).toEqual([
      "Your advisor will add your teachers' comments here.",
    ]);
    const stranger = hub.school.students.find((s) => s.advisorEmail !== student.advisorEmail)!;
    hub.ws.drive
      .all()
      .find((f) => f.id === docId)!
      .editors.add(stranger.email);
    const refused = call(stranger.email, "getMyConference");
    expect(refused.ok).toBe(false);
    expect(refused.error?.message).toMatch(/Only this doc's student, their advisor/);
    expect(refused.value).toBeUndefined();
  });

  it("has its Conference held line under Post-Conference Plan, after Teacher comments", () => {
    const text = readDoc(hub.ws, student.email, docId).text;
    const comments = text.indexOf("3. Teacher comments\n");
    const plan = text.indexOf("4. Post-Conference Plan\n");
    expect(comments).toBeGreaterThan(0);
    expect(text.indexOf("Conference held on (date):")).toBeGreaterThan(plan);
    expect(plan).toBeGreaterThan(comments);
    expect(text.indexOf("My SMART goal")).toBeGreaterThan(text.indexOf("Conference held on"));
  });

  it("ticks the chosen purposes in the Purpose section and unticks the others", () => {
    let mine = view(student.email, "chooseMyPurposes", ["1:1 coaching", "Sharing my portfolio"]);
    expect(mine.purposes.filter((p) => p.ticked).map((p) => p.label)).toEqual([
      "1:1 coaching",
      "Sharing my portfolio",
    ]);
    mine = view(student.email, "chooseMyPurposes", ["Goals and progress"]);
    expect(mine.purposes.filter((p) => p.ticked).map((p) => p.label)).toEqual([
      "Goals and progress",
    ]);
    const lines = section(SECTIONS.purpose).paragraphs;
    expect(lines).toContain("☑ Goals and progress");
    expect(lines).toContain("☐ 1:1 coaching");
  });

  it("writes the Something else purpose after its prompt and keeps it ticked", () => {
    const mine = view(
      student.email,
      "chooseMyPurposes",
      ["Goals and progress", "Something else:"],
      "Talk about my band practice",
    );
    expect(mine.somethingElse).toBe("Talk about my band practice");
    expect(mine.purposes.filter((p) => p.ticked).map((p) => p.label)).toEqual([
      "Goals and progress",
      "Something else:",
    ]);
    expect(section(SECTIONS.purpose).paragraphs).toContain(
      "☑ Something else: Talk about my band practice",
    );
    view(student.email, "chooseMyPurposes", ["Goals and progress"]);
  });

  it("writes the reflection lines in How I am doing, each begun with a starter", () => {
    const mine = view(student.email, "writeMyReflection", [
      { area: "Academically", starter: "I used to… Now I…", text: "read slowly" },
      { area: "Socially", starter: "", text: "I help my group" },
      { area: "Emotionally", starter: "I am still puzzled by…", text: "big tests" },
    ]);
    expect(mine.reflection).toEqual([
      { area: "Academically", text: "I used to… Now I read slowly" },
      { area: "Socially", text: "I help my group" },
      { area: "Emotionally", text: "I am still puzzled by big tests" },
    ]);
    const again = view(student.email, "writeMyReflection", [
      { area: "Socially", starter: "In the future, I will…", text: "lead a group" },
    ]);
    expect(again.reflection[1]).toEqual({
      area: "Socially",
      text: "In the future, I will lead a group",
    });
    expect(again.reflection[0]!.text).toBe("I used to… Now I read slowly");
    const lines = section(SECTIONS.reflection).paragraphs;
    expect(lines[0]).toBe("How I am doing");
    expect(lines).toContain("Socially: In the future, I will lead a group");
    expect(lines).toContain("Emotionally: I am still puzzled by big tests");
    const bad = call(student.email, "writeMyReflection", [
      { area: "Socially", starter: "Once upon a time", text: "x" },
    ]);
    expect(bad.ok).toBe(false);
  });

  it("ticks the rehearsal checklist and reads back a box ticked by hand", () => {
    const mine = view(student.email, "tickMyRehearsal", [
      "ask at least one question",
      "say my purpose in one sentence",
    ]);
    expect(mine.rehearsal.filter((r) => r.ticked).map((r) => r.label)).toEqual([
      "say my purpose in one sentence",
      "ask at least one question",
    ]);
    expect(mine.rehearsal).toHaveLength(5);
    const lines = section(SECTIONS.rehearsal).paragraphs;
    expect(lines).toContain("☑ ask at least one question");
    expect(lines).toContain("☐ speak clearly and look at my listeners");
    expect(call(student.advisorEmail, "tickMyRehearsal", []).ok).toBe(false);
  });

  it("adds a question to My questions once", () => {
    view(student.email, "addMyQuestion", "How can I read faster?");
    view(student.email, "addMyQuestion", "How can I read faster?");
    const mine = view(student.email, "addMyQuestion", "What should I practise at home?");
    expect(mine.questions).toEqual(["How can I read faster?", "What should I practise at home?"]);
    const text = section(SECTIONS.questions).paragraphs.join("\n");
    expect(text).toContain("My first question: How can I read faster?");
    expect(text.match(/read faster/g)).toHaveLength(1);
  });

  it("refuses a question or a plan line over 2,000 characters, naming it, and writes nothing", () => {
    const before = readDoc(hub.ws, student.email, docId);
    const question = call(student.email, "addMyQuestion", "why ".repeat(600));
    expect(question.error?.message).toBe(
      "Your question has 2,399 characters; Confer writes at most 2,000 in one line, so nothing was written. Shorten it and try again.",
    );
    const plan = call(student.advisorEmail, "writeConferencePlan", {
      smart: { ...SMART, Relevant: "r".repeat(2_001) },
      nextStep: "Go to the library on Fridays",
    });
    expect(plan.error?.message).toMatch(/^Relevant has 2,001 characters;/);
    const artifact = call(student.email, "addMyArtifact", {
      link: "https://docs.google.com/document/d/long1/edit",
      subject: "s".repeat(5_000),
    });
    expect(artifact.error?.message).toMatch(/^Subject has 5,000 characters;/);
    expect(readDoc(hub.ws, student.email, docId)).toEqual(before);
  });

  it("adds an artifact row to My artifacts, once per link", () => {
    const artifact = {
      link: "https://docs.google.com/document/d/essay1/edit",
      subject: "English",
      succeeding: "paragraphs",
      challenged: "commas",
      future: "proofread",
    };
    view(student.email, "addMyArtifact", artifact);
    const mine = view(student.email, "addMyArtifact", artifact);
    expect(mine.artifacts).toHaveLength(1);
    expect(mine.artifacts[0]).toMatchObject({ link: artifact.link, subject: "English" });
    const rows = section(SECTIONS.artifacts).tables[0]!;
    expect(rows[1]).toEqual([artifact.link, "English", "paragraphs", "commas", "proofread"]);
    expect(rows[2]).toEqual(["", "", "", "", ""]);
  });

  it("flags an artifact the advisor cannot open, until the student shares it", () => {
    const file = hub.ws.drive.create({
      name: "My science poster",
      mimeType: "application/pdf",
      owner: student.email,
    });
    const link = `https://drive.google.com/file/d/${file.id}/view`;
    let mine = view(student.email, "addMyArtifact", { link, subject: "Science" });
    expect(mine.artifactProblems).toEqual([
      { link, problem: expect.stringMatching(/advisor cannot open/) },
    ]);
    file.editors.add(student.advisorEmail);
    mine = view(student.email, "getMyConference");
    expect(mine.artifactProblems).toEqual([]);
    expect(mine.artifacts.map((a) => a.link)).toContain(link);
  });

  it("lists the student's own Drive files, newest first, and adds one exactly as a link", () => {
    const own = (name: string, mimeType: string, minute: number, owner = student.email) => {
      const file = hub.ws.drive.create({ name, mimeType, owner });
      file.updated = Date.UTC(2026, 10, 24, 9, minute);
      return file;
    };
    const slides = own("Volcano slides", "application/vnd.google-apps.presentation", 5);
    own("Field trip photo", "image/jpeg", 7);
    own("Holiday song", "audio/mpeg", 9);
    own("Old draft", "application/vnd.google-apps.document", 8).trashed = true;
    own("Advisor's handout", "application/pdf", 10, student.advisorEmail).editors.add(
      student.email,
    );
    const files = call(student.email, "listMyDriveFiles");
    expect(files.ok).toBe(true);
    const listed = files.value as { name: string; link: string; mimeType: string }[];
    const names = listed.map((f) => f.name);
    expect(names.slice(0, 2)).toEqual(["Field trip photo", "Volcano slides"]);
    expect(names).toContain("My science poster");
    expect(names).not.toContain("Holiday song");
    expect(names).not.toContain("Old draft");
    expect(names).not.toContain("Advisor's handout");
    expect(listed.length).toBeLessThanOrEqual(50);
    const picked = listed.find((f) => f.name === "Volcano slides")!;
    expect(picked.link).toBe(`https://docs.google.com/presentation/d/${slides.id}/edit`);
    expect(call(student.advisorEmail, "listMyDriveFiles").ok).toBe(false);
    slides.editors.add(student.advisorEmail);
    const mine = view(student.email, "addMyArtifact", {
      link: picked.link,
      subject: "Science",
      succeeding: "explaining eruptions",
      challenged: "citing sources",
      future: "add a bibliography",
    });
    expect(mine.artifacts.map((a) => a.link)).toContain(picked.link);
    expect(mine.artifactProblems.map((p) => p.link)).not.toContain(picked.link);
    const again = view(student.email, "addMyArtifact", { link: picked.link, subject: "Science" });
    expect(again.artifacts.filter((a) => a.link === picked.link)).toHaveLength(1);
  });

  it("adds a row to the artifacts table when every row is used", () => {
    const before = section(SECTIONS.artifacts).tables[0]!;
    expect(before).toHaveLength(4);
    expect(before.slice(1).every((row) => row[0] !== "")).toBe(true);
    const link = "https://example.com/my-band-recording";
    const mine = view(student.email, "addMyArtifact", {
      link,
      subject: "Music",
      succeeding: "keeping time",
      challenged: "reading notes",
      future: "practise scales",
    });
    expect(mine.artifacts.map((a) => a.link)).toEqual([...before.slice(1).map((r) => r[0]), link]);
    const rows = section(SECTIONS.artifacts).tables[0]!;
    expect(rows).toHaveLength(5);
    expect(rows[4]).toEqual([link, "Music", "keeping time", "reading notes", "practise scales"]);
    expect(rows.slice(0, 4)).toEqual(before);
    view(student.email, "addMyArtifact", { link, subject: "Music" });
    expect(section(SECTIONS.artifacts).tables[0]!).toHaveLength(5);
  });

  it("refuses an artifact link that is not a web address, naming it, and writes nothing", () => {
    const before = section(SECTIONS.artifacts).tables[0]!;
    const refused = call(student.email, "addMyArtifact", { link: "not a link", subject: "Art" });
    expect(refused.ok).toBe(false);
    expect(refused.error?.message).toMatch(/^“not a link” is not a link Confer can add/);
    const bare = call(student.email, "addMyArtifact", {
      link: "docs.google.com/x",
      subject: "Art",
    });
    expect(bare.error?.message).toMatch(/“docs\.google\.com\/x” is not a link/);
    expect(section(SECTIONS.artifacts).tables[0]!).toEqual(before);
  });

  it("refuses a SMART goal missing a part, then writes the plan into its sections", () => {
    const partial = call(student.advisorEmail, "writeConferencePlan", {
      smart: { ...SMART, Measurable: " " },
    });
    expect(partial.ok).toBe(false);
    expect(partial.error?.message).toMatch(/all five parts; write: Measurable/);
    const plan = view(student.advisorEmail, "writeConferencePlan", {
      smart: SMART,
      ownWords: "Read more books",
      nextStep: "Go to the library on Fridays",
      teacherSupport: "Weekly reading check-in",
    });
    expect(plan.smart.map((s) => s.text)).toEqual(Object.values(SMART));
    expect(plan.ownWords).toBe("Read more books");
    expect(plan.nextSteps).toEqual(["Go to the library on Fridays"]);
    expect(plan.teacherSupport).toEqual(["Weekly reading check-in"]);
    expect(section(SECTIONS.plan).tables[0]![1]).toEqual(["Measurable", "20 pages a day"]);
    expect(section(SECTIONS.nextSteps).paragraphs).toContain("Go to the library on Fridays");
    expect(section(SECTIONS.teacherSupport).paragraphs).toContain("Weekly reading check-in");
  });

  it("shows the advisor the artifact flags and drafts this student's guardian update", () => {
    const poster = hub.ws.drive.all().find((f) => f.name === "My science poster")!;
    poster.editors.delete(student.advisorEmail);
    const link = `https://drive.google.com/file/d/${poster.id}/view`;
    expect(view(student.email, "getMyConference").studentId).toBe("");
    const mine = view(student.advisorEmail, "getMyConference");
    expect(mine.studentId).toBe(student.id);
    expect(mine.artifactProblems).toEqual([
      {
        link,
        problem: `You cannot open this file yet. Ask ${mine.studentName} to share this with you.`,
      },
    ]);
    expect(view(student.email, "getMyConference").artifactProblems).toEqual([
      { link, problem: "Your advisor cannot open this file yet: share it with them." },
    ]);
    expect(view(hub.coordinator, "getMyConference").artifactProblems[0]!.problem).toBe(
      `Confer cannot see who this file is shared with. Ask ${mine.studentName} to check it is shared with their advisor.`,
    );
    const scope = { kind: "student", studentId: mine.studentId };
    const preview = call(student.advisorEmail, "previewGuardianUpdates", scope);
    expect(preview.ok).toBe(true);
    const made = call(student.advisorEmail, "createGuardianUpdates", { scope, replace: true });
    expect(made.ok).toBe(true);
  });

  it("marks the conference held with today's date, for the advisor only", () => {
    expect(call(student.email, "markConferenceHeld").ok).toBe(false);
    expect(view(student.advisorEmail, "markConferenceHeld").held).toBe("2026-11-23");
    expect(section(SECTIONS.conferenceHeld).paragraphs[0]).toBe(
      "Conference held on (date): 2026-11-23",
    );
  });

  it("keeps the advisor's notes out of the doc, for staff only", () => {
    const saved = call(student.advisorEmail, "saveConferenceNotes", "Talked about reading goals");
    expect(saved.value).toBe("Talked about reading goals");
    expect(view(student.advisorEmail, "getMyConference").notes).toBe("Talked about reading goals");
    expect(view(student.email, "getMyConference").notes).toBe("");
    expect(call(student.email, "saveConferenceNotes", "mine").ok).toBe(false);
  });

  it("keeps notes in the hub's Conference Notes tab, one row per doc, none in script properties", () => {
    call(student.advisorEmail, "saveConferenceNotes", "Second thoughts");
    const [header, ...rows] = parseCsv(sheetToCsv(hub.ws, hub.hubId, "Conference Notes")).map(
      (r) => [...r.fields],
    );
    expect(header!.slice(0, 3)).toEqual(["Doc ID", "Student ID", "Notes"]);
    const cell = columnsOf(hub, "Conference Notes");
    const mine = rows.filter((r) => cell(r, "Doc ID") === docId);
    expect(mine).toHaveLength(1);
    expect([cell(mine[0]!, "Student ID"), cell(mine[0]!, "Notes")]).toEqual([
      student.id,
      "Second thoughts",
    ]);
    expect([...hub.ws.scriptProperties.keys()].filter((k) => k.startsWith("confer.notes"))).toEqual(
      [],
    );
  });

  it("refuses notes past 8,000 characters, saying how long they are, and keeps the last saved", () => {
    const refused = call(student.advisorEmail, "saveConferenceNotes", "x".repeat(8_001));
    expect(refused.error?.message).toMatch(/at most 8,000 characters; these have 8,001/);
    expect(view(student.advisorEmail, "getMyConference").notes).toBe("Second thoughts");
  });

  it("refuses notes that are not text, from the sidebar or posted to the hub, and keeps the last saved", () => {
    const sidebar = call(student.advisorEmail, "saveConferenceNotes", { notes: "x" });
    expect(sidebar.error?.message).toBe("Conference notes must be text; nothing was saved.");
    const posted = run(hub.ws, {
      fn: "doPost",
      args: [
        {
          parameter: {},
          postData: {
            contents: JSON.stringify({ action: "recordConferenceNotes", args: [docId, 12] }),
            type: "application/json",
          },
        },
      ],
      as: hub.coordinator,
      activeUser: student.advisorEmail,
      kind: "webapp",
    });
    const answer = JSON.parse((posted.value as { content: string }).content) as {
      ok: boolean;
      error?: { message: string };
    };
    expect(answer).toMatchObject({
      ok: false,
      error: { message: "Conference notes must be text; nothing was saved." },
    });
    expect(view(student.advisorEmail, "getMyConference").notes).toBe("Second thoughts");
  });

  it("keeps the advisor's notes when they save the plan, out of the doc, and the plan too", () => {
    const plan = view(student.advisorEmail, "writeConferencePlan", {
      smart: SMART,
      ownWords: "Read more books",
      notes: "Typed, then Save the plan",
    });
    expect(plan.notes).toBe("Typed, then Save the plan");
    expect(plan.ownWords).toBe("Read more books");
    expect(view(student.advisorEmail, "getMyConference").notes).toBe("Typed, then Save the plan");
    const rows = parseCsv(sheetToCsv(hub.ws, hub.hubId, "Conference Notes")).map((r) => [
      ...r.fields,
    ]);
    const cell = columnsOf(hub, "Conference Notes");
    expect(rows.filter((r) => cell(r, "Doc ID") === docId).map((r) => cell(r, "Notes"))).toEqual([
      "Typed, then Save the plan",
    ]);
    expect(readDoc(hub.ws, student.email, docId).text).not.toContain("Typed, then Save the plan");
  });

  it("refuses a plan with notes from the student, or with notes too long, writing neither", () => {
    const before = section(SECTIONS.plan).tables[0]!;
    const changed = { ...SMART, Specific: "Something new" };
    const fromStudent = call(student.email, "writeConferencePlan", {
      smart: changed,
      notes: "The student's own notes",
    });
    expect(fromStudent.ok).toBe(false);
    expect(fromStudent.error?.message).toMatch(/Only the advisor or coordinator/);
    const tooLong = call(student.advisorEmail, "writeConferencePlan", {
      smart: changed,
      notes: "x".repeat(8_001),
    });
    expect(tooLong.error?.message).toMatch(/at most 8,000 characters; these have 8,001/);
    const incomplete = call(student.advisorEmail, "writeConferencePlan", {
      smart: { ...changed, Measurable: "" },
      notes: "Notes with a plan that is refused",
    });
    expect(incomplete.error?.message).toMatch(/all five parts; write: Measurable/);
    expect(section(SECTIONS.plan).tables[0]!).toEqual(before);
    expect(view(student.advisorEmail, "getMyConference").notes).toBe("Typed, then Save the plan");
  });

  it("reads back what the student typed by hand", () => {
    expect(
      typeAtEndOfSection(hub.ws, student.email, docId, SECTIONS.questions, "\nWhy is the sky blue?")
        .status,
    ).toBe(200);
    expect(view(student.email, "getMyConference").questions).toContain("Why is the sky blue?");
  });

  it("keeps the date of a conference already held when it is marked again", () => {
    hub.ws.triggers.advanceTo(hub.ws.now() + 86_400_000);
    expect(view(student.advisorEmail, "markConferenceHeld").held).toBe("2026-11-23");
    expect(section(SECTIONS.conferenceHeld).paragraphs[0]).toBe(
      "Conference held on (date): 2026-11-23",
    );
  });
});
