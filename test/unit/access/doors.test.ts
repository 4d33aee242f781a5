/* Which door an execution came through, from what Session reports, and the refusals' wording. */
import { doorOf, wrongDoor } from "../../../src/domain/access/doors";

const OWNER = "owner@school.test";
const facts = (active: string, effective: string, inEditor = true) => ({
  active,
  effective,
  hubOwner: OWNER,
  inEditor: () => inEditor,
});

describe("doorOf", () => {
  it("sees the add-on when the person at the keyboard runs the code as themselves", () => {
    expect(doorOf(facts("teacher@school.test", "teacher@school.test", false))).toBe("addon");
    expect(doorOf(facts(OWNER, OWNER, true))).toBe("addon");
  });

  it("sees a served page when the code runs as the owner for someone else, or for nobody", () => {
    expect(doorOf(facts("", OWNER))).toBe("page");
    expect(doorOf(facts("student@school.test", OWNER))).toBe("page");
  });

  it("sees a served page when the owner is at the keyboard with no Sheet or Doc around them", () => {
    expect(doorOf(facts(OWNER, OWNER, false))).toBe("page");
  });

  it("never asks about the editor for anyone but the owner", () => {
    let asked = false;
    const door = doorOf({
      active: "t@school.test",
      effective: "t@school.test",
      hubOwner: OWNER,
      inEditor: () => {
        asked = true;
        return false;
      },
    });
    expect({ door, asked }).toEqual({ door: "addon", asked: false });
  });
});

describe("wrongDoor", () => {
  it("tells a page visitor in one sentence what the page is for", () => {
    expect(wrongDoor("read Confer's settings", "page", ["addon", "web"]).message).toBe(
      "This page only books conferences through a family's sign-up link; it cannot read Confer's settings.",
    );
  });

  it("names the doors an action does run from", () => {
    expect(wrongDoor("book a conference", "addon", ["page"]).message).toBe(
      "Confer does not book a conference from the Confer menu in Sheets or Docs; that runs only from a family sign-up page.",
    );
  });
});
