/*
 * Two web-app deployments of one script project, as developers.google.com/apps-script/guides/web
 * describes them: each has its own /exec URL and its own "Execute as" and "Who has access"
 * settings, and both share the project's code, script properties and script lock. An anonymous
 * visitor of an "Anyone" deployment executing as the deployer runs as the owner with no active user.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { run, runConcurrently, Workspace, webAppPageRun } from "..";
import { fixture, OUTSIDER, OWNER, schoolWorkspace, TEACHER } from "./harness";

const FAMILY = { executeAs: "USER_DEPLOYING", access: "ANYONE_ANONYMOUS" } as const;

interface Fetched {
  code: number;
  text: string;
}

function twoDeployments() {
  const ws = schoolWorkspace("scheduling");
  const familyUrl = ws.addDeployment(FAMILY);
  return { ws, familyUrl };
}

function fetchAs(ws: Workspace, user: string, url: string, anonymous: boolean): Fetched {
  const result = run(ws, { fn: "fetchAs", args: [url, anonymous], as: user });
  expect(result.error).toBeUndefined();
  return result.value as Fetched;
}

describe("Workspace.addDeployment", () => {
  it("answers a new /exec URL with its own deployment ID and keeps the first deployment as it was", () => {
    const { ws, familyUrl } = twoDeployments();
    expect(familyUrl).toMatch(/^https:\/\/script\.google\.com\/macros\/s\/AKfycb[\w-]{66}\/exec$/);
    expect(familyUrl).not.toBe(ws.webAppUrl);
    expect(ws.webAppUrl).toBe(`https://script.google.com/macros/s/${ws.script.scriptId}/exec`);
    expect(ws.deploymentList().map((d) => [d.url, d.access, d.executeAs])).toEqual([
      [ws.webAppUrl, "DOMAIN", "USER_DEPLOYING"],
      [familyUrl, "ANYONE_ANONYMOUS", "USER_DEPLOYING"],
    ]);
    expect(ws.deploymentAt(`${familyUrl}?page=1`)?.access).toBe("ANYONE_ANONYMOUS");
  });

  it("refuses anonymous access for a deployment that executes as the user accessing it, and a deployment before deploy", () => {
    const ws = schoolWorkspace("scheduling");
    expect(() =>
      ws.addDeployment({ executeAs: "USER_ACCESSING", access: "ANYONE_ANONYMOUS" }),
    ).toThrow(/execute as the user deploying/);
    const fresh = new Workspace({ bundleDir: fixture("scheduling") });
    expect(() => fresh.addDeployment(FAMILY)).toThrow(/Deploy the script/);
  });

  it("persists the deployments through save and load", () => {
    const { ws, familyUrl } = twoDeployments();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "confer-deployments-"));
    ws.save(dir);
    const loaded = new Workspace({ bundleDir: fixture("scheduling") });
    loaded.load(dir);
    expect(loaded.deploymentAt(familyUrl)).toEqual({
      id: familyUrl.split("/")[5],
      url: familyUrl,
      ...FAMILY,
    });
    expect(loaded.webAppUrl).toBe(ws.webAppUrl);
    const anonymous = fetchAs(loaded, TEACHER, familyUrl, true);
    expect(anonymous.code).toBe(200);
  });
});

describe("UrlFetchApp to each deployment applies that deployment's access", () => {
  it("lets an anonymous caller into the family deployment, running as the owner with active user ''", () => {
    const { ws, familyUrl } = twoDeployments();
    const reply = fetchAs(ws, TEACHER, familyUrl, true);
    expect(reply.code).toBe(200);
    expect(JSON.parse(reply.text)).toEqual({ activeUser: "", effectiveUser: OWNER, signUps: 0 });
    expect(ws.history.find((r) => r.kind === "webapp")).toMatchObject({
      fn: "doGet",
      user: OWNER,
      activeUser: "",
    });
  });

  it("still sends an anonymous caller of the staff deployment to sign in (401), and lets a colleague in", () => {
    const { ws } = twoDeployments();
    expect(fetchAs(ws, TEACHER, ws.webAppUrl, true).code).toBe(401);
    const signedIn = fetchAs(ws, TEACHER, ws.webAppUrl, false);
    expect(JSON.parse(signedIn.text)).toMatchObject({ activeUser: TEACHER, effectiveUser: OWNER });
  });

  it("lets a signed-in caller from another domain into the family deployment but not the staff one", () => {
    const { ws, familyUrl } = twoDeployments();
    expect(fetchAs(ws, OUTSIDER, ws.webAppUrl, false).code).toBe(403);
    const family = fetchAs(ws, OUTSIDER, familyUrl, false);
    expect(family.code).toBe(200);
    expect(JSON.parse(family.text).activeUser).toBe("");
  });

  it("serves an HtmlOutput page of the family deployment as text/html", () => {
    const { ws, familyUrl } = twoDeployments();
    const page = fetchAs(ws, TEACHER, `${familyUrl}?page=1`, true);
    expect(page.code).toBe(200);
    expect(page.text).toContain("Pick a time");
  });

  it("answers Google's 'unable to open the file' page for an /exec URL of no deployment", () => {
    const { ws } = twoDeployments();
    const reply = fetchAs(
      ws,
      TEACHER,
      "https://script.google.com/macros/s/AKfycbNOSUCH/exec",
      true,
    );
    expect(reply.code).toBe(404);
    expect(reply.text).toContain("Sorry, unable to open the file at this time.");
    expect(ws.history.some((r) => r.kind === "webapp")).toBe(false);
  });
});

describe("webAppPageRun: google.script.run from an anonymous browser", () => {
  it("runs the function as the deployment's owner with active user '' and kind webapp", () => {
    const { ws, familyUrl } = twoDeployments();
    const request = webAppPageRun(ws, familyUrl, "signUp");
    expect(request).toEqual({
      fn: "signUp",
      args: [],
      as: OWNER,
      activeUser: "",
      kind: "webapp",
      authMode: "FULL",
      webAppUrl: familyUrl,
    });
    const result = run(ws, request);
    expect(result.value).toEqual({ activeUser: "", effectiveUser: OWNER, signUps: 1 });
    expect(result.report.kind).toBe("webapp");
  });

  it("refuses a deployment an anonymous visitor cannot open", () => {
    const { ws } = twoDeployments();
    expect(() => webAppPageRun(ws, ws.webAppUrl, "signUp")).toThrow(
      /asks an anonymous visitor to sign in/,
    );
    expect(() =>
      webAppPageRun(ws, "https://script.google.com/macros/s/nope/exec", "signUp"),
    ).toThrow(/No web-app deployment/);
  });

  it("shares the script properties and script lock with the staff deployment: 12 families at once lose no sign-up", async () => {
    const { ws, familyUrl } = twoDeployments();
    const requests = Array.from({ length: 12 }, () => webAppPageRun(ws, familyUrl, "signUp"));
    const results = await runConcurrently(ws, requests);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(ws.scriptProperties.get("signUps")).toBe("12");
    const staff = fetchAs(ws, TEACHER, ws.webAppUrl, false);
    expect(JSON.parse(staff.text).signUps).toBe(12);
  });
});

describe("the web app's URL and who may call it with a token", () => {
  it("answers the /dev test URL from getUrl() outside a live request, and the serving /exec URL inside one (reference/script/service#getUrl)", () => {
    const { ws, familyUrl } = twoDeployments();
    expect(run(ws, { fn: "serviceUrl", as: TEACHER }).value).toBe(ws.devUrl);
    expect(ws.devUrl).toMatch(/\/macros\/s\/[\w-]+\/dev$/);
    const inside = (url: string) =>
      JSON.parse(fetchAs(ws, TEACHER, `${url}?url=1`, url === familyUrl).text).url;
    expect(inside(ws.webAppUrl)).toBe(ws.webAppUrl);
    expect(inside(familyUrl)).toBe(familyUrl);
  });

  it("lets only the project's editors open /dev (guides/web#test_a_web_app_deployment)", () => {
    const { ws } = twoDeployments();
    expect(fetchAs(ws, OWNER, ws.devUrl, false).code).toBe(200);
    expect(fetchAs(ws, TEACHER, ws.devUrl, false)).toMatchObject({ code: 403 });
    ws.shareScript(TEACHER, "editor");
    expect(fetchAs(ws, TEACHER, ws.devUrl, false).code).toBe(200);
  });

  it("answers a token caller who cannot view the script project 403 Access Denied, except on an anonymous deployment (tanaike's web-app guide)", () => {
    const ws = new Workspace({ bundleDir: fixture("scheduling") });
    ws.users.add(OWNER, "Casey Coordinator");
    ws.users.add(TEACHER, "Tomás Teacher");
    ws.users.add(OUTSIDER, "Pat Parent");
    ws.deploy(OWNER);
    const familyUrl = ws.addDeployment(FAMILY);
    const denied = fetchAs(ws, TEACHER, ws.webAppUrl, false);
    expect(denied.code).toBe(403);
    expect(denied.text).toContain("Access Denied");
    expect(fetchAs(ws, TEACHER, familyUrl, false).code).toBe(200);
    ws.shareScript("@school.test", "viewer");
    expect(fetchAs(ws, TEACHER, ws.webAppUrl, false).code).toBe(200);
    expect(fetchAs(ws, OUTSIDER, ws.webAppUrl, false).code).toBe(403);
  });
});
