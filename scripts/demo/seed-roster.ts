/*
 * Puts a roster's people into the Workspace before the term starts, as a school's Google accounts
 * would already be there: staff and students as users (students without outside mail), guardians
 * as outside users, and the script deployed as the coordinator. Emails no account could have are
 * left out; the import names them.
 */
import { GoogleError, type Workspace } from "../../emulator";
import type { DemoRoster, RosterPerson } from "./roster";

function add(ws: Workspace, person: RosterPerson, options: { externalMail?: boolean } = {}) {
  try {
    ws.users.add(person.email, person.name, options);
  } catch (error) {
    if (!(error instanceof GoogleError)) throw error;
  }
}

export function seedRoster(ws: Workspace, roster: DemoRoster): void {
  for (const guardian of roster.guardians) add(ws, guardian);
  for (const member of roster.staff) add(ws, member);
  for (const student of roster.students) add(ws, student, { externalMail: false });
  add(ws, roster.coordinator);
  ws.deploy(roster.coordinator.email);
  ws.shareScript(`@${roster.coordinator.email.split("@")[1]}`, "viewer");
}
