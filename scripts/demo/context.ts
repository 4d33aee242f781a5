/* What the demo's steps share: the Workspace, the roster it runs on, and what earlier steps made. */
import type { Workspace } from "../../emulator";
import type { DemoRoster } from "./roster";

export interface DocsMade {
  readonly made: number;
  readonly problems: readonly string[];
}

export interface StatusCounts {
  readonly students: number;
  readonly docs: number;
  readonly purpose: number;
  readonly prepared: number;
  readonly pulled: number;
  readonly planWritten: number;
}

export interface DraftsMade {
  readonly made: number;
  readonly students: number;
  readonly advisors: number;
}

export interface BookingsMade {
  readonly booked: number;
  readonly reminded: number;
  readonly advisors: number;
}

export interface SpringRound {
  readonly docs: DocsMade;
  /** Spring docs that carry the student's fall goal, as they wrote it. */
  readonly carried: number;
  /** Students who wrote what happened with their fall goal. */
  readonly lookedBack: number;
  /** Students whose fall plan Status shows beside their spring doc. */
  readonly compared: number;
  /** Spring comments the teachers saved, and the spring docs they were pulled into. */
  readonly comments: number;
  readonly pulled: DocsMade;
}

export interface DemoContext {
  readonly ws: Workspace;
  readonly roster: DemoRoster;
  /** Where the demo prints as it goes (the roster preview); silent when absent. */
  readonly log?: (text: string) => void;
  /** The hub spreadsheet, once the coordinator has made it. */
  hubId?: string;
  /** How many students the hub holds once the roster is imported. */
  students?: number;
  /** What the import warned about: imported, for the school to fix later. */
  importWarnings?: readonly string[];
  /** The conference docs, once they are created. */
  docs?: DocsMade;
  /** Comments the teachers saved, and in how many classes. */
  comments?: { readonly saved: number; readonly classes: number };
  /** How many students prepared in their doc. */
  prepared?: number;
  /** Docs the advisors pulled comments into, and the docs they could not. */
  pulled?: DocsMade;
  status?: StatusCounts;
  drafts?: DraftsMade;
  /** Families who booked through their sign-up link, and reminders to book drafted. */
  bookings?: BookingsMade;
  /** Goal check-ins due in February, and those each advisor marked and drafted a reminder for. */
  checkIns?: { readonly due: number; readonly marked: number };
  /** When the fall round and the current round were opened (modelled clock, ms). */
  fallOpenedAt?: number;
  roundOpenedAt?: number;
  /** Steps that could not run on this roster, and why. */
  notRun?: string[];
  /** The rounds opened so far, oldest first; the last is the one the demo is in. */
  rounds?: string[];
  spring?: Partial<SpringRound>;
  /** A teacher's classroom cycle: its round, docs made and students told. */
  classroom?: {
    readonly teacher: string;
    readonly round: string;
    readonly docs: number;
    readonly told: number;
  };
}
