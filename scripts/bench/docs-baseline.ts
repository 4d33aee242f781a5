/*
 * The naive side of the conference-docs scenarios: the docs-one-at-a-time fixture on a Workspace
 * holding the same students, Confer's default template (copied from a hub set up by the built
 * bundle) and one folder; each student's name and placeholder values are computed as Confer's.
 */
import path from "node:path";
import type { Workspace } from "../../emulator";
import { MIME } from "../../emulator/drive/store";
import { replacements } from "../../src/domain/conference-doc/fill";
import { conferenceDocName } from "../../src/domain/conference-doc/naming";
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
  return { ws, templateId, folderId, students };
}

export function createDocsNaively(naive: NaiveDocs) {
  const { reports, chunks } = runInChunks<{ next: number; done: boolean; made: string[] }>(
    naive.ws,
    "createDocsOneAtATime",
    [naive.templateId, naive.folderId, naive.students],
    COORDINATOR,
  );
  return { reports, docIds: chunks.flatMap((chunk) => chunk.made) };
}
