/*
 * Gmail: the signed-in user's drafts (recipients, subject, snippet), each downloadable as .eml,
 * and the mail they sent.
 */
import { decodeWords, headerValue, parsePart, snippetOf } from "../../emulator";
import { esc } from "./html";
import type { PreviewState } from "./state";

export function draftEml(state: PreviewState, draftId: string): string | undefined {
  const draft = state.ws.gmail.draftsOf(state.user).find((d) => d.id === draftId);
  return draft?.raw.replace(/\r?\n/g, "\r\n");
}

function summary(raw: string): { header: (name: string) => string; snippet: string } {
  const part = parsePart(raw);
  return {
    header: (name) => decodeWords(headerValue(part.headers, name) ?? ""),
    snippet: snippetOf(part),
  };
}

function draftsSection(state: PreviewState): string {
  const drafts = state.ws.gmail.draftsOf(state.user);
  if (drafts.length === 0) return `<h1>Gmail · Drafts</h1>\n<p>You have no drafts.</p>`;
  const items = drafts.map((draft, i) => {
    const { header, snippet } = summary(draft.raw);
    return `<li class="draft"><h2>${esc(header("Subject") || "(no subject)")}</h2>
<p class="secondary">To: ${esc(header("To"))}</p>
<p>${esc(snippet)}</p>
<a href="/gmail/${encodeURIComponent(draft.id)}.eml" download="draft-${i + 1}.eml">Download draft ${i + 1} as .eml</a></li>`;
  });
  return `<h1>Gmail · Drafts</h1>
<p>${drafts.length} draft(s), waiting here to be reviewed and sent.</p>
<ul class="drafts">${items.join("\n")}</ul>`;
}

function sentSection(state: PreviewState): string {
  const sent = state.ws.gmail.sentOf(state.user);
  if (sent.length === 0) return `<h2>Sent</h2>\n<p>You have sent no mail.</p>`;
  const items = [...sent].reverse().map((message) => {
    const { header, snippet } = summary(message.raw);
    const copies = ["Cc", "Bcc"]
      .filter((name) => header(name) !== "")
      .map((name) => ` · ${name}: ${esc(header(name))}`)
      .join("");
    return `<li class="draft"><h3>${esc(header("Subject") || "(no subject)")}</h3>
<p class="secondary">To: ${esc(header("To"))}${copies}</p>
<p>${esc(snippet)}</p></li>`;
  });
  return `<h2>Sent</h2>
<p>${sent.length} message(s) sent, newest first.</p>
<ul class="drafts">${items.join("\n")}</ul>`;
}

export function gmailView(state: PreviewState): string {
  return `${draftsSection(state)}\n${sentSection(state)}`;
}
