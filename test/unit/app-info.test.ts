/* The version Confer reports is the one package.json releases. */

import pkg from "../../package.json";
import { CONFER_VERSION } from "../../src/domain/app-info";

it("reports the package version", () => {
  expect(CONFER_VERSION).toBe(pkg.version);
});
