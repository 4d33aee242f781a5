/*
 * The one way into Confer from Apps Script: every generated top-level function calls dispatch
 * with its own name. The door is decided from the execution, the row must list it, the caller is
 * the active user (the trigger's maker for a trigger), and the row's audience must admit them.
 * A Google message that escapes is replaced by what it means for the caller.
 */
import { type Door, doorOf, wrongDoor } from "../../domain/access/doors";
import { explainGoogleError } from "../../domain/limits/google-messages";
import { executionFacts, firedByOwnTrigger } from "../../workspace/execution-facts";
import type { AnyAction } from "./action";
import { enterAs, runRow } from "./call";
import { ACTION_TABLE } from "./table";

const TOP_LEVEL_DOORS: readonly Door[] = ["addon", "page", "trigger"];

/** The names Apps Script sees as top-level functions: one per row reachable outside doPost. */
export const ENTRY_POINTS: readonly string[] = Object.entries(
  ACTION_TABLE as Record<string, AnyAction>,
)
  .filter(([, row]) => row.entry || row.doors.some((door) => TOP_LEVEL_DOORS.includes(door)))
  .map(([name]) => name)
  .sort();

export function dispatch(name: string, args: readonly unknown[]): unknown {
  const row = (ACTION_TABLE as Record<string, AnyAction | undefined>)[name];
  if (!row || !ENTRY_POINTS.includes(name)) throw new Error(`Confer has no function ${name}.`);
  if (row.entry) return row.run(row.parse(...args), { email: "", door: row.doors[0]! });
  const facts = executionFacts();
  const door: Door =
    row.doors.includes("trigger") && firedByOwnTrigger(name, args[0]) ? "trigger" : doorOf(facts);
  if (!row.doors.includes(door)) throw wrongDoor(row.what, door, row.doors);
  const caller = { email: door === "trigger" ? facts.effective : facts.active, door };
  enterAs(caller, facts.hubOwner, facts.effective);
  try {
    return runRow(name, row, args);
  } catch (error) {
    throw explained(error);
  }
}

/** A Google message the caller would meet raw comes back saying what happened and what to do. */
function explained(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const message = explainGoogleError(error.message);
  if (message === error.message) return error;
  const plain = new Error(message);
  plain.name = error.name;
  return plain;
}
