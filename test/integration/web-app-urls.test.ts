/*
 * The staff web app's URL is recorded, never guessed, and both URLs in Settings are checked by
 * asking them: the staff URL must answer a signed-in caller and nobody else, the family URL a
 * browser with no Google sign-in. Teachers' sidebars reach the hub only through the recorded URL.
 */
import { run } from "../../emulator";
import { type DemoHub, readyHub, runIn } from "./harness";

const TEACHER = "jun.bianchi@school.test";

const hubWithoutStaffUrl = () => readyHub({ staffUrl: false });

function save(hub: DemoHub, form: Record<string, string>) {
  return runIn(hub, "saveSettings", hub.coordinator, form).value as {
    saved: boolean;
    problems?: { field: string; message: string }[];
  };
}

const grid = (hub: DemoHub) =>
  run(hub.ws, { fn: "getCommentGrid", as: TEACHER, containerId: hub.hubId, kind: "sidebar" });

describe("the staff web app's URL", () => {
  it("tells a teacher what to do when the coordinator has not connected it, instead of calling /dev", () => {
    const hub = hubWithoutStaffUrl();
    const result = grid(hub);
    expect(result.ok).toBe(false);
    expect(result.error?.message).toBe(
      "Confer's staff web app is not connected yet: the coordinator deploys it and pastes its /exec URL into Confer ▸ Settings ▸ Staff web app URL (see the README, Deploy).",
    );
  });

  it("refuses a /dev URL, which answers only the script's editors", () => {
    const hub = hubWithoutStaffUrl();
    const answer = save(hub, { webAppUrl: hub.ws.devUrl });
    expect(answer.saved).toBe(false);
    expect(answer.problems?.[0]?.message).toMatch(
      /^Staff web app URL “.*\/dev”: is not an Apps Script web app \/exec URL/,
    );
  });

  it("refuses the family deployment's URL as the staff URL, since it answers anyone", () => {
    const hub = hubWithoutStaffUrl();
    const family = hub.ws.addDeployment({
      executeAs: "USER_DEPLOYING",
      access: "ANYONE_ANONYMOUS",
    });
    const answer = save(hub, { webAppUrl: family });
    expect(answer.saved).toBe(false);
    expect(answer.problems?.[0]?.message).toMatch(
      /answers people who are not signed in, so it is the family sign-up deployment/,
    );
    expect(grid(hub).ok).toBe(false);
  });

  it("records the right URL, after which teachers' sidebars reach the hub", () => {
    const hub = hubWithoutStaffUrl();
    expect(save(hub, { webAppUrl: hub.ws.webAppUrl }).saved).toBe(true);
    expect(hub.ws.scriptProperties.get("confer.staffWebAppUrl")).toBe(hub.ws.webAppUrl);
    expect(grid(hub).error).toBeUndefined();
  });

  it("tells a teacher the project must be shared when their token is turned away", () => {
    const hub = hubWithoutStaffUrl();
    save(hub, { webAppUrl: hub.ws.webAppUrl });
    hub.ws.unshareScript();
    const result = grid(hub);
    expect(result.error?.message).toMatch(
      /turned this account away \(HTTP 403\).*shared Confer's script project with staff/,
    );
  });
});

describe("the family sign-up URL", () => {
  it("refuses a deployment that would ask every family to sign in to Google", () => {
    const hub = hubWithoutStaffUrl();
    const domainOnly = hub.ws.addDeployment({ executeAs: "USER_DEPLOYING", access: "DOMAIN" });
    const answer = save(hub, { webAppUrl: hub.ws.webAppUrl, familySignupUrl: domainOnly });
    expect(answer.saved).toBe(false);
    expect(answer.problems?.map((p) => p.message)).toEqual([
      `Family sign-up URL “${domainOnly}”: answered a family's browser with Google's sign-in page, so every family would be asked to sign in to Google: deploy it with "Who has access: Anyone" (your admin may have to allow sharing outside the domain).`,
    ]);
  });

  it("refuses the staff URL as the family URL", () => {
    const hub = hubWithoutStaffUrl();
    const answer = save(hub, { webAppUrl: hub.ws.webAppUrl, familySignupUrl: hub.ws.webAppUrl });
    expect(answer.saved).toBe(false);
    expect(answer.problems?.[0]?.message).toMatch(/is the staff web app's URL/);
  });

  it("accepts a deployment open to anyone", () => {
    const hub = hubWithoutStaffUrl();
    const family = hub.ws.addDeployment({
      executeAs: "USER_DEPLOYING",
      access: "ANYONE_ANONYMOUS",
    });
    expect(save(hub, { webAppUrl: hub.ws.webAppUrl, familySignupUrl: family }).saved).toBe(true);
  });
});
