/*
 * The editor UI an add-on can reach: its menu, sidebars, dialogs and alerts. What a script
 * shows is recorded per user and container, so a test or the preview can see and click it.
 */
import { Emulated, type Emulates } from "../core/emulated";
import { GoogleError } from "../core/errors";
import type { Execution } from "../core/execution";
import { MIME } from "../drive/store";
import type { EmulatedHtmlOutput } from "./html";

export interface MenuItemModel {
  readonly caption: string;
  readonly functionName: string;
}

export interface MenuModel {
  readonly caption: string;
  readonly addon: boolean;
  readonly items: ReadonlyArray<MenuItemModel | "separator" | MenuModel>;
}

export interface ShownHtml {
  readonly kind: "sidebar" | "modalDialog" | "modelessDialog";
  readonly title: string;
  readonly width: number;
  readonly height: number;
  readonly html: string;
}

export interface EditorUi {
  menus: MenuModel[];
  shown: ShownHtml[];
  alerts: string[];
}

export type EditorHost = "Sheets" | "Docs";

/** Every user's UI, per editor host and container. */
export class UiRegistry {
  private readonly byKey = new Map<string, EditorUi>();

  of(user: string, host: EditorHost, containerId = ""): EditorUi {
    const key = `${user}|${host}|${containerId}`;
    let ui = this.byKey.get(key);
    if (!ui) {
      ui = { menus: [], shown: [], alerts: [] };
      this.byKey.set(key, ui);
    }
    return ui;
  }
}

export class EmulatedMenu
  extends Emulated
  implements
    Emulates<GoogleAppsScript.Base.Menu, "addItem" | "addSeparator" | "addSubMenu" | "addToUi">
{
  static override readonly className = "Menu";
  static override readonly methods = ["addItem", "addSeparator", "addSubMenu", "addToUi"];
  readonly items: Array<MenuItemModel | "separator" | MenuModel> = [];

  constructor(
    exec: Execution,
    private readonly target: EditorUi,
    readonly caption: string,
    private readonly addon: boolean,
  ) {
    super(exec);
  }

  addItem(caption: string, functionName: string): EmulatedMenu {
    if (typeof caption !== "string" || caption === "")
      throw new GoogleError("Invalid argument: caption");
    if (typeof functionName !== "string" || functionName === "") {
      throw new GoogleError("Invalid argument: functionName");
    }
    this.items.push({ caption, functionName });
    return this;
  }

  addSeparator(): EmulatedMenu {
    this.items.push("separator");
    return this;
  }

  addSubMenu(menu: GoogleAppsScript.Base.Menu): EmulatedMenu {
    this.items.push((menu as unknown as EmulatedMenu).model());
    return this;
  }

  addToUi(): void {
    const model = this.model();
    const others = this.target.menus.filter(
      (m) => m.caption !== model.caption || m.addon !== model.addon,
    );
    this.target.menus = [...others, model];
  }

  model(): MenuModel {
    return { caption: this.caption, addon: this.addon, items: [...this.items] };
  }
}

export class EmulatedUi
  extends Emulated
  implements
    Emulates<
      GoogleAppsScript.Base.Ui,
      | "createAddonMenu"
      | "createMenu"
      | "showSidebar"
      | "showModalDialog"
      | "showModelessDialog"
      | "alert"
    >
{
  static override readonly className = "Ui";
  static override readonly methods = [
    "createAddonMenu",
    "createMenu",
    "showSidebar",
    "showModalDialog",
    "showModelessDialog",
    "alert",
  ];
  static override readonly properties = ["ButtonSet", "Button"];
  readonly ButtonSet = {
    OK: "OK",
    OK_CANCEL: "OK_CANCEL",
    YES_NO: "YES_NO",
    YES_NO_CANCEL: "YES_NO_CANCEL",
  };
  readonly Button = { CLOSE: "CLOSE", OK: "OK", CANCEL: "CANCEL", YES: "YES", NO: "NO" };

  constructor(
    exec: Execution,
    private readonly target: EditorUi,
  ) {
    super(exec);
  }

  /** An add-on's menu is captioned with the add-on's name under Extensions. */
  createAddonMenu(): EmulatedMenu {
    return new EmulatedMenu(this.exec, this.target, this.exec.workspace.scriptName, true);
  }

  createMenu(caption: string): EmulatedMenu {
    return new EmulatedMenu(this.exec, this.target, caption, false);
  }

  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    this.show("sidebar", userInterface, "");
  }

  showModalDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.show("modalDialog", userInterface, title);
  }

  showModelessDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.show("modelessDialog", userInterface, title);
  }

  /**
   * alert(prompt), alert(prompt, buttons) or alert(title, prompt, buttons). The emulated person
   * answers with the first button of the set: OK, or YES.
   */
  alert(first: string, second?: unknown, third?: unknown): GoogleAppsScript.Base.Button {
    if (this.exec.authMode === "NONE") {
      throw new GoogleError("Authorization is required to perform that action.");
    }
    const titled = typeof second === "string";
    const prompt = titled ? second : first;
    const buttons = String((titled ? third : second) ?? "OK");
    if (!(buttons in this.ButtonSet)) throw new GoogleError("Invalid argument: buttons");
    this.target.alerts.push(titled ? `${first}: ${prompt}` : String(prompt));
    return (buttons.startsWith("YES") ? "YES" : "OK") as unknown as GoogleAppsScript.Base.Button;
  }

  private show(
    kind: ShownHtml["kind"],
    output: GoogleAppsScript.HTML.HtmlOutput,
    title: string,
  ): void {
    if (this.exec.authMode === "NONE") {
      throw new GoogleError("Authorization is required to perform that action.");
    }
    const html = output as unknown as EmulatedHtmlOutput;
    this.target.shown.push({
      kind,
      title: title || html.title,
      width: kind === "sidebar" ? 300 : html.width,
      height: html.height,
      html: html.content,
    });
  }
}

const HOST_OF_MIME: Readonly<Record<string, EditorHost>> = {
  [MIME.spreadsheet]: "Sheets",
  [MIME.document]: "Docs",
};

/**
 * The Ui of the editor the execution runs in. Only an execution opened from a Sheet or Doc
 * has one, and each service's getUi throws in the other editor, as Google's do.
 */
export function uiFor(exec: Execution, host: EditorHost): EmulatedUi {
  const container = exec.containerId ? exec.workspace.drive.get(exec.containerId) : undefined;
  const containerHost = container ? HOST_OF_MIME[container.mimeType] : undefined;
  if (exec.kind === "webapp" || exec.kind === "trigger" || containerHost !== host) {
    throw new GoogleError(
      `Cannot call ${host === "Sheets" ? "SpreadsheetApp" : "DocumentApp"}.getUi() from this context.`,
    );
  }
  return new EmulatedUi(
    exec,
    exec.workspace.ui.of(exec.activeUser || exec.effectiveUser, host, exec.containerId),
  );
}
