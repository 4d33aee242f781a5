/*
 * Confer ▸ Classroom conferences…, run as the hub owner: a teacher's classes and classroom rounds
 * (every classroom round for a coordinator), opening one for some of their classes, making its
 * docs, and closing it. Opening and closing are read, decided and written as one Rounds row under
 * the script lock, as the coordinator's Rounds sidebar does.
 */

import type { Person } from "../../domain/roles";
import type { Roster } from "../../domain/roster/model";
import {
  classesTaughtBy,
  classLabel,
  parseClassroomRoundForm,
} from "../../domain/rounds/classroom-round";
import type { Round } from "../../domain/rounds/model";
import { type FieldProblem, fieldProblems } from "../../domain/rounds/round-form";
import { readRoundRows, roundToRow } from "../../domain/rounds/rows";
import { closeRound } from "../../domain/rounds/transitions";
import { roundOfUnmarkedRows } from "../../domain/settings/settings";
import { appendRoundRow, readRoundsTab, rewriteRoundRow } from "../../workspace/rounds-tab";
import { readSchedule } from "../../workspace/schedule-store";
import { classroomRoundFor } from "../conference-docs/classroom-docs";
import { readEveryDocRecord } from "../conference-docs/doc-records";
import { type DocsProgress, lastDocsProgress, runConferenceDocs } from "../conference-docs/run";
import { currentPerson, type HubContext, loadHubContext } from "../hub/context";
import { withScriptLock } from "../hub/script-lock";
import { todayIn } from "../rounds/working-round";

export interface ClassroomClass {
  readonly id: string;
  readonly label: string;
  readonly grade: string;
  readonly students: number;
}

export interface ClassroomRoundView {
  readonly round: Round;
  readonly hostName: string;
  readonly classes: readonly string[];
  readonly docs: number;
  readonly last: DocsProgress | null;
}

export interface ClassroomView {
  readonly email: string;
  readonly isCoordinator: boolean;
  readonly today: string;
  /** The caller's own classes, from the Classes tab. */
  readonly classes: readonly ClassroomClass[];
  /** Their classroom rounds; a coordinator sees every teacher's. */
  readonly rounds: readonly ClassroomRoundView[];
}

export type OpenClassroomResult =
  | { readonly opened: true; readonly round: Round; readonly view: ClassroomView }
  | {
      readonly opened: false;
      readonly problems: readonly FieldProblem[];
    };

function classesOf(roster: Roster, email: string): ClassroomClass[] {
  return classesTaughtBy(email, roster.classes).map((c) => ({
    id: c.id,
    label: classLabel(c),
    grade: c.grade,
    students: c.studentIds.length,
  }));
}

function viewOf(context: HubContext, person: Person, rounds: readonly Round[]): ClassroomView {
  const coordinator = person.roles.has("coordinator");
  const mine = rounds.filter(
    (r) => r.kind === "classroom" && (coordinator || r.hostEmail === person.email),
  );
  const docs = new Map<string, number>();
  if (mine.length > 0) {
    for (const record of readEveryDocRecord(context))
      docs.set(record.round, (docs.get(record.round) ?? 0) + 1);
  }
  const label = (id: string) => {
    const found = context.roster.classes.find((c) => c.id === id);
    return found ? `${classLabel(found)} · ${id}` : id;
  };
  const staff = new Map(context.roster.staff.map((s) => [s.email.toLowerCase(), s.name]));
  return {
    email: person.email,
    isCoordinator: coordinator,
    today: todayIn(context.settings.timeZone),
    classes: classesOf(context.roster, person.email),
    rounds: mine.map((round) => ({
      round,
      hostName: staff.get(round.hostEmail) || round.hostEmail,
      classes: round.classIds.map(label),
      docs: docs.get(round.name) ?? 0,
      last: lastDocsProgress({ kind: "classroom", round: round.name }),
    })),
  };
}

const roundsIn = (context: HubContext) => readRoundRows(readRoundsTab(context.hub));

/** The rounds the hub knows by name outside the Rounds tab: the term's, and any with docs or slots. */
function namesInUse(context: HubContext): string[] {
  const names = new Set([context.settings.term, roundOfUnmarkedRows(context.settings)]);
  for (const record of readEveryDocRecord(context)) names.add(record.round);
  for (const slot of readSchedule(context.hub).slots) names.add(slot.round);
  return [...names].filter((name) => name.trim() !== "");
}

export function classroomConferencesFor(caller: string): ClassroomView {
  const context = loadHubContext();
  const rounds = roundsIn(context).entries.map((entry) => entry.round);
  return viewOf(context, currentPerson(context, caller), rounds);
}

export function openClassroomRoundFor(caller: string, form: unknown): OpenClassroomResult {
  const context = loadHubContext();
  const person = currentPerson(context, caller);
  return withScriptLock(() => {
    const reading = roundsIn(context);
    const rounds = reading.entries.map((entry) => entry.round);
    const opening = parseClassroomRoundForm(
      form,
      person.email,
      context.roster.classes,
      rounds,
      reading.bad.map((bad) => bad.name).filter((name) => name !== ""),
      new Date().toISOString(),
      namesInUse(context),
    );
    if (!opening.ok) {
      return {
        opened: false,
        problems: fieldProblems(opening.problems),
      };
    }
    appendRoundRow(context.hub, roundToRow(opening.round));
    return {
      opened: true,
      round: opening.round,
      view: viewOf(context, person, [...rounds, opening.round]),
    };
  });
}

export function createClassroomDocsFor(caller: string, round: string): DocsProgress {
  return runConferenceDocs({ kind: "classroom", round }, caller);
}

export function closeClassroomRoundFor(
  caller: string,
  name: string,
): { changed: boolean; message: string; view: ClassroomView } {
  const context = loadHubContext();
  const person = currentPerson(context, caller);
  return withScriptLock(() => {
    const round = classroomRoundFor(context, name, person);
    const reading = roundsIn(context);
    const entry = reading.entries.find((e) => e.round.name === round.name)!;
    const change = closeRound(entry.round, new Date().toISOString());
    if (change.changed) rewriteRoundRow(context.hub, entry.row, roundToRow(change.round));
    const rounds = reading.entries.map((e) => (e === entry ? change.round : e.round));
    return {
      changed: change.changed,
      message: change.message,
      view: viewOf(context, person, rounds),
    };
  });
}
