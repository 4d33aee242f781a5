/*
 * Exports what a Workspace holds into a folder people can open: the saved state, each tab of
 * the hub as CSV, each Google Doc as HTML, each Gmail draft as an .eml file, and the service
 * calls of every execution as JSON.
 */
import fs from "node:fs";
import path from "node:path";
import type { ExecutionReport } from "../core/run-request";
import type { Workspace } from "../core/workspace";
import { renderDocumentHtml } from "../docs/render-html";
import { MIME } from "../drive/store";
import { sheetNames, sheetToCsv } from "../sheets/csv";
import { FileNamer, safeFileName } from "./file-names";

export interface ExportOptions {
  /** The hub spreadsheet, whose tabs go to tabs/; none yet when the hub is not set up. */
  readonly hubId?: string;
  /** Extra JSON for calls.json, such as the steps of a scripted run. */
  readonly steps?: unknown;
}

export interface ExportResult {
  /** Every file written, relative to the export folder, with "/" separators. */
  readonly files: readonly string[];
  /** What could not be exported, and why. */
  readonly skipped: readonly string[];
}

interface Drafts {
  users(): string[];
  draftsOf(user: string): readonly { id: string; raw: string }[];
}

/** The Workspace's Gmail store, when the Workspace has one. */
function gmailOf(ws: Workspace): Drafts | undefined {
  return (ws as { gmail?: Drafts }).gmail;
}

/** Service calls by Class.method over every execution, most frequent first. */
export function callTotals(reports: readonly ExecutionReport[]): Record<string, number> {
  const totals = new Map<string, number>();
  for (const report of reports) {
    for (const [call, n] of Object.entries(report.counts)) {
      totals.set(call, (totals.get(call) ?? 0) + n);
    }
  }
  return Object.fromEntries([...totals].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)));
}

class ExportWriter {
  readonly files: string[] = [];
  readonly skipped: string[] = [];

  constructor(private readonly dir: string) {}

  write(relative: string, text: string): void {
    const target = path.join(this.dir, relative);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
    this.files.push(relative);
  }
}

function exportTabs(ws: Workspace, hubId: string, out: ExportWriter): void {
  const namer = new FileNamer();
  for (const name of sheetNames(ws, hubId)) {
    out.write(`tabs/${namer.name(name, ".csv")}`, sheetToCsv(ws, hubId, name));
  }
}

function exportDocs(ws: Workspace, out: ExportWriter): void {
  const namer = new FileNamer();
  const docs = ws.drive
    .all()
    .filter((file) => file.mimeType === MIME.document && !file.trashed)
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  for (const doc of docs) {
    if (doc.content?.kind !== "document") {
      out.skipped.push(`${doc.name} (${doc.id}): a Drive record with no document body`);
      continue;
    }
    out.write(`docs/${namer.name(doc.name, ".html")}`, renderDocumentHtml(ws, doc.id));
  }
}

function exportDrafts(ws: Workspace, out: ExportWriter): void {
  const gmail = gmailOf(ws);
  if (!gmail) return;
  for (const user of [...gmail.users()].sort()) {
    gmail.draftsOf(user).forEach((draft, index) => {
      const raw = draft.raw.replace(/\r?\n/g, "\r\n");
      out.write(`drafts/${safeFileName(user)}/${index + 1}.eml`, raw);
    });
  }
}

const GENERATED = ["state", "tabs", "docs", "drafts", "calls.json"];

/**
 * Writes state/, tabs/, docs/, drafts/ and calls.json into `dir`, replacing what an earlier
 * export left there (and nothing else), and lists what it wrote.
 */
export function exportWorkspace(
  ws: Workspace,
  dir: string,
  options: ExportOptions = {},
): ExportResult {
  fs.mkdirSync(dir, { recursive: true });
  for (const name of GENERATED) fs.rmSync(path.join(dir, name), { recursive: true, force: true });
  const out = new ExportWriter(dir);
  ws.save(path.join(dir, "state"));
  out.files.push("state/state.json");
  if (options.hubId) exportTabs(ws, options.hubId, out);
  exportDocs(ws, out);
  exportDrafts(ws, out);
  const calls = {
    executions: ws.history.length,
    calls: ws.history.reduce((sum, report) => sum + report.calls, 0),
    modelledSeconds: ws.history.reduce((sum, report) => sum + report.modelledMs, 0) / 1000,
    totals: callTotals(ws.history),
    steps: options.steps ?? [],
    history: ws.history,
  };
  out.write("calls.json", `${JSON.stringify(calls, null, 2)}\n`);
  return { files: out.files, skipped: out.skipped };
}
