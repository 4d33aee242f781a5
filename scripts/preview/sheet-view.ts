/* The hub spreadsheet: a tab picker and the chosen tab's display values as a table. */
import { cellAt, displayValue, lastColumnOf, lastRowOf, SpreadsheetContent } from "../../emulator";
import { esc } from "./html";
import type { PreviewState } from "./state";

export function sheetView(state: PreviewState, fileId: string, tab: string | null): string {
  const content = state.ws.drive.get(fileId)?.content;
  if (!(content instanceof SpreadsheetContent)) return "<p>This spreadsheet has no content.</p>";
  const sheet = content.sheetByName(tab ?? "") ?? content.sheets[0];
  if (!sheet) return "<p>This spreadsheet has no tabs.</p>";
  const tabs = content.sheets
    .map((s) => {
      const current = s.name === sheet.name ? ` aria-current="page"` : "";
      return `<li><a href="/file/${esc(fileId)}?tab=${encodeURIComponent(s.name)}"${current}>${esc(s.name)}</a></li>`;
    })
    .join("");
  const rows: string[] = [];
  for (let r = 1; r <= lastRowOf(sheet); r++) {
    const cells: string[] = [];
    for (let c = 1; c <= lastColumnOf(sheet); c++) {
      const tag = r === 1 ? "th" : "td";
      cells.push(`<${tag}>${esc(displayValue(cellAt(sheet, r, c), content.timeZone))}</${tag}>`);
    }
    rows.push(`<tr>${cells.join("")}</tr>`);
  }
  return `<div id="sheet"><nav aria-label="Sheet tabs"><ul class="tabs">${tabs}</ul></nav>
<div class="scroll"><table class="grid sheet"><caption>${esc(sheet.name)}</caption>${rows.join("\n")}</table></div></div>`;
}
