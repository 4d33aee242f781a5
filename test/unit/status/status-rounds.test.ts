/* Which round Status shows and compares with, and the refusal of a round it does not know. */
import { statusRounds } from "../../../src/domain/status/status-rounds";

const ROUNDS = ["Fall 2026 student-led", "Spring 2027 student-led"];

describe("statusRounds", () => {
  it("shows the working round when none is asked for, comparing with nothing", () => {
    expect(statusRounds(ROUNDS, "Spring 2027 student-led", {})).toEqual({
      round: "Spring 2027 student-led",
      compareWith: "",
    });
  });

  it("finds a round whatever its case, and compares with another", () => {
    expect(
      statusRounds(ROUNDS, "Spring 2027 student-led", {
        round: " fall 2026 STUDENT-LED ",
        compareWith: "spring 2027 student-led",
      }),
    ).toEqual({ round: "Fall 2026 student-led", compareWith: "Spring 2027 student-led" });
  });

  it("compares with nothing when asked to compare a round with itself", () => {
    expect(
      statusRounds(ROUNDS, "Spring 2027 student-led", { compareWith: "Spring 2027 student-led" }),
    ).toEqual({ round: "Spring 2027 student-led", compareWith: "" });
  });

  it("refuses an unknown round, naming the field and the rounds there are", () => {
    expect(() =>
      statusRounds(ROUNDS, "Spring 2027 student-led", { compareWith: "Winter" }),
    ).toThrow(
      "Status has no round called “Winter” (compare with); rounds: Fall 2026 student-led, Spring 2027 student-led.",
    );
    expect(() => statusRounds([], "", { round: "Fall" })).toThrow(
      "Status has no round called “Fall” (round); rounds: none has docs yet.",
    );
  });
});
