/*
 * The hub spreadsheet's tabs as data: each tab's name, headers, column formats, and whether only
 * Confer may write it. Set up hub creates and repairs tabs from these specs.
 */

export type TabWriter = "coordinator" | "confer" | "locked-layer";

export interface ColumnSpec {
  readonly header: string;
  /** A Sheets number format; "@" keeps whatever is typed as plain text. */
  readonly format: string;
  readonly width?: number;
  readonly choices?: readonly string[];
}

export interface TabSpec {
  readonly name: string;
  readonly columns: readonly ColumnSpec[];
  readonly writer: TabWriter;
  readonly description: string;
}

const text = (header: string, width?: number): ColumnSpec => ({
  header,
  format: "@",
  ...(width ? { width } : {}),
});
const stamp = (header: string): ColumnSpec => ({ header, format: "yyyy-mm-dd hh:mm", width: 140 });
const choice = (header: string, choices: readonly string[]): ColumnSpec => ({
  header,
  format: "@",
  choices,
});
const YES_NO = ["yes", "no"] as const;

export const COMMENT_STATUSES = ["active", "withdrawn"] as const;

export const SETTINGS_TAB: TabSpec = {
  name: "Settings",
  columns: [text("Setting", 200), text("Value", 320)],
  writer: "confer",
  description: "Confer settings: change them in Confer ▸ Settings.",
};

export const STUDENTS_TAB: TabSpec = {
  name: "Students",
  columns: [
    text("Student ID", 110),
    text("Given Name"),
    text("Family Name"),
    text("Preferred Name"),
    text("Email", 220),
    text("Grade", 60),
    text("Advisor Email", 220),
    text("Guardians", 420),
    choice("Active", YES_NO),
  ],
  writer: "confer",
  description: "The roster: change it with Confer ▸ Import roster.",
};

export const STAFF_TAB: TabSpec = {
  name: "Staff",
  columns: [text("Email", 220), text("Name", 180), text("Roles", 200), choice("Active", YES_NO)],
  writer: "confer",
  description: "Staff from the roster: change it with Confer ▸ Import roster.",
};

export const CLASSES_TAB: TabSpec = {
  name: "Classes",
  columns: [
    text("Class ID", 110),
    text("Course", 160),
    text("Period", 60),
    text("Grade", 60),
    text("Teacher Email", 220),
    text("Student IDs", 420),
  ],
  writer: "confer",
  description: "Classes from the roster: change them with Confer ▸ Import roster.",
};

export const COMMENT_COLUMNS: readonly ColumnSpec[] = [
  text("Comment ID", 120),
  text("Student ID", 100),
  text("Student", 180),
  text("Class ID", 100),
  text("Period", 60),
  text("Teacher Email", 220),
  text("Comment", 480),
  { header: "Version", format: "0", width: 70 },
  stamp("Created"),
  stamp("Updated"),
  choice("Status", COMMENT_STATUSES),
  text("Round", 180),
];

export function commentTabName(grade: string): string {
  return `Grade ${grade} Comments`;
}

export function commentTab(grade: string): TabSpec {
  return {
    name: commentTabName(grade),
    columns: COMMENT_COLUMNS,
    writer: "locked-layer",
    description: "Teacher comments: written only through Confer ▸ Enter comments.",
  };
}

export const COMMENT_LOG_TAB: TabSpec = {
  name: "Comment Log",
  columns: [
    stamp("Time"),
    text("Actor", 220),
    text("Action", 90),
    text("Comment ID", 120),
    text("Before", 320),
    text("After", 320),
  ],
  writer: "locked-layer",
  description: "Append-only log of every comment change; the comment tabs can be rebuilt from it.",
};

export const CONFERENCE_DOCS_TAB: TabSpec = {
  name: "Conference Docs",
  columns: [
    text("Student ID", 100),
    text("Student", 180),
    text("Grade", 60),
    text("Advisor Email", 220),
    text("Doc ID", 120),
    text("Doc URL", 280),
    stamp("Created"),
    text("Shared With", 280),
    text("Purpose", 200),
    choice("Prepared", YES_NO),
    choice("Held", YES_NO),
    choice("Plan Written", YES_NO),
    choice("Guardian Update Drafted", YES_NO),
    text("Comments Pulled", 140),
    text("Update Drafted", 260),
    text("Comments Range ID", 160),
    text("Update Drafts", 260),
    text("Status Read", 140),
    text("Conference Line ID", 160),
    text("Round", 180),
  ],
  writer: "confer",
  description: "One row per student's conference doc, kept by Confer.",
};

export const SLOT_STATUS_CHOICES = ["open", "booked", "held", "no-show", "cancelled"] as const;

export const SCHEDULE_TAB: TabSpec = {
  name: "Schedule",
  columns: [
    text("Slot ID", 110),
    text("Round", 140),
    text("Kind", 100),
    text("Host Email", 220),
    stamp("Start"),
    { header: "Minutes", format: "0", width: 70 },
    text("Location", 200),
    text("Student ID", 100),
    text("Booked By", 220),
    text("Booked At", 200),
    choice("Status", SLOT_STATUS_CHOICES),
    text("Calendar Event", 200),
    text("Reminded", 200),
  ],
  writer: "confer",
  description: "Conference slots and bookings, kept by Confer.",
};

export const BOOKING_LOG_TAB: TabSpec = {
  name: "Booking Log",
  columns: [
    stamp("Time"),
    text("Actor", 220),
    text("Action", 90),
    text("Slot ID", 110),
    text("Student ID", 100),
    text("Detail", 420),
    text("Change", 200),
    stamp("Followed"),
  ],
  writer: "confer",
  description:
    "Append-only log of every booking change: who booked, moved or cancelled what; each change is logged (Change) before the Schedule tab is written, and Followed says when its Calendar event, doc line and notices were done.",
};

