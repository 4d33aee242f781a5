/*
 * A preview that starts part-way through the demo term: the demo's steps run on the built bundle
 * up to and including a named step, the Workspace is saved as the preview's state, and the
 * preview serves it. Browser tests of one sidebar start here instead of clicking through the term.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildIfStale, DIST } from "../../scripts/demo/build-if-stale";
import type { DemoContext } from "../../scripts/demo/context";
import { StepRecorder } from "../../scripts/demo/record";
import { seedRoster } from "../../scripts/demo/seed-roster";
import { DEMO_STEPS } from "../../scripts/demo/term";
import { newWorkspace, previewRoster } from "../../scripts/preview/school";
import { type Preview, startPreview } from "../../scripts/serve";

export type DemoStepName = (typeof DEMO_STEPS)[number]["name"];

export interface SchoolPreview {
  readonly preview: Preview;
  readonly context: DemoContext;
  close(): Promise<void>;
}

/**
 * Runs the demo term through `lastStep` (inclusive), then `prepare` if given, then serves it,
 * signed in as `user`.
 */
export async function startSchoolPreview(
  lastStep: DemoStepName,
  user?: string,
  prepare?: (context: DemoContext) => void,
): Promise<SchoolPreview> {
  buildIfStale();
  const at = DEMO_STEPS.findIndex((step) => step.name === lastStep);
  if (at < 0) throw new Error(`No demo step is called "${lastStep}".`);
  const roster = previewRoster();
  const ws = newWorkspace(DIST);
  seedRoster(ws, roster);
  const context: DemoContext = { ws, roster };
  for (const step of DEMO_STEPS.slice(0, at + 1))
    step.run(context, new StepRecorder(ws, step.name));
  if (!context.hubId) throw new Error(`The demo had made no hub by "${lastStep}".`);
  prepare?.(context);
  if (ws.script.deployments.length === 0) {
    ws.addDeployment({ executeAs: "USER_DEPLOYING", access: "ANYONE_ANONYMOUS" });
  }
  const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), "confer-e2e-school-"));
  ws.save(stateDir);
  const meta = { hubId: context.hubId, user: user ?? roster.coordinator.email };
  fs.writeFileSync(path.join(stateDir, "preview.json"), `${JSON.stringify(meta)}\n`);
  const preview = await startPreview({ port: 0, stateDir });
  return {
    preview,
    context,
    close: async () => {
      await preview.close();
      fs.rmSync(stateDir, { recursive: true, force: true });
    },
  };
}
