/* What the demo's steps share: the Workspace, the roster it runs on, and what earlier steps made. */
import type { Workspace } from "../../emulator";
import type { DemoRoster } from "./roster";

export interface DocsMade {
  readonly made: number;
  readonly problems: readonly string[];
}

export interface DemoContext {
  readonly ws: Workspace;
  readonly roster: DemoRoster;
  /** The hub spreadsheet, once the coordinator has made it. */
  hubId?: string;
  /** How many students the hub holds once the roster is imported. */
  students?: number;
  /** The conference docs, once they are created. */
  docs?: DocsMade;
}
