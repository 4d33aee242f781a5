/*
 * Confer ▸ Rounds… on the hub, run as the hub owner: list the rounds (all for a coordinator; open
 * and closed ones, to read, for other staff), and open, close or archive one. Each change is read,
 * decided and written as one row under the script lock, so a re-sent open finds its own row.
 */
import { holdsAnyRole } from "../../domain/roles";
import { currentRound } from "../../domain/rounds/current-round";
import type { Round } from "../../domain/rounds/model";
import { sameRoundName } from "../../domain/rounds/model";
import {
  type FieldProblem,
  fieldProblems,
  parseRoundForm,
  type RoundForm,
} from "../../domain/rounds/round-form";
import { type RoundsReading, readRoundRows, roundToRow } from "../../domain/rounds/rows";
import {
  archiveRound,
  closeRound,
  type RoundChange,
  RoundRefusedError,
} from "../../domain/rounds/transitions";
import type { Hub } from "../../workspace/hub-store";
import { appendRoundRow, readRoundsTab, rewriteRoundRow } from "../../workspace/rounds-tab";
import { currentPerson, loadHubContext } from "../hub/context";
import { withScriptLock } from "../hub/script-lock";

export interface RoundsView {
  readonly rounds: readonly Round[];
  /** The round sidebars work on today; "" when no round is open. */
  readonly current: string;
  /** Rows of the tab edited by hand into something Confer cannot use, by row number. */
  readonly problems: readonly string[];
  readonly canManage: boolean;
}

export type OpenRoundResult =
  | { readonly opened: true; readonly round: Round; readonly view: RoundsView }
  | {
      readonly opened: false;
      readonly problems: readonly FieldProblem[];
    };

export interface RoundChangeResult {
  readonly changed: boolean;
  readonly message: string;
  readonly view: RoundsView;
}

function readRounds(hub: Hub): RoundsReading {
  return readRoundRows(readRoundsTab(hub));
}

/**
 * Other staff read the open and closed rounds, of classroom rounds only their own; no classroom
 * round is the one sidebars work on.
 */
function viewOf(
  reading: RoundsReading,
  coordinator: boolean,
  timeZone: string,
  caller = "",
): RoundsView {
  const rounds = reading.entries.map((entry) => entry.round);
  const today = Utilities.formatDate(new Date(), timeZone, "yyyy-MM-dd");
  const readable = (round: Round) =>
    round.state !== "archived" && (round.kind !== "classroom" || round.hostEmail === caller);
  return {
    rounds: coordinator ? rounds : rounds.filter(readable),
    current:
      currentRound(
        rounds.filter((round) => round.kind !== "classroom"),
        today,
      )?.name ?? "",
    problems: coordinator ? reading.bad.map((bad) => bad.message) : [],
    canManage: coordinator,
  };
}

export function listRoundsFor(caller: string): RoundsView {
  const context = loadHubContext();
  const person = currentPerson(context, caller);
  const coordinator = holdsAnyRole(person, ["coordinator"]);
  return viewOf(readRounds(context.hub), coordinator, context.settings.timeZone, person.email);
}

/** The Rounds sidebar opens rounds hosted by advisors; a teacher opens their own classroom round. */
function classroomRefusal(form: unknown): OpenRoundResult | undefined {
  const kind = String((form as RoundForm | null)?.kind ?? "").trim();
  if (kind !== "classroom") return undefined;
  const reason = "a classroom round is opened by its teacher, in Confer ▸ Classroom conferences…";
  return {
    opened: false,
    problems: fieldProblems([{ field: "kind", value: kind, reason }]),
  };
}

export function openRoundFor(form: unknown): OpenRoundResult {
  const refused = classroomRefusal(form);
  if (refused) return refused;
  const context = loadHubContext();
  return withScriptLock(() => {
    const reading = readRounds(context.hub);
    const names = [
      ...reading.entries.map((entry) => entry.round.name),
      ...reading.bad.map((bad) => bad.name).filter((name) => name !== ""),
    ];
    const opening = parseRoundForm(form, names, new Date().toISOString());
    if (!opening.ok) {
      return {
        opened: false,
        problems: fieldProblems(opening.problems),
      };
    }
    appendRoundRow(context.hub, roundToRow(opening.round));
    const after = { ...reading, entries: [...reading.entries, { round: opening.round, row: 0 }] };
    return {
      opened: true,
      round: opening.round,
      view: viewOf(after, true, context.settings.timeZone),
    };
  });
}

function changeRound(
  name: unknown,
  decide: (round: Round, at: string) => RoundChange,
): RoundChangeResult {
  const wanted = typeof name === "string" ? name.trim() : "";
  const context = loadHubContext();
  return withScriptLock(() => {
    const reading = readRounds(context.hub);
    const bad = reading.bad.find((row) => wanted !== "" && sameRoundName(row.name, wanted));
    if (bad) throw new RoundRefusedError(`${bad.message} Put the row right, then try again.`);
    const entry = reading.entries.find((e) => sameRoundName(e.round.name, wanted));
    if (!entry) {
      throw new RoundRefusedError(
        wanted === ""
          ? "Say which round: the round name is empty."
          : `There is no round named “${wanted}”.`,
      );
    }
    const change = decide(entry.round, new Date().toISOString());
    if (change.changed) rewriteRoundRow(context.hub, entry.row, roundToRow(change.round));
    const after = {
      ...reading,
      entries: reading.entries.map((e) => (e === entry ? { ...e, round: change.round } : e)),
    };
    return {
      changed: change.changed,
      message: change.message,
      view: viewOf(after, true, context.settings.timeZone),
    };
  });
}

export function closeRoundFor(name: unknown): RoundChangeResult {
  return changeRound(name, closeRound);
}

export function archiveRoundFor(name: unknown): RoundChangeResult {
  return changeRound(name, archiveRound);
}
