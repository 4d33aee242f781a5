/*
 * Who may run an action, decided from the caller alone: anyone at all, anyone Google names,
 * holders of a family link (checked by the action against its signed link), the hub's recorded
 * owner, or people holding one of the listed roles in the roster.
 */
import { holdsAnyRole, type Person, type Role, standingOf } from "../roles";
import { AccessRefusedError, notSignedIn } from "./doors";

export type Audience = "anyone" | "signed-in" | "family" | "hub-owner" | readonly Role[];

/** Whether deciding needs the roster (role lists do; the rest decide from the email alone). */
export function needsRoster(audience: Audience): boolean {
  return Array.isArray(audience);
}

const PLURAL: Record<Role, string> = {
  teacher: "teachers",
  advisor: "advisors",
  coordinator: "coordinators",
  student: "students",
};

const ARTICLE: Record<Role, string> = {
  teacher: "a teacher",
  advisor: "an advisor",
  coordinator: "a coordinator",
  student: "a student",
};

function roleList(roles: readonly Role[]): string {
  if (roles.length === 1) return ARTICLE[roles[0]!];
  const words = roles.map((role) => PLURAL[role]);
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

/**
 * Throws unless the caller is in the audience. `person` is the caller as the roster knows them,
 * and is needed only for role lists.
 */
export function admit(
  audience: Audience,
  what: string,
  caller: { readonly email: string; readonly hubOwner: string; readonly person?: Person },
): void {
  if (audience === "anyone" || audience === "family") return;
  if (caller.email === "") throw notSignedIn(what);
  if (audience === "signed-in") return;
  if (audience === "hub-owner") {
    if (caller.hubOwner !== "" && caller.email === caller.hubOwner) return;
    throw new AccessRefusedError(
      "not-allowed",
      `Only the hub's owner (${caller.hubOwner || "nobody yet"}) can ${what}; ${caller.email} is not.`,
    );
  }
  if (caller.person && holdsAnyRole(caller.person, audience)) return;
  throw new AccessRefusedError(
    "not-allowed",
    `Only ${roleList(audience)} can ${what}: ${standingOf(caller.person ?? { email: caller.email, roles: new Set() })}.`,
  );
}
