/*
 * Shared set-up for emulator tests: a small Workspace with a school domain and an outside user,
 * its script project shared with the school's domain to view (as Confer's deploy steps say).
 */
import path from "node:path";
import { Workspace } from "..";
import { LatencyModel } from "../core/latency";

/** What every execution costs before its first line runs (the latency table's Execution.start row). */
export const EXECUTION_START_MS = new LatencyModel().perUnitMs("Execution.start");

export const OWNER = "coordinator@school.test";
export const TEACHER = "teacher@school.test";
export const OUTSIDER = "parent@gmail.test";

export function fixture(name: string): string {
  return path.join(__dirname, "fixtures", name);
}

export function schoolWorkspace(bundle: string): Workspace {
  const ws = new Workspace({ bundleDir: fixture(bundle), now: () => Date.UTC(2026, 10, 23, 9) });
  ws.users.add(OWNER, "Casey Coordinator");
  ws.users.add(TEACHER, "Tomás Teacher");
  ws.users.add(OUTSIDER, "Pat Parent");
  ws.deploy(OWNER);
  ws.shareScript("@school.test", "viewer");
  ws.scriptProperties.set("execUrl", ws.webAppUrl);
  return ws;
}
