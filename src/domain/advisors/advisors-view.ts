/*
 * What the Assign advisors sidebar shows, decided from the roster alone: the active students who
 * need an advisor (none yet, or one who is no longer active staff with the advisor role), every
 * active student to search, and the active staff with the advisor role to choose from.
 */
import { displayName } from "../conference-docs/naming";
import type { Roster, StaffMember, Student } from "../roster/model";
import { rosterIndex } from "../roster/roster-index";

export interface AdvisorChoice {
  readonly email: string;
  readonly name: string;
}

export interface AdviseeRow {
  readonly id: string;
  readonly name: string;
  readonly grade: string;
  /** The advisor the Students tab names, or "". */
  readonly advisorEmail: string;
  readonly advisorName: string;
  /** Why the student needs an advisor, or "" when they have one. */
  readonly needs: string;
}

export interface AdvisorsView {
  readonly needsAdvisor: readonly AdviseeRow[];
  readonly students: readonly AdviseeRow[];
  readonly advisors: readonly AdvisorChoice[];
}

export const NO_ADVISOR_YET = "no advisor yet";

export function isActiveAdvisor(member: StaffMember | undefined): boolean {
  return member !== undefined && member.active !== false && member.roles.includes("advisor");
}

/** Why a student needs an advisor, or "" when the one the roster names can advise them. */
export function advisorNeed(student: Student, roster: Roster): string {
  if (student.advisorEmail === "") return NO_ADVISOR_YET;
  const member = rosterIndex(roster).staffByEmail.get(student.advisorEmail);
  return isActiveAdvisor(member)
    ? ""
    : `${student.advisorEmail} is no longer active staff with the advisor role`;
}

const byName = (a: { sortKey: string }, b: { sortKey: string }) =>
  a.sortKey.localeCompare(b.sortKey);

export function advisorsView(roster: Roster): AdvisorsView {
  const index = rosterIndex(roster);
  const students = roster.students
    .filter((student) => student.active)
    .map((student) => ({
      sortKey: `${student.familyName}\u0000${student.givenName}\u0000${student.id}`,
      row: {
        id: student.id,
        name: displayName(student),
        grade: student.grade,
        advisorEmail: student.advisorEmail,
        advisorName: student.advisorEmail === "" ? "" : index.nameOf(student.advisorEmail),
        needs: advisorNeed(student, roster),
      },
    }))
    .sort(byName)
    .map((s) => s.row);
  const advisors = roster.staff
    .filter(isActiveAdvisor)
    .map((member) => ({ sortKey: `${member.name}\u0000${member.email}`, member }))
    .sort(byName)
    .map(({ member }) => ({ email: member.email, name: member.name || member.email }));
  return {
    needsAdvisor: students.filter((row) => row.needs !== ""),
    students,
    advisors,
  };
}
