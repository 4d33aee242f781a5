/*
 * The Confer menu, as data: which items each editor shows and the server function each runs.
 * The server renders it through the Ui adapter; the tests check every function is exposed.
 */

export type EditorHost = "Sheets" | "Docs";

export interface MenuItem {
  readonly caption: string;
  readonly functionName: string;
}

export type MenuEntry = MenuItem | "separator";

const ABOUT: MenuItem = { caption: "About Confer", functionName: "showAboutSidebar" };
const CREATE_DOCS: MenuItem = {
  caption: "Create conference docs…",
  functionName: "showDocsSidebar",
};

const ENTER_COMMENTS: MenuItem = {
  caption: "Enter comments…",
  functionName: "showCommentsSidebar",
};

const PULL_COMMENTS: MenuItem = {
  caption: "Pull teacher comments…",
  functionName: "showPullSidebar",
};

const SCHEDULE: MenuItem = {
  caption: "Schedule conferences…",
  functionName: "showScheduleSidebar",
};

const NOT_BOOKED: MenuItem = { caption: "Not yet booked…", functionName: "showNotBookedSidebar" };

const STATUS: MenuItem = { caption: "Status…", functionName: "showStatusSidebar" };

const DRAFT_UPDATES: MenuItem = {
  caption: "Draft guardian updates…",
  functionName: "showUpdatesSidebar",
};

/** What teachers, advisors and coordinators find in both editors. */
const STAFF_ITEMS: readonly MenuItem[] = [
  ENTER_COMMENTS,
  CREATE_DOCS,
  PULL_COMMENTS,
  DRAFT_UPDATES,
  STATUS,
  SCHEDULE,
  NOT_BOOKED,
];

const SHEETS_MENU: readonly MenuEntry[] = [
  ...STAFF_ITEMS,
  "separator",
  { caption: "Set up hub", functionName: "setUpHub" },
  { caption: "Move the hub here", functionName: "moveHubHere" },
  { caption: "Check installation", functionName: "checkInstallation" },
  { caption: "Settings…", functionName: "showSettingsSidebar" },
  { caption: "Import roster…", functionName: "showImportSidebar" },
  { caption: "Missing comments…", functionName: "showMissingCommentsSidebar" },
  { caption: "Rebuild comment tabs from the log", functionName: "rebuildCommentTabsFromLog" },
  "separator",
  ABOUT,
];

const DRAFT_MY_UPDATE: MenuItem = {
  caption: "Draft my family update (students)",
  functionName: "draftMyFamilyUpdate",
};

const MY_CONFERENCE: MenuItem = {
  caption: "My conference…",
  functionName: "showMyConferenceSidebar",
};

const DOCS_MENU: readonly MenuEntry[] = [
  MY_CONFERENCE,
  ...STAFF_ITEMS,
  DRAFT_MY_UPDATE,
  "separator",
  ABOUT,
];

export function conferMenu(host: EditorHost): readonly MenuEntry[] {
  return host === "Sheets" ? SHEETS_MENU : DOCS_MENU;
}

export function menuFunctionNames(host: EditorHost): string[] {
  return conferMenu(host).flatMap((entry) => (entry === "separator" ? [] : [entry.functionName]));
}
