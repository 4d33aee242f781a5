/* A publish's skipped times, gathered into one line per day and reason. */
import { skippedRuns } from "../../../src/domain/schedule/skipped-runs";

const TZ = "America/New_York";

describe("skippedRuns", () => {
  it("gathers a past day's times into one run, from its first time to its last", () => {
    const skipped = ["18:00", "18:15", "18:30"].map((t) => ({
      start: `2026-11-20T${t}:00.000Z`,
      reason: "in the past",
    }));
    expect(skippedRuns(skipped, TZ)).toEqual([
      {
        first: "2026-11-20T18:00:00.000Z",
        last: "2026-11-20T18:30:00.000Z",
        count: 3,
        reason: "in the past",
      },
    ]);
  });

  it("starts a new run on another local day or for another reason, in time order", () => {
    const runs = skippedRuns(
      [
        { start: "2026-11-21T18:00:00.000Z", reason: "in the past" },
        { start: "2026-11-20T18:15:00.000Z", reason: "overlaps your slot at Fri Nov 20 1:05 PM" },
        { start: "2026-11-20T18:00:00.000Z", reason: "in the past" },
        { start: "2026-11-20T18:30:00.000Z", reason: "in the past" },
      ],
      TZ,
    );
    expect(runs.map((r) => [r.first.slice(0, 16), r.count, r.reason])).toEqual([
      ["2026-11-20T18:00", 1, "in the past"],
      ["2026-11-20T18:15", 1, "overlaps your slot at Fri Nov 20 1:05 PM"],
      ["2026-11-20T18:30", 1, "in the past"],
      ["2026-11-21T18:00", 1, "in the past"],
    ]);
  });

  it("splits at local midnight, not UTC midnight", () => {
    const runs = skippedRuns(
      [
        { start: "2026-11-21T03:30:00.000Z", reason: "in the past" },
        { start: "2026-11-21T05:30:00.000Z", reason: "in the past" },
      ],
      TZ,
    );
    expect(runs.map((r) => r.count)).toEqual([1, 1]);
  });
});
