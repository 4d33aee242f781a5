/*
 * The school of the pull and drafts scenarios: the generated 600-student OneRoster set with ten
 * grade-6 students moved from homeroom 12 into homeroom 6, so teacher6 advises 30 (each with two
 * guardians, 60 in all, given four languages here) and teacher12 advises 10. Its hub on dist/
 * has docs for both advisories and, for the pull, a comment on every class enrolment.
 */
import { type DriveFile, MIME, type RunRequest, run, type Workspace } from "../../emulator";
import type { TeacherComment } from "../../src/domain/comments/model";
import { readOneRoster, validateRoster } from "../../src/domain/roster";
import { parseCsv } from "../../src/domain/roster/csv";
import type { Student } from "../../src/domain/roster/model";
import {
  csvLine,
  type GeneratedOneRoster,
  generateOneRoster,
} from "../../test/unit/roster/generate";
import { prefill } from "./comments-hub";
import { type BenchSchool, COORDINATOR, type Hub, readyHub } from "./school";

export const ADVISOR = "teacher6@school.test";
export const SMALL_ADVISOR = "teacher12@school.test";
export const ADVISEES = 30;
const STUDENTS = 600;
const MOVED = 10;
/** Languages of each advisee's two guardians, by advisee index mod 6. */
const LANGUAGES = [
  ["en", "en"],
  ["es", "es"],
  ["vi", "vi"],
  ["zh-CN", "zh-CN"],
  ["es", "en"],
  ["vi", "es"],
];
const STAMP = "2026-11-16T15:00:00.000Z";
const SHAPES = Array.from({ length: ADVISEES }, (_, i) => LANGUAGES[i % 6]!);
const nonEnglish = (languages: readonly string[]) => languages.filter((l) => l !== "en");

/** What the advisees' guardians make, from the language table alone. */
export const GUARDIAN_FIGURES = {
  guardians: SHAPES.flat().length,
  notEnglish: SHAPES.flatMap(nonEnglish).length,
  drafts: SHAPES.reduce((n, l) => n + new Set(l).size, 0),
  translatedDrafts: SHAPES.reduce((n, l) => n + new Set(nonEnglish(l)).size, 0),
  languages: new Set(SHAPES.flat()).size,
};

type Row = string[];

function rewrite(text: string, change: (row: Row, at: (column: string) => number) => void) {
  const [header, ...rows] = parseCsv(text).map((r) => [...r.fields]);
  const at = (column: string) => header!.indexOf(column);
  for (const row of rows) change(row, at);
  return `${[header!, ...rows].map(csvLine).join("\r\n")}\r\n`;
}

function advisorySet(): GeneratedOneRoster {
  const set = generateOneRoster({ students: STUDENTS });
  let moved = 0;
  const advisees: string[] = [];
  const enrollments = rewrite(set.files.enrollments, (row, at) => {
    if (row[at("role")] !== "student") return;
    const homeroom = at("classSourcedId");
    if (row[homeroom] === "hr-0012" && moved < MOVED) {
      row[homeroom] = "hr-0006";
      moved++;
    }
    if (row[homeroom] === "hr-0006") advisees.push(row[at("userSourcedId")]!);
  });
  const users = rewrite(set.files.users, (row, at) => {
    const guardian = /^par-(\d+)-(\d)$/.exec(row[at("sourcedId")]!);
    const index = guardian ? advisees.indexOf(`stu-${guardian[1]}`) : -1;
    if (index >= 0) row[at("metadata.language")] = LANGUAGES[index % 6]![Number(guardian![2]) - 1]!;
  });
  return { ...set, files: { ...set.files, users, enrollments } };
}

let school: BenchSchool | undefined;

export function advisorySchool(): BenchSchool {
  if (school) return school;
  const set = advisorySet();
  const result = validateRoster(readOneRoster(set.files), set.settings);
  if (!result.ok) throw new Error(`advisory roster is invalid: ${result.problems[0]?.reason}`);
  school = { set, roster: result.roster };
  return school;
}

export function adviseesOf(advisor: string): Student[] {
  return advisorySchool().roster.students.filter((s) => s.advisorEmail === advisor);
}

export function docOf(hub: Hub, student: Student): DriveFile {
  const doc = hub.ws.drive
    .all()
    .find((f) => f.appProperties.conferStudentId !== undefined && f.editors.has(student.email));
  if (!doc) throw new Error(`${student.id} has no conference doc`);
  return doc;
}

/** A copy of the student's conference doc in another Workspace, owned there by `owner`. */
export function copyDocInto(ws: Workspace, hub: Hub, student: Student, owner: string): string {
  const doc = docOf(hub, student);
  return ws.drive.create({
    name: doc.name,
    mimeType: MIME.document,
    owner,
    content: doc.content!.clone(),
  }).id;
}

/** One active comment per scheduled-class enrolment, as a teacher's first save makes it. */
export function schoolComments(): TeacherComment[] {
  const { roster } = advisorySchool();
  const byId = new Map(roster.students.map((s) => [s.id, s]));
  return roster.classes.flatMap((c) =>
    c.studentIds.map((id, i) => {
      const student = byId.get(id)!;
      return {
        id: `C-${c.id}-${String(i).padStart(3, "0")}`,
        studentId: id,
        studentName: `${student.preferredName || student.givenName} ${student.familyName}`,
        grade: student.grade,
        classId: c.id,
        period: c.period,
        teacherEmail: c.teacherEmail,
        text: `${c.course}: ${student.givenName} works steadily and asks good questions.`,
        version: 1,
        created: STAMP,
        updated: STAMP,
        status: "active" as const,
        round: "",
      };
    }),
  );
}

/** The hub with docs for both advisories and, when asked, every enrolment commented. */
export function advisoryHub(withComments: boolean): Hub {
  const hub = readyHub(advisorySchool());
  for (const advisorEmail of [ADVISOR, SMALL_ADVISOR]) {
    const made = run(hub.ws, {
      fn: "createConferenceDocs",
      args: [{ kind: "advisor", advisorEmail }],
      as: COORDINATOR,
      containerId: hub.hubId,
      kind: "sidebar",
    });
    const left = (made.value as { remaining?: number } | undefined)?.remaining;
    if (!made.ok || left !== 0) throw new Error(`docs for ${advisorEmail}: ${made.error?.message}`);
  }
  if (withComments) prefill(hub, schoolComments());
  return hub;
}

/**
 * Runs a bundle endpoint as an advisor in a sidebar. Its reports are the advisor's execution and
 * the web-app executions it waited on, whose calls count but whose modelled time is already in
 * the advisor's, so it is not added twice.
 */
export function runAsAdvisor(hub: Hub, request: RunRequest) {
  const before = hub.ws.history.length;
  const result = run(hub.ws, request);
  if (!result.ok) throw new Error(`${request.fn} as ${request.as}: ${result.error?.message}`);
  const webApp = hub.ws.history.slice(before).filter((r) => r.kind === "webapp");
  return {
    value: result.value,
    sidebar: result.report,
    webApp,
    reports: [result.report, ...webApp.map((r) => ({ ...r, modelledMs: 0 }))],
  };
}
