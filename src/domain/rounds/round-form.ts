/*
 * Reading a round from the Rounds sidebar's form: every field is checked, and each bad one is
 * named with its value and why, so nothing is opened until the whole form is right.
 */
import { isRealDate } from "../settings/settings";
import {
  type DayRange,
  HOST_SCOPES,
  type HostScope,
  MAX_ROUND_NAME,
  ROUND_KINDS,
  type Round,
  type RoundKind,
  sameRoundName,
} from "./model";

export const ROUND_FORM_KEYS = [
  "name",
  "kind",
  "hosts",
  "preparationFrom",
  "preparationTo",
  "commentsFrom",
  "commentsTo",
  "conferenceFrom",
  "conferenceTo",
  "hostEmail",
  "classIds",
] as const;
export type RoundField = (typeof ROUND_FORM_KEYS)[number];
export type RoundForm = Partial<Record<RoundField, unknown>>;

const LABELS: Record<RoundField, string> = {
  name: "Round name",
  kind: "Kind",
  hosts: "Hosted by",
  preparationFrom: "Preparation from",
  preparationTo: "Preparation to",
  commentsFrom: "Comments from",
  commentsTo: "Comments to",
  conferenceFrom: "Conference days from",
  conferenceTo: "Conference days to",
  hostEmail: "Host teacher",
  classIds: "Classes",
};

export function roundFieldLabel(field: RoundField): string {
  return LABELS[field];
}

export interface RoundProblem {
  readonly field: RoundField;
  readonly value: string;
  readonly reason: string;
}

export function describeRoundProblem(problem: RoundProblem): string {
  const value = problem.value === "" ? "" : ` “${problem.value}”`;
  return `${LABELS[problem.field]}${value}: ${problem.reason}.`;
}

/** A problem as a round form's page marks it: the field, and the sentence naming it. */
export interface FieldProblem {
  readonly field: RoundField;
  readonly message: string;
}

export function fieldProblems(problems: readonly RoundProblem[]): FieldProblem[] {
  return problems.map((problem) => ({
    field: problem.field,
    message: describeRoundProblem(problem),
  }));
}

/** A round's fields, before it has a state: what the form and a tab row both hold. */
export type RoundFields = Pick<
  Round,
  "name" | "kind" | "hosts" | "preparation" | "comments" | "conference" | "hostEmail" | "classIds"
>;

export type FieldsReading =
  | { readonly ok: true; readonly fields: RoundFields }
  | { readonly ok: false; readonly problems: readonly RoundProblem[] };

const cell = (value: unknown): string =>
  value === undefined || value === null ? "" : String(value).trim();

