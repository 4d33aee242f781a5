/* The round docs and comments work on, and whether its comment window is open. */
import type { Round } from "../../../src/domain/rounds/model";
import {
  commentWindowOpen,
  roundNamed,
  workingRound,
} from "../../../src/domain/rounds/working-round";

const base: Round = {
  name: "Spring 2027",
  kind: "student-led",
  hosts: "advisors",
  preparation: { from: "2027-03-01", to: "2027-03-10" },
  comments: { from: "2027-03-05", to: "2027-03-20" },
  conference: { from: "2027-03-22", to: "2027-03-26" },
  state: "open",
  openedAt: "2027-02-01T00:00:00.000Z",
  closedAt: "",
  archivedAt: "",
  hostEmail: "",
  classIds: [],
};
const hours: Round = {
  ...base,
  name: "Office hours",
  kind: "office-hours",
  openedAt: "2027-02-02",
};

describe("workingRound", () => {
  it("is the open student-led round, never an office-hours round", () => {
    expect(workingRound([hours, base], "2027-03-06", "Fall 2026").name).toBe("Spring 2027");
    expect(workingRound([hours], "2027-03-06", "Fall 2026")).toEqual({ name: "Fall 2026" });
  });

  it("is the term's round when no round is open", () => {
    const closed = { ...base, state: "closed" as const };
    expect(workingRound([closed], "2027-03-06", " Fall 2026 ")).toEqual({ name: "Fall 2026" });
    expect(workingRound([], "2027-03-06", "")).toEqual({ name: "" });
  });
});

describe("commentWindowOpen", () => {
  const spring = workingRound([base], "2027-03-06", "");
  it("holds from the window's first day to its last, both included", () => {
    expect(commentWindowOpen(spring, "2027-03-05")).toBe(true);
    expect(commentWindowOpen(spring, "2027-03-20")).toBe(true);
    expect(commentWindowOpen(spring, "2027-03-04")).toBe(false);
    expect(commentWindowOpen(spring, "2027-03-21")).toBe(false);
  });

  it("is always open for a term's round", () => {
    expect(commentWindowOpen({ name: "Fall 2026" }, "1999-01-01")).toBe(true);
  });
});

describe("roundNamed", () => {
  it("finds a doc's round in the Rounds tab whatever its case, closed ones too", () => {
    const closed = { ...base, state: "closed" as const };
    expect(roundNamed([closed, hours], base.name.toUpperCase())).toEqual({
      name: base.name,
      round: closed,
    });
  });

  it("gives the term's round for a name the Rounds tab does not have", () => {
    expect(roundNamed([base], " Fall 2025 ")).toEqual({ name: "Fall 2025" });
  });
});
