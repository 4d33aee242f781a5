/* Gmail: the signed-in user's drafts (recipients, subject, snippet), each downloadable as .eml. */
import { decodeWords, headerValue, parsePart, snippetOf } from "../../emulator/gmail/mime";
import { esc } from "./html";
import type { PreviewState } from "./state";

export function draftEml(state: PreviewState, draftId: string): string | undefined {
  const draft = state.ws.gmail.draftsOf(state.user).find((d) => d.id === draftId);
  return draft?.raw.replace(/\r?\n/g, "\r\n");
}

export function gmailView(state: PreviewState): string {
  const drafts = state.ws.gmail.draftsOf(state.user);
  if (drafts.length === 0) return `<h1>Gmail · Drafts</h1>\n<p>You have no drafts.</p>`;
  const items = drafts.map((draft, i) => {
    const part = parsePart(draft.raw);
    const header = (name: string) => decodeWords(headerValue(part.headers, name) ?? "");
    return `<li class="draft"><h2>${esc(header("Subject") || "(no subject)")}</h2>
<p class="secondary">To: ${esc(header("To"))}</p>
<p>${esc(snippetOf(part))}</p>
<a href="/gmail/${encodeURIComponent(draft.id)}.eml" download="draft-${i + 1}.eml">Download draft ${i + 1} as .eml</a></li>`;
  });
  return `<h1>Gmail · Drafts</h1>
<p>${drafts.length} draft(s). Confer never sends: they wait here to be reviewed and sent.</p>
<ul class="drafts">${items.join("\n")}</ul>`;
}
