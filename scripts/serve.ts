/*
 * npm start: the local preview. Serves a small Workspace shell on localhost where a person can
 * act as anyone in the demo school and use Confer's real menus and sidebars on the emulator.
 */
import { startPreview } from "./preview/start";

export { type Preview, type PreviewOptions, startPreview } from "./preview/start";

if (require.main === module) {
  startPreview()
    .then((preview) => {
      console.log(`Confer preview: ${preview.url}`);
      console.log("State is saved in .confer-state/; use Reset in the page to start over.");
    })
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
