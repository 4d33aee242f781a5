/* A publish goes into one of the hub's open rounds, of its kind and inside its conference days. */
import type { Round } from "../../../src/domain/rounds/model";
import { ScheduleInputError } from "../../../src/domain/schedule/errors";
import { parsePublishRequest } from "../../../src/domain/schedule/publish";
import { checkAgainstRounds } from "../../../src/domain/schedule/publish-rounds";
import { slotsOfRound } from "../../../src/domain/schedule/round-slots";
import { ADA, DEC1_1PM, plus, slot } from "./school";

const spring: Round = {
  name: "Spring 2027 student-led",
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
const hours: Round = { ...spring, name: "Spring office hours", kind: "office-hours" };

const conference = (changes: Record<string, unknown> = {}) =>
  parsePublishRequest(
    {
      kind: "conference",
      round: "spring 2027 STUDENT-LED",
      minutes: 15,
      days: ["2027-03-22", "2027-03-26"],
      startTime: "13:00",
      endTime: "15:00",
      ...changes,
    },
    ADA,
  );

function refusal(request: ReturnType<typeof conference>, rounds: Round[]): string {
  try {
    checkAgainstRounds(request, rounds);
  } catch (error) {
    if (error instanceof ScheduleInputError) return error.message;
    throw error;
  }
  return "accepted";
}

describe("checkAgainstRounds", () => {
  it("spells the round as the Rounds tab does", () => {
    expect(checkAgainstRounds(conference(), [hours, spring]).round).toBe(spring.name);
  });

  it("keeps free round names on a hub with no open round", () => {
    const closed = { ...spring, state: "closed" as const };
    expect(checkAgainstRounds(conference({ round: "Fall conferences" }), [closed]).round).toBe(
      "Fall conferences",
    );
  });

  it("keeps free round names beside an open classroom round, and never publishes into one", () => {
    const math: Round = {
      ...spring,
      name: "Math · Q2 conferences",
      kind: "classroom",
      hosts: "teacher",
      hostEmail: "jun.bianchi@school.test",
      classIds: ["MATH-6A"],
    };
    expect(checkAgainstRounds(conference({ round: "Fall conferences" }), [math]).round).toBe(
      "Fall conferences",
    );
    expect(refusal(conference({ round: "math · q2 conferences" }), [math])).toBe(
      "Round “Math · Q2 conferences”: is jun.bianchi@school.test's classroom round, which takes no published slots; its teacher plans it in Classroom cycle.",
    );
  });

  it("refuses a round that is not open, naming the open rounds of the kind", () => {
    expect(refusal(conference({ round: "Fall 2026" }), [hours, spring])).toBe(
      "Round “Fall 2026”: is not an open round (open student-led rounds: Spring 2027 student-led).",
    );
    expect(refusal(conference({ round: "Fall 2026" }), [hours])).toBe(
      "Round “Fall 2026”: is not an open round (no student-led round is open; a coordinator opens one in Confer ▸ Rounds…).",
    );
  });

  it("refuses conferences in an office-hours round", () => {
    expect(refusal(conference({ round: hours.name }), [hours, spring])).toBe(
      "Round “Spring office hours”: is a round of office-hours, not of conferences (open student-led rounds: Spring 2027 student-led).",
    );
  });

  it("refuses conference days outside the round's conference days", () => {
    expect(refusal(conference({ days: ["2027-03-21", "2027-03-22"] }), [spring])).toBe(
      "Day “2027-03-21”: is outside “Spring 2027 student-led”'s conference days, 2027-03-22 to 2027-03-26.",
    );
  });
});

describe("slotsOfRound", () => {
  const fall = slot(DEC1_1PM, { round: "Fall 2026" });
  const later = slot(plus(DEC1_1PM, 15), { round: "Spring 2027 Student-led" });
  const untagged = slot(plus(DEC1_1PM, 30), { round: "Conferences" });
  it("keeps the working round's slots, or every slot for the term's round", () => {
    expect(slotsOfRound([fall, later], { name: spring.name, round: spring }, [spring])).toEqual([
      later,
    ]);
    expect(slotsOfRound([fall, later], { name: "Fall 2026" }, [])).toEqual([fall, later]);
  });
  it("leaves out of the term's round the slots of another round in the Rounds tab", () => {
    const all = [fall, later, untagged];
    expect(slotsOfRound(all, { name: "Fall 2026" }, [spring])).toEqual([fall, untagged]);
    expect(slotsOfRound(all, { name: "spring 2027 student-led" }, [spring])).toEqual(all);
  });
});
