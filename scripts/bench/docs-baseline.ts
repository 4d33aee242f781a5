/*
 * The naive side of the conference-docs scenarios: the docs-one-at-a-time fixture on a Workspace
 * holding the same students, Confer's default template (copied from a hub set up by the built
 * bundle), one folder and a ledger spreadsheet of the docs made; each student's name and
 * placeholder values are computed as Confer's.
 */
import path from "node:path";
import { MIME, SpreadsheetContent, type Workspace } from "../../emulator";
import { replacements } from "../../src/domain/conference-docs/fill";
import { conferenceDocName } from "../../src/domain/conference-docs/naming";
import { runInChunks } from "./chunks";
import {
  type BenchSchool,
  COORDINATOR,
  emptyHub,
  SCHOOL_NAME,
  schoolWorkspace,
  TERM,
} from "./school";

const FIXTURE = path.join(__dirname, "fixtures/docs-one-at-a-time");

export interface NaiveDocs {
  readonly ws: Workspace;
  readonly templateId: string;
  readonly folderId: string;
  readonly ledgerId: string;
  readonly students: readonly unknown[];
}

function defaultTemplate() {
  const hub = emptyHub();
  const template = hub.ws.drive.all().find((file) => file.mimeType === MIME.document);
  if (!template?.content) throw new Error("setUpHub made no template doc");
  return template.content.clone();
}

export function naiveDocsWorkspace(school: BenchSchool): NaiveDocs {
  const ws = schoolWorkspace(FIXTURE, school.roster);
  const templateId = ws.drive.create({
    name: "Conference template",
    mimeType: MIME.document,
    owner: COORDINATOR,
    content: defaultTemplate(),
  }).id;
  const folderId = ws.drive.create({
    name: "Conference docs",
    mimeType: MIME.folder,
    owner: COORDINATOR,
  }).id;
  const ledgerId = ws.drive.create({
    name: "Conference docs ledger",
    mimeType: MIME.spreadsheet,
    owner: COORDINATOR,
    content: SpreadsheetContent.create(ws.script.timeZone),
  }).id;
  const advisorName = (email: string) =>
    school.roster.staff.find((member) => member.email === email)?.name ?? email;
  const students = school.roster.students.map((student) => ({
    name: conferenceDocName(student, TERM),
    email: student.email,
    advisorEmail: student.advisorEmail,
    replacements: replacements({
      student,
      advisorName: advisorName(student.advisorEmail),
      guardianNames: student.guardians.map((guardian) => guardian.name),
      term: TERM,
      schoolName: SCHOOL_NAME,
      conferenceTime: "",
    }).map(({ find, replace }) => [find, replace]),
  }));
  return { ws, templateId, folderId, ledgerId, students };
}

export function createDocsNaively(naive: NaiveDocs) {
  const { reports, chunks, stoppedBy } = runInChunks<{
    next: number;
    done: boolean;
    made: string[];
  }>(
    naive.ws,
    "createDocsOneAtATime",
    [naive.templateId, naive.folderId, naive.ledgerId, naive.students],
    COORDINATOR,
  );
  return { reports, docIds: chunks.flatMap((chunk) => chunk.made), stoppedBy };
}
