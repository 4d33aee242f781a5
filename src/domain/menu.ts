/*
 * The Confer menu, as data: which items each editor shows, the server function each runs, and
 * who can use it. Shown to a known person it holds only their items; to someone unknown (in
 * AuthMode.NONE) it holds every item, and the server checks each call.
 * The server renders it through the Ui adapter; the tests check every function is exposed.
 */
import type { Role } from "./roles";

export type EditorHost = "Sheets" | "Docs";

export interface MenuItem {
  readonly caption: string;
  readonly functionName: string;
}

/** Who opened the editor, as the roster knows them. */
export interface MenuViewer {
  readonly roles: ReadonlySet<Role>;
  readonly isHubOwner: boolean;
}

const TEACHERS: readonly Role[] = ["teacher", "coordinator"];
const ADVISORS: readonly Role[] = ["advisor", "coordinator"];
const COORDINATORS: readonly Role[] = ["coordinator"];
const STUDENTS: readonly Role[] = ["student"];
const CONFERENCE: readonly Role[] = ["student", "advisor", "coordinator"];

export type MenuEntry = MenuItem | "separator";

const ABOUT: MenuItem = { caption: "About Confer", functionName: "showAboutSidebar" };
const CREATE_DOCS: MenuItem = {
  caption: "Create conference docs…",
  functionName: "showDocsSidebar",
};

const CLASSROOM: MenuItem = {
  caption: "Classroom conferences…",
  functionName: "showClassroomSidebar",
};

const CLASSROOM_CYCLE: MenuItem = {
  caption: "Classroom cycle…",
  functionName: "showClassroomCycleView",
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

const GOAL_CHECK_INS: MenuItem = {
  caption: "Goal check-ins…",
  functionName: "showGoalCheckInsSidebar",
};

const STATUS: MenuItem = { caption: "Status…", functionName: "showStatusView" };

const DRAFT_UPDATES: MenuItem = {
  caption: "Draft guardian updates…",
  functionName: "showUpdatesSidebar",
};

/** What teachers, advisors and coordinators find in both editors. */
const STAFF_ITEMS: readonly MenuItem[] = [
  ENTER_COMMENTS,
  CLASSROOM,
  CLASSROOM_CYCLE,
  CREATE_DOCS,
  PULL_COMMENTS,
  DRAFT_UPDATES,
  STATUS,
  SCHEDULE,
  NOT_BOOKED,
  GOAL_CHECK_INS,
];

const SHEETS_MENU: readonly MenuEntry[] = [
  ...STAFF_ITEMS,
  "separator",
  { caption: "Set up hub", functionName: "setUpHub" },
  { caption: "Move the hub here", functionName: "moveHubHere" },
  { caption: "Check installation", functionName: "checkInstallation" },
  { caption: "Settings…", functionName: "showSettingsSidebar" },
  { caption: "Rounds…", functionName: "showRoundsSidebar" },
  { caption: "Import roster…", functionName: "showImportSidebar" },
  { caption: "Assign advisors…", functionName: "showAdvisorsSidebar" },
  { caption: "Missing comments…", functionName: "showMissingCommentsSidebar" },
  { caption: "Rebuild comment tabs from the log", functionName: "rebuildCommentTabsFromLog" },
  "separator",
  ABOUT,
];

const DRAFT_MY_UPDATE: MenuItem = {
  caption: "Draft my family update (students)",
  functionName: "draftMyFamilyUpdate",
};

const ASK_EXTRA: MenuItem = {
  caption: "Ask my teacher for an extra conference",
  functionName: "askForExtraConference",
};

const MY_CONFERENCE: MenuItem = {
  caption: "My conference…",
  functionName: "showMyConferenceSidebar",
};

const DOCS_MENU: readonly MenuEntry[] = [
  MY_CONFERENCE,
  ...STAFF_ITEMS,
  DRAFT_MY_UPDATE,
  ASK_EXTRA,
  "separator",
  ABOUT,
];

/** Who can use each item; About is for everyone, the hub's own items for its owner. */
const WHO: Readonly<Record<string, readonly Role[] | "owner">> = {
  showCommentsSidebar: TEACHERS,
  showClassroomSidebar: TEACHERS,
  showClassroomCycleView: TEACHERS,
  showDocsSidebar: ADVISORS,
  showPullSidebar: ADVISORS,
  showUpdatesSidebar: ADVISORS,
  showStatusView: ADVISORS,
  showScheduleSidebar: ADVISORS,
  showNotBookedSidebar: ADVISORS,
  showGoalCheckInsSidebar: ADVISORS,
  setUpHub: "owner",
  moveHubHere: "owner",
  checkInstallation: "owner",
  showSettingsSidebar: COORDINATORS,
  showRoundsSidebar: COORDINATORS,
  showImportSidebar: COORDINATORS,
  showAdvisorsSidebar: COORDINATORS,
  showMissingCommentsSidebar: COORDINATORS,
  rebuildCommentTabsFromLog: COORDINATORS,
  showMyConferenceSidebar: CONFERENCE,
  draftMyFamilyUpdate: STUDENTS,
  askForExtraConference: STUDENTS,
};

function canUse(item: MenuItem, viewer: MenuViewer): boolean {
  const who = WHO[item.functionName];
  if (who === undefined) return true;
  if (who === "owner") return viewer.isHubOwner;
  return who.some((role) => viewer.roles.has(role));
}

/** Drops separators left at either end or next to each other once items are taken out. */
function tidy(entries: readonly MenuEntry[]): MenuEntry[] {
  const kept: MenuEntry[] = [];
  for (const entry of entries) {
    if (entry !== "separator" || (kept.length > 0 && kept.at(-1) !== "separator")) kept.push(entry);
  }
  if (kept.at(-1) === "separator") kept.pop();
  return kept;
}

export function conferMenu(host: EditorHost, viewer?: MenuViewer): readonly MenuEntry[] {
  const full = host === "Sheets" ? SHEETS_MENU : DOCS_MENU;
  if (!viewer) return full;
  return tidy(full.filter((entry) => entry === "separator" || canUse(entry, viewer)));
}

export function menuFunctionNames(host: EditorHost): string[] {
  return conferMenu(host).flatMap((entry) => (entry === "separator" ? [] : [entry.functionName]));
}
