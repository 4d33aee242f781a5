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
