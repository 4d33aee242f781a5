/*
 * The web app runs as the hub owner and answers every request with a JSON envelope:
 * a known action succeeds, and bad requests name what is wrong.
 */
import { run } from "../../emulator";
import { COORDINATOR, GUARDIAN, school, TEACHER } from "./harness";

function call(fn: "doGet" | "doPost", event: object, caller: string) {
  const { ws } = school();
  const result = run(ws, {
    fn,
    args: [event],
    as: COORDINATOR,
    activeUser: caller,
    kind: "webapp",
  });
  expect(result.error).toBeUndefined();
  const output = result.value as { kind: string; mimeType: string; content: string };
  expect(output).toMatchObject({ kind: "TextOutput", mimeType: "JSON" });
  return JSON.parse(output.content);
}

describe("the web app", () => {
  it("answers ping with the version and the caller within the domain", () => {
    expect(call("doGet", { parameter: { action: "ping" } }, TEACHER)).toEqual({
      ok: true,
      data: { app: "Confer", version: "0.1.0", caller: TEACHER },
    });
  });

  it("does not learn who an outside caller is", () => {
    expect(call("doGet", { parameter: { action: "ping" } }, GUARDIAN).data.caller).toBe("");
  });

  it("takes the action from a JSON body on POST", () => {
    const event = {
      parameter: {},
      postData: {
        contents: JSON.stringify({ action: "ping" }),
        type: "application/json",
        length: 17,
      },
    };
    expect(call("doPost", event, TEACHER).ok).toBe(true);
  });

  it.each([
    [{ parameter: {} }, "bad-request", "The request names no action."],
    [
      { parameter: { action: "launchMissiles" } },
      "unknown-action",
      'Confer has no action "launchMissiles".',
    ],
    [
      { parameter: {}, postData: { contents: "{oops", type: "application/json" } },
      "bad-request",
      "The request body is not valid JSON.",
    ],
    [
      { parameter: {}, postData: { contents: "a=b", type: "application/x-www-form-urlencoded" } },
      "bad-request",
      'The request body must be JSON (Content-Type application/json), not "application/x-www-form-urlencoded".',
    ],
  ])("refuses %j with a clear error", (event, code, message) => {
    const fn = "postData" in event ? "doPost" : "doGet";
    expect(call(fn, event, TEACHER)).toEqual({ ok: false, error: { code, message } });
  });
});
