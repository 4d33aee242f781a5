/*
 * The doors into Confer and who is standing at each: which door an execution came through, from
 * what Apps Script's Session reports, and the one sentence that refuses an action at a door it
 * may not be reached through. Identity comes only from the active user; the effective user says
 * where the code runs, never what it may do.
 */
import { ConferError } from "../errors";

/**
 * - addon: a menu item or sidebar in Sheets or Docs, running as the signed-in user;
 * - web: the staff web app's doPost, running as the hub owner for the caller its token names;
 * - page: google.script.run from a page a web-app deployment served, running as the hub owner;
 * - trigger: one of Confer's own time-based triggers, running as the user who made it.
 */
export type Door = "addon" | "web" | "page" | "trigger";

export const DOORS: readonly Door[] = ["addon", "web", "page", "trigger"];

export interface ExecutionFacts {
  /** Session.getActiveUser(): "" when Google does not say who is at the keyboard. */
  readonly active: string;
  /** Session.getEffectiveUser(): whose authority the code runs with. */
  readonly effective: string;
  readonly hubOwner: string;
  /** Whether a Sheet or Doc is open around this execution, as it is around every add-on call. */
  readonly inEditor: () => boolean;
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * An execution that runs as someone other than the person at the keyboard (or as nobody's
 * keyboard) was started from a page served by a deployment that executes as its owner. The owner's
 * own execution counts as the add-on only inside an editor: the same owner on a served page has no
 * Sheet or Doc around them.
 */
export function doorOf(facts: ExecutionFacts): "addon" | "page" {
  if (facts.active === "" || !same(facts.active, facts.effective)) return "page";
  if (facts.hubOwner !== "" && same(facts.effective, facts.hubOwner) && !facts.inEditor()) {
    return "page";
  }
  return "addon";
}

export type RefusalCode = "wrong-door" | "not-signed-in" | "not-allowed";

/** A refusal before anything ran: no data is returned and nothing was changed. */
export class AccessRefusedError extends ConferError {
  constructor(
    readonly code: RefusalCode,
    message: string,
  ) {
    super(message);
    this.name = "AccessRefusedError";
  }
}

const DOOR_WORDS: Record<Door, string> = {
  addon: "the Confer menu in Sheets or Docs",
  web: "Confer's staff web app",
  page: "a family sign-up page",
  trigger: "one of Confer's own triggers",
};

export function wrongDoor(what: string, door: Door, doors: readonly Door[]): AccessRefusedError {
  if (door === "page") {
    return new AccessRefusedError(
      "wrong-door",
      `This page only books conferences through a family's sign-up link; it cannot ${what}.`,
    );
  }
  const where = doors.map((d) => DOOR_WORDS[d]).join(" or ");
  return new AccessRefusedError(
    "wrong-door",
    `Confer does not ${what} from ${DOOR_WORDS[door]}; that runs only from ${where}.`,
  );
}

export function notSignedIn(what: string): AccessRefusedError {
  return new AccessRefusedError(
    "not-signed-in",
    `Confer needs a signed-in school account to ${what}; this request came without one.`,
  );
}
