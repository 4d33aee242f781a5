/* The hub's tabs as data: the layout of DESIGN.md section 3. */
import { COMMENT_COLUMNS, headersOf, hubTabs } from "../../../src/domain/hub/tabs";

describe("hubTabs", () => {
  it("has one comment tab per grade between the roster and the log", () => {
    expect(hubTabs(["6", "7"]).map((tab) => tab.name)).toEqual([
      "Settings",
      "Rounds",
      "Students",
      "Staff",
      "Classes",
      "Grade 6 Comments",
      "Grade 7 Comments",
      "Comment Log",
      "Conference Docs",
      "Schedule",
      "Booking Log",
      "Outbox",
      "Conference Notes",
      "Check-ins",
      "Classroom Cycle",
      "Classroom Plans",
      "Roster Import",
    ]);
  });

  it("lets only the locked layer write comments and the log", () => {
    const locked = hubTabs(["6"]).filter((tab) => tab.writer === "locked-layer");
    expect(locked.map((tab) => tab.name)).toEqual(["Grade 6 Comments", "Comment Log"]);
  });

  it("gives every tab unique headers", () => {
    for (const tab of hubTabs(["6", "7", "8"])) {
      expect(new Set(headersOf(tab)).size).toBe(tab.columns.length);
    }
  });

  it("stores comment text as plain text, so a formula is never evaluated", () => {
    expect(COMMENT_COLUMNS.find((c) => c.header === "Comment")?.format).toBe("@");
  });
});
