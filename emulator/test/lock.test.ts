/*
 * LockService, as developers.google.com/apps-script/reference/lock/lock documents it:
 * waitLock throws after its timeout, tryLock returns false, and a lock is released when
 * its execution ends. Concurrent executions run in worker threads.
 */
import { run, runConcurrently } from "..";
import { OWNER, schoolWorkspace } from "./harness";

const bumps = (useLock: boolean, n: number) =>
  Array.from({ length: n }, (_, index) => ({ fn: "bump", args: [useLock, index, n], as: OWNER }));

describe("the script lock across concurrent executions", () => {
  it("loses updates without the lock: read-modify-write races", async () => {
    const ws = schoolWorkspace("counter");
    const results = await runConcurrently(ws, bumps(false, 6));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(ws.scriptProperties.get("count")).toBe("1");
  });

  it("loses no update with the lock", async () => {
    const ws = schoolWorkspace("counter");
    const results = await runConcurrently(ws, bumps(true, 6));
    expect(results.map((r) => r.error)).toEqual(Array(6).fill(undefined));
    expect(ws.scriptProperties.get("count")).toBe("6");
  });

  it("waitLock throws Google's timeout error while another execution holds the lock", async () => {
    const ws = schoolWorkspace("counter");
    const [holder, waiter] = await runConcurrently(ws, [
      { fn: "holdLockFor", args: [100_000], as: OWNER },
      { fn: "waitFor", args: [2_000], as: OWNER },
    ]);
    expect(holder!.ok).toBe(true);
    expect(waiter!.error?.message).toBe(
      "Lock timeout: another process was holding the lock for too long.",
    );
    expect(waiter!.report.modelledMs).toBeGreaterThanOrEqual(2_000);
  });

  it("tryLock returns false when the lock stays busy past its timeout", async () => {
    const ws = schoolWorkspace("counter");
    const [, trier] = await runConcurrently(ws, [
      { fn: "holdLockFor", args: [100_000], as: OWNER },
      { fn: "tryFor", args: [1_000], as: OWNER },
    ]);
    expect(trier!.value).toBe(false);
  });

  it("releases a lock when its execution ends without releasing it", () => {
    const ws = schoolWorkspace("counter");
    expect(run(ws, { fn: "holdLockFor", args: [10], as: OWNER }).ok).toBe(true);
    expect(run(ws, { fn: "tryFor", args: [0], as: OWNER }).value).toBe(true);
  });
});
