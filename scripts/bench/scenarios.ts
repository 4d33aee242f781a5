/*
 * The benchmark scenarios. Each does the same work Confer's way and the naive way, on a fresh
 * emulated Workspace each time, so both sides start from the same state.
 */
import path from "node:path";
import { run, Workspace } from "../../emulator";
import type { Scenario } from "./measure";

const OWNER = "coordinator@maplewood.edu";
const COST_MODEL = path.join(__dirname, "fixtures/cost-model");

function workspaceFor(bundleDir: string): Workspace {
  const ws = new Workspace({ bundleDir });
  ws.users.add(OWNER, "Casey Coordinator");
  ws.deploy(OWNER);
  return ws;
}

function once(bundleDir: string, fn: string, args: unknown[]) {
  return async () => {
    const result = run(workspaceFor(bundleDir), { fn, args, as: OWNER });
    if (!result.ok) throw new Error(`${fn} failed: ${result.error?.message}`);
    return [result.report];
  };
}

export const SCENARIOS: readonly Scenario[] = [
  {
    name: "cost model: save 200 settings",
    budget: "one setProperties instead of 200 setProperty calls",
    optimized: once(COST_MODEL, "saveSettingsBatched", [200]),
    baseline: once(COST_MODEL, "saveSettingsOneByOne", [200]),
  },
];
