/*
 * The built bundle exposes exactly what Apps Script calls: every menu item, trigger,
 * google.script.run endpoint and doGet/doPost is a top-level function of dist/Code.js
 * loaded with gas-local, and nothing else leaks into the global scope.
 */
import fs from "node:fs";
import path from "node:path";
import gas from "gas-local";
import { run } from "../../emulator";
import { RUN_BACKGROUND_WORK } from "../../src/domain/trigger-handlers";
import { COORDINATOR, DIST, school } from "./harness";

const TRIGGERS = ["onOpen", "onInstall", "doGet", "doPost", RUN_BACKGROUND_WORK];
const NAMESPACE = "Confer_";

function menuFunctions(): string[] {
  const { ws, hubId, docId } = school();
  const names: string[] = [];
  for (const [host, containerId] of [
    ["Sheets", hubId],
    ["Docs", docId],
  ] as const) {
    const result = run(ws, {
      fn: "onOpen",
      args: [{ authMode: "NONE" }],
      as: COORDINATOR,
      authMode: "NONE",
      kind: "menu",
      containerId,
    });
    expect(result.error).toBeUndefined();
    const menus = ws.ui.of(COORDINATOR, host, containerId).menus;
    expect(menus.map((m) => m.caption)).toEqual(["Confer"]);
    for (const item of menus[0]!.items) {
      if (typeof item === "object" && "functionName" in item) names.push(item.functionName);
    }
  }
  return names;
}

function sidebarEndpoints(): string[] {
  const names = new Set<string>();
  for (const file of fs.readdirSync(DIST).filter((f) => f.endsWith(".html"))) {
    const html = fs.readFileSync(path.join(DIST, file), "utf8");
    for (const match of html.matchAll(/callServer\)?\(\s*"([A-Za-z0-9_]+)"/g)) names.add(match[1]!);
  }
  return [...names];
}

function loadedGlobals(): Record<string, unknown> {
  const sandbox: Record<string, unknown> = {};
  gas.require(DIST, sandbox);
  return sandbox;
}

describe("the bundle's global scope", () => {
  const called = new Set([...TRIGGERS, ...menuFunctions(), ...sidebarEndpoints()]);
  const globals = loadedGlobals();

  it("finds menu items and sidebar endpoints to check", () => {
    expect(menuFunctions()).toContain("showAboutSidebar");
    expect(sidebarEndpoints()).toContain("getAboutInfo");
  });

  it.each([...called])("exposes %s as a top-level function", (name) => {
    expect(typeof globals[name]).toBe("function");
  });

  it("exposes no top-level function that Apps Script never calls", () => {
    const functions = Object.keys(globals).filter((name) => typeof globals[name] === "function");
    expect(functions.sort()).toEqual([...called].sort());
  });

  it("keeps everything else inside one private namespace ending in _", () => {
    const others = Object.keys(globals).filter((name) => typeof globals[name] !== "function");
    expect(others).toEqual([NAMESPACE]);
  });
});
