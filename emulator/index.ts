/*
 * The emulator's public surface: the only module scripts and tests outside the emulator import.
 * A Workspace and the runs on it; Google's published limits; the REST endpoints called directly;
 * and the stored files' contents (Sheets, Docs, Gmail MIME) as a caller seeds or reads them.
 */

export type { CalendarNotification, CalendarStore, StoredEvent } from "./calendar/store";
export { GoogleError } from "./core/errors";
export type { Execution } from "./core/execution";
export type { FaultSpec } from "./core/faults";
export { LATENCY_TABLE, LatencyModel } from "./core/latency";
export { DAILY_QUOTAS, LIMITS } from "./core/quotas";
export { RATE_RULES } from "./core/rate-limits";
export { run, runConcurrently } from "./core/run";
export type {
  ExecutionReport,
  FetchRound,
  RoundRequest,
  RunRequest,
  RunResult,
} from "./core/run-request";
export { runDueTriggers } from "./core/run-triggers";
export {
  type Deployment,
  type WebAppDeployment,
  Workspace,
  type WorkspaceOptions,
} from "./core/workspace";
export { DocumentContent } from "./docs/model";
export { renderDocumentHtml } from "./docs/render-html";
export { atLeast, type DriveFile, MIME } from "./drive/store";
export { decodeWords, headerValue, parsePart, snippetOf } from "./gmail/mime";
export type { GmailStore } from "./gmail/store";
export { callRest, type RestCall, type RestReply } from "./rest/call";
export { rest } from "./rest/client";
export type { HttpReply } from "./services/http-response";
export type { EditorHost, MenuItemModel, MenuModel, ShownHtml } from "./services/ui";
export { planWebAppCall, replyOfWebApp, webAppPageRun } from "./services/web-app-call";
export { displayValue } from "./sheets/cell-values";
export { sheetNames, sheetToCsv } from "./sheets/csv";
export {
  cellAt,
  cellFor,
  lastColumnOf,
  lastRowOf,
  newSheet,
  type SheetData,
  SpreadsheetContent,
} from "./sheets/model";
export { exportWorkspace } from "./views/export";
export { safeFileName } from "./views/file-names";
