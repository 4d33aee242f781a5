/*
 * The Confer menu and the About sidebar, on the emulator: onOpen in AuthMode.NONE builds the
 * menu and calls nothing else; the menu item opens the real sidebar HTML from dist/; the
 * sidebar's endpoint answers as the signed-in user.
 */
import { run } from "../../emulator";
import { conferMenu } from "../../src/domain/menu";
import { COORDINATOR, school, TEACHER } from "./harness";

const MENU_ONLY = /^(SpreadsheetApp\.getUi|DocumentApp\.getUi|Ui\.\w+|Menu\.\w+)$/;

describe("onOpen", () => {
  it.each(["NONE", "LIMITED", "FULL"] as const)(
    "builds the Confer menu in Sheets and in Docs in AuthMode.%s, touching only the menu",
    (authMode) => {
      const { ws, hubId, docId } = school();
      for (const [host, containerId] of [
        ["Sheets", hubId],
        ["Docs", docId],
      ] as const) {
        const result = run(ws, {
          fn: "onOpen",
          args: [{ authMode }],
          as: TEACHER,
          authMode,
          containerId,
        });
        expect(result.error).toBeUndefined();
        expect(Object.keys(result.report.counts).every((call) => MENU_ONLY.test(call))).toBe(true);
        const [menu] = ws.ui.of(TEACHER, host, containerId).menus;
        expect(menu).toEqual({
          caption: "Confer",
          addon: true,
          items: conferMenu(host),
        });
      }
    },
  );
});

describe("About Confer", () => {
  it("opens the bundled sidebar, 300 px wide, titled Confer", () => {
    const { ws, hubId } = school();
    const result = run(ws, { fn: "showAboutSidebar", as: TEACHER, containerId: hubId });
    expect(result.error).toBeUndefined();
    const [shown] = ws.ui.of(TEACHER, "Sheets", hubId).shown;
    expect(shown).toMatchObject({ kind: "sidebar", title: "Confer", width: 300 });
    expect(shown!.html).toContain('callServer("getAboutInfo")');
    expect(shown!.html).not.toContain("<!-- inline:");
  });

  it("answers the sidebar with the version and the signed-in user", () => {
    const { ws, docId } = school();
    const result = run(ws, {
      fn: "getAboutInfo",
      as: COORDINATOR,
      containerId: docId,
      kind: "sidebar",
    });
    expect(result.value).toEqual({ name: "Confer", version: "0.1.0", user: COORDINATOR });
  });
});
