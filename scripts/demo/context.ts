/* What the demo's steps share: the Workspace, the school, and what earlier steps made. */
import type { Workspace } from "../../emulator";
import type { DemoSchool } from "../../emulator/demo";

export interface DemoContext {
  readonly ws: Workspace;
  readonly school: DemoSchool;
  /** The hub spreadsheet, once the coordinator has made it. */
  hubId?: string;
}
