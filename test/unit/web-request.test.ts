/* The web app's request protocol: where the action comes from and how bad requests are named. */
import { failure, parseWebRequest, success, WebRequestError } from "../../src/domain/web-request";

const json = (body: unknown) => ({ contents: JSON.stringify(body), type: "application/json" });

describe("parseWebRequest", () => {
  it("reads the action from the query string", () => {
    expect(parseWebRequest({ parameter: { action: "ping" } })).toEqual({
      action: "ping",
      payload: {},
    });
  });

  it("reads the action and payload from a JSON body", () => {
    const request = parseWebRequest({
      parameter: {},
      postData: json({ action: "saveComments", rows: [1] }),
    });
    expect(request).toEqual({
      action: "saveComments",
      payload: { action: "saveComments", rows: [1] },
    });
  });

  it("accepts a JSON content type with a charset", () => {
    const postData = { contents: '{"action":"ping"}', type: "application/json; charset=utf-8" };
    expect(parseWebRequest({ parameter: {}, postData }).action).toBe("ping");
  });

  it.each([
    [{ parameter: {} }, "The request names no action."],
    [{ parameter: { action: "" } }, "The request names no action."],
    [{ parameter: { action: "drop table" } }, '"drop table" is not a valid action name.'],
    [{ parameter: {}, postData: json([1, 2]) }, "The request body must be a JSON object."],
    [{ parameter: {}, postData: json(null) }, "The request body must be a JSON object."],
    [
      { parameter: {}, postData: { contents: "{", type: "application/json" } },
      "The request body is not valid JSON.",
    ],
  ])("refuses %j", (input, message) => {
    expect(() => parseWebRequest(input)).toThrow(new WebRequestError("bad-request", message));
  });
});

describe("response envelopes", () => {
  it("say ok with data, or name the error", () => {
    expect(success({ n: 1 })).toEqual({ ok: true, data: { n: 1 } });
    expect(failure("conflict", "Stale version")).toEqual({
      ok: false,
      error: { code: "conflict", message: "Stale version" },
    });
  });
});
