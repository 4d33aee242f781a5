/*
 * A script's Date follows the execution's modelled clock: time spent in service calls (here
 * Utilities.sleep, reference/utilities/utilities#sleep(Integer)) shows in Date.now(), as it would
 * on Google's servers, while the test itself runs at CPU speed.
 */
import { run } from "../../emulator";
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
