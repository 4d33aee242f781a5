/*
 * HtmlService and ContentService: HTML outputs from the bundle's files, templates with
 * scriptlets, and the text outputs a web app returns.
 */
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { Emulated, type Emulates } from "../core/emulated";
import { GoogleError } from "../core/errors";
import type { Execution } from "../core/execution";

function readBundleFile(exec: Execution, filename: string): string {
  const name = String(filename).replace(/\.html$/, "");
  const file = path.join(exec.workspace.bundleDir, `${name}.html`);
  if (!/^[\w./-]+$/.test(name) || !fs.existsSync(file)) {
    throw new GoogleError(`No HTML file named ${name} was found.`);
  }
  return fs.readFileSync(file, "utf8");
}

export class EmulatedHtmlOutput
  extends Emulated
  implements
    Emulates<
      GoogleAppsScript.HTML.HtmlOutput,
      | "getContent"
      | "setContent"
      | "append"
      | "getTitle"
      | "setTitle"
      | "getWidth"
      | "setWidth"
      | "getHeight"
      | "setHeight"
      | "setXFrameOptionsMode"
      | "addMetaTag"
    >
{
  static override readonly className = "HtmlOutput";
  static override readonly methods = [
    "getContent",
    "setContent",
    "append",
    "getTitle",
    "setTitle",
    "getWidth",
    "setWidth",
    "getHeight",
    "setHeight",
    "setXFrameOptionsMode",
    "addMetaTag",
  ];
  title = "";
  width = 300;
  height = 400;
  xFrameOptions = "DEFAULT";
  readonly metaTags: Array<{ name: string; content: string }> = [];

  constructor(
    exec: Execution,
    public content: string,
  ) {
    super(exec);
  }

  getContent(): string {
    return this.content;
  }

  override describe(): { kind: "HtmlOutput"; title: string; content: string } {
    return { kind: "HtmlOutput", title: this.title, content: this.content };
  }

  setContent(content: string): EmulatedHtmlOutput {
    this.content = String(content);
    return this;
  }

  append(addedContent: string): EmulatedHtmlOutput {
    this.content += String(addedContent);
    return this;
  }

  getTitle(): string {
    return this.title;
  }

  setTitle(title: string): EmulatedHtmlOutput {
    this.title = String(title);
    return this;
  }

  getWidth(): number {
    return this.width;
  }

  setWidth(width: number): EmulatedHtmlOutput {
    if (!Number.isInteger(width) || width <= 0) throw new GoogleError("Invalid argument: width");
    this.width = width;
    return this;
  }

  getHeight(): number {
    return this.height;
  }

  setHeight(height: number): EmulatedHtmlOutput {
    if (!Number.isInteger(height) || height <= 0) throw new GoogleError("Invalid argument: height");
    this.height = height;
    return this;
  }

  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): EmulatedHtmlOutput {
    this.xFrameOptions = String(mode);
    return this;
  }

  /** Google allows only the viewport, mobile-web-app-capable and apple-mobile-web-app-capable tags. */
  addMetaTag(name: string, content: string): EmulatedHtmlOutput {
    const allowed = ["viewport", "mobile-web-app-capable", "apple-mobile-web-app-capable"];
    if (!allowed.includes(name)) throw new GoogleError(`Invalid argument: name`);
    this.metaTags.push({ name, content });
    return this;
  }
}

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]!);
}

/** Turns `<?= ?>` (escaped), `<?!= ?>` (raw) and `<? ?>` (code) scriptlets into a function body. */
export function compileTemplate(source: string): string {
  const parts: string[] = ["let __out = '';"];
  const pattern = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let last = 0;
  for (let match = pattern.exec(source); match; match = pattern.exec(source)) {
    parts.push(`__out += ${JSON.stringify(source.slice(last, match.index))};`);
    const [, kind, code] = match;
    if (kind === "=") parts.push(`__out += __escape(String(${code}));`);
    else if (kind === "!=") parts.push(`__out += String(${code});`);
    else parts.push(code!);
    last = pattern.lastIndex;
  }
  parts.push(`__out += ${JSON.stringify(source.slice(last))};`, "__out");
  return parts.join("\n");
}

