/* The emulator's public surface for tests, scripts and the preview. */

export type { CalendarNotification, CalendarStore, StoredEvent } from "./calendar/store";
export { GoogleError } from "./core/errors";
export type { FaultSpec } from "./core/faults";
export { LATENCY_TABLE } from "./core/latency";
export { DAILY_QUOTAS, LIMITS } from "./core/quotas";
export { RATE_RULES } from "./core/rate-limits";
export { run, runConcurrently } from "./core/run";
export type { ExecutionReport, RunRequest, RunResult } from "./core/run-request";
export { runDueTriggers } from "./core/run-triggers";
export {
  type Deployment,
  type WebAppDeployment,
  Workspace,
  type WorkspaceOptions,
} from "./core/workspace";
export { DocumentContent } from "./docs/model";
export { renderDocumentHtml } from "./docs/render-html";
export type { GmailStore } from "./gmail/store";
export { callRest, type RestCall, type RestReply } from "./rest/call";
export { webAppPageRun } from "./services/web-app-call";
export { sheetNames, sheetToCsv } from "./sheets/csv";
