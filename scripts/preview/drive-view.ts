/* The Drive list: every file the signed-in user can open, with their access, newest first. */
import { DocumentContent, MIME } from "../../emulator";
import { esc } from "./html";
import type { PreviewState } from "./state";

const KIND: Readonly<Record<string, string>> = {
  [MIME.spreadsheet]: "Sheets",
  [MIME.document]: "Docs",
};

export function driveView(state: PreviewState): string {
  const { drive } = state.ws;
  const files = drive
    .all()
    .filter((file) => !file.trashed && KIND[file.mimeType] !== undefined)
    .map((file) => ({ file, role: drive.roleOf(state.user, file) }))
    .filter(({ role }) => role !== undefined)
    .sort((a, b) => b.file.created - a.file.created || a.file.name.localeCompare(b.file.name));
  const rows = files
    .map(
      ({ file, role }) =>
        `<tr><td><a href="/file/${esc(file.id)}">${esc(file.name)}</a></td><td>${esc(KIND[file.mimeType])}</td><td>${esc(state.nameOf(file.owner))}</td><td>${esc(role)}</td></tr>`,
    )
    .join("\n");
  const body =
    files.length === 0
      ? `<p>No files are shared with you yet.</p>`
      : `<table class="grid"><caption>${files.length} file(s)</caption>
<thead><tr><th scope="col">Name</th><th scope="col">Type</th><th scope="col">Owner</th><th scope="col">Your access</th></tr></thead>
<tbody>${rows}</tbody></table>`;
  return `<h1>My Drive</h1>
<form method="post" action="/drive/new"><button type="submit">New document</button>
<span class="secondary">Confer's menu is in every Doc and Sheet: teachers open it from a doc of their own.</span></form>
${body}
<p class="secondary">The demo school's roster, for Confer ▸ Import roster…:
<a href="/roster/students.csv">students.csv</a>, <a href="/roster/staff.csv">staff.csv</a>,
<a href="/roster/classes.csv">classes.csv</a>.</p>`;
}

/** A blank Google Doc the signed-in user owns, as Drive's New ▸ Google Docs makes. */
export function newDocument(state: PreviewState): string {
  return state.ws.drive.create({
    name: "Untitled document",
    mimeType: MIME.document,
    owner: state.user,
    content: DocumentContent.create(),
  }).id;
}
