/*
 * UrlFetchApp and HTTPResponse on the emulator's closed network, as documented at
 * developers.google.com/apps-script/reference/url-fetch/url-fetch-app and
 * developers.google.com/apps-script/reference/url-fetch/http-response: the script's own
 * web app (a nested doGet/doPost execution), Google REST endpoints, and nothing else.
 */
import { run } from "..";
import { apiError, json, registerRoute } from "../rest/router";
import { EXECUTION_START_MS, OUTSIDER, OWNER, schoolWorkspace, TEACHER } from "./harness";

registerRoute({
  method: "POST",
  pattern: /^echo\.googleapis\.com\/v1\/echo$/,
  latencyKey: "Echo.echo",
  handle: (request) => json(200, { user: request.user, body: request.body }),
});
registerRoute({
  method: "GET",
  pattern: /^echo\.googleapis\.com\/v1\/forbidden$/,
  latencyKey: "Echo.forbidden",
  handle: () => apiError(403, "The caller does not have permission"),
});

interface Described {
  code: number;
  text: string;
  headers: Record<string, string>;
  blobType: string | null;
}

function fetchAs(user: string, fn: string, args: unknown[]) {
  const ws = schoolWorkspace("web-fetch");
  return { ws, result: run(ws, { fn, args, as: user }) };
}

describe("UrlFetchApp to the script's own web app", () => {
  it("runs doGet with the documented event object: parameter, parameters, queryString, contentLength -1 (guides/web#request_parameters)", () => {
    const { result } = fetchAs(TEACHER, "fetchSelf", ["?action=ping&grade=6&grade=7"]);
    expect(result.error).toBeUndefined();
    const response = result.value as Described;
    expect(response.code).toBe(200);
    expect(response.headers["Content-Type"]).toMatch(/^application\/json/);
    expect(response.blobType).toMatch(/^application\/json/);
    expect(JSON.parse(response.text)).toEqual({
      parameter: { action: "ping", grade: "6" },
      parameters: { action: ["ping"], grade: ["6", "7"] },
      queryString: "action=ping&grade=6&grade=7",
      contentLength: -1,
      postData: null,
      activeUser: TEACHER,
      effectiveUser: OWNER,
    });
  });

  it("runs doGet for the bare /exec URL with a null queryString and empty parameters", () => {
    const body = JSON.parse((fetchAs(TEACHER, "fetchSelf", [""]).result.value as Described).text);
    expect(body).toMatchObject({ parameter: {}, parameters: {}, queryString: null });
  });

  it("a web app deployed 'execute as me' runs as its owner and charges a nested execution of kind webapp", () => {
    const { ws, result } = fetchAs(TEACHER, "fetchSelf", ["?x=1"]);
    const nested = ws.history.find((report) => report.kind === "webapp");
    expect(nested).toMatchObject({ fn: "doGet", user: OWNER, activeUser: TEACHER });
    expect(result.report.counts["UrlFetchApp.fetch"]).toBe(1);
    expect(result.report.modelledMs).toBeGreaterThanOrEqual(590 + nested!.modelledMs);
  });

  it("runs doPost with postData {contents, type, length} for a JSON payload", () => {
    const payload = JSON.stringify({ action: "ping" });
    const { result } = fetchAs(TEACHER, "fetchSelf", [
      "",
      { method: "post", contentType: "application/json", payload },
    ]);
    const body = JSON.parse((result.value as Described).text);
    expect(body.postData).toEqual({
      contents: payload,
      type: "application/json",
      length: payload.length,
      name: "postData",
    });
    expect(body.contentLength).toBe(payload.length);
  });

  it("form-encodes an object payload and doPost sees its fields in e.parameter (url-fetch-app#fetch(String,Object) payload)", () => {
    const { result } = fetchAs(TEACHER, "fetchSelf", [
      "?from=query",
      { method: "post", payload: { action: "ping", note: "a b&c" } },
    ]);
    const body = JSON.parse((result.value as Described).text);
    expect(body.postData.type).toBe("application/x-www-form-urlencoded");
    expect(body.postData.contents).toBe("action=ping&note=a+b%26c");
    expect(body.parameter).toEqual({ from: "query", action: "ping", note: "a b&c" });
  });

  it("sends a Blob payload with the blob's content type", () => {
    const { result } = fetchAs(TEACHER, "postBlobToSelf", ['{"a":1}']);
    const body = JSON.parse((result.value as Described).text);
    expect(body.postData).toMatchObject({ contents: '{"a":1}', type: "application/json" });
  });

  it("refuses a caller outside the owner's domain when access is DOMAIN (guides/web#deploy_a_script_as_a_web_app)", () => {
    const { ws, result } = fetchAs(OUTSIDER, "fetchSelf", ["?x=1", { muteHttpExceptions: true }]);
    expect((result.value as Described).code).toBe(403);
    expect(ws.history.some((report) => report.kind === "webapp")).toBe(false);
  });

  it("refuses an anonymous request (no OAuth token) unless access is ANYONE_ANONYMOUS", () => {
    const anonymous = ["?x=1", { muteHttpExceptions: true }, true];
    expect((fetchAs(TEACHER, "fetchSelf", anonymous).result.value as Described).code).toBe(401);
    const ws = schoolWorkspace("web-fetch");
    ws.deploy(OWNER, { executeAs: "USER_DEPLOYING", access: "ANYONE_ANONYMOUS" });
    const open = run(ws, { fn: "fetchSelf", args: anonymous, as: TEACHER });
    expect(JSON.parse((open.value as Described).text).activeUser).toBe("");
  });

  it("runs as the caller when the web app executes as the user accessing it", () => {
    const ws = schoolWorkspace("web-fetch");
    ws.deploy(OWNER, { executeAs: "USER_ACCESSING", access: "DOMAIN" });
    const result = run(ws, { fn: "fetchSelf", args: ["?x=1"], as: TEACHER });
    expect(JSON.parse((result.value as Described).text).effectiveUser).toBe(TEACHER);
  });

  it("serves a doGet that throws as an HTML error page naming the error", () => {
    const { result } = fetchAs(TEACHER, "fetchSelf", ["?fail=1"]);
    const response = result.value as Described;
    expect(response.headers["Content-Type"]).toMatch(/^text\/html/);
    expect(response.text).toContain("The web app failed on purpose");
  });
});

