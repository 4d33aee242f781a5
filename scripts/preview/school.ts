/*
 * The preview's starting point: the seeded demo school's people in a fresh Workspace on the built
 * bundle, with an empty spreadsheet the coordinator owns and will set up as Confer's hub, the
 * demo classes as Google Classroom courses, and the script deployed twice: the staff web app and
 * the families' anonymous sign-up page.
 */
import { MIME, SpreadsheetContent, Workspace } from "../../emulator";
import { type DemoRoster, demoSchoolRoster } from "../demo/roster";
import { seedRoster } from "../demo/seed-roster";
import { DEFAULT_DEMO_SEED, generateDemoSchool } from "../demo-school";
import { seedClassroom } from "./classroom";

export interface PreviewSchool {
  readonly ws: Workspace;
  readonly roster: DemoRoster;
  readonly hubId: string;
}

export function previewRoster(): DemoRoster {
  return demoSchoolRoster(generateDemoSchool(DEFAULT_DEMO_SEED));
}

export function newWorkspace(bundleDir: string): Workspace {
  return new Workspace({ bundleDir, seed: DEFAULT_DEMO_SEED });
}

export function seedPreviewSchool(bundleDir: string): PreviewSchool {
  const roster = previewRoster();
  const ws = newWorkspace(bundleDir);
  seedRoster(ws, roster);
  seedClassroom(ws, generateDemoSchool(DEFAULT_DEMO_SEED));
  const hub = ws.drive.create({
    name: `Confer hub – ${roster.schoolName}`,
    mimeType: MIME.spreadsheet,
    owner: roster.coordinator.email,
    content: SpreadsheetContent.create(ws.script.timeZone),
  });
  ws.addDeployment({ executeAs: "USER_DEPLOYING", access: "ANYONE_ANONYMOUS" });
  return { ws, roster, hubId: hub.id };
}
