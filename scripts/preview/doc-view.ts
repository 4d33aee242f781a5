/*
 * A conference doc: the document as rendered HTML in a frame and, for someone who may edit it,
 * a form per section the student writes in, each typing its text into the doc.
 */
import { atLeast, DocumentContent } from "../../emulator";
import { esc } from "./html";
import type { PreviewState } from "./state";
import { TYPED_SECTIONS } from "./typing";

function typingForms(fileId: string): string {
  return TYPED_SECTIONS.map(({ name, label }, i) => {
    const id = `section-${i}`;
    return `<form method="post" action="/file/${esc(fileId)}/type" class="section-form">
<input type="hidden" name="section" value="${esc(name)}">
<label for="${id}">${esc(label)}</label>
<textarea id="${id}" name="text" rows="2" required></textarea>
<button type="submit">Type into “${esc(label)}”</button>
</form>`;
  }).join("\n");
}

export function docView(state: PreviewState, fileId: string): string {
  const file = state.ws.drive.get(fileId)!;
  const canEdit = atLeast(state.ws.drive.roleOf(state.user, file), "editor");
  const content = file.content instanceof DocumentContent ? file.content : undefined;
  const names = new Set(content?.namedRanges.map((range) => range.name));
  const typable = canEdit && TYPED_SECTIONS.every((section) => names.has(section.name));
  const forms = typable
    ? `<section aria-labelledby="typing"><h2 id="typing">Write in your doc</h2>
<p class="secondary">Each form types its text at the end of that section, as you would in Docs.</p>
${typingForms(fileId)}</section>`
    : canEdit
      ? ""
      : `<p class="secondary">You can view this doc but not edit it.</p>`;
  return `<iframe class="doc" title="${esc(file.name)}" src="/file/${esc(fileId)}/render"></iframe>
${forms}`;
}
