/*
 * Running one row of the action table for a caller already admitted at its door: as the hub
 * owner here when this execution is theirs, otherwise through the staff web app, which checks the
 * caller again by their token. A row that forwards the caller's token gets it here, in the
 * caller's own execution. Sidebar endpoints that work in the caller's own execution (their
 * doc, their Gmail) reach the hub only this way.
 */
import { admit, needsRoster } from "../../domain/access/audience";
import { personOf } from "../../domain/roles";
import { openHub } from "../../workspace/hub-store";
import { ownOAuthToken } from "../../workspace/session";
import { callWebApp } from "../../workspace/web-app-client";
import { rosterOf } from "../hub/context";
import type { AnyAction, Caller } from "./action";
import type { ActionTable } from "./table";
import { ACTION_TABLE } from "./table";

let current: Caller = { email: "", door: "addon" };
let hubOwnerHere = "";
let runsAsOwner = false;

/** Records who this execution's caller is, once its door has been decided. */
export function enterAs(caller: Caller, hubOwner: string, effective: string): void {
  current = caller;
  hubOwnerHere = hubOwner;
  runsAsOwner = hubOwner !== "" && effective === hubOwner;
}

export function currentCaller(): Caller {
  return current;
}

/** Throws unless `caller` may run `row`; reads the roster only for rows limited to roles. */
export function admitCaller(row: AnyAction, caller: Caller, hubOwner: string): void {
  const person =
    needsRoster(row.who) && caller.email !== ""
      ? personOf(caller.email, rosterOf(openHub()), hubOwner)
      : undefined;
  admit(row.who, row.what, { email: caller.email, hubOwner, ...(person ? { person } : {}) });
}

/**
 * Runs a row for this execution's caller: through the staff web app when the row needs the hub
 * owner and this execution is not theirs (the web app checks the caller again), otherwise here.
 */
export function runRow(name: string, row: AnyAction, given: readonly unknown[]): unknown {
  const args = row.forwardsToken && current.door === "addon" ? [given[0], ownOAuthToken()] : given;
  if (row.runs === "owner" && !runsAsOwner) return callWebApp(name, args);
  admitCaller(row, current, hubOwnerHere);
  return row.run(row.parse(...args), current);
}

type OwnerName = {
  [K in keyof ActionTable]: ActionTable[K]["runs"] extends "owner" ? K : never;
}[keyof ActionTable];

export function callAction<K extends OwnerName>(
  name: K,
  ...args: Parameters<ActionTable[K]["parse"]>
): ReturnType<ActionTable[K]["run"]> {
  return runRow(name, ACTION_TABLE[name], args) as ReturnType<ActionTable[K]["run"]>;
}
