/* The round a not-yet-booked list is about, and its kind. */
import { roundToShow } from "../../../src/domain/schedule/round-choice";
import { DEC1_1PM, plus, slot } from "./school";

const cancelled = slot(DEC1_1PM, { round: "Old", status: "cancelled" });
const office = slot(plus(DEC1_1PM, 15), { round: "Office", kind: "office-hours" });

describe("roundToShow", () => {
  it("is the round asked for, with its slots' kind", () => {
    expect(roundToShow([cancelled, office], "Office")).toEqual({
      round: "Office",
      kind: "office-hours",
    });
  });

  it("is otherwise the hub's working round, in the slots' spelling, when it has slots", () => {
    const spring = slot(plus(DEC1_1PM, 30), { round: "Spring 2027" });
    expect(roundToShow([cancelled, office, spring], "", "spring 2027")).toEqual({
      round: "Spring 2027",
      kind: "conference",
    });
    expect(roundToShow([cancelled, office], "", "Spring 2027").round).toBe("Office");
  });

  it("is otherwise the first slot's round that is not cancelled", () => {
    expect(roundToShow([cancelled, office], "")).toEqual({ round: "Office", kind: "office-hours" });
  });

  it("is no round, a conference, when nothing is asked or open", () => {
    expect(roundToShow([cancelled], "")).toEqual({ round: "", kind: "conference" });
    expect(roundToShow([], "Spring")).toEqual({ round: "Spring", kind: "conference" });
  });
});
