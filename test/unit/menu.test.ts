/* The Confer menu as data: captions are unique and every item names a callable function. */
import { conferMenu, menuFunctionNames } from "../../src/domain/menu";

describe.each(["Sheets", "Docs"] as const)("the %s menu", (host) => {
  it("has unique captions", () => {
    const captions = conferMenu(host).flatMap((e) => (e === "separator" ? [] : [e.caption]));
    expect(new Set(captions).size).toBe(captions.length);
  });

  it("names functions Apps Script can call (no trailing underscore, no dots)", () => {
    for (const name of menuFunctionNames(host))
      expect(name).toMatch(/^[A-Za-z][A-Za-z0-9]*[A-Za-z0-9]$/);
  });
});

describe("the menu for a known person", () => {
  const captions = (entries: readonly unknown[]) =>
    entries.map((e) => (e === "separator" ? "—" : (e as { caption: string }).caption));

  it("shows a student in Docs their conference, their family update and About", () => {
    const student = { roles: new Set(["student"] as const), isHubOwner: false };
    expect(captions(conferMenu("Docs", student))).toEqual([
      "My conference…",
      "Draft my family update (students)",
      "Ask my teacher for an extra conference",
      "—",
      "About Confer",
    ]);
  });

  it("shows an advisor their items, and a coordinator who is not the owner no hub items", () => {
    const advisor = { roles: new Set(["advisor"] as const), isHubOwner: false };
    expect(captions(conferMenu("Sheets", advisor))).toEqual([
      "Create conference docs…",
      "Pull teacher comments…",
      "Draft guardian updates…",
      "Status…",
      "Schedule conferences…",
      "Not yet booked…",
      "Goal check-ins…",
      "—",
      "About Confer",
    ]);
    const coordinator = { roles: new Set(["coordinator"] as const), isHubOwner: false };
    const items = captions(conferMenu("Sheets", coordinator));
    expect(items).toContain("Import roster…");
    expect(items[items.indexOf("Import roster…") + 1]).toBe("Assign advisors…");
    expect(items).toContain("Rounds…");
    expect(items).not.toContain("Set up hub");
    expect(items).not.toContain("Move the hub here");
  });

  it("shows a teacher Classroom conferences in both editors, next to Enter comments", () => {
    const teacher = { roles: new Set(["teacher"] as const), isHubOwner: false };
    for (const host of ["Sheets", "Docs"] as const) {
      expect(captions(conferMenu(host, teacher))).toEqual([
        "Enter comments…",
        "Classroom conferences…",
        "Classroom cycle…",
        "—",
        "About Confer",
      ]);
    }
  });

  it("shows someone the roster lacks only About, with no separator left", () => {
    const nobody = { roles: new Set<never>(), isHubOwner: false };
    expect(captions(conferMenu("Sheets", nobody))).toEqual(["About Confer"]);
  });
});
