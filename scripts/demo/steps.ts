/*
 * The steps of the scripted demo term, each a run of real executions on the built bundle.
 * Steps still to come, as their features land: set up hub, import roster, create docs,
 * teacher comments, advisor pull, guardian drafts.
 */
import { MIME } from "../../emulator/drive/store";
import { SpreadsheetContent } from "../../emulator/sheets/model";
import type { DemoContext } from "./context";
import type { StepRecorder } from "./record";

/** The coordinator makes the hub spreadsheet and opens it: onOpen builds the Confer menu. */
export function openHub(context: DemoContext, step: StepRecorder): void {
  const { ws, school } = context;
  const hub = ws.drive.create({
    name: `Confer hub – ${school.name}`,
    mimeType: MIME.spreadsheet,
    owner: school.coordinatorEmail,
    content: SpreadsheetContent.create(ws.script.timeZone),
  });
  context.hubId = hub.id;
  step.run({
    fn: "onOpen",
    args: [{ authMode: "LIMITED" }],
    as: school.coordinatorEmail,
    authMode: "LIMITED",
    kind: "menu",
    containerId: hub.id,
  });
  const [menu] = ws.ui.of(school.coordinatorEmail, "Sheets", hub.id).menus;
  if (menu?.caption !== "Confer") throw new Error("Opening the hub showed no Confer menu.");
}

/** The coordinator chooses Confer ▸ About Confer; the sidebar asks the server who is signed in. */
export function openAbout(context: DemoContext, step: StepRecorder): void {
  const { school } = context;
  const containerId = requireHub(context);
  step.run({ fn: "showAboutSidebar", as: school.coordinatorEmail, containerId });
  step.run({ fn: "getAboutInfo", as: school.coordinatorEmail, containerId, kind: "sidebar" });
}

/** A teacher pings the web app (GET and POST); it runs as the coordinator, who deployed it. */
export function pingWebApp(context: DemoContext, step: StepRecorder): void {
  const { school } = context;
  const teacher = school.staff.find((member) => member.roles.includes("teacher"))!;
  const ping = { action: "ping" };
  const get = step.run({
    fn: "doGet",
    args: [{ parameter: ping }],
    as: school.coordinatorEmail,
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
    as: school.coordinatorEmail,
    activeUser: teacher.email,
    kind: "webapp",
  });
  const answer = JSON.parse((get.value as { content: string }).content);
  if (answer.ok !== true)
    throw new Error(`The web app answered ping with ${JSON.stringify(answer)}`);
}

function requireHub(context: DemoContext): string {
  if (!context.hubId) throw new Error("The hub is not open yet: run the openHub step first.");
  return context.hubId;
}
