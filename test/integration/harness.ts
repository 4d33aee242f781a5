/* A small school on the emulator, running the built bundle in dist/ as Apps Script would. */
import fs from "node:fs";
import path from "node:path";
import { Workspace } from "../../emulator";
import { MIME } from "../../emulator/drive/store";

export const DIST = path.resolve(__dirname, "../../dist");
export const COORDINATOR = "coordinator@school.test";
export const TEACHER = "teacher@school.test";
export const GUARDIAN = "guardian@family.test";

export interface School {
  readonly ws: Workspace;
  readonly hubId: string;
  readonly docId: string;
}

export function school(): School {
  if (!fs.existsSync(path.join(DIST, "Code.js"))) {
    throw new Error("dist/Code.js is missing: run `npm run build` before the integration tests.");
  }
  const ws = new Workspace({ bundleDir: DIST });
  ws.users.add(COORDINATOR, "Casey Coordinator");
  ws.users.add(TEACHER, "Tomás Teacher");
  ws.users.add(GUARDIAN, "Gloria Guardian");
  ws.deploy(COORDINATOR);
  const hub = ws.drive.create({
    name: "Confer hub",
    mimeType: MIME.spreadsheet,
    owner: COORDINATOR,
  });
  const doc = ws.drive.create({
    name: "Conference doc",
    mimeType: MIME.document,
    owner: COORDINATOR,
  });
  ws.drive.share(hub, TEACHER, "editor");
  ws.drive.share(doc, TEACHER, "editor");
  return { ws, hubId: hub.id, docId: doc.id };
}
