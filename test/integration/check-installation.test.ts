/*
 * Confer ▸ Check installation on the emulator: once with everything right, and once with each
 * precondition broken, each failure naming what to do.
 */
import { run } from "../../emulator";
import { type DemoHub, readyHub } from "./harness";

interface Checked {
  readonly hub: DemoHub;
  readonly report: string;
}

function family(hub: DemoHub): string {
  const url = hub.ws.addDeployment({ executeAs: "USER_DEPLOYING", access: "ANYONE_ANONYMOUS" });
  run(hub.ws, {
    fn: "saveSettings",
    args: [{ familySignupUrl: url }],
    as: hub.coordinator,
    containerId: hub.hubId,
    kind: "sidebar",
  });
  return url;
}

function check(prepare: (hub: DemoHub) => void = () => {}, as?: string): Checked {
  const hub = readyHub();
  family(hub);
  prepare(hub);
  const who = as ?? hub.coordinator;
  const result = run(hub.ws, {
    fn: "checkInstallation",
    as: who,
    containerId: hub.hubId,
    kind: "menu",
  });
  expect(result.error).toBeUndefined();
  return { hub, report: hub.ws.ui.of(who, "Sheets", hub.hubId).alerts.at(-1) ?? "" };
}

const line = (report: string, name: string) =>
  report.split("\n").find((l) => l.slice(2).startsWith(name)) ?? `(no line for ${name})`;

describe("Check installation", () => {
  it("passes every check it can make on a right install, and leaves nothing behind", () => {
    const { hub, report } = check();
    expect(report).toMatch(
      /^Check installation: Confer's installation passed every check it can make\./,
    );
    for (const name of [
      "Staff web app URL",
      "Family sign-up URL",
      "Script project shared with staff",
      "Confer's hourly trigger",
      "The conference template can be copied",
      "A Gmail draft can be made",
      "A Calendar event can be made",
      "Translation answers",
      "Today's quotas",
    ]) {
      expect(line(report, name)).toMatch(/^✓ /);
    }
    expect(line(report, "Script project shared with staff")).toMatch(
      /^✓ Script project shared with staff: shared with school\.test \(reader\)/,
    );
    expect(hub.ws.gmail.draftsOf(hub.coordinator)).toHaveLength(0);
    expect(
      hub.ws.drive
        .all()
        .filter((f) => f.name.startsWith("Confer installation check") && !f.trashed),
    ).toEqual([]);
    expect(hub.ws.triggers.of(hub.coordinator).map((t) => t.handler)).toEqual([
      "runBackgroundWork",
    ]);
  });

  it.each([
    [
      "Staff web app URL",
      (hub: DemoHub) => hub.ws.scriptProperties.delete("confer.staffWebAppUrl"),
      /^✗ Staff web app URL: not recorded: paste the staff deployment's \/exec URL into Settings/,
    ],
    [
      "Staff web app URL",
      (hub: DemoHub) => hub.ws.scriptProperties.set("confer.staffWebAppUrl", hub.ws.devUrl),
      /^✗ Staff web app URL: .*\/dev is the \/dev test URL, which answers only the script's editors/,
    ],
    [
      "Family sign-up URL",
      (hub: DemoHub) => {
        const domainOnly = hub.ws.addDeployment({ executeAs: "USER_DEPLOYING", access: "DOMAIN" });
        hub.ws.scriptProperties.set("confer.staffWebAppUrl", domainOnly);
        hub.ws.script.deployments = hub.ws.script.deployments.map((d) => ({
          ...d,
          access: "DOMAIN",
        }));
      },
      /^✗ Family sign-up URL: .* answered a family's browser with Google's sign-in page/,
    ],
    [
      "Script project shared with staff",
      (hub: DemoHub) => {
        hub.ws.unshareScript();
        hub.ws.shareScript(hub.school.staff[1]!.email, "viewer");
      },
      /^✗ Script project shared with staff: \d+ of \d+ staff cannot reach the staff web app, because the script project is not shared with them \(.*\): open the project at script\.google\.com, Share, and give school\.test Viewer access/,
    ],
    [
      "Confer's hourly trigger",
      (hub: DemoHub) => {
        for (let i = hub.ws.triggers.of(hub.coordinator).length; i < 20; i++) {
          hub.ws.triggers.add({
            owner: hub.coordinator,
            handler: "other",
            repeat: "every",
            everyMs: 3_600_000,
            nextRunMs: hub.ws.now() + 3_600_000,
          });
        }
      },
      /^✗ Confer's hourly trigger: This script has too many triggers/,
    ],
    [
      "The conference template can be copied",
      (hub: DemoHub) => {
        const template = hub.ws.drive
          .all()
          .find((f) => f.name === "Confer · 4Ps conference template")!;
        hub.ws.users.add("left@school.test", "Someone Who Left");
        Object.assign(template, { owner: "left@school.test", parents: [] });
      },
      /^✗ The conference template can be copied: File not found/,
    ],
    [
      "A Gmail draft can be made",
      (hub: DemoHub) => hub.ws.faults.inject({ call: "Gmail.users.drafts.create", nth: 1 }),
      /^✗ A Gmail draft can be made: /,
    ],
    [
      "A Calendar event can be made",
      (hub: DemoHub) => hub.ws.faults.inject({ call: "Calendar.events.insert", nth: 1 }),
      /^✗ A Calendar event can be made: /,
    ],
    [
      "Translation answers",
      (hub: DemoHub) => hub.ws.quotas.setLimit("translations", 0),
      /^✗ Translation answers: Service invoked too many times for one day: translate\./,
    ],
  ])("fails %s when it is broken, saying what to do", (name, breakIt, expected) => {
    const { report } = check(breakIt);
    expect(report).toMatch(/checks failed; each says what to do\./);
    expect(line(report, name)).toMatch(expected);
  });

  it("is the hub owner's alone", () => {
    const { report } = check(() => {}, "niamh.zhang@school.test");
    expect(report).toMatch(
      /^Check installation: not allowed: Only the hub's owner \(coordinator@school\.test\)/,
    );
  });
});
