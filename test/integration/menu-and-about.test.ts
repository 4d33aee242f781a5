/*
 * The Confer menu and the About sidebar, on the emulator: onOpen in AuthMode.NONE builds the
 * whole menu and calls nothing else; in LIMITED or FULL it reads only who is signed in and the
 * cached roster, and shows a known person their items; the menu item opens the real sidebar HTML
 * from dist/; the sidebar's endpoint answers as the signed-in user.
 */
import { run } from "../../emulator";
import { conferMenu } from "../../src/domain/menu";
import { COORDINATOR, readyHub, runIn, school, TEACHER } from "./harness";

const MENU_ONLY = /^(SpreadsheetApp\.getUi|DocumentApp\.getUi|Ui\.\w+|Menu\.\w+)$/;
/** What onOpen may read beside the menu once authorized: the user, the hub owner, the cache. */
const MENU_AND_READS =
  /^(SpreadsheetApp\.getUi|DocumentApp\.getUi|Ui\.\w+|Menu\.\w+|Session\.\w+|User\.getEmail|PropertiesService\.getScriptProperties|Properties\.getProperty|CacheService\.getScriptCache|Cache\.get\w*)$/;

describe("onOpen", () => {
  it.each(["NONE", "LIMITED", "FULL"] as const)(
    "builds the Confer menu in Sheets and in Docs in AuthMode.%s, touching only the menu (and, authorized, reading who is asking)",
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
        const allowed = authMode === "NONE" ? MENU_ONLY : MENU_AND_READS;
        expect(Object.keys(result.report.counts).filter((call) => !allowed.test(call))).toEqual([]);
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

describe("onOpen for a person the cached roster knows", () => {
  const captions = (items: readonly unknown[]) =>
    items.flatMap((item) =>
      typeof item === "object" && item !== null && "caption" in item
        ? [(item as { caption: string }).caption]
        : [],
    );

  function menuOf(authMode: "NONE" | "LIMITED", who: (hub: ReturnType<typeof readyHub>) => string) {
    const hub = readyHub();
    runIn(hub, "getStatus", hub.coordinator, {});
    const email = who(hub);
    const result = run(hub.ws, {
      fn: "onOpen",
      args: [{ authMode }],
      as: email,
      authMode,
      containerId: hub.hubId,
    });
    expect(result.error).toBeUndefined();
    return captions(hub.ws.ui.of(email, "Sheets", hub.hubId).menus[0]!.items);
  }

  it("shows a student only what a student can use, in AuthMode.LIMITED", () => {
    expect(menuOf("LIMITED", (hub) => hub.school.students[0]!.email)).toEqual(["About Confer"]);
  });

  it("shows a teacher Enter comments, Classroom conferences and About, and no separator left over", () => {
    const teacher = (hub: ReturnType<typeof readyHub>) =>
      hub.school.staff.find((s) => s.roles.length === 1 && s.roles[0] === "teacher")!.email;
    expect(menuOf("LIMITED", teacher)).toEqual([
      "Enter comments…",
      "Classroom conferences…",
      "Classroom cycle…",
      "About Confer",
    ]);
  });

  it("shows the hub owner every item", () => {
    expect(menuOf("LIMITED", (hub) => hub.coordinator)).toEqual(captions(conferMenu("Sheets")));
  });

  it("keeps the whole menu in AuthMode.NONE, where it cannot tell who is asking", () => {
    expect(menuOf("NONE", (hub) => hub.school.students[0]!.email)).toEqual(
      captions(conferMenu("Sheets")),
    );
  });
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
