/*
 * onOpen builds the Confer menu in Sheets or Docs; onInstall does the same at install. In
 * AuthMode.NONE it touches no service but the menu and shows every item; in LIMITED or FULL it
 * reads who is signed in and the cached roster, and shows that person's items only. When the
 * roster is not cached, or the person cannot be told, the whole menu is shown.
 */
import { conferMenu, type MenuViewer } from "../domain/menu";
import { personOf } from "../domain/roles";
import { activeEditorUi, addAddonMenu } from "../workspace/editor-ui";
import { storedHubOwner } from "../workspace/hub-store";
import { cachedRoster } from "../workspace/roster-cache";
import { activeUserEmail } from "../workspace/session";

export type OpenAuthMode = "NONE" | "LIMITED" | "FULL";

/** The AuthMode an onOpen or onInstall event names; none named counts as NONE. */
export function authModeOf(event: unknown): OpenAuthMode {
  const mode = String((event as { authMode?: unknown } | null | undefined)?.authMode ?? "NONE");
  return mode === "LIMITED" || mode === "FULL" ? mode : "NONE";
}

function viewerNow(): MenuViewer | undefined {
  try {
    const email = activeUserEmail().toLowerCase();
    const owner = storedHubOwner().toLowerCase();
    const roster = email && owner ? cachedRoster() : undefined;
    if (!roster) return undefined;
    const person = personOf(email, roster, owner);
    return { roles: person.roles, isHubOwner: email === owner };
  } catch {
    return undefined;
  }
}

export function onOpen(authMode: OpenAuthMode = "NONE"): void {
  const { host, ui } = activeEditorUi();
  addAddonMenu(ui, conferMenu(host, authMode === "NONE" ? undefined : viewerNow()));
}
