/* docs/generated/cost-model.md, which the README links to, is what the emulator's code says. */
import fs from "node:fs";
import path from "node:path";
import { costModelPage } from "../../scripts/cost-model/table";

describe("the cost model page", () => {
  it("matches the latency rows and rate rules in the code (npm run cost-model -- --write)", () => {
    const file = path.resolve(__dirname, "../../docs/generated/cost-model.md");
    expect(fs.readFileSync(file, "utf8")).toBe(costModelPage());
  });

  it("names a source, or says estimate, for every row", () => {
    for (const line of costModelPage()
      .split("\n")
      .filter((l) => l.startsWith("| `"))) {
      expect(line.split("|")[3]!.trim()).not.toBe("");
    }
  });
});
