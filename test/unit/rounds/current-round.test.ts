/* The round a sidebar works on today. */
import { currentRound } from "../../../src/domain/rounds/current-round";
import type { Round } from "../../../src/domain/rounds/model";

function round(name: string, from: string, to: string, openedAt: string, state = "open"): Round {
  return {
    name,
    kind: "student-led",
    hosts: "advisors",
    preparation: { from, to: from },
    comments: { from, to },
    conference: { from: to, to },
    state: state as Round["state"],
    openedAt,
    closedAt: state === "open" ? "" : openedAt,
    archivedAt: state === "archived" ? openedAt : "",
    hostEmail: "",
    classIds: [],
  };
}

const fall = round("Fall", "2026-10-01", "2026-11-06", "2026-09-01T00:00:00.000Z");
const hours = round("Office hours", "2026-09-01", "2027-01-31", "2026-08-20T00:00:00.000Z");
const spring = round("Spring", "2027-03-01", "2027-04-10", "2026-12-01T00:00:00.000Z");

describe("currentRound", () => {
  it("is the open round whose dates contain today, the latest opened when several do", () => {
    expect(currentRound([hours, fall, spring], "2026-10-15")?.name).toBe("Fall");
    expect(currentRound([hours, spring], "2026-12-20")?.name).toBe("Office hours");
  });

  it("counts the first and last day of the round's windows as inside it", () => {
    expect(currentRound([spring, fall], "2026-10-01")?.name).toBe("Fall");
    expect(currentRound([spring, fall], "2026-11-06")?.name).toBe("Fall");
  });

  it("is the open round opened most recently when none contains today", () => {
    expect(currentRound([fall, spring, hours], "2027-02-15")?.name).toBe("Spring");
  });

  it("never picks a closed or archived round, and is none when no round is open", () => {
    const closedFall = { ...fall, state: "closed" as const };
    expect(currentRound([closedFall, spring], "2026-10-15")?.name).toBe("Spring");
    expect(currentRound([closedFall], "2026-10-15")).toBeUndefined();
    expect(currentRound([], "2026-10-15")).toBeUndefined();
  });
});
