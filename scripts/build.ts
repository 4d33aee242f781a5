/*
 * npm run build: type-checks, bundles the server into dist/Code.js with one top-level
 * forwarding function per export of src/server/index.ts, inlines each sidebar into one
 * HTML file, and copies the manifest. Any error stops the build with a non-zero exit.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { buildSync } from "esbuild";

const ROOT = path.resolve(__dirname, "..");
const DIST = path.join(ROOT, "dist");
const UI = path.join(ROOT, "src/ui");
export const NAMESPACE = "Confer_";

/** A page's CSS with each `@import "file.css";` line replaced by that file, read from beside it. */
function readStyle(file: string): string {
  return fs
    .readFileSync(file, "utf8")
    .replace(/^@import "([^"]+)";$/gm, (_line, imported: string) =>
      readStyle(path.resolve(path.dirname(file), imported)),
    );
}

function typecheck(): void {
  for (const project of ["src/tsconfig.json", "src/ui/tsconfig.json"]) {
    execFileSync(path.join(ROOT, "node_modules/.bin/tsc"), ["-p", project], {
      cwd: ROOT,
      stdio: "inherit",
    });
  }
}

function bundleServer(): string {
  const result = buildSync({
    entryPoints: [path.join(ROOT, "src/server/index.ts")],
    bundle: true,
    format: "iife",
    globalName: NAMESPACE,
    platform: "neutral",
    target: "es2019",
    write: false,
    charset: "utf8",
    logLevel: "error",
  });
  return result.outputFiles[0]!.text;
}

/** The action table's entry points, read by loading the bundle in an empty context: loading must call no service. */
function entryPoints(bundle: string): string[] {
  const context: Record<string, unknown> = {};
  vm.createContext(context);
  vm.runInContext(bundle, context, { filename: "Code.js" });
  const namespace = context[NAMESPACE] as { ENTRY_POINTS?: unknown; dispatch?: unknown };
  if (typeof namespace.dispatch !== "function" || !Array.isArray(namespace.ENTRY_POINTS)) {
    throw new Error("src/server/index.ts must export dispatch and ENTRY_POINTS");
  }
  const names = [...(namespace.ENTRY_POINTS as string[])].sort();
  const badNames = names.filter((name) => !/^[A-Za-z][A-Za-z0-9]*$/.test(name));
  if (badNames.length > 0)
    throw new Error(`Entry points Apps Script cannot call: ${badNames.join(", ")}`);
  return names;
}

function forwardingStubs(names: readonly string[]): string {
  return names
    .map(
      (name) =>
        `function ${name}() {\n  return ${NAMESPACE}.dispatch("${name}", Array.prototype.slice.call(arguments));\n}`,
    )
    .join("\n");
}

function escapeForInlineScript(code: string): string {
  return code.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");
}

/**
 * A page served through HtmlService.createTemplateFromFile holds `<? ?>` scriptlets, and Apps Script
 * reads every `<?` and `?>` in the file as one: the code and styles inlined into it must hold none.
 */
function checkScriptletSafe(page: string, template: string, inlined: Record<string, string>) {
  if (!template.includes("<?")) return;
  for (const [what, text] of Object.entries(inlined)) {
    const found = ["<?", "?>"].find((mark) => text.includes(mark));
    if (found) {
      throw new Error(
        `src/ui/${page} is a template (it holds <? ?> scriptlets), but its ${what} contains “${found}”, which Apps Script would read as a scriptlet: write it another way`,
      );
    }
  }
}

function buildPage(page: string): void {
  const dir = path.join(UI, page);
  const template = fs.readFileSync(path.join(dir, "index.html"), "utf8");
  const script = buildSync({
    entryPoints: [path.join(dir, "main.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2019",
    write: false,
    charset: "utf8",
    logLevel: "error",
  }).outputFiles[0]!.text;
  const styles = [path.join(UI, "shared/addon.css"), path.join(dir, "style.css")]
    .filter((file) => fs.existsSync(file))
    .map(readStyle)
    .join("\n");
  for (const marker of ["<!-- inline:style -->", "<!-- inline:script -->"]) {
    if (!template.includes(marker)) throw new Error(`src/ui/${page}/index.html lacks ${marker}`);
  }
  checkScriptletSafe(page, template, { script, styles });
  const html = template
    .replace("<!-- inline:style -->", () => `<style>\n${styles}</style>`)
    .replace("<!-- inline:script -->", () => `<script>\n${escapeForInlineScript(script)}</script>`);
  fs.writeFileSync(path.join(DIST, `${page}.html`), html);
}

export function sidebarPages(): string[] {
  return fs
    .readdirSync(UI, { withFileTypes: true })
    .filter(
      (entry) => entry.isDirectory() && fs.existsSync(path.join(UI, entry.name, "index.html")),
    )
    .map((entry) => entry.name)
    .sort();
}

function main(): void {
  const started = Date.now();
  typecheck();
  fs.rmSync(DIST, { recursive: true, force: true });
  fs.mkdirSync(DIST, { recursive: true });
  const bundle = bundleServer();
  const names = entryPoints(bundle);
  fs.writeFileSync(path.join(DIST, "Code.js"), `${bundle}\n${forwardingStubs(names)}\n`);
  const pages = sidebarPages();
  for (const page of pages) buildPage(page);
  fs.copyFileSync(path.join(ROOT, "appsscript.json"), path.join(DIST, "appsscript.json"));
  console.log(
    `Built dist/ in ${Date.now() - started} ms: Code.js (${names.length} entry points), ` +
      `${pages.map((p) => `${p}.html`).join(", ")}, appsscript.json`,
  );
}

if (require.main === module) {
  try {
    main();
  } catch (error) {
    console.error(`Build failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
