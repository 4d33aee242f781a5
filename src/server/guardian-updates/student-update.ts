/*
 * Draft my family update: a student, in their own conference doc, drafts the update to their
 * guardians in their own Gmail. The hub (through the web app) confirms the doc is theirs and
 * says whether the school lets students email families; the draft is made as the student. It
 * speaks of the doc's round: its slots only, never an earlier round's booking or held conference.
 */

import type { DocJson } from "../../domain/doc/doc-json";
import {
  beforeConferenceTemplates,
  beforeConferenceValues,
} from "../../domain/guardian-updates/before-conference";
import { composeMessage, textToHtml } from "../../domain/guardian-updates/mime";
import {
  heldInDoc,
  planIsWritten,
  planTextOf,
  purposesIn,
} from "../../domain/guardian-updates/plan-text";
import {
  STUDENT_MAIL_BLOCKED,
  STUDENT_SUBJECT,
  STUDENT_TEMPLATE,
} from "../../domain/guardian-updates/student-update";
import { planUpdate, withOriginal } from "../../domain/guardian-updates/update";
import {
  type ConferenceState,
  chooseUpdate,
  conferenceStateOf,
  withHeldInDoc,
} from "../../domain/guardian-updates/update-kind";
import { NotAllowedError } from "../../domain/roles";
import type { Guardian } from "../../domain/roster/model";
import { rosterIndex } from "../../domain/roster/roster-index";
import { roundNamed } from "../../domain/rounds/working-round";
import { slotsOfRound } from "../../domain/schedule/round-slots";
import { activeDocId } from "../../workspace/active-doc";
import { getDocuments } from "../../workspace/conference-doc-sections";
import { createDrafts, taggedDrafts, UPDATE_TAG } from "../../workspace/gmail-drafts";
import { openHub, storedHubOwner } from "../../workspace/hub-store";
import { translateAll } from "../../workspace/translation";
import { callAction } from "../actions/call";
import { readAllDocRecords } from "../conference-docs/doc-records";
import { loadSettings, rosterOf } from "../hub/context";
import { answerInAlert } from "../menu-alert";
import { roundsOf } from "../rounds/working-round";
import { currentSlots, loadScheduleContext, signupLinksFor } from "../schedule/writer";

export interface StudentDraftContext {
  readonly allowed: boolean;
  readonly student: { readonly id: string; readonly name: string; readonly email: string };
  readonly advisorName: string;
  readonly guardians: readonly Guardian[];
  readonly term: string;
  readonly defaultLanguage: string;
  readonly timeZone: string;
  readonly conference: ConferenceState;
  readonly signupUrl: string;
}

/** Run as the hub owner: the doc must be the caller's own conference doc. */
export function studentDraftContextFor(caller: string, docId: string): StudentDraftContext {
  const hub = openHub();
  const roster = rosterOf(hub);
  const settings = loadSettings(hub);
  const record = readAllDocRecords({ hub, settings }).find((r) => r.docId === docId);
  const student = roster.students.find((s) => s.id === record?.studentId);
  if (!student || student.email !== caller.toLowerCase() || caller === storedHubOwner()) {
    throw new NotAllowedError("Open your own conference doc to draft your family update.");
  }
  const rounds = roundsOf(hub);
  const slots = slotsOfRound(currentSlots(hub), roundNamed(rounds, record!.round), rounds);
  const conference = conferenceStateOf(slots, student.id);
  const signupUrl =
    conference.kind === "not-booked"
      ? signupLinksFor(loadScheduleContext(), slots, [student.id])(student.id)
      : "";
  return {
    allowed: settings.studentsEmailFamilies,
    student: {
      id: student.id,
      name: `${student.preferredName || student.givenName} ${student.familyName}`,
      email: student.email,
    },
    advisorName:
      rosterIndex(roster).staffByEmail.get(student.advisorEmail)?.name ?? student.advisorEmail,
    guardians: student.guardians,
    term: record!.round,
    defaultLanguage: settings.defaultLanguage,
    timeZone: settings.timeZone,
    conference,
    signupUrl,
  };
}

function draftFromOpenDoc(): string {
  const docId = activeDocId();
  if (docId === "") throw new Error("Open your conference doc in Google Docs first.");
  const context = callAction("studentDraftContext", docId);
  if (!context.allowed) return STUDENT_MAIL_BLOCKED;
  const [doc] = getDocuments([docId]);
  if (!doc?.ok) throw new Error(`Confer cannot read your doc: ${doc?.error}`);
  const plan = planTextOf(doc.value as DocJson);
  const conference = withHeldInDoc(context.conference, heldInDoc(doc.value as DocJson));
  const choice = chooseUpdate(conference, planIsWritten(plan));
  if (choice.kind === "none") {
    return conference.kind === "held"
      ? "Write your goal in the Post-Conference Plan first, then draft your update."
      : "You missed your conference, so there is no update to draft: your advisor will write to your family.";
  }
  const templates =
    choice.kind === "met"
      ? { subject: STUDENT_SUBJECT, body: STUDENT_TEMPLATE }
      : beforeConferenceTemplates(choice.kind, "student");
  const { drafts, skipped } = planUpdate({
    studentId: "",
    studentName: context.student.name,
    advisor: { name: context.advisorName, email: "" },
    guardians: context.guardians,
    plan,
    term: context.term,
    defaultLanguage: context.defaultLanguage,
    subjectTemplate: templates.subject,
    bodyTemplate: templates.body,
    values: beforeConferenceValues({
      voice: "student",
      studentName: context.student.name,
      conference,
      purposes: purposesIn(doc.value as DocJson),
      signupUrl: context.signupUrl,
      advisorName: context.advisorName,
      timeZone: context.timeZone,
      language: context.defaultLanguage,
    }),
  });
  const kindPart = choice.kind === "met" ? "" : `${choice.kind}/`;
  const tag = (language: string) =>
    `${context.term}/${context.student.id}/student/${kindPart}${language}`;
  const existing = taggedDrafts();
  if (drafts.some((d) => existing.has(tag(d.language)))) {
    return "Your family update is already in your Gmail drafts: open Gmail's Drafts to finish and send it.";
  }
  const foreign = drafts.filter((d) => d.translate);
  const translated = translateAll(
    foreign.flatMap((d) => [
      { text: d.subject, from: context.defaultLanguage, to: d.language },
      { text: d.text, from: context.defaultLanguage, to: d.language },
    ]),
  ).texts;
  const raws = drafts.map((d) => {
    const at = foreign.indexOf(d);
    const subject = at < 0 ? d.subject : translated[2 * at]!;
    const text = at < 0 ? d.text : withOriginal(translated[2 * at + 1]!, d.text);
    return composeMessage(
      {
        from: { name: context.student.name, email: context.student.email },
        to: d.to,
        subject,
        text,
        html: textToHtml(text),
        language: d.language,
        headers: { [UPDATE_TAG]: tag(d.language) },
      },
      `confer-${Utilities.getUuid()}`,
    );
  });
  const made = createDrafts(raws).filter((o) => o.ok).length;
  const lines = [
    `Confer drafted ${made} update${made === 1 ? "" : "s"} to your family in your Gmail. Read it, change what you like, then send it.`,
  ];
  for (const skip of skipped)
    lines.push(`${skip.guardian} ${skip.reason}, so no draft was made for them.`);
  return lines.join("\n");
}

export function draftMyFamilyUpdate(): void {
  answerInAlert(DocumentApp.getUi(), "Draft my family update", draftFromOpenDoc);
}
