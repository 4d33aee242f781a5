/*
 * Scenarios on the emulator's cost model alone, with plain-JS fixtures: batched writes and
 * overlapped fetches against their one-call-at-a-time equivalents.
 */
import path from "node:path";
import { LatencyModel, MIME, run, SpreadsheetContent, Workspace } from "../../emulator";
import { atLeast, atMost, ratioOf } from "./budget";
import { runInChunks } from "./chunks";
import type { Measurement, Side } from "./measure";
import type { Scenario } from "./scenario";

const OWNER = "coordinator@maplewood.edu";
const FIXTURE = path.join(__dirname, "fixtures/cost-model");
const ROWS = 600;
const COLUMNS = 11;
const FETCHES = 10;

function fixtureWorkspace(): Workspace {
  const ws = new Workspace({ bundleDir: FIXTURE });
  ws.users.add(OWNER, "Casey Coordinator");
  ws.deploy(OWNER);
  return ws;
}

function once(fn: string, args: (ws: Workspace) => unknown[]): Side {
  return async () => {
    const ws = fixtureWorkspace();
    const prepared = args(ws);
    return async () => {
      const result = run(ws, { fn, args: prepared, as: OWNER });
      if (!result.ok) throw new Error(`${fn} failed: ${result.error?.message}`);
      return { reports: [result.report] };
    };
  };
}

function spreadsheetIn(ws: Workspace): string {
  return ws.drive.create({
    name: "Bench sheet",
    mimeType: MIME.spreadsheet,
    owner: OWNER,
    content: SpreadsheetContent.create(ws.script.timeZone),
  }).id;
}

const cellByCell: Side = async () => {
  const ws = fixtureWorkspace();
  const id = spreadsheetIn(ws);
  return async () => runInChunks(ws, "writeRowsOneByOne", [id, ROWS, COLUMNS], OWNER);
};

const START_S = new LatencyModel().perUnitMs("Execution.start") / 1000;

/** The calls' own modelled time: each execution's start (the same for both sides) left out. */
const calls = (m: Measurement) => m.modelledSeconds - m.executions * START_S;

export const COST_MODEL_SCENARIOS: readonly Scenario[] = [
  {
    name: "cost model: save 200 settings",
    about:
      "One setProperties against 200 setProperty calls; the budget compares the calls, leaving out each execution's start.",
    budget: [atLeast("baseline/confer modelled s of the calls", 100, ratioOf(calls))],
    optimized: once("saveSettingsBatched", () => [200]),
    baseline: once("saveSettingsOneByOne", () => [200]),
  },
  {
    name: `cost model: write ${ROWS}×${COLUMNS} cells`,
    about: `One setValues of ${ROWS * COLUMNS} cells (45 ms and 31 µs a cell) against a getRange and setValue per cell (7 ms each, Google's best-practices figure: per-cell calls are cached, so cheaper than a round trip); the budget compares the calls, leaving out each execution's start.`,
    budget: [
      atMost("confer modelled s of the calls", 1, (s) => calls(s.optimized)),
      atLeast("baseline/confer modelled s of the calls", 50, ratioOf(calls)),
    ],
    optimized: once("writeRowsBatched", (ws) => [spreadsheetIn(ws), ROWS, COLUMNS]),
    baseline: cellByCell,
  },
  {
    name: `cost model: ${FETCHES} fetches of own web app`,
    about: `One UrlFetchApp.fetchAll of ${FETCHES} requests to the script's own web app (doGet) against ${FETCHES} sequential fetch calls.`,
    budget: [
      atLeast(
        "baseline/confer modelled s",
        3,
        ratioOf((m) => m.modelledSeconds),
      ),
    ],
    optimized: once("fetchAllAtOnce", () => [FETCHES]),
    baseline: once("fetchOneByOne", () => [FETCHES]),
  },
];
