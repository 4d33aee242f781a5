/* The import-boundary rules on small in-memory files: what each rule refuses, and what it lets by. */
import { boundaryProblems } from "../../../scripts/imports/boundaries";
import { moduleReferences } from "../../../scripts/imports/specifiers";

const broken = (file: string, source: string, emulatorPackage?: string) =>
  boundaryProblems(file, moduleReferences(source), emulatorPackage).map(
    (problem) => `${problem.line} ${problem.rule}`,
  );

describe("module references", () => {
  it("finds imports, exports from, import() calls and import types, with their lines", () => {
    const source = [
      "/* “A header” with non-ASCII text */",
      'import type { A } from "./a";',
      "import {",
      "  type B,",
      "  C,",
      '} from "./b";',
      'export type { D } from "./d";',
      'export * from "./e";',
      'const f = import("./f");',
      'type G = import("./g").G;',
      'const text = "import x from \\"./not-an-import\\"";',
    ].join("\n");
    expect(moduleReferences(source)).toEqual([
      { specifier: "./a", line: 2, typeOnly: true },
      { specifier: "./b", line: 3, typeOnly: false },
      { specifier: "./d", line: 7, typeOnly: true },
      { specifier: "./e", line: 8, typeOnly: false },
      { specifier: "./f", line: 9, typeOnly: false },
      { specifier: "./g", line: 10, typeOnly: true },
    ]);
  });
});

describe("the domain imports only the domain", () => {
  it("lets a domain file import another domain file", () => {
    expect(
      broken("src/domain/schedule/booking.ts", 'import { x } from "../roster/model";'),
    ).toEqual([]);
  });

  it("refuses workspace, server, packages and node built-ins, types included", () => {
    const source = [
      'import { openHub } from "../../workspace/hub-store";',
      'import type { Hub } from "../../server/hub";',
      'import { join } from "node:path";',
      'import { parse } from "some-package";',
    ].join("\n");
    expect(broken("src/domain/schedule/booking.ts", source)).toEqual([
      "1 domain-imports-domain",
      "2 domain-imports-domain",
      "3 domain-imports-domain",
      "4 domain-imports-domain",
    ]);
  });

  it("does not apply outside the domain", () => {
    expect(
      broken("src/server/web-app.ts", 'import { jsonOutput } from "../workspace/web-output";'),
    ).toEqual([]);
  });
});

describe("the ui takes only types from the server", () => {
  it("lets import type and export type through", () => {
    const source = [
      'import type { View } from "../server/schedule";',
      'export type { Page } from "../server/family-signup";',
    ].join("\n");
    expect(broken("src/ui/schedule/main.ts", source)).toEqual([]);
  });

  it("refuses a value import, even one whose names are all marked type", () => {
    const source = [
      'import { getView } from "../../server/schedule";',
      'import { type View } from "../../server/schedule";',
      'export { run } from "../../server/run";',
    ].join("\n");
    expect(broken("src/ui/schedule/main.ts", source)).toEqual([
      "1 ui-imports-server-types",
      "2 ui-imports-server-types",
      "3 ui-imports-server-types",
    ]);
  });

  it("lets the ui import values from the domain", () => {
    expect(
      broken("src/ui/schedule/main.ts", 'import { plural } from "../../domain/plural";'),
    ).toEqual([]);
  });
});

describe("nothing reaches past the emulator's entry", () => {
  it("lets a test or script import the entry", () => {
    const source = [
      'import { x } from "../../emulator";',
      'import { y } from "../../emulator/index";',
    ];
    expect(broken("test/integration/a.test.ts", source.join("\n"))).toEqual([]);
  });

  it("flags a deep import from a test or a script", () => {
    expect(
      broken("test/integration/a.test.ts", 'import { x } from "../../emulator/sheets/csv";'),
    ).toEqual(["1 emulator-entry"]);
    expect(
      broken("scripts/demo/main.ts", 'import type { X } from "../../emulator/core/run";'),
    ).toEqual(["1 emulator-entry"]);
  });

  it("flags a deep import through the emulator's package name", () => {
    expect(
      broken("scripts/demo.ts", 'import { x } from "confer-emulator/core/run";', "confer-emulator"),
    ).toEqual(["1 emulator-entry"]);
    expect(
      broken("scripts/demo.ts", 'import { x } from "confer-emulator";', "confer-emulator"),
    ).toEqual([]);
  });

  it("lets the emulator and its own tests import its insides", () => {
    expect(broken("emulator/sheets/range.ts", 'import { x } from "../core/run";')).toEqual([]);
    expect(broken("emulator/test/sheets.test.ts", 'import { x } from "../sheets/csv";')).toEqual(
      [],
    );
  });
});