/** Messages Gmail could not take when Confer made them: the daily trigger tries each again. */
export const OUTBOX_TAB: TabSpec = {
  name: "Outbox",
  columns: [
    text("Queued", 160),
    choice("Mode", ["draft", "send"]),
    text("Student", 180),
    text("Tag", 200),
    text("Attempts", 70),
    text("Last Error", 300),
    text("Message", 200),
  ],
  writer: "confer",
  description:
    "Notices Gmail refused for a while (a rate limit, an outage), kept whole until the hourly trigger delivers them.",
};

export const ROSTER_IMPORT_TAB: TabSpec = {
  name: "Roster Import",
  columns: [text("Part", 60), text("Roster", 400)],
  writer: "confer",
  description:
    "An import in progress: the whole new roster, written before the Students, Staff and Classes tabs and cleared once they hold it, so an import stopped half-way is finished, never left mixed.",
};

export const CONFERENCE_NOTES_TAB: TabSpec = {
  name: "Conference Notes",
  columns: [
    text("Doc ID", 120),
    text("Student ID", 100),
    text("Notes", 400),
    stamp("Updated"),
    text("Updated By", 220),
  ],
  writer: "confer",
  description:
    "The advisor's private notes on each conference, one row per conference doc; kept by Confer for the advisor and coordinators, never in the student's doc.",
};

/** One row per conference round, written by Confer ▸ Rounds… as the hub owner. */
export const ROUNDS_TAB: TabSpec = {
  name: "Rounds",
  columns: [
    text("Round", 220),
    choice("Kind", ["student-led", "classroom", "office-hours"]),
    choice("Hosts", ["advisors", "teacher"]),
    text("Preparation From", 110),
    text("Preparation To", 110),
    text("Comments From", 110),
    text("Comments To", 110),
    text("Conference From", 110),
    text("Conference To", 110),
    choice("State", ["open", "closed", "archived"]),
    text("Opened", 200),
    text("Closed", 200),
    text("Archived", 200),
    text("Host Teacher", 220),
    text("Class IDs", 200),
  ],
  writer: "confer",
  description: "Conference rounds: open, close and archive them in Confer ▸ Rounds….",
};

/** One row per conference doc's goal check-in, kept by Confer; advisors mark it in Goal check-ins…. */
export const CHECK_INS_TAB: TabSpec = {
  name: "Check-ins",
  columns: [
    text("Doc ID", 120),
    text("Student ID", 100),
    text("Student", 180),
    text("Advisor Email", 220),
    text("Round", 180),
    text("Goal Date", 200),
    text("Conference Day", 110),
    choice("State", ["no date", "upcoming", "due", "on track", "needs help", "met"]),
    text("Marked By", 220),
    text("Marked At", 200),
    text("Line Written", 200),
    text("Reminder Drafted At", 200),
    text("Reminder Draft ID", 160),
  ],
  writer: "confer",
  description:
    "Each conference doc's goal check-in: the SMART goal's date, and how the advisor marked it in Confer ▸ Goal check-ins….",
};

export const CYCLE_STATUSES = ["planned", "held", "no-show", "cancelled"] as const;

/** One row per conference of a classroom cycle; Notes are the teacher's, never the student's. */
export const CLASSROOM_CYCLE_TAB: TabSpec = {
  name: "Classroom Cycle",
  columns: [
    text("Round", 180),
    text("Class ID", 100),
    text("Student ID", 100),
    text("Student", 180),
    text("Day", 100),
    text("Start", 60),
    text("End", 60),
    choice("Status", CYCLE_STATUSES),
    choice("Extra", YES_NO),
    text("Objective", 220),
    text("Notes", 320),
    text("Plan Line", 220),
    text("Calendar Event", 160),
    text("Told At", 160),
    text("Told", 200),
    text("Missed", 100),
    text("Purpose", 160),
    text("Why Unplaced", 260),
  ],
  writer: "confer",
  description:
    "Each classroom conference of a teacher's cycle: its day and time, status, the teacher's private notes, and what the student was last told; kept by Confer ▸ Classroom conferences….",
};

/** One row per classroom round's plan: its days, class periods, students a day and minutes. */
export const CLASSROOM_PLANS_TAB: TabSpec = {
  name: "Classroom Plans",
  columns: [
    text("Round", 180),
    text("Days", 320),
    text("Periods", 260),
    text("Per Day", 60),
    text("Minutes", 60),
    text("Cancelled Days", 200),
    text("Extra Requests", 320),
    text("Saved At", 160),
    text("Saved By", 220),
  ],
  writer: "confer",
  description:
    "Each classroom cycle's plan and its students' requests for an extra conference, kept by Confer ▸ Classroom conferences….",
};

/** Every tab of a hub for these grades, in the order they appear. */
export function hubTabs(grades: readonly string[]): TabSpec[] {
  return [
    SETTINGS_TAB,
    ROUNDS_TAB,
    STUDENTS_TAB,
    STAFF_TAB,
    CLASSES_TAB,
    ...grades.map(commentTab),
    COMMENT_LOG_TAB,
    CONFERENCE_DOCS_TAB,
    SCHEDULE_TAB,
    BOOKING_LOG_TAB,
    OUTBOX_TAB,
    CONFERENCE_NOTES_TAB,
    CHECK_INS_TAB,
    CLASSROOM_CYCLE_TAB,
    CLASSROOM_PLANS_TAB,
    ROSTER_IMPORT_TAB,
  ];
}

export function headersOf(tab: TabSpec): string[] {
  return tab.columns.map((column) => column.header);
}
