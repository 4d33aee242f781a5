/* The demo's steps around the hub: the coordinator opens it and About Confer; a teacher pings the web app. */
import { MIME, SpreadsheetContent } from "../../emulator";
import type { DemoContext } from "./context";
import type { StepRecorder } from "./record";
import { requireHub } from "./setup-steps";

/** The coordinator makes the hub spreadsheet and opens it: onOpen builds the Confer menu. */
export function openHub(context: DemoContext, step: StepRecorder): void {
  const { ws, roster } = context;
  const coordinator = roster.coordinator.email;
  const hub = ws.drive.create({
    name: `Confer hub – ${roster.schoolName}`,
    mimeType: MIME.spreadsheet,
    owner: coordinator,
    content: SpreadsheetContent.create(ws.script.timeZone),
  });
  context.hubId = hub.id;
  step.run({
    fn: "onOpen",
    args: [{ authMode: "LIMITED" }],
    as: coordinator,
    authMode: "LIMITED",
    kind: "menu",
    containerId: hub.id,
  });
  const [menu] = ws.ui.of(coordinator, "Sheets", hub.id).menus;
  if (menu?.caption !== "Confer") throw new Error("Opening the hub showed no Confer menu.");
}

/** The coordinator chooses Confer ▸ About Confer; the sidebar asks the server who is signed in. */
export function openAbout(context: DemoContext, step: StepRecorder): void {
  const coordinator = context.roster.coordinator.email;
  const containerId = requireHub(context);
  step.run({ fn: "showAboutSidebar", as: coordinator, containerId });
  step.run({ fn: "getAboutInfo", as: coordinator, containerId, kind: "sidebar" });
}

/** A teacher pings the web app (GET and POST); it runs as the coordinator, who deployed it. */
export function pingWebApp(context: DemoContext, step: StepRecorder): void {
  const { staff, coordinator } = context.roster;
  const teacher = staff.find((member) => member.roles.includes("teacher")) ?? coordinator;
  const ping = { action: "ping" };
  const get = step.run({
    fn: "doGet",
    args: [{ parameter: ping }],
    as: coordinator.email,
    activeUser: teacher.email,
    kind: "webapp",
  });
  const body = JSON.stringify(ping);
  step.run({
    fn: "doPost",
    args: [
      {
        parameter: {},
        postData: { contents: body, type: "application/json", length: body.length },
      },
    ],
    as: coordinator.email,
    activeUser: teacher.email,
    kind: "webapp",
  });
  const answer = JSON.parse((get.value as { content: string }).content);
  if (answer.ok !== true)
    throw new Error(`The web app answered ping with ${JSON.stringify(answer)}`);
}
