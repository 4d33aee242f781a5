/*
 * The preview's live state: the Workspace, the demo roster, the hub, who is signed in, the
 * sidebar open in each editor, and the last action's cost. Saved to and loaded from a folder.
 */
import fs from "node:fs";
import path from "node:path";
import type { ShownHtml, Workspace } from "../../emulator";
import type { DemoRoster } from "../demo/roster";
import type { LastAction } from "./last-action";
import { newWorkspace, previewRoster, seedPreviewSchool } from "./school";

interface SavedMeta {
  readonly hubId: string;
  readonly user: string;
}

const META = "preview.json";

export class PreviewState {
  ws!: Workspace;
  hubId = "";
  user = "";
  readonly roster: DemoRoster = previewRoster();
  lastAction: LastAction | undefined;
  /** Alerts the last menu action showed, until the visitor sees them. */
  alerts: string[] = [];
  private readonly sidebars = new Map<string, ShownHtml>();

  constructor(
    private readonly bundleDir: string,
    private readonly stateDir: string,
  ) {
    if (!this.loadSaved()) this.reset();
  }

  private loadSaved(): boolean {
    const metaFile = path.join(this.stateDir, META);
    if (!fs.existsSync(metaFile) || !fs.existsSync(path.join(this.stateDir, "state.json"))) {
      return false;
    }
    const meta = JSON.parse(fs.readFileSync(metaFile, "utf8")) as SavedMeta;
    const ws = newWorkspace(this.bundleDir);
    ws.load(this.stateDir);
    this.ws = ws;
    this.hubId = meta.hubId;
    this.user = ws.users.find(meta.user) ? meta.user : this.roster.coordinator.email;
    return true;
  }

  /** Back to the demo school with an empty hub, signed in as the coordinator. */
  reset(): void {
    const school = seedPreviewSchool(this.bundleDir);
    this.ws = school.ws;
    this.hubId = school.hubId;
    this.user = this.roster.coordinator.email;
    this.lastAction = undefined;
    this.alerts = [];
    this.sidebars.clear();
    this.save();
  }

  save(): void {
    this.ws.save(this.stateDir);
    const meta: SavedMeta = { hubId: this.hubId, user: this.user };
    fs.writeFileSync(path.join(this.stateDir, META), `${JSON.stringify(meta)}\n`);
  }

  nameOf(email: string): string {
    return this.ws.users.find(email)?.name ?? email;
  }

  sidebarOf(user: string, fileId: string): ShownHtml | undefined {
    return this.sidebars.get(`${user}|${fileId}`);
  }

  setSidebar(user: string, fileId: string, shown: ShownHtml | undefined): void {
    const key = `${user}|${fileId}`;
    if (shown) this.sidebars.set(key, shown);
    else this.sidebars.delete(key);
  }
}