describe("UrlFetchApp to Google REST endpoints and beyond", () => {
  it("calls an emulated REST endpoint as the owner of the bearer token", () => {
    const { result } = fetchAs(TEACHER, "fetchUrl", [
      "https://echo.googleapis.com/v1/echo",
      { method: "post", contentType: "application/json", payload: '{"q":1}' },
      true,
    ]);
    const response = result.value as Described;
    expect(response.code).toBe(200);
    expect(JSON.parse(response.text)).toEqual({ user: TEACHER, body: '{"q":1}' });
  });

  it("throws Google's 'Request failed ... Truncated server response' error for a status >= 400 (url-fetch-app#fetch muteHttpExceptions)", () => {
    const { result } = fetchAs(TEACHER, "fetchUrl", [
      "https://echo.googleapis.com/v1/forbidden",
      {},
      true,
    ]);
    expect(result.error?.message).toMatch(
      /^Request failed for https:\/\/echo\.googleapis\.com returned code 403\. Truncated server response: \{"error":\{"code":403,.*\(use muteHttpExceptions option to examine full response\)$/,
    );
  });

  it("returns the failing response instead when muteHttpExceptions is true", () => {
    const { result } = fetchAs(TEACHER, "fetchUrl", [
      "https://echo.googleapis.com/v1/forbidden",
      { muteHttpExceptions: true },
      true,
    ]);
    const response = result.value as Described;
    expect(response.code).toBe(403);
    expect(JSON.parse(response.text).error.status).toBe("PERMISSION_DENIED");
  });

  it("answers 401 to a REST call without a bearer token", () => {
    const { result } = fetchAs(TEACHER, "fetchUrl", [
      "https://echo.googleapis.com/v1/echo",
      { method: "post", payload: "x", muteHttpExceptions: true },
      false,
    ]);
    expect((result.value as Described).code).toBe(401);
  });

  it("throws Google's DNS error for a host outside the closed network", () => {
    const { result } = fetchAs(TEACHER, "fetchUrl", ["https://example.com/api", {}, false]);
    expect(result.error?.message).toBe("DNS error: https://example.com/api");
  });

  it("throws 'Invalid argument' for a URL that is not http(s)", () => {
    const { result } = fetchAs(TEACHER, "fetchUrl", ["ftp://example.com/x", {}, false]);
    expect(result.error?.message).toBe("Invalid argument: ftp://example.com/x");
  });

  it("spends the daily UrlFetch calls quota and throws Google's quota error past it (guides/services/quotas)", () => {
    const ws = schoolWorkspace("web-fetch");
    ws.quotas.setLimit("urlFetchCalls", 2);
    const result = run(ws, { fn: "fetchOneByOne", args: [3], as: TEACHER });
    expect(result.error?.message).toBe("Service invoked too many times for one day: urlfetch.");
  });
});

describe("UrlFetchApp.fetchAll", () => {
  it("returns the responses in request order, mixing web-app and REST requests, and throws for an unmuted failure", () => {
    const ws = schoolWorkspace("web-fetch");
    const result = run(ws, {
      fn: "fetchAllAtOnce",
      args: [2, ["https://echo.googleapis.com/v1/forbidden"]],
      as: TEACHER,
    });
    expect(result.error?.message).toMatch(/returned code 401/);
    const muted = run(ws, {
      fn: "fetchAllAtOnce",
      args: [2, [{ url: "https://echo.googleapis.com/v1/forbidden", muteHttpExceptions: true }]],
      as: TEACHER,
    });
    const responses = muted.value as Array<{ code: number; text: string }>;
    expect(responses.map((r) => r.code)).toEqual([401, 200, 200]);
    expect(JSON.parse(responses[2]!.text).parameter).toEqual({ i: "1" });
  });

  it("overlaps its requests: 10 in one fetchAll take much less modelled time than 10 fetches (bench)", () => {
    const ws = schoolWorkspace("web-fetch");
    const sequential = run(ws, { fn: "fetchOneByOne", args: [10], as: TEACHER });
    const parallel = run(ws, { fn: "fetchAllAtOnce", args: [10], as: TEACHER });
    expect(sequential.value).toEqual(Array(10).fill(200));
    expect((parallel.value as unknown[]).length).toBe(10);
    expect(sequential.report.modelledMs).toBeGreaterThanOrEqual(10 * 590);
    const oneFetch = sequential.report.modelledMs / 10;
    expect(parallel.report.modelledMs).toBeLessThan(oneFetch + EXECUTION_START_MS + 340 + 100);
    expect(parallel.report.modelledMs * 3).toBeLessThan(sequential.report.modelledMs);
  });

  it("keeps each fetchAll in the report as a round: each REST request's key, status and whether it went out before", () => {
    const ws = schoolWorkspace("web-fetch");
    const echo = (q: number) => ({
      url: "https://echo.googleapis.com/v1/echo",
      method: "post",
      payload: `{"q":${q}}`,
      muteHttpExceptions: true,
    });
    const forbidden = { url: "https://echo.googleapis.com/v1/forbidden", muteHttpExceptions: true };
    const result = run(ws, { fn: "fetchAllTwice", args: [[echo(1), forbidden]], as: TEACHER });
    expect(result.value).toEqual([
      [200, 403],
      [200, 403],
    ]);
    const once = run(ws, { fn: "fetchAllTwice", args: [[echo(2)]], as: TEACHER });
    expect(result.report.fetchRounds).toEqual([
      {
        requests: [
          { key: "Echo.echo", status: 200, resent: false },
          { key: "Echo.forbidden", status: 403, resent: false },
        ],
      },
      {
        requests: [
          { key: "Echo.echo", status: 200, resent: true },
          { key: "Echo.forbidden", status: 403, resent: true },
        ],
      },
    ]);
    expect(once.report.fetchRounds.map((r) => r.requests.map((q) => q.resent))).toEqual([
      [false],
      [true],
    ]);
  });
});
