/* The emulator's public surface for tests, scripts and the preview. */
export { GoogleError } from "./core/errors";
export type { FaultSpec } from "./core/faults";
export { LATENCY_TABLE } from "./core/latency";
export { DAILY_QUOTAS, LIMITS } from "./core/quotas";
export { run, runConcurrently } from "./core/run";
export type { ExecutionReport, RunRequest, RunResult } from "./core/run-request";
export { Workspace, type WorkspaceOptions } from "./core/workspace";
