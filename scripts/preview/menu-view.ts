/* The editor's Confer menu as a toolbar of buttons, each running its item's function. */
import type { MenuItemModel, MenuModel } from "../../emulator";
import { esc } from "./html";

function items(fileId: string, entries: MenuModel["items"]): string {
  return entries
    .map((entry) => {
      if (entry === "separator") return `<li role="separator" class="separator"></li>`;
      if ("items" in entry) {
        return `<li><span>${esc(entry.caption)}</span><ul>${items(fileId, entry.items)}</ul></li>`;
      }
      const item = entry as MenuItemModel;
      return `<li><form method="post" action="/file/${esc(fileId)}/menu">
<input type="hidden" name="caption" value="${esc(item.caption)}">
<button type="submit" name="fn" value="${esc(item.functionName)}">${esc(item.caption)}</button></form></li>`;
    })
    .join("");
}

export function menuView(fileId: string, menus: readonly MenuModel[]): string {
  if (menus.length === 0) return `<p class="secondary">No add-on menu here.</p>`;
  return menus
    .map(
      (menu) => `<nav class="menu" aria-label="${esc(menu.caption)} menu">
<span class="menu-title">${menu.addon ? "Extensions ▸ " : ""}${esc(menu.caption)}</span>
<ul>${items(fileId, menu.items)}</ul></nav>`,
    )
    .join("\n");
}
