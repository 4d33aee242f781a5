/*
 * CacheService and Cache, as developers.google.com/apps-script/reference/cache/cache-service
 * and developers.google.com/apps-script/reference/cache/cache document them: script, user and
 * document caches; put defaults to 600 s and caps at 21600 s; keys up to 250 characters and
 * values up to 100 KB. Expiry runs on the modelled clock: the workspace's wall clock plus the
 * execution's modelled time.
 */
import { run, Workspace } from "..";
import { MIME } from "../drive/store";
import { EXECUTION_START_MS, fixture, OWNER, schoolWorkspace, TEACHER } from "./harness";

function clockedWorkspace() {
  const clock = { now: Date.UTC(2026, 10, 23, 9) };
  const ws = new Workspace({ bundleDir: fixture("cache"), now: () => clock.now });
  ws.users.add(OWNER, "Casey Coordinator");
  ws.users.add(TEACHER, "Tomás Teacher");
  ws.deploy(OWNER);
  return { ws, clock };
}

describe("CacheService caches", () => {
  it("shares the script cache between users and keeps user caches apart (cache-service#getUserCache)", () => {
    const ws = schoolWorkspace("cache");
    run(ws, { fn: "put", args: ["script", "k", "shared"], as: OWNER });
    run(ws, { fn: "put", args: ["user", "k", "mine"], as: OWNER });
    expect(run(ws, { fn: "get", args: ["script", "k"], as: TEACHER }).value).toBe("shared");
    expect(run(ws, { fn: "get", args: ["user", "k"], as: TEACHER }).value).toBeNull();
    expect(run(ws, { fn: "get", args: ["user", "k"], as: OWNER }).value).toBe("mine");
  });

  it("returns null for getDocumentCache outside a container, and a cache per document inside one", () => {
    const ws = schoolWorkspace("cache");
    expect(run(ws, { fn: "documentCacheIsNull", as: OWNER }).value).toBe(true);
    const doc = ws.drive.create({ name: "Doc", mimeType: MIME.document, owner: OWNER });
    run(ws, { fn: "put", args: ["document", "k", "v"], as: OWNER, containerId: doc.id });
    expect(
      run(ws, { fn: "get", args: ["document", "k"], as: TEACHER, containerId: doc.id }).value,
    ).toBe("v");
  });

  it("putAll, getAll (missing keys left out), remove and removeAll (cache#getAll)", () => {
    expect(run(schoolWorkspace("cache"), { fn: "bulk", as: OWNER }).value).toEqual({
      all: { a: "1", b: "2", c: "3" },
      after: { c: "3" },
    });
  });
});

describe("Cache expiry on the modelled clock (cache#put(String,String,Integer))", () => {
  it("expires an entry within an execution once its seconds have passed", () => {
    const ws = schoolWorkspace("cache");
    expect(run(ws, { fn: "putThenReadAfter", args: ["k", 5, 4_000], as: OWNER }).value).toBe(
      "fresh",
    );
    expect(run(ws, { fn: "putThenReadAfter", args: ["k", 5, 5_000], as: OWNER }).value).toBeNull();
  });

  it("defaults to 600 seconds across executions", () => {
    const { ws, clock } = clockedWorkspace();
    run(ws, { fn: "put", args: ["script", "k", "v"], as: OWNER });
    clock.now += 599_000;
    expect(run(ws, { fn: "get", args: ["script", "k"], as: OWNER }).value).toBe("v");
    clock.now += 2_000;
    expect(run(ws, { fn: "get", args: ["script", "k"], as: OWNER }).value).toBeNull();
  });

  it("caps the expiration at 21600 seconds (6 hours)", () => {
    const { ws, clock } = clockedWorkspace();
    run(ws, { fn: "put", args: ["script", "k", "v", 86_400], as: OWNER });
    clock.now += 21_599_000;
    expect(run(ws, { fn: "get", args: ["script", "k"], as: OWNER }).value).toBe("v");
    clock.now += 2_000;
    expect(run(ws, { fn: "get", args: ["script", "k"], as: OWNER }).value).toBeNull();
  });
});

describe("Cache limits", () => {
  const ws = schoolWorkspace("cache");

  it("accepts a value of 100 KB and refuses a larger one", () => {
    expect(run(ws, { fn: "putString", args: [100 * 1024], as: OWNER }).ok).toBe(true);
    expect(run(ws, { fn: "putString", args: [100 * 1024 + 1], as: OWNER }).error?.message).toBe(
      "Argument too large: value",
    );
  });

  it("accepts a key of 250 characters and refuses a longer one", () => {
    expect(run(ws, { fn: "putKey", args: [250], as: OWNER }).ok).toBe(true);
    expect(run(ws, { fn: "putKey", args: [251], as: OWNER }).error?.message).toBe(
      "Argument too large: key",
    );
  });

  it("charges the measured latencies of get (3 ms) and put (93 ms)", () => {
    const result = run(ws, { fn: "put", args: ["script", "k", "v"], as: OWNER });
    expect(result.report.modelledMs).toBe(EXECUTION_START_MS + 93);
    expect(run(ws, { fn: "get", args: ["script", "k"], as: OWNER }).report.modelledMs).toBe(
      EXECUTION_START_MS + 3,
    );
  });
});
