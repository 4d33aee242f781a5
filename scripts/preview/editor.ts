/*
 * The Sheets or Docs editor around an open file: onOpen builds the Confer menu, a menu item
 * runs its function as the signed-in user, and a sidebar's google.script.run calls run as the
 * user who opened it. Each is a real execution of the built bundle.
 */
import { type EditorHost, type MenuModel, MIME, run } from "../../emulator";
import { measured } from "./last-action";
import type { PreviewState } from "./state";

export function hostOf(state: PreviewState, fileId: string): EditorHost | undefined {
  const mimeType = state.ws.drive.get(fileId)?.mimeType;
  if (mimeType === MIME.spreadsheet) return "Sheets";
  if (mimeType === MIME.document) return "Docs";
  return undefined;
}

/** The menus of the signed-in user's editor, running onOpen first when this editor has none yet. */
export function menusOf(state: PreviewState, fileId: string, host: EditorHost): MenuModel[] {
  const ui = state.ws.ui.of(state.user, host, fileId);
  if (ui.menus.length === 0) {
    const { action } = measured(state.ws, `Open the file (onOpen)`, () =>
      run(state.ws, {
        fn: "onOpen",
        args: [{ authMode: "LIMITED" }],
        as: state.user,
        authMode: "LIMITED",
        kind: "menu",
        containerId: fileId,
      }),
    );
    state.lastAction = action;
  }
  return ui.menus;
}

/**
 * Runs a menu item's function; what it showed (a sidebar or a modeless dialog, alerts) goes into
 * the state. The shell shows a dialog in the sidebar's place, at the dialog's own width.
 */
export function runMenuItem(state: PreviewState, fileId: string, fn: string, caption: string) {
  const host = hostOf(state, fileId);
  if (!host) throw new Error("This file has no Confer menu.");
  const ui = state.ws.ui.of(state.user, host, fileId);
  const shownBefore = ui.shown.length;
  const alertsBefore = ui.alerts.length;
  const { value, action } = measured(state.ws, `Confer ▸ ${caption}`, () =>
    run(state.ws, { fn, as: state.user, kind: "menu", containerId: fileId }),
  );
  state.lastAction = action;
  state.alerts = ui.alerts.slice(alertsBefore);
  if (!value.ok) state.alerts.push(`${caption} failed: ${value.error?.message ?? "refused"}`);
  const sidebar = ui.shown
    .slice(shownBefore)
    .filter((shown) => shown.kind === "sidebar" || shown.kind === "modelessDialog")
    .at(-1);
  if (sidebar) state.setSidebar(state.user, fileId, sidebar);
}

export interface SidebarCall {
  readonly fn: string;
  readonly args: readonly unknown[];
  readonly as: string;
  readonly containerId: string;
}

export type SidebarAnswer = { ok: true; value: unknown } | { ok: false; error: string };

/** One google.script.run call: the value as JSON, or Google's error message. */
export function runSidebarCall(state: PreviewState, call: SidebarCall): SidebarAnswer {
  const { value, action } = measured(state.ws, `Sidebar: ${call.fn}`, () =>
    run(state.ws, {
      fn: call.fn,
      args: call.args,
      as: call.as,
      containerId: call.containerId,
      kind: "sidebar",
    }),
  );
  state.lastAction = action;
  if (!value.ok) return { ok: false, error: value.error?.message ?? "The call was refused." };
  return { ok: true, value: value.value === undefined ? null : value.value };
}
