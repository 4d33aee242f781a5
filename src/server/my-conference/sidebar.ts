/*
 * The My conference sidebar's endpoints. The hub (through the web app) says who the caller is to
 * the open doc and which kind of doc it is; the doc is then read and written in the caller's own
 * execution, one documents.get to read and one batchUpdate per action, guarded by the revision
 * just read. In a classroom doc the student chooses a purpose, adds questions and work, and asks
 * their teacher for an extra conference; the student-led parts are not offered there.
 */
import { SECTIONS } from "../../domain/conference-docs/template";
import type { DocJson } from "../../domain/doc/doc-json";
import {
  artifactRequests,
  ConferenceEditError,
  type DocRequest,
  heldRequests,
  listLineRequests,
  planRequests,
  purposeRequests,
  questionRequests,
  tickRequests,
} from "../../domain/my-conference/edits";
import { missingSectionRepair, notAddedNotice } from "../../domain/my-conference/missing-sections";
import { checkedNotes } from "../../domain/my-conference/notes";
import { type PlacedSection, placedSection } from "../../domain/my-conference/placed";
import {
  type ReflectionInput,
  type ReflectionLine,
  reflectionOf,
  reflectionRequests,
} from "../../domain/my-conference/reflection";
import {
  type ArtifactRow,
  type ConferenceKind,
  type ConferenceRole,
  type ConferenceSections,
  conferenceSections,
} from "../../domain/my-conference/view";
import { NotAllowedError } from "../../domain/roles";
import { activeDocId } from "../../workspace/active-doc";
import { getDocuments, updateDocuments } from "../../workspace/conference-doc-sections";
import { callAction } from "../actions/call";
import { artifactProblems } from "./artifact-problems";
import { saveConferenceNotes } from "./notes";
import type { ConferenceAccess } from "./role";

export interface MyConference extends ConferenceSections {
  readonly role: ConferenceRole;
  readonly kind: ConferenceKind;
  readonly studentName: string;
  /** The doc's round, and whether it is the round the hub works on now. */
  readonly round: string;
  readonly currentRound: boolean;
  /** The doc's student, for drafting their guardian update. */
  readonly studentId: string;
  readonly notes: string;
  readonly reflection: readonly ReflectionLine[];
  /** Artifacts the advisor may not be able to open, worded for whoever is looking. */
  readonly artifactProblems: readonly { readonly link: string; readonly problem: string }[];
  /** What this doc lacks that Confer could not add; "" when nothing. */
  readonly layoutNotice: string;
}

export interface PlanInput {
  readonly smart: Readonly<Record<string, string>>;
  readonly ownWords?: string;
  readonly nextStep?: string;
  readonly teacherSupport?: string;
  /** The advisor's private notes, kept with the plan when given; never written to the doc. */
  readonly notes?: string;
}

type Section = (name: string) => PlacedSection | undefined;

export function openConference(): { docId: string; access: ConferenceAccess } {
  const docId = activeDocId();
  const access = callAction("conferenceAccess", docId);
  return { docId, access };
}

function readDoc(docId: string): DocJson {
  const [outcome] = getDocuments([docId]);
  if (!outcome?.ok) throw new Error(`Confer cannot read this doc: ${outcome?.error}`);
  return outcome.value as DocJson;
}

function viewOf(access: ConferenceAccess, doc: DocJson, layoutNotice = ""): MyConference {
  const sections = conferenceSections(doc);
  return {
    role: access.role,
    kind: access.kind,
    studentName: access.studentName,
    round: access.round,
    currentRound: access.currentRound,
    studentId: access.role === "student" ? "" : access.studentId,
    notes: access.notes,
    ...sections,
    reflection: reflectionOf(placedSection(doc, SECTIONS.reflection)),
    artifactProblems: artifactProblems(sections.artifacts, {
      ...access,
      host: access.kind === "classroom" ? "teacher" : "advisor",
    }),
    layoutNotice,
  };
}

const BOTH: readonly ConferenceKind[] = ["student-led", "classroom"];
const STUDENT_LED: readonly ConferenceKind[] = ["student-led"];

const NOT_IN_CLASSROOM =
  "In a classroom conference doc, My conference offers your purpose, your questions and work, and asking your teacher for an extra conference; write anything else in the doc itself.";

/** What this kind of doc does not have is not done, and said so (the caller may use the doc). */
function refuseUnfit(access: ConferenceAccess, fits: readonly ConferenceKind[]): void {
  if (fits.includes(access.kind)) return;
  throw new ConferenceEditError(
    access.kind === "classroom"
      ? NOT_IN_CLASSROOM
      : "Asking for an extra conference is for classroom conference docs; talk to your advisor about another conference.",
  );
}

