/* The people a preview visitor can act as, grouped by role as the user switcher shows them. */
import type { DemoRoster, RosterPerson } from "../demo/roster";

export interface PeopleGroup {
  readonly label: string;
  readonly people: readonly RosterPerson[];
}

const byName = (a: RosterPerson, b: RosterPerson) => a.name.localeCompare(b.name);

export function peopleGroups(roster: DemoRoster): PeopleGroup[] {
  const staffWith = (role: string) =>
    roster.staff.filter((member) => member.roles.includes(role)).sort(byName);
  return [
    { label: "Coordinator", people: [roster.coordinator] },
    { label: "Teachers", people: staffWith("teacher") },
    { label: "Advisors", people: staffWith("advisor") },
    { label: "Students", people: [...roster.students].sort(byName) },
    { label: "Guardians", people: [...roster.guardians].sort(byName) },
  ];
}
