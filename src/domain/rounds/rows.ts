/*
 * Rounds as rows of the hub's Rounds tab, and back. A row edited by hand into something Confer
 * would not have written is reported with its row number, never used. A classroom round's host
 * and classes sit in the last two columns, so a tab written before them still reads.
 */
import { ROUND_STATES, type Round, type RoundState, sameRoundName } from "./model";
import { describeRoundProblem, type RoundField, readRoundFields } from "./round-form";

const COLUMN: Record<RoundField, number> = {
  name: 0,
  kind: 1,
  hosts: 2,
  preparationFrom: 3,
  preparationTo: 4,
  commentsFrom: 5,
  commentsTo: 6,
  conferenceFrom: 7,
  conferenceTo: 8,
  hostEmail: 13,
  classIds: 14,
};
const STATE = 9;
const OPENED = 10;
const CLOSED = 11;
const ARCHIVED = 12;

export function roundToRow(round: Round): string[] {
  return [
    round.name,
    round.kind,
    round.hosts,
    round.preparation.from,
    round.preparation.to,
    round.comments.from,
    round.comments.to,
    round.conference.from,
    round.conference.to,
    round.state,
    round.openedAt,
    round.closedAt,
    round.archivedAt,
    round.hostEmail,
    round.classIds.join(", "),
  ];
}

export interface RoundEntry {
  readonly round: Round;
  /** The row's number in the tab, the header being row 1. */
  readonly row: number;
}

export interface BadRoundRow {
  readonly row: number;
  /** The name the row holds, trimmed, so that a new round cannot take it. */
  readonly name: string;
  readonly message: string;
}

export interface RoundsReading {
  readonly entries: readonly RoundEntry[];
  readonly bad: readonly BadRoundRow[];
}

const cell = (row: readonly unknown[], i: number) => String(row[i] ?? "").trim();
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

function stateProblems(row: readonly unknown[]): string[] {
  const problems: string[] = [];
  const state = cell(row, STATE);
  if (!(ROUND_STATES as readonly string[]).includes(state)) {
    problems.push(`State “${state}”: must be ${ROUND_STATES.join(", ")}.`);
    return problems;
  }
  const stamps: [string, number, boolean][] = [
    ["Opened", OPENED, true],
    ["Closed", CLOSED, state !== "open"],
    ["Archived", ARCHIVED, state === "archived"],
  ];
  for (const [label, i, needed] of stamps) {
    const value = cell(row, i);
    if (value === "" && needed) problems.push(`${label}: is required for a ${state} round.`);
    else if (value !== "" && !ISO_INSTANT.test(value))
      problems.push(
        `${label} “${value}”: is not a time Confer wrote (ISO, like 2026-09-01T12:00:00.000Z).`,
      );
  }
  return problems;
}

function isBlank(row: readonly unknown[]): boolean {
  return row.every((value) => String(value ?? "").trim() === "");
}

/** Reads the tab's data rows (the first is row 2); blank rows are skipped. */
export function readRoundRows(rows: readonly (readonly unknown[])[]): RoundsReading {
  const entries: RoundEntry[] = [];
  const bad: BadRoundRow[] = [];
  rows.forEach((row, i) => {
    const number = i + 2;
    if (isBlank(row)) return;
    const name = cell(row, COLUMN.name);
    const fields = readRoundFields((field) => row[COLUMN[field]]);
    const problems = fields.ok ? [] : fields.problems.map(describeRoundProblem);
    problems.push(...stateProblems(row));
    const earlier = [...entries, ...bad].find((seen) =>
      sameRoundName("round" in seen ? seen.round.name : seen.name, name),
    );
    if (earlier && name !== "") {
      problems.push(`Round “${name}”: row ${earlier.row} already holds a round of that name.`);
    }
    if (!fields.ok || problems.length > 0) {
      bad.push({ row: number, name, message: `Rounds row ${number}: ${problems.join(" ")}` });
      return;
    }
    entries.push({
      row: number,
      round: {
        ...fields.fields,
        state: cell(row, STATE) as RoundState,
        openedAt: cell(row, OPENED),
        closedAt: cell(row, CLOSED),
        archivedAt: cell(row, ARCHIVED),
      },
    });
  });
  return { entries, bad };
}

/**
 * The names of the tab's classroom rounds, lower-cased, read from the Kind cell alone so that a
 * row edited by hand into something unusable still keeps its docs apart.
 */
export function classroomRoundNames(rows: readonly (readonly unknown[])[]): Set<string> {
  return new Set(
    rows
      .filter((row) => cell(row, COLUMN.kind) === "classroom")
      .map((row) => cell(row, COLUMN.name).toLowerCase())
      .filter((name) => name !== ""),
  );
}