function edit(
  allowed: readonly ConferenceRole[],
  build: (section: Section, access: ConferenceAccess) => DocRequest[],
  fits: readonly ConferenceKind[] = BOTH,
): MyConference {
  const { docId, access } = openConference();
  if (!allowed.includes(access.role)) {
    throw new NotAllowedError(`Only the ${allowed.join(" or ")} can do this in My conference.`);
  }
  refuseUnfit(access, fits);
  const doc = readDoc(docId);
  const requests = build((name) => placedSection(doc, name), access);
  if (requests.length === 0) return viewOf(access, doc);
  const [outcome] = updateDocuments([
    { docId, requests, ...(doc.revisionId ? { requiredRevisionId: doc.revisionId } : {}) },
  ]);
  if (!outcome?.ok) {
    throw new ConferenceEditError(
      `Confer could not write to this doc (${outcome?.error}). Reopen My conference and try again.`,
    );
  }
  return viewOf(access, readDoc(docId));
}

const text = (value: unknown) => (typeof value === "string" ? value : "");
const ANYONE: readonly ConferenceRole[] = ["student", "advisor", "coordinator"];
const STAFF: readonly ConferenceRole[] = ["advisor", "coordinator"];

/** Adds the sections an older template lacked, once; says what is missing when it cannot. */
function withAllSections(docId: string, doc: DocJson): { doc: DocJson; notice: string } {
  const repair = missingSectionRepair(doc);
  if (repair.requests.length === 0) return { doc, notice: repair.notice };
  const [outcome] = updateDocuments([
    {
      docId,
      requests: repair.requests,
      ...(doc.revisionId ? { requiredRevisionId: doc.revisionId } : {}),
    },
  ]);
  if (!outcome?.ok) return { doc, notice: notAddedNotice(repair.missing, String(outcome?.error)) };
  return { doc: readDoc(docId), notice: "" };
}

/** The open doc as My conference shows it; a student-led doc gains the sections it lacks first. */
export function getMyConference(): MyConference {
  const { docId, access } = openConference();
  if (access.kind === "classroom") return viewOf(access, readDoc(docId));
  const { doc, notice } = withAllSections(docId, readDoc(docId));
  return viewOf(access, doc, notice);
}

/** The student of a classroom doc asks its teacher for an extra conference, with a short note. */
export function requestMyExtraConference(note: string): { round: string; message: string } {
  const { docId, access } = openConference();
  if (access.role !== "student") {
    throw new NotAllowedError("Only the doc's student can ask for an extra conference.");
  }
  refuseUnfit(access, ["classroom"]);
  const asked = callAction("requestExtraConference", docId, text(note));
  return {
    round: asked.round,
    message: `Your teacher has your request for an extra conference in “${asked.round}”. They will offer you a time or point you to office hours.`,
  };
}

const texts = (values: unknown) => (Array.isArray(values) ? values : []).map(text);

export function chooseMyPurposes(
  purposes: readonly string[],
  somethingElse?: string,
): MyConference {
  return edit(["student"], (section) =>
    purposeRequests(section(SECTIONS.purpose), texts(purposes), text(somethingElse)),
  );
}

export function tickMyRehearsal(done: readonly string[]): MyConference {
  return edit(
    ["student"],
    (section) => tickRequests(section(SECTIONS.rehearsal), "Rehearsal checklist", texts(done)),
    STUDENT_LED,
  );
}

export function writeMyReflection(lines: readonly ReflectionInput[]): MyConference {
  const inputs = (Array.isArray(lines) ? lines : []).map((line) => ({
    area: text(line?.area),
    starter: text(line?.starter),
    text: text(line?.text),
  }));
  return edit(
    ["student"],
    (section) => reflectionRequests(section(SECTIONS.reflection), inputs),
    STUDENT_LED,
  );
}

export function addMyQuestion(question: string): MyConference {
  return edit(["student"], (section) =>
    questionRequests(section(SECTIONS.questions), text(question)),
  );
}

export function addMyArtifact(artifact: ArtifactRow): MyConference {
  const row = artifact ?? ({} as ArtifactRow);
  return edit(["student"], (section) =>
    artifactRequests(section(SECTIONS.artifacts), {
      link: text(row.link),
      subject: text(row.subject),
      succeeding: text(row.succeeding),
      challenged: text(row.challenged),
      future: text(row.future),
    }),
  );
}

export function writeConferencePlan(plan: PlanInput): MyConference {
  const smart = Object.fromEntries(
    Object.entries(plan?.smart ?? {}).map(([part, value]) => [part, text(value)]),
  );
  const notes = plan?.notes === undefined ? undefined : checkedNotes(plan.notes);
  const view = edit(
    notes === undefined ? ANYONE : STAFF,
    (section) => [
      ...listLineRequests(
        section(SECTIONS.teacherSupport),
        "Teacher support",
        text(plan?.teacherSupport),
      ),
      ...listLineRequests(section(SECTIONS.nextSteps), "My next steps", text(plan?.nextStep)),
      ...planRequests(section(SECTIONS.plan), smart, text(plan?.ownWords)),
    ],
    STUDENT_LED,
  );
  if (notes === undefined || notes === view.notes) return view;
  return { ...view, notes: saveConferenceNotes(notes) };
}

export function markConferenceHeld(): MyConference {
  return edit(
    STAFF,
    (section, access) => heldRequests(section(SECTIONS.conferenceHeld), access.today),
    STUDENT_LED,
  );
}