export class EmulatedHtmlTemplate
  extends Emulated
  implements Emulates<GoogleAppsScript.HTML.HtmlTemplate, "evaluate" | "getRawContent" | "getCode">
{
  static override readonly className = "HtmlTemplate";
  static override readonly methods = ["evaluate", "getRawContent", "getCode"];
  static readonly settable = true;
  readonly variables: Record<string, unknown> = {};

  constructor(
    exec: Execution,
    private readonly source: string,
  ) {
    super(exec);
  }

  override assign(name: string, value: unknown): void {
    this.variables[name] = value;
  }

  getRawContent(): string {
    return this.source;
  }

  getCode(): string {
    return compileTemplate(this.source);
  }

  /** Runs the scriptlets with the template's assigned variables in scope. */
  evaluate(): EmulatedHtmlOutput {
    const context = vm.createContext({ ...this.variables, __escape: escapeHtml });
    let content: unknown;
    try {
      content = vm.runInContext(compileTemplate(this.source), context, { timeout: 5000 });
    } catch (error) {
      throw new GoogleError(`Error evaluating template: ${(error as Error).message}`);
    }
    return new EmulatedHtmlOutput(this.exec, String(content));
  }
}

export class EmulatedHtmlService
  extends Emulated
  implements
    Emulates<
      GoogleAppsScript.HTML.HtmlService,
      "createHtmlOutput" | "createHtmlOutputFromFile" | "createTemplate" | "createTemplateFromFile"
    >
{
  static override readonly className = "HtmlService";
  static override readonly methods = [
    "createHtmlOutput",
    "createHtmlOutputFromFile",
    "createTemplate",
    "createTemplateFromFile",
  ];
  static override readonly properties = ["XFrameOptionsMode", "SandboxMode"];
  readonly XFrameOptionsMode = { DEFAULT: "DEFAULT", ALLOWALL: "ALLOWALL" };
  readonly SandboxMode = { EMULATED: "EMULATED", IFRAME: "IFRAME", NATIVE: "NATIVE" };

  createHtmlOutput(html?: string): EmulatedHtmlOutput {
    return new EmulatedHtmlOutput(this.exec, html === undefined ? "" : String(html));
  }

  createHtmlOutputFromFile(filename: string): EmulatedHtmlOutput {
    return new EmulatedHtmlOutput(this.exec, readBundleFile(this.exec, filename));
  }

  createTemplate(html: string): EmulatedHtmlTemplate {
    return new EmulatedHtmlTemplate(this.exec, String(html));
  }

  createTemplateFromFile(filename: string): EmulatedHtmlTemplate {
    return new EmulatedHtmlTemplate(this.exec, readBundleFile(this.exec, filename));
  }
}

export class EmulatedTextOutput
  extends Emulated
  implements
    Emulates<
      GoogleAppsScript.Content.TextOutput,
      "getContent" | "setContent" | "append" | "getMimeType" | "setMimeType"
    >
{
  static override readonly className = "TextOutput";
  static override readonly methods = [
    "getContent",
    "setContent",
    "append",
    "getMimeType",
    "setMimeType",
  ];
  mimeType = "TEXT";

  constructor(
    exec: Execution,
    public content: string,
  ) {
    super(exec);
  }

  getContent(): string {
    return this.content;
  }

  override describe(): { kind: "TextOutput"; mimeType: string; content: string } {
    return { kind: "TextOutput", mimeType: this.mimeType, content: this.content };
  }

  setContent(content: string): EmulatedTextOutput {
    this.content = String(content);
    return this;
  }

  append(addedContent: string): EmulatedTextOutput {
    this.content += String(addedContent);
    return this;
  }

  getMimeType(): GoogleAppsScript.Content.MimeType {
    return this.mimeType as unknown as GoogleAppsScript.Content.MimeType;
  }

  setMimeType(mimeType: GoogleAppsScript.Content.MimeType): EmulatedTextOutput {
    const known = ["ATOM", "CSV", "ICAL", "JAVASCRIPT", "JSON", "RSS", "TEXT", "VCARD", "XML"];
    if (!known.includes(String(mimeType))) throw new GoogleError("Invalid argument: mimeType");
    this.mimeType = String(mimeType);
    return this;
  }
}

export class EmulatedContentService
  extends Emulated
  implements Emulates<GoogleAppsScript.Content.ContentService, "createTextOutput">
{
  static override readonly className = "ContentService";
  static override readonly methods = ["createTextOutput"];
  static override readonly properties = ["MimeType"];
  readonly MimeType = Object.fromEntries(
    ["ATOM", "CSV", "ICAL", "JAVASCRIPT", "JSON", "RSS", "TEXT", "VCARD", "XML"].map((m) => [m, m]),
  );

  createTextOutput(content?: string): EmulatedTextOutput {
    return new EmulatedTextOutput(this.exec, content === undefined ? "" : String(content));
  }
}
