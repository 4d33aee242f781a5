/*
 * Whose conferences a person may see on Status: a coordinator sees every active student,
 * filtered by grade and advisor; an advisor sees their advisees; nobody else sees any.
 */

import { adviseesOf } from "../pull/scope";
import { NotAllowedError, type Person, standingOf } from "../roles";
import type { Roster, Student } from "../roster/model";

export interface StatusFilter {
  readonly grade?: string;
  readonly advisorEmail?: string;
  /** The round shown; the hub's working round when absent. */
  readonly round?: string;
  /** A second round whose stages are shown beside the first, from the tab. */
  readonly compareWith?: string;
}

export interface StatusAudience {
  readonly isCoordinator: boolean;
  readonly students: Student[];
}

export function statusAudience(
  person: Person,
  roster: Roster,
  filter: StatusFilter,
): StatusAudience {
  if (person.roles.has("coordinator")) {
    return {
      isCoordinator: true,
      students: roster.students.filter(
        (s) =>
          s.active &&
          (!filter.grade || s.grade === filter.grade) &&
          (!filter.advisorEmail || s.advisorEmail === filter.advisorEmail),
      ),
    };
  }
  if (person.roles.has("advisor")) {
    return { isCoordinator: false, students: adviseesOf(roster, person.email) };
  }
  throw new NotAllowedError(`Status is for advisors and coordinators: ${standingOf(person)}.`);
}