/** Class IDs as a list from the sidebar or as the tab's comma-separated cell. */
export const classIdsOf = (value: unknown): string[] => {
  const parts = Array.isArray(value) ? value.map(cell) : cell(value).split(",");
  return [...new Set(parts.map((id) => id.trim()).filter((id) => id !== ""))];
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const WINDOWS = ["preparation", "comments", "conference"] as const;

const KIND_CHOICES = `${ROUND_KINDS.slice(0, -1).join(", ")} or ${ROUND_KINDS.at(-1)}`;

function readKind(value: string, add: (reason: string) => void): RoundKind | undefined {
  if ((ROUND_KINDS as readonly string[]).includes(value)) return value as RoundKind;
  if (value === "") add(`is required: ${KIND_CHOICES}`);
  else add(`must be ${KIND_CHOICES}`);
  return undefined;
}

function readName(value: string, add: (reason: string) => void): void {
  if (value === "") add("is required, for example “Fall 2026 student-led”");
  else if (value.length > MAX_ROUND_NAME)
    add(`is ${value.length} characters; a round name has at most ${MAX_ROUND_NAME}`);
  else if (/[/\\]/.test(value)) add("cannot contain / or \\ (it names folders and docs)");
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused.
  else if (/[\u0000-\u001f]/.test(value)) add("cannot contain line breaks or tabs");
}

/** Checks every field of a round; `value` reads one field's raw text. */
export function readRoundFields(value: (field: RoundField) => unknown): FieldsReading {
  const problems: RoundProblem[] = [];
  const text = (field: RoundField) => cell(value(field));
  const adder = (field: RoundField) => (reason: string) =>
    problems.push({ field, value: text(field), reason });

  const name = text("name");
  readName(name, adder("name"));
  const kind = readKind(text("kind"), adder("kind"));
  const classroom = kind === "classroom";
  const hostsText = text("hosts") || (classroom ? "teacher" : "advisors");
  if (!(HOST_SCOPES as readonly string[]).includes(hostsText)) {
    adder("hosts")(`must be ${HOST_SCOPES.join(" or ")}`);
  } else if (kind !== undefined && (hostsText === "teacher") !== classroom) {
    adder("hosts")(
      classroom
        ? "must be teacher: a classroom round is hosted by its teacher"
        : `must be advisors for a ${kind} round (only a classroom round is hosted by a teacher)`,
    );
  }
  const hostEmail = text("hostEmail").toLowerCase();
  const classIds = classIdsOf(value("classIds"));
  if (classroom) {
    if (hostEmail === "") adder("hostEmail")("is required: the teacher who hosts the round");
    else if (!EMAIL.test(hostEmail)) adder("hostEmail")("is not an email address");
    if (classIds.length === 0)
      adder("classIds")("is required: at least one of the teacher's classes, by class ID");
  } else if (kind !== undefined) {
    if (hostEmail !== "") adder("hostEmail")(`is only for a classroom round, not a ${kind} round`);
    if (classIds.length > 0)
      adder("classIds")(`are only for a classroom round, not a ${kind} round`);
  }

  const ranges: Partial<Record<(typeof WINDOWS)[number], DayRange>> = {};
  /** A classroom round has no comment window of its own unless given one: it is the grading period. */
  const derivedComments = classroom && text("commentsFrom") === "" && text("commentsTo") === "";
  for (const window of WINDOWS) {
    if (window === "comments" && derivedComments) continue;
    const fromField = `${window}From` as RoundField;
    const toField = `${window}To` as RoundField;
    let good = true;
    for (const field of [fromField, toField]) {
      const day = text(field);
      if (day === "") adder(field)("is required");
      else if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) adder(field)("is not a date (YYYY-MM-DD)");
      else if (!isRealDate(day)) adder(field)("is not a real date");
      else continue;
      good = false;
    }
    if (!good) continue;
    const range = { from: text(fromField), to: text(toField) };
    if (range.to < range.from) adder(toField)(`is before ${LABELS[fromField]} (${range.from})`);
    else ranges[window] = range;
  }
  const { preparation, conference } = ranges;
  const comments = derivedComments ? conference : ranges.comments;
  if (preparation && conference && conference.from < preparation.from) {
    adder("conferenceFrom")(`is before preparation starts (${preparation.from})`);
  }
  if (problems.length > 0 || !kind || !preparation || !comments || !conference) {
    return { ok: false, problems };
  }
  return {
    ok: true,
    fields: {
      name,
      kind,
      hosts: hostsText as HostScope,
      preparation,
      comments,
      conference,
      hostEmail: classroom ? hostEmail : "",
      classIds: classroom ? classIds : [],
    },
  };
}

export type RoundOpening =
  | { readonly ok: true; readonly round: Round }
  | { readonly ok: false; readonly problems: readonly RoundProblem[] };

/**
 * A new open round from the sidebar's form, refused while any field is bad or another round
 * already has its name (in any case).
 */
export function parseRoundForm(
  form: unknown,
  existingNames: readonly string[],
  openedAt: string,
): RoundOpening {
  const source = (form !== null && typeof form === "object" ? form : {}) as RoundForm;
  const reading = readRoundFields((field) => source[field]);
  const problems = reading.ok ? [] : [...reading.problems];
  const name = cell(source.name);
  const clash = existingNames.find((existing) => name !== "" && sameRoundName(existing, name));
  if (clash !== undefined && !problems.some((p) => p.field === "name")) {
    problems.unshift({
      field: "name",
      value: name,
      reason: `a round named “${clash}” already exists`,
    });
  }
  if (!reading.ok || problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    round: { ...reading.fields, state: "open", openedAt, closedAt: "", archivedAt: "" },
  };
}
