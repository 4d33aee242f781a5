/*
 * A script's Date follows the execution's modelled clock: time spent in service calls (here
 * Utilities.sleep, reference/utilities/utilities#sleep(Integer)) shows in Date.now(), as it would
 * on Google's servers, while the test itself runs at CPU speed.
 */
import { run } from "..";
import { OWNER, schoolWorkspace } from "./harness";

describe("the script's clock", () => {
  it("advances Date.now() by the modelled time of a sleep", () => {
    const ws = schoolWorkspace("counter");
    const started = Date.now();
    const result = run(ws, { fn: "clockAcrossSleep", args: [120_000], as: OWNER });
    expect(result.error).toBeUndefined();
    expect(result.value).toEqual({ elapsed: 120_000, startedIsDate: true, year: 2026 });
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe("the wall clock between executions", () => {
  it("starts each execution after the one before it ended, so time moves on as on Google", () => {
    const ws = schoolWorkspace("counter");
    const before = ws.now();
    run(ws, { fn: "clockAcrossSleep", args: [90_000], as: OWNER });
    expect(ws.now()).toBeGreaterThanOrEqual(before + 90_000);
    const second = run(ws, { fn: "clockAcrossSleep", args: [1_000], as: OWNER });
    expect(second.report.modelledMs).toBeGreaterThanOrEqual(1_000);
    expect(ws.now()).toBeGreaterThanOrEqual(before + 91_000);
  });
});
